/**
 * Document text is text: a Doc full of HTML and script payloads (in headings, entries, typed
 * writing, tables and lists) runs nothing in the preview page or the sidebar, adds no element to
 * either, and shows the payloads as the literal text people typed. And the sidebar fits its 300 px
 * and loads nothing from the network.
 */
import type {FrameLocator, Locator} from 'playwright-core';
import type {Body} from '../../dev/emulator/document/index';
import {chromiumForThisFile} from './chromium';
import {
  AREA_TITLES,
  TRAINING,
  areaCard,
  addEvidenceToggle,
  clickMenu,
  documentBody,
  paragraphs,
  type Session,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const IFRAME = '<iframe src="javascript:parent.__pwned=1"></iframe>';

/** Set up, role Candidate (chosen in the first Add evidence), one draft in the training area. */
/** Index of the first paragraph with this text (headings included). */
function indexOf(body: Body, text: string): number {
  const found = paragraphs(body).find(p => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found.index;
}

/** People's edits, with payloads everywhere document text can go. */
function fillWithPayloads(body: Body): void {
  const blocks = paragraphs(body);
  const draft = blocks.find(
    b => b.heading === 'HEADING3' && b.text.endsWith(' · Training attended'),
  );
  if (!draft) throw new Error('no draft entry');
  // The draft's heading: its title is shown in the sidebar's draft list.
  body
    .getChild(draft.index)
    .asParagraph()
    .setText(`${draft.text.slice(0, 10)} · ${SCRIPT}`);
  // Area headings renamed with markup after them.
  const training = indexOf(body, TRAINING);
  body.getChild(training).asParagraph().setText(`${TRAINING} ${IMG}`);
  const review = indexOf(body, AREA_TITLES[0]);
  body.getChild(review).asParagraph().setText(`${AREA_TITLES[0]}${SVG}`);

  // Typed writing under an area, a list and a table under another.
  const oneOnOnes = indexOf(body, AREA_TITLES[1]);
  body.insertParagraph(oneOnOnes + 2, `Built trust with ${SVG} and ${IMG}`);
  body.insertListItem(oneOnOnes + 3, `Listed ${SCRIPT}`);
  body.insertListItem(oneOnOnes + 4, `Nested ${IFRAME}`).setNestingLevel(1);
  body.insertTable(oneOnOnes + 5, [
    [SCRIPT, IMG],
    [SVG, '<a href="javascript:window.__pwned=1">link</a>'],
  ]);
  // A made-up entry under the skills area, its heading all markup.
  const skills = indexOf(body, AREA_TITLES[3]);
  body
    .insertParagraph(skills + 2, `2026-11-01 · ${IMG}${SCRIPT}`)
    .setHeading('HEADING3');
  body.insertParagraph(
    skills + 3,
    'Recorded by: <b onmouseover=window.__pwned=1>Candidate</b> · General',
  );
  body.insertParagraph(skills + 4, `What happened: ${SVG} ${IFRAME}`);
}

/** Elements or attributes only a Doc's payload could have put there. */
function foreignMarkup(root: Locator): Promise<string[]> {
  return root.evaluate(element => {
    const found: string[] = [];
    for (const node of Array.from(element.querySelectorAll('*'))) {
      const tag = node.tagName.toLowerCase();
      if (['img', 'iframe', 'object', 'embed', 'a', 'b'].includes(tag))
        found.push(tag);
      if (tag === 'script' && /__pwned/.test(node.textContent ?? ''))
        found.push('script');
      // The add-on's own SVG: decorative icons (aria-hidden) and the timeline chart; any other
      // svg would have come from the Doc's text.
      const ownSvg =
        node.getAttribute('aria-hidden') === 'true' ||
        node.classList.contains('timeline-svg');
      if (tag === 'svg' && !ownSvg) found.push('svg');
      for (const attribute of Array.from(node.attributes)) {
        if (/^on/i.test(attribute.name))
          found.push(`${tag}[${attribute.name}]`);
        if (/javascript:/i.test(attribute.value))
          found.push(`${tag}[${attribute.name}=javascript:]`);
      }
    }
    return found;
  });
}

async function expectNothingRan(session: Session): Promise<void> {
  const pwned = () =>
    (window as unknown as {__pwned?: unknown}).__pwned === undefined;
  await expect(session.page.evaluate(pwned)).resolves.toBe(true);
  await expect(session.sidebar.locator('body').evaluate(pwned)).resolves.toBe(
    true,
  );
  // <img src=x> would have asked the server for /x.
  expect(session.requests.filter(url => /\/x$/.test(url))).toEqual([]);
}

function sidebarApp(sidebar: FrameLocator): Locator {
  return sidebar.locator('#app');
}

describe('document text is text', () => {
  it('shows a Doc full of HTML and script payloads as literal text, in the sidebar and the Doc pane, and runs none of it', async () => {
    const session = await readySession(browser(), {draftIn: TRAINING});
    const {sidebar, documentPane} = session;
    try {
      fillWithPayloads(documentBody(session.preview.runtime()));
      session.preview.runtime().document.name = `Tracking ${SCRIPT}`;

      // The Areas view.
      await clickMenu(session, 'Open sidebar');
      const draftTitle = sidebar.getByText(`· ${SCRIPT}`, {exact: false});
      await draftTitle.first().waitFor();
      await expect(draftTitle.first().isVisible()).resolves.toBe(true);
      await sidebar
        .getByRole('button', {
          name: /^Go to draft: .*<script>window\.__pwned=1<\/script>$/,
        })
        .first()
        .waitFor();
      await expect(foreignMarkup(sidebarApp(sidebar))).resolves.toEqual([]);
      await expectNothingRan(session);

      // Jumping to it works, and the Doc pane shows the payloads as text.
      await sidebar
        .getByRole('button', {name: /^Go to draft: .*<script>/})
        .first()
        .click();
      await session.page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
      for (const text of [`${TRAINING} ${IMG}`, `${AREA_TITLES[0]}${SVG}`]) {
        await expect(
          documentPane
            .getByRole('heading', {name: text, exact: true})
            .isVisible(),
        ).resolves.toBe(true);
      }
      await expect(
        documentPane.getByRole('cell', {name: SCRIPT, exact: true}).isVisible(),
      ).resolves.toBe(true);
      await expect(
        documentPane
          .getByRole('listitem')
          .filter({hasText: IFRAME})
          .isVisible(),
      ).resolves.toBe(true);
      await expect(
        foreignMarkup(session.page.locator('#page')),
      ).resolves.toEqual([]);

      // The readiness view, from the tab and from the menu, and its summary in the Doc.
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await sidebar.getByRole('region', {name: 'Readiness check'}).waitFor();
      await expect(foreignMarkup(sidebarApp(sidebar))).resolves.toEqual([]);
      await clickMenu(session, 'Readiness check');
      await sidebar.getByRole('region', {name: 'Readiness check'}).waitFor();
      await sidebar
        .getByRole('button', {name: 'Insert readiness summary'})
        .click();
      await documentPane
        .getByText('Readiness summary — ', {exact: false})
        .waitFor();
      await expect(foreignMarkup(sidebarApp(sidebar))).resolves.toEqual([]);
      await expect(
        foreignMarkup(session.page.locator('#page')),
      ).resolves.toEqual([]);
      await expectNothingRan(session);
    } finally {
      await session.close();
    }
  });
});

describe('the sidebar in its 300 px', () => {
  it('has no horizontal scroll with long titles, in either view, and loads nothing from the network', async () => {
    const session = await readySession(browser(), {draftIn: TRAINING});
    const {sidebar} = session;
    try {
      const body = documentBody(session.preview.runtime());
      // A long draft title, with a word longer than the sidebar is wide.
      const draft = paragraphs(body).find(
        b =>
          b.heading === 'HEADING3' && b.text.endsWith(' · Training attended'),
      );
      if (!draft) throw new Error('no draft entry');
      body
        .getChild(draft.index)
        .asParagraph()
        .setText(
          `${draft.text.slice(0, 10)} · Training on https://learning.example.com/courses/leading-through-change-and-uncertainty-for-new-people-leaders-2026 with the whole engineering management cohort`,
        );
      // Criteria with long labels are offered in the selects of every area.
      await clickMenu(session, 'Open sidebar');
      await areaCard(sidebar, TRAINING)
        .getByRole('button', {name: /^Go to draft: .*learning\.example/})
        .waitFor();
      // Every area's choices open, so their selects are measured too.
      for (const title of AREA_TITLES) {
        const toggle = addEvidenceToggle(sidebar, title);
        if ((await toggle.getAttribute('aria-expanded')) !== 'true')
          await toggle.click();
      }
      await expect(sidebar.locator('select').count()).resolves.toBe(
        AREA_TITLES.length * 2,
      );

      const overflow = () =>
        sidebar.locator('html').evaluate(html => {
          const width = html.clientWidth;
          const wide = Array.from(html.querySelectorAll('body *'))
            .filter(element => {
              if (element.closest('.sr-only')) return false;
              const box = element.getBoundingClientRect();
              return box.width > 0 && box.right > width + 0.5;
            })
            .map(
              element =>
                `${element.tagName.toLowerCase()}.${element.className}: ${(element.textContent ?? '').slice(0, 40)}`,
            );
          return {
            width,
            scrollWidth: html.scrollWidth,
            bodyScrollWidth: html.ownerDocument.body.scrollWidth,
            wide,
          };
        });
      const areas = await overflow();
      expect(areas.width).toBeLessThanOrEqual(300);
      expect(areas).toEqual({
        width: areas.width,
        scrollWidth: areas.width,
        bodyScrollWidth: areas.width,
        wide: [],
      });

      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict.waitFor();
      // Every line of what is left opens its Add evidence form, so those are measured too.
      const lines = verdict.locator('button[aria-expanded="false"]');
      while ((await lines.count()) > 0) await lines.first().click();
      await expect(verdict.locator('.add-form').count()).resolves.toBe(
        await verdict.locator('.left-line').count(),
      );
      const readiness = await overflow();
      expect(readiness).toEqual({
        width: readiness.width,
        scrollWidth: readiness.width,
        bodyScrollWidth: readiness.width,
        wide: [],
      });

      // An error with a long detail fits too.
      await session.page.route('**/api/run', route =>
        route.fulfill({
          json: {
            ok: false,
            message:
              'ScriptError: Action not allowed: https://script.google.com/macros/s/AKfycbxVeryLongDeploymentIdentifierWithoutAnySpacesAtAll/exec',
          },
        }),
      );
      await sidebar
        .getByRole('button', {name: 'Insert readiness summary'})
        .click();
      await sidebar.getByRole('alert').waitFor();
      const failed = await overflow();
      expect(failed).toEqual({
        width: failed.width,
        scrollWidth: failed.width,
        bodyScrollWidth: failed.width,
        wide: [],
      });
      await session.page.unroute('**/api/run');

      // The Help dialog, too; and through all of it nothing left 127.0.0.1.
      await clickMenu(session, 'Help');
      await session.page.getByRole('dialog').waitFor();
      const origin = new URL(session.preview.url).origin;
      const outside = session.requests.filter(
        url =>
          !url.startsWith(`${origin}/`) &&
          !url.startsWith('data:') &&
          !url.startsWith('about:'),
      );
      expect(outside).toEqual([]);
      expect(session.requests.length).toBeGreaterThan(5);
    } finally {
      await session.close();
    }
  });
});
