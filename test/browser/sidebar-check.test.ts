/**
 * Reading the Doc again without reopening the sidebar (each view's one Check again), the first
 * screen on a blank Doc (Set up first, said once), and what Add evidence offers by default: the
 * area's first criterion not covered yet, with a hint when General is chosen, then the next one.
 */
import type {FrameLocator, Locator} from 'playwright-core';
import {SECTION_MISSING} from '../../src/core/readiness';
import {chromiumForThisFile} from './chromium';
import {
  AREA_TITLES,
  TRAINING,
  addEvidenceToggle,
  areaCard,
  clickMenu,
  documentBody,
  idle,
  openAddEvidence,
  openSession,
  paragraphs,
  type Session,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

const ONE_ON_ONES = 'Organize and Complete Regularly Scheduled One-on-Ones';
const GENERAL_HINT =
  'General entries count as evidence but cover no criterion.';

/** The areas listed under "What is left", by their short titles. */
function leftAreas(verdict: Locator): Promise<string[]> {
  return verdict.locator('.left > li > .left-title').allTextContents();
}

/** Writes a dated entry under an area heading, as a person typing in the Doc would. */
function writeEntry(session: Session, area: string, heading: string): void {
  const body = documentBody(session.preview.runtime());
  const at = paragraphs(body).find(p => p.text === area);
  if (!at) throw new Error(`no heading ${area}`);
  body.insertParagraph(at.index + 2, heading).setHeading('HEADING3');
  body.insertParagraph(at.index + 3, 'Recorded by: Candidate · General');
  body.insertParagraph(
    at.index + 4,
    'What happened: I wrote the review for one of my reports.',
  );
}

const getSidebarStateCalls = (session: Session) =>
  session.runs.filter(run => run.functionName === 'getSidebarState').length;

/** Every control on screen that reads the Doc again: each view has exactly one. */
const checkControls = (sidebar: FrameLocator) =>
  sidebar.getByRole('button', {name: /check/i});

/** The notice at the top holds only its own Dismiss (no Check again inside it). */
async function expectNoticeHoldsOnlyDismiss(
  sidebar: FrameLocator,
): Promise<void> {
  const buttons = sidebar.locator('.status-bar button');
  await expect(buttons.count()).resolves.toBe(1);
  await expect(buttons.getAttribute('aria-label')).resolves.toBe(
    'Dismiss notice',
  );
}

describe('checking again', () => {
  it('shows what the person wrote in the Doc after Check again, one call per click, and says when it checked', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar} = session;
    try {
      await (await openAddEvidence(sidebar, TRAINING)).click();
      const training = areaCard(sidebar, TRAINING);
      const draft = training.getByRole('button', {name: /^Go to draft: /});
      await draft.waitFor();
      await idle(session);

      // On the Readiness tab, the training is still left to do (a draft does not count).
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await idle(session);
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict.getByText('Checked just now').waitFor();
      await expect(leftAreas(verdict)).resolves.toContain(
        'Leadership training',
      );

      // The candidate writes over the prompts in the Doc.
      const body = documentBody(session.preview.runtime());
      for (const block of paragraphs(body)) {
        if (block.text.startsWith('Name:'))
          body
            .getChild(block.index)
            .asParagraph()
            .setText('Name: Leading through change, run by People Ops');
      }

      const before = getSidebarStateCalls(session);
      await verdict.getByRole('button', {name: 'Check again'}).click();
      await sidebar
        .getByRole('status')
        .getByText('The document has changed since the last check.')
        .waitFor();
      await idle(session);
      // One Check again in the view: the one in the verdict card, none in the notice.
      await expect(checkControls(sidebar).count()).resolves.toBe(1);
      await expectNoticeHoldsOnlyDismiss(sidebar);
      const left = await leftAreas(verdict);
      expect(left).toHaveLength(4);
      expect(left).not.toContain('Leadership training');
      // Leadership training has its evidence: only the manager's confirmation is left of it.
      await expect(
        verdict.locator('.left-other').allTextContents(),
      ).resolves.toEqual([
        'Leadership training: no entry confirmed by the sponsoring manager yet',
      ]);
      await verdict.getByText('Checked just now').waitFor();
      expect(getSidebarStateCalls(session)).toBe(before + 1);
      // Focus stays on the button, ready for the next check.
      await expect(
        verdict
          .getByRole('button', {name: 'Check again'})
          .evaluate(button => button === document.activeElement),
      ).resolves.toBe(true);

      // Nothing new: it says so.
      await verdict.getByRole('button', {name: 'Check again'}).click();
      await sidebar
        .getByRole('status')
        .getByText('Nothing has changed in the document since the last check.')
        .waitFor();
      expect(getSidebarStateCalls(session)).toBe(before + 2);

      // The Areas tab has its own, labelled, above the cards; it does the same.
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      const review = areaCard(sidebar, AREA_TITLES[0]);
      await review.getByText('Status: Missing').waitFor();
      await expect(checkControls(sidebar).count()).resolves.toBe(1);
      const areasCheck = sidebar
        .getByRole('tabpanel')
        .getByRole('button', {name: 'Check again', exact: true});
      await expect(
        areasCheck.evaluate(button => {
          const firstCard = button.ownerDocument.querySelector('section.card');
          return (
            firstCard !== null &&
            (button.compareDocumentPosition(firstCard) &
              Node.DOCUMENT_POSITION_FOLLOWING) !==
              0
          );
        }),
      ).resolves.toBe(true);
      await expect(
        sidebar.getByRole('tabpanel').getByText('Checked just now').count(),
      ).resolves.toBe(1);
      writeEntry(session, AREA_TITLES[0], '2025-01-10 · Review documentation');
      await areasCheck.click();
      await review.getByText('Status: In progress').waitFor();
      await idle(session);
      await sidebar
        .getByRole('status')
        .getByText('The document has changed since the last check.')
        .waitFor();
      await expect(checkControls(sidebar).count()).resolves.toBe(1);
      await expectNoticeHoldsOnlyDismiss(sidebar);
      expect(getSidebarStateCalls(session)).toBe(before + 3);
      expect(session.runs.at(-1)?.functionName).toBe('getSidebarState');
    } finally {
      await session.close();
    }
  });
});

