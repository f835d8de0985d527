/**
 * What the sidebar tells people while a call runs and when one fails: the running button disabled
 * with progress in sight, a server error in plain words with the Doc untouched and Try again, and
 * the several-Google-accounts failure explained.
 *
 * The emulated lock wait is simulated (nothing really waits), so a slow server is made by holding
 * the sidebar's POST /api/run in page.route until the test has looked.
 */
import type {Route} from 'playwright-core';
import {chromiumForThisFile} from './chromium';
import {
  TRAINING,
  addEvidenceToggle,
  areaCard,
  clickMenu,
  openAddEvidence,
  openSession,
  type Session,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

/** Holds every POST /api/run until released, so a test can look at the page meanwhile. */
async function holdRuns(session: Session) {
  const held: Route[] = [];
  let arrived: (() => void) | null = null;
  await session.page.route('**/api/run', route => {
    held.push(route);
    arrived?.();
  });
  return {
    /** Resolves once a call is being held. */
    next: () =>
      new Promise<void>(resolve => {
        if (held.length > 0) resolve();
        else arrived = resolve;
      }),
    held,
    release: async () => {
      for (const route of held.splice(0)) await route.continue();
      await session.page.unroute('**/api/run');
    },
  };
}

const entryHeadings = (session: Session) =>
  session.documentPane.getByRole('heading', {level: 3});

describe('sidebar feedback', () => {
  it('disables the running button and shows progress while a call runs, and sends one call for a double click', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar} = session;
    try {
      const add = await openAddEvidence(sidebar, TRAINING);
      const hold = await holdRuns(session);
      await add.dblclick();
      await hold.next();

      await expect(add.isDisabled()).resolves.toBe(true);
      await expect(add.getAttribute('data-busy')).resolves.toBe('true');
      await expect(
        sidebar.locator('.app').getAttribute('aria-busy'),
      ).resolves.toBe('true');
      await expect(
        sidebar.getByRole('status').textContent(),
      ).resolves.toContain('Adding an entry to the document…');
      // Every other action waits too: each reply replaces the whole state.
      for (const name of [
        'Set up document',
        'Insert readiness summary',
        `Go to section: ${TRAINING}`,
      ]) {
        const button = sidebar.getByRole('button', {name});
        if ((await button.count()) > 0)
          await expect(button.isDisabled()).resolves.toBe(true);
      }
      const other = sidebar.getByRole('button', {name: /^Add evidence for /});
      const count = await other.count();
      for (let i = 0; i < count; i++)
        await expect(other.nth(i).isDisabled()).resolves.toBe(true);

      await hold.release();
      await areaCard(sidebar, TRAINING)
        .getByRole('button', {name: /^Go to draft/})
        .waitFor();
      // Done: the choices close (the Doc has the keyboard), and the card works again.
      await add.waitFor({state: 'detached'});
      await expect(
        addEvidenceToggle(sidebar, TRAINING).isEnabled(),
      ).resolves.toBe(true);
      await expect(sidebar.locator('[data-busy]').count()).resolves.toBe(0);
      await expect(
        sidebar.getByRole('status').textContent(),
      ).resolves.toContain('The cursor is on its first prompt.');
      // The double click added one entry, with one call.
      expect(
        session.runs.filter(run => run.functionName === 'addEvidence'),
      ).toHaveLength(1);
      await expect(entryHeadings(session).count()).resolves.toBe(1);
    } finally {
      await session.close();
    }
  });

  it('shows a server error in plain words, leaves the Doc untouched, and Try again works once the cause is gone', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar, preview} = session;
    try {
      const runtime = preview.runtime();
      const before = JSON.stringify(runtime.document.toJSON());
      // Someone else's execution is writing to the Doc and does not let go in time.
      runtime.locks.holdByAnotherExecution('document');

      await (await openAddEvidence(sidebar, TRAINING)).click();
      const alert = sidebar.getByRole('alert');
      await alert.getByText('That did not work').waitFor();
      await expect(alert.textContent()).resolves.toContain(
        'Someone else is changing this document right now. Please try again in a moment.',
      );
      // No class prefix ("Error: …") or stack reaches the person.
      await expect(alert.textContent()).resolves.not.toMatch(
        /Error:|Exception:|at \w+ \(/,
      );
      expect(JSON.stringify(runtime.document.toJSON())).toBe(before);
      await expect(entryHeadings(session).count()).resolves.toBe(0);
      // Focus is on Try again, so a keyboard user can act on the message.
      await expect(
        alert
          .getByRole('button', {name: 'Try again'})
          .evaluate(button => button === document.activeElement),
      ).resolves.toBe(true);

      runtime.locks.releaseByAnotherExecution('document');
      await alert.getByRole('button', {name: 'Try again'}).click();
      await alert.waitFor({state: 'detached'});
      await areaCard(sidebar, TRAINING)
        .getByRole('button', {name: /^Go to draft/})
        .waitFor();
      await entryHeadings(session).first().waitFor();
      await expect(entryHeadings(session).count()).resolves.toBe(1);
    } finally {
      await session.close();
    }
  });

  it('dismisses an error, keeping the sidebar usable', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar} = session;
    try {
      session.preview.runtime().locks.holdByAnotherExecution('document');
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await sidebar
        .getByRole('button', {name: 'Insert readiness summary'})
        .click();
      const alert = sidebar.getByRole('alert');
      await alert
        .getByText('Someone else is changing', {exact: false})
        .waitFor();
      await alert.getByRole('button', {name: 'Dismiss'}).click();
      await alert.waitFor({state: 'detached'});
      // Focus returns to the button that started the call.
      await expect(
        sidebar
          .getByRole('button', {name: 'Insert readiness summary'})
          .evaluate(button => button === document.activeElement),
      ).resolves.toBe(true);
      await expect(
        sidebar
          .getByRole('button', {name: 'Insert readiness summary'})
          .isEnabled(),
      ).resolves.toBe(true);
    } finally {
      await session.close();
    }
  });

  it('explains the several-Google-accounts failure when the add-on cannot be reached', async () => {
    const session = await openSession(browser());
    const {sidebar, page} = session;
    try {
      // What google.script.run reports when the browser is signed in to several accounts.
      await page.route('**/api/run', route =>
        route.fulfill({
          json: {ok: false, message: 'ScriptError: Action not allowed'},
        }),
      );
      await clickMenu(session, 'Open sidebar');
      const alert = sidebar.getByRole('alert');
      await alert.getByText('Could not reach the add-on').waitFor();
      await expect(alert.textContent()).resolves.toContain(
        'signed in to several Google accounts',
      );
      await expect(alert.textContent()).resolves.toContain(
        'Action not allowed',
      );

      // PERMISSION_DENIED is the same problem.
      await page.unroute('**/api/run');
      await page.route('**/api/run', route =>
        route.fulfill({
          json: {ok: false, message: 'PERMISSION_DENIED'},
        }),
      );
      await alert.getByRole('button', {name: 'Try again'}).click();
      await alert.getByText('PERMISSION_DENIED', {exact: false}).waitFor();
      await expect(alert.textContent()).resolves.toContain(
        'signed in to several Google accounts',
      );

      // Once the browser can reach the script, Try again loads the sidebar.
      await page.unroute('**/api/run');
      await alert.getByRole('button', {name: 'Try again'}).click();
      await alert.waitFor({state: 'detached'});
      await sidebar
        .getByRole('region', {name: 'Set up this document'})
        .waitFor();
    } finally {
      await session.close();
    }
  });

  it('tells a network failure apart from the several-accounts problem: it says to check the connection', async () => {
    const session = await openSession(browser());
    const {sidebar, page} = session;
    try {
      // What google.script.run reports when the browser cannot reach Google (offline, dropped).
      await page.route('**/api/run', route =>
        route.fulfill({
          json: {
            ok: false,
            message: 'NetworkError: Connection failure due to HTTP 0',
          },
        }),
      );
      await clickMenu(session, 'Open sidebar');
      const alert = sidebar.getByRole('alert');
      await alert.getByText('That did not work').waitFor();
      await expect(alert.textContent()).resolves.toContain(
        'The add-on could not reach Google Docs. Check your connection and try again.',
      );
      await expect(alert.textContent()).resolves.not.toContain(
        'several Google accounts',
      );
      await expect(alert.getAttribute('data-multi-account')).resolves.toBe(
        'false',
      );
      await page.unroute('**/api/run');
      await alert.getByRole('button', {name: 'Try again'}).click();
      await alert.waitFor({state: 'detached'});
    } finally {
      await session.close();
    }
  });

  it('says so when the connection fails, instead of showing nothing', async () => {
    const session = await openSession(browser());
    const {sidebar, page} = session;
    try {
      await page.route('**/api/run', route => route.abort('failed'));
      await clickMenu(session, 'Open sidebar');
      const alert = sidebar.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain(
        'The local preview server did not answer.',
      );
      await expect(
        alert.getByRole('button', {name: 'Try again'}).isEnabled(),
      ).resolves.toBe(true);
    } finally {
      await session.close();
    }
  });
});
