/**
 * Every view leads to the next step, and the sidebar is never stale: from what is left in the
 * readiness view to a new entry in two clicks, the criterion choosing the entry's kind, the sidebar
 * checking the Doc again when the person comes back to it, and the cursor put on the new entry
 * even when the server could not put it there.
 */
import {Document} from '../../dev/emulator/document/document';
import {chromiumForThisFile} from './chromium';
import {
  areaCard,
  clickMenu,
  documentBody,
  idle,
  openAddEvidence,
  openSession,
  paneHeadings,
  paragraphs,
  TRAINING,
  type Session,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

const DEVELOPMENT = "Own the Team's Development Process";
const SCPA_LINE = 'Development process: Weekly SCPA update';

/** A set-up Doc, role Candidate (chosen on an earlier visit), the sidebar open on `then`. */
const readyIn = (then: 'Open sidebar' | 'Readiness check') =>
  readySession(browser(), {role: 'candidate', then});

const names = (session: Session) => session.runs.map(run => run.functionName);

describe('what is left, in the readiness view', () => {
  it('leads to a new entry for an uncovered criterion in two clicks, with its kind, and then to its draft', async () => {
    const session = await readyIn('Readiness check');
    const {sidebar, documentPane} = session;
    try {
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      const before = session.runs.length;
      // One click to the form: area and criterion chosen, and the criterion's natural kind.
      await verdict
        .getByRole('button', {name: `Add evidence… for ${SCPA_LINE}`})
        .click();
      await expect(
        verdict.getByRole('combobox', {name: 'Criterion'}).inputValue(),
      ).resolves.toBe('scpa-update');
      await expect(
        verdict.getByRole('combobox', {name: 'Entry kind'}).inputValue(),
      ).resolves.toBe('scpa');
      // The Add button has the keyboard: the choice is made already.
      const add = verdict.getByRole('button', {
        name: `Add evidence for ${SCPA_LINE}`,
      });
      await expect(
        add.evaluate(button => button === document.activeElement),
      ).resolves.toBe(true);
      // One click to insert.
      await add.click();
      await idle(session);
      expect(names(session).slice(before)).toEqual(['addEvidence']);
      expect(session.runs.at(-1)?.args).toEqual([
        expect.objectContaining({
          sectionId: 'development-process',
          criterionId: 'scpa-update',
          kindId: 'scpa',
        }),
      ]);

      // The entry stands under the area's heading, as an SCPA update.
      const entry = documentPane.getByRole('heading', {
        level: 3,
        name: / · Weekly SCPA update$/,
      });
      await entry.waitFor();
      const headings = (await paneHeadings(session)).map(h => h.text);
      const entryTitle = (await entry.textContent()) ?? '';
      expect(headings.indexOf(DEVELOPMENT)).toBeLessThan(
        headings.indexOf(entryTitle),
      );
      await documentPane
        .getByText('Recorded by: Candidate · SCPA update')
        .waitFor();

      // The line now leads to its draft, which puts the cursor on it.
      const goToDraft = verdict.getByRole('button', {
        name: `Go to draft: ${entryTitle}`,
      });
      await goToDraft.click();
      await idle(session);
      expect(names(session).at(-1)).toBe('jumpTo');
      // The Doc pane shows the cursor on the entry's heading (once it has refreshed).
      await documentPane
        .locator('h3:has(.caret)')
        .filter({hasText: entryTitle})
        .waitFor();
    } finally {
      await session.close();
    }
  });

  it('offers one line for an area where any evidence counts, and none for an area evidenced', async () => {
    const session = await readyIn('Readiness check');
    const {sidebar} = session;
    try {
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      const training = verdict.getByRole('button', {
        name: 'Add evidence… for Leadership training: No evidence yet',
      });
      await training.click();
      await expect(
        verdict.getByRole('combobox', {name: 'Entry kind'}).inputValue(),
      ).resolves.toBe('training');
      await verdict
        .getByRole('button', {
          name: 'Add evidence for Leadership training: No evidence yet',
        })
        .click();
      await idle(session);
      // A draft does not count: the line stays, now with its draft.
      await verdict
        .getByRole('button', {name: /^Go to draft: .* · Training attended$/})
        .waitFor();

      // Written over, the area is evidenced and leaves the list.
      const body = documentBody(session.preview.runtime());
      for (const block of paragraphs(body))
        if (block.text.startsWith('Name:'))
          body
            .getChild(block.index)
            .asParagraph()
            .setText('Name: Leading through change, run by People Ops');
      await verdict.getByRole('button', {name: 'Check again'}).click();
      await idle(session);
      await expect(training.count()).resolves.toBe(0);
      await expect(
        verdict.locator('.left > li > .left-title').allTextContents(),
      ).resolves.not.toContain('Leadership training');
    } finally {
      await session.close();
    }
  });
});

describe('the Add evidence form', () => {
  it('sets the kind from the criterion, and keeps a kind the person picked until the criterion changes', async () => {
    const session = await readyIn('Open sidebar');
    const {sidebar} = session;
    try {
      const card = areaCard(sidebar, DEVELOPMENT);
      await openAddEvidence(sidebar, DEVELOPMENT);
      const criterion = card.getByRole('combobox', {name: 'Criterion'});
      const kind = card.getByRole('combobox', {name: 'Entry kind'});
      await expect(criterion.inputValue()).resolves.toBe('daily-stand-up');
      await expect(kind.inputValue()).resolves.toBe('general');
      await criterion.selectOption({label: 'Weekly SCPA update'});
      await expect(kind.inputValue()).resolves.toBe('scpa');
      await kind.selectOption({label: 'General'});
      await expect(kind.inputValue()).resolves.toBe('general');
      await criterion.selectOption({label: 'Daily stand-up'});
      await criterion.selectOption({label: 'Weekly SCPA update'});
      await expect(kind.inputValue()).resolves.toBe('scpa');
    } finally {
      await session.close();
    }
  });
});

describe('coming back to the sidebar', () => {
  it('shows what changed in the Doc without Check again, with one quiet call', async () => {
    const session = await readyIn('Open sidebar');
    const {sidebar, page} = session;
    try {
      const training = areaCard(sidebar, TRAINING);
      await (await openAddEvidence(sidebar, TRAINING)).click();
      await training.getByRole('button', {name: /^Go to draft/}).waitFor();
      await idle(session);
      // The Doc has the keyboard; the person writes there.
      await page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
      const body = documentBody(session.preview.runtime());
      for (const block of paragraphs(body))
        if (block.text.startsWith('Name:'))
          body
            .getChild(block.index)
            .asParagraph()
            .setText('Name: Leading through change, run by People Ops');
      const before = session.runs.length;

      // Back in the sidebar (a click on a card's text, no button): it checks by itself.
      await training.getByRole('heading', {name: TRAINING}).click();
      await training.getByText('Status: Evidenced').waitFor();
      await idle(session);
      expect(names(session).slice(before)).toEqual(['getSidebarState']);
      await sidebar.getByText('Checked just now').waitFor();
      await expect(
        sidebar.getByRole('button', {name: 'Check again'}).isEnabled(),
      ).resolves.toBe(true);

      // Staying in the sidebar costs nothing more.
      await training.getByRole('heading', {name: TRAINING}).click();
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await idle(session);
      expect(names(session).slice(before)).toEqual(['getSidebarState']);
    } finally {
      await session.close();
    }
  });

  it('says honestly how long ago it checked', async () => {
    const session = await openSession(browser());
    const {sidebar, page} = session;
    try {
      await page.clock.install();
      await clickMenu(session, 'Set up document');
      await sidebar.getByText('Checked just now').waitFor();
      await page.clock.fastForward('02:05');
      await sidebar.getByText('Checked 2 min ago').waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('the cursor after Add evidence', () => {
  it('when the server could not place it, the sidebar puts it on the new entry itself, with one more call', async () => {
    const session = await readyIn('Open sidebar');
    const {sidebar, documentPane} = session;
    const setCursor = Object.getOwnPropertyDescriptor(
      Document.prototype,
      'setCursor',
    );
    try {
      // The next setCursor fails, as placing the cursor on the saved Doc may in Apps Script.
      let failures = 1;
      const original = Document.prototype.setCursor;
      Document.prototype.setCursor = function (
        this: Document,
        ...args: Parameters<Document['setCursor']>
      ) {
        if (failures-- > 0) throw new Error('Document is closed.');
        return original.apply(this, args);
      };
      const before = session.runs.length;
      await (await openAddEvidence(sidebar, TRAINING)).click();
      await areaCard(sidebar, TRAINING)
        .getByRole('button', {name: /^Go to draft/})
        .waitFor();
      await sidebar
        .getByRole('status')
        .getByText('The cursor is at its start.', {exact: false})
        .waitFor();
      await idle(session);
      expect(names(session).slice(before)).toEqual(['addEvidence', 'jumpTo']);
      expect(session.runs.at(-1)?.args).toEqual([
        expect.objectContaining({
          target: {sectionId: 'leadership-training', entryIndex: 0},
        }),
      ]);
      await documentPane
        .locator('h3:has(.caret)')
        .filter({hasText: / · Training attended$/})
        .waitFor();
      // And the Doc has the keyboard.
      await session.page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
    } finally {
      if (setCursor)
        Object.defineProperty(Document.prototype, 'setCursor', setCursor);
      await session.close();
    }
  });
});

describe('the words a person reads', () => {
  it("says who recorded an area's evidence in a sentence, a count never alone on its line", async () => {
    const session = await readyIn('Open sidebar');
    const {sidebar} = session;
    try {
      // Writing typed under the heading without the add-on, then an entry the add-on labelled.
      const area = 'Participate in an Annual Performance Review Cycle';
      const body = documentBody(session.preview.runtime());
      const at = paragraphs(body).find(p => p.text === area);
      if (!at) throw new Error(`no heading ${area}`);
      body.insertParagraph(
        at.index + 2,
        'I held the review conversation with Sam about his goals.',
      );
      body
        .insertParagraph(at.index + 3, '2025-01-10 · Review documentation')
        .setHeading('HEADING3');
      body.insertParagraph(at.index + 4, 'Recorded by: Candidate · General');
      body.insertParagraph(
        at.index + 5,
        'What happened: I wrote the mid-year review for one of my reports.',
      );
      await sidebar.getByRole('button', {name: 'Check again'}).click();
      await idle(session);
      const card = areaCard(sidebar, area);
      await card
        .getByText(
          '1\u00a0recorded by the candidate, 1\u00a0with no author named',
        )
        .waitFor();
      await expect(card.getByText('not labelled').count()).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('coming back to a hidden sidebar', () => {
  it('checks again once when it is shown again', async () => {
    const session = await readyIn('Open sidebar');
    const {sidebar} = session;
    try {
      const before = session.runs.length;
      // The browser hides the sidebar (another tab, a minimised window), then shows it again.
      const setVisibility = (state: 'hidden' | 'visible') =>
        sidebar.locator('body').evaluate((body, visibility) => {
          Object.defineProperty(body.ownerDocument, 'visibilityState', {
            configurable: true,
            get: () => visibility,
          });
          body.ownerDocument.dispatchEvent(new Event('visibilitychange'));
        }, state);
      await setVisibility('hidden');
      await setVisibility('visible');
      await idle(session);
      await sidebar.getByText('Checked just now').waitFor();
      expect(names(session).slice(before)).toEqual(['getSidebarState']);
    } finally {
      await session.close();
    }
  });
});