describe('the first screen on a blank Doc', () => {
  it('leads with a short Set up that gives the one count, and says at each unavailable Add evidence why', async () => {
    const session = await openSession(browser());
    const {sidebar} = session;
    try {
      await clickMenu(session, 'Open sidebar');
      const setUp = sidebar.getByRole('region', {
        name: 'Set up this document',
      });
      await setUp.waitFor();
      // Set up first; who is recording is asked once the Doc is set up.
      const headings = await sidebar
        .getByRole('heading', {level: 2})
        .allTextContents();
      expect(headings.indexOf('Set up this document')).toBe(0);
      expect(headings).not.toContain('Who are you in this program?');

      // Short: a count of what is missing; the names only behind it.
      const count = setUp.getByText(/^\d+ parts missing$/);
      await expect(count.isVisible()).resolves.toBe(true);
      await expect(setUp.getByText(TRAINING).isVisible()).resolves.toBe(false);
      await count.click();
      await expect(setUp.getByText(TRAINING).isVisible()).resolves.toBe(true);

      // One count on the page: no other line counts the missing sections differently.
      const panel = sidebar.getByRole('tabpanel');
      await expect(
        panel.getByText(/\d+ sections? (below )?(are|is) not/).count(),
      ).resolves.toBe(0);
      // Each unavailable Add evidence says why right where it is, and is described by it.
      const toggle = addEvidenceToggle(sidebar, TRAINING);
      await expect(toggle.isDisabled()).resolves.toBe(true);
      const reason = areaCard(sidebar, TRAINING).getByText(SECTION_MISSING);
      await expect(reason.count()).resolves.toBe(1);
      const describedBy = await toggle.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      await expect(reason.getAttribute('id')).resolves.toBe(describedBy);
      // The reason stands next to the control, not somewhere else on the card.
      await expect(
        toggle.evaluate((button, text) => {
          const next = button.closest('.add-entry')?.textContent ?? '';
          return next.includes(text);
        }, SECTION_MISSING),
      ).resolves.toBe(true);

      // Once set up, all of it goes.
      await setUp.getByRole('button', {name: 'Set up document'}).click();
      await setUp.waitFor({state: 'detached'});
      await expect(panel.getByText(SECTION_MISSING).count()).resolves.toBe(0);
      await expect(toggle.isDisabled()).resolves.toBe(false);

      // With a single section missing, its own card says so, once.
      const body = documentBody(session.preview.runtime());
      const heading = paragraphs(body).find(p => p.text === TRAINING);
      if (!heading) throw new Error('no training heading');
      body.getChild(heading.index).asParagraph().setText('Training notes');
      await clickMenu(session, 'Open sidebar');
      await setUp.waitFor();
      await setUp.getByText(`Missing: ${TRAINING}`).waitFor();
      await expect(
        areaCard(sidebar, TRAINING).getByText(SECTION_MISSING).count(),
      ).resolves.toBe(1);
    } finally {
      await session.close();
    }
  });
});

