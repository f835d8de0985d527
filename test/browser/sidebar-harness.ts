/**
 * Shared by the sidebar*.test.ts browser tests: a fresh local preview (the built dist/ on the
 * emulation) per test, its page in Chromium, the sidebar frame, and the emulated Doc as a script
 * sees it, so a test can build a messy Doc or "type" into it the way a person would. Most stories
 * start from readySession: set up, a role remembered, the sidebar settled.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {
  Browser,
  BrowserContext,
  FrameLocator,
  Locator,
  Page,
  Request,
} from 'playwright-core';
import {EmulationContext} from '../../dev/emulator/context';
import {createDocumentApp, type Body} from '../../dev/emulator/document/index';
import type {Runtime} from '../../dev/emulator/runtime';
import type {UiSnapshot} from '../../dev/preview/protocol';
import {startPreview, type RunningPreview} from '../../dev/preview/server';
import {PROGRAM} from '../../src/core/program-data';
import type {Role} from '../../src/core/report';

export const MENU_NAME = 'Extensions › Lead Mentorship Program';
export const TRAINING = 'Participate in Company Leadership Training';
export const AREA_TITLES: readonly string[] = PROGRAM.areas.map(
  area => area.title,
);

export interface RunCall {
  functionName: string;
  args: unknown[];
}

export interface Session {
  preview: RunningPreview;
  context: BrowserContext;
  page: Page;
  sidebar: FrameLocator;
  menu: Locator;
  documentPane: Locator;
  /** Every POST /api/run the page or its frames sent (google.script.run calls), in order. */
  runs: RunCall[];
  /** Every URL the page or its frames requested. */
  requests: string[];
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Runs on the emulated runtime before the page opens (e.g. to build a messy Doc). */
  prepare?: (runtime: Runtime) => void;
  /** An IANA zone for the browser; the sidebar must date entries by the browser's own calendar. */
  timezoneId?: string;
  viewport?: {width: number; height: number};
}

/** A fresh file for a preview's state (the Doc, properties, account), in a new temporary folder. */
export function stateFile(): string {
  return path.join(
    mkdtempSync(path.join(tmpdir(), 'lmp-preview-')),
    'state.json',
  );
}

function runCall(request: Request): RunCall | null {
  if (request.method() !== 'POST' || !request.url().endsWith('/api/run'))
    return null;
  const body = request.postDataJSON() as Partial<RunCall> | null;
  return {
    functionName:
      typeof body?.functionName === 'string' ? body.functionName : '',
    args: Array.isArray(body?.args) ? body.args : [],
  };
}

export async function openSession(
  browser: Browser,
  options: SessionOptions = {},
): Promise<Session> {
  const preview = await startPreview({
    port: 0,
    stateFile: stateFile(),
    reset: true,
  });
  options.prepare?.(preview.runtime());
  const context = await browser.newContext({
    viewport: options.viewport ?? {width: 1280, height: 900},
    timezoneId: options.timezoneId,
  });
  // Fail within the test's own time limit, with Playwright's message rather than jest's.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const runs: RunCall[] = [];
  const requests: string[] = [];
  page.on('request', request => {
    requests.push(request.url());
    const call = runCall(request);
    if (call) runs.push(call);
  });
  await page.goto(preview.url);
  const menu = page.getByRole('navigation', {name: MENU_NAME});
  // The page has loaded its first snapshot once the status line is empty again.
  await menu.getByRole('button', {name: 'Open sidebar'}).waitFor();
  await page.locator('#status:empty').waitFor({state: 'attached'});
  return {
    preview,
    context,
    page,
    sidebar: page.frameLocator('#sidebar'),
    menu,
    documentPane: page.getByRole('region', {name: 'Document'}),
    runs,
    requests,
    close: async () => {
      await context.close();
      await preview.close();
    },
  };
}

/**
 * Clicks a menu item and waits for what it shows: when it (re)opens the sidebar, until the new
 * sidebar has loaded and settled (so nothing is read from the one it replaces); and the Doc pane.
 */
export async function clickMenu(session: Session, item: string): Promise<void> {
  const {page} = session;
  const menuReply = page.waitForResponse(response =>
    response.url().endsWith('/api/menu'),
  );
  const documentShown = page.waitForResponse(
    response =>
      response.url().endsWith('/document') &&
      response.request().method() === 'GET',
  );
  await session.menu.getByRole('button', {name: item}).click();
  const snapshot = (await (await menuReply).json()) as UiSnapshot;
  await documentShown;
  if (!snapshot.sidebar) return;
  await page.waitForFunction(version => {
    const frame = document.getElementById('sidebar');
    const shown =
      frame instanceof HTMLIFrameElement ? frame.contentDocument : null;
    return (
      shown !== null &&
      shown.location.search === `?v=${version}` &&
      shown.querySelector(
        '.app[aria-busy="false"] [role="tablist"], .app[aria-busy="false"] [role="alert"]',
      ) !== null
    );
  }, snapshot.sidebar.version);
}