describe("the program's words and the check's own", () => {
  it("names the roles as the program does, and shows an area's notes from the check", async () => {
    const session = await readySession(browser());
    const {sidebar, page} = session;
    try {
      // A second heading for an area: the check notes it (the sidebar has no words of its own).
      const body = documentBody(session.preview.runtime());
      body.appendParagraph(AREA_TITLES[1]).setHeading('HEADING1');
      // The program names the roles; the sidebar shows whatever names the program built into it
      // carries (build.mjs writes the program as JSON into the sidebar's HTML).
      await page.route('**/sidebar?*', async route => {
        const response = await route.fetch();
        const html = await response.text();
        const programJson =
          /(<script type="application\/json" id="program-view">)([^<]*)(<\/script>)/;
        const [, open, json, close] = programJson.exec(html) ?? [];
        if (json === undefined) throw new Error('The sidebar has no program');
        const program = JSON.parse(json) as {
          roles: Array<{id: string; label: string}>;
        };
        for (const role of program.roles)
          role.label = role.id === 'candidate' ? 'Mentee' : 'Sponsor';
        await route.fulfill({
          response,
          body: html.replace(
            programJson,
            open + JSON.stringify(program) + close,
          ),
        });
      });
      await clickMenu(session, 'Readiness check');
      // Who is recording is asked up front and in the Add evidence form, with the program's names.
      await expect(
        sidebar
          .getByRole('region', {name: 'Who are you in this program?'})
          .getByRole('button')
          .allTextContents(),
      ).resolves.toEqual(['Mentee', 'Sponsor', 'Not now']);
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict
        .getByRole('button', {
          name: 'Add evidence… for Performance review: Review documentation',
        })
        .click();
      const recording = verdict.getByRole('group', {
        name: 'Who is recording this entry?',
      });
      await expect(
        recording.getByRole('button').allTextContents(),
      ).resolves.toEqual(['Add evidence as Mentee', 'Add evidence as Sponsor']);
      await recording
        .getByRole('button', {
          name: 'Add evidence as Sponsor for Performance review: Review documentation',
        })
        .click();
      await sidebar.getByText('Recording as Sponsor').waitFor();
      const item = sidebar
        .getByRole('region', {name: 'Areas'})
        .getByRole('listitem')
        .filter({hasText: AREA_TITLES[1]});
      await item.getByText('Heading appears 2 times; all are read').waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('the Add evidence choices', () => {
  it('close once the entry is added, and next time offer the next criterion not covered yet', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar} = session;
    const criterionOf = () =>
      areaCard(sidebar, ONE_ON_ONES)
        .getByRole('combobox', {name: 'Criterion'})
        .inputValue();
    const expectClosed = async () => {
      await expect(
        addEvidenceToggle(sidebar, ONE_ON_ONES).getAttribute('aria-expanded'),
      ).resolves.toBe('false');
      await expect(
        areaCard(sidebar, ONE_ON_ONES).locator('select').count(),
      ).resolves.toBe(0);
    };
    try {
      const card = areaCard(sidebar, ONE_ON_ONES);
      const drafts = card.getByRole('button', {name: /^Go to draft: /});
      await (await openAddEvidence(sidebar, ONE_ON_ONES)).click();
      await drafts.first().waitFor();
      await idle(session);
      // Closed: a second click (or Enter) on the same button cannot add the same entry again.
      await expectClosed();

      await openAddEvidence(sidebar, ONE_ON_ONES);
      await expect(criterionOf()).resolves.toBe('shared-context');
      await (await openAddEvidence(sidebar, ONE_ON_ONES)).click();
      await drafts.nth(1).waitFor();
      await idle(session);
      await expectClosed();

      // The drafts say which criteria are under way, so this holds after the view is rebuilt, too.
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      await openAddEvidence(sidebar, ONE_ON_ONES);
      await expect(criterionOf()).resolves.toBe('career-growth');

      const added = session.runs.filter(
        run => run.functionName === 'addEvidence',
      );
      expect(added.map(run => run.args)).toEqual([
        [expect.objectContaining({criterionId: 'building-trust'})],
        [expect.objectContaining({criterionId: 'shared-context'})],
      ]);
    } finally {
      await session.close();
    }
  });

  it('open behind "Add evidence…", default to the first criterion not covered yet, and explain General', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar} = session;
    try {
      const card = areaCard(sidebar, AREA_TITLES[0]);
      const toggle = addEvidenceToggle(sidebar, AREA_TITLES[0]);
      // Collapsed, the card has no selects and no Add evidence button of its own.
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(card.locator('select').count()).resolves.toBe(0);
      await expect(
        card
          .getByRole('button', {name: `Add evidence for ${AREA_TITLES[0]}`})
          .count(),
      ).resolves.toBe(0);

      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const criterion = card.getByRole('combobox', {name: 'Criterion'});
      await expect(
        criterion.evaluate(select => select === document.activeElement),
      ).resolves.toBe(true);
      await expect(criterion.inputValue()).resolves.toBe(
        'review-documentation',
      );
      await expect(card.getByText(GENERAL_HINT).count()).resolves.toBe(0);

      // General stays on offer, with a hint the select is described by.
      await criterion.selectOption({label: 'General (no single criterion)'});
      const hint = card.getByText(GENERAL_HINT);
      await hint.waitFor();
      await expect(criterion.getAttribute('aria-describedby')).resolves.toBe(
        await hint.getAttribute('id'),
      );
      await criterion.selectOption({label: 'Review conversations'});
      await hint.waitFor({state: 'detached'});

      // Once the Doc covers the first criterion, the default moves on to the next.
      writeEntry(session, AREA_TITLES[0], '2025-01-10 · Review documentation');
      await clickMenu(session, 'Open sidebar');
      await card.getByText('Status: In progress').waitFor();
      const add = await openAddEvidence(sidebar, AREA_TITLES[0]);
      await expect(
        card.getByRole('combobox', {name: 'Criterion'}).inputValue(),
      ).resolves.toBe('review-conversations');
      await add.click();
      await card.getByRole('button', {name: /^Go to draft: /}).waitFor();
      const added = session.runs.filter(
        run => run.functionName === 'addEvidence',
      );
      expect(added.map(run => run.args)).toEqual([
        [
          expect.objectContaining({
            sectionId: 'performance-review',
            criterionId: 'review-conversations',
          }),
        ],
      ]);
      // The weekly log has nothing to choose: its Add button adds at once.
      await expect(
        areaCard(sidebar, 'Weekly One-on-One Log')
          .getByRole('button', {name: 'Add log entry'})
          .getAttribute('aria-expanded'),
      ).resolves.toBeNull();
      await expect(
        addEvidenceToggle(sidebar, ONE_ON_ONES).isVisible(),
      ).resolves.toBe(true);
    } finally {
      await session.close();
    }
  });
});

describe('evidence that is not under its area heading', () => {
  it('is named in the Readiness view, and Go to them puts the cursor on it', async () => {
    const session = await readySession(browser(), {role: 'candidate'});
    const {sidebar} = session;
    try {
      // The Development process heading and its guidance deleted; an entry of it written there.
      const body = documentBody(session.preview.runtime());
      const heading = paragraphs(body).find(
        p => p.text === AREA_TITLES[4],
      )?.index;
      if (heading === undefined) throw new Error('No Development process');
      body.removeChild(body.getChild(heading + 1));
      body.removeChild(body.getChild(heading));
      body
        .insertParagraph(heading, '2026-10-01 · Daily stand-up')
        .setHeading('HEADING3');
      body.insertParagraph(heading + 1, 'Recorded by: Candidate · General');
      body.insertParagraph(
        heading + 2,
        'What happened: I ran the stand-up for a month.',
      );

      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await sidebar.getByRole('button', {name: /check again/i}).click();
      const item = sidebar
        .getByRole('region', {name: 'Areas'})
        .getByRole('listitem')
        .filter({hasText: AREA_TITLES[4]});
      await item
        .getByText('1 entry for Development process is not under its heading')
        .waitFor();
      await item.getByRole('button', {name: /^Go to the /}).click();
      await idle(session);
      const jump = session.runs.filter(run => run.functionName === 'jumpTo');
      expect(jump.at(-1)?.args).toEqual([
        expect.objectContaining({
          target: {sectionId: 'development-process', entryIndex: 0},
        }),
      ]);
      const cursor = session.preview.runtime().document.toJSON().cursor;
      expect(cursor?.path[0]).toBe(heading);
    } finally {
      await session.close();
    }
  });
});