/** The emulated Doc as a script sees it (its own call counter, so the add-on's stays clean). */
export function documentBody(runtime: Runtime): Body {
  const DocumentApp = createDocumentApp(new EmulationContext(), {
    document: runtime.document,
    getUi: () => null,
  });
  return DocumentApp.getActiveDocument().getBody();
}

/** The Doc's paragraphs (and list items), in order, with their heading and text. */
export function paragraphs(
  body: Body,
): Array<{heading: string; text: string; index: number}> {
  const out: Array<{heading: string; text: string; index: number}> = [];
  for (let index = 0; index < body.getNumChildren(); index++) {
    const child = body.getChild(index);
    const type = child.getType();
    if (type === 'PARAGRAPH')
      out.push({
        heading: child.asParagraph().getHeading(),
        text: child.asParagraph().getText(),
        index,
      });
    if (type === 'LIST_ITEM')
      out.push({
        heading: child.asListItem().getHeading(),
        text: child.asListItem().getText(),
        index,
      });
  }
  return out;
}

/** The browser's own calendar date (YYYY-MM-DD), as the page's clock and zone give it. */
export function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** The area card (a region named by the area title) in the sidebar. */
export function areaCard(sidebar: FrameLocator, title: string): Locator {
  return sidebar.getByRole('region', {name: title, exact: true});
}

/** The headings of the Doc pane, in document order, as a reader sees them. */
export function paneHeadings(
  session: Session,
): Promise<Array<{level: string; text: string}>> {
  return session.documentPane.evaluate(pane =>
    Array.from(pane.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(heading => ({
      level: heading.tagName.toLowerCase(),
      text: (heading.textContent ?? '').trim(),
    })),
  );
}

/** An area card's "Add evidence…" disclosure, which opens its criterion and kind choices. */
export function addEvidenceToggle(
  sidebar: FrameLocator,
  title: string,
): Locator {
  return areaCard(sidebar, title).getByRole('button', {
    name: `Add evidence… for ${title}`,
    exact: true,
  });
}

/**
 * Opens an area's Add evidence choices (unless open already) and returns the button that adds the
 * entry: "Add evidence for <area title>", or, while nobody has said who they are (the form then
 * has one button per role), "Add evidence as <the role `as` names> for <area title>".
 */
export async function openAddEvidence(
  sidebar: FrameLocator,
  title: string,
  as: Role = 'candidate',
): Promise<Locator> {
  const toggle = addEvidenceToggle(sidebar, title);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
  const card = areaCard(sidebar, title);
  const add = card
    .getByRole('button', {name: `Add evidence for ${title}`, exact: true})
    .or(
      card.getByRole('button', {
        name: `Add evidence as ${PROGRAM.roleNames[as]} for ${title}`,
        exact: true,
      }),
    );
  await add.waitFor();
  return add;
}

/**
 * Says who this user is in the program before the test's story starts, as an earlier visit to the
 * sidebar would have left it (the server's own setRole, remembered for this Doc), without a call
 * from the page the test watches.
 */
export async function rememberRole(
  session: Session,
  role: 'candidate' | 'manager',
): Promise<void> {
  const today = await browserToday(session.page);
  const reply = await session.page.request.post(
    `${session.preview.url}api/run`,
    {
      data: {functionName: 'setRole', args: [{today, role}]},
    },
  );
  const body = (await reply.json()) as {ok?: boolean};
  if (!body.ok) throw new Error(`setRole failed: ${JSON.stringify(body)}`);
}

/** The sidebar has settled: no call under way (neither an action nor its own check). */
export async function idle(session: Session): Promise<void> {
  await session.sidebar
    .locator('.app[aria-busy="false"]:not([data-checking])')
    .waitFor();
}

export interface ReadyOptions extends SessionOptions {
  /**
   * Who this user is in the program, remembered before the story starts (see rememberRole); left
   * out, the role is not chosen yet.
   */
  role?: 'candidate' | 'manager';
  /** An area title: its Add evidence is clicked once the Doc is set up, so the story has a draft. */
  draftIn?: string;
  /** A menu item to click once the Doc is set up, e.g. 'Readiness check' to start in that view. */
  then?: 'Open sidebar' | 'Readiness check';
}

/**
 * Where most stories start: a fresh session (openSession), the role remembered when given, the Doc
 * set up from the menu (which opens the sidebar on its areas, recording as that role), a draft
 * added in `draftIn` (its card then offers Go to draft), the `then` menu item, and the sidebar
 * settled. Closes the session if any of that fails.
 */
export async function readySession(
  browser: Browser,
  options: ReadyOptions = {},
): Promise<Session> {
  const session = await openSession(browser, options);
  try {
    if (options.role) await rememberRole(session, options.role);
    await clickMenu(session, 'Set up document');
    if (options.role) await session.sidebar.getByText('Recording as').waitFor();
    if (options.draftIn !== undefined) {
      await (await openAddEvidence(session.sidebar, options.draftIn)).click();
      await areaCard(session.sidebar, options.draftIn)
        .getByRole('button', {name: /^Go to draft/})
        .waitFor();
    }
    if (options.then) await clickMenu(session, options.then);
    await idle(session);
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}
