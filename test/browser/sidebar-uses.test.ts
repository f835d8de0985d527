/**
 * The sidebar and menu as people meet them, in Chromium on the built add-on (dist/) over the
 * emulation: set up a blank Doc, say who you are, add evidence and write over its prompts, run the
 * readiness check and insert its summary; and what each of those costs in round trips.
 */
import {chromiumForThisFile} from './chromium';
import {
  AREA_TITLES,
  TRAINING,
  areaCard,
  browserToday,
  clickMenu,
  documentBody,
  idle,
  openAddEvidence,
  openSession,
  paneHeadings,
  paragraphs,
  readySession,
} from './sidebar-harness';

const browser = chromiumForThisFile();

/** A card's status chip, as read out: "Status: Missing". */
const STATUS = /^Status: (Missing|In progress|Evidenced)$/;

describe('the sidebar, as people use it', () => {
  it('sets up a blank Doc, adds evidence that counts once written, then checks readiness and inserts the summary', async () => {
    // A zone 14 hours ahead of UTC: the entry's date must be the person's own calendar date.
    const session = await openSession(browser(), {
      timezoneId: 'Pacific/Kiritimati',
    });
    const {sidebar, documentPane} = session;
    try {
      // (a) Open sidebar on a blank Doc: it offers Set up.
      await clickMenu(session, 'Open sidebar');
      const setUp = sidebar.getByRole('region', {
        name: 'Set up this document',
      });
      await setUp.waitFor();
      await setUp.getByRole('button', {name: 'Set up document'}).click();
      await setUp.waitFor({state: 'detached'});

      // The areas, in the program's order, each missing evidence.
      const panel = sidebar.getByRole('tabpanel');
      const titles = await panel
        .getByRole('heading', {level: 3})
        .allTextContents();
      expect(titles.filter(title => AREA_TITLES.includes(title))).toEqual(
        AREA_TITLES,
      );
      for (const title of AREA_TITLES) {
        await expect(
          areaCard(sidebar, title).getByText(STATUS).textContent(),
        ).resolves.toBe('Status: Missing');
      }
      // The people-leadership criteria are examples: their count never reads as a checklist.
      await expect(
        areaCard(sidebar, AREA_TITLES[3]).locator('summary').textContent(),
      ).resolves.toBe('Examples shown: 0 of 10 — evidence overall counts');
      // The Doc pane shows the sections Set up wrote.
      await documentPane
        .getByRole('heading', {name: TRAINING, level: 1})
        .waitFor();

      // Nobody has said who they are yet: the sidebar asks up front, and it can wait.
      const question = sidebar.getByRole('region', {
        name: 'Who are you in this program?',
      });
      await question.waitFor();
      await question.getByRole('button', {name: 'Not now'}).click();
      await question.waitFor({state: 'detached'});
      await sidebar.getByText('No role chosen yet').waitFor();

      // (b) Add evidence for the training area: the form asks who is recording with one Add
      // button per role, none chosen for the person, so the first Add evidence still ends with an
      // entry. Its criterion is chosen for it (the first one not covered yet), and with it the
      // kind its evidence naturally takes.
      const training = areaCard(sidebar, TRAINING);
      const addTraining = await openAddEvidence(sidebar, TRAINING, 'candidate');
      await expect(
        training.getByRole('combobox', {name: 'Entry kind'}).inputValue(),
      ).resolves.toBe('training');
      const recording = training.getByRole('group', {
        name: 'Who is recording this entry?',
      });
      await expect(
        recording.getByRole('button').allTextContents(),
      ).resolves.toEqual([
        'Add evidence as Candidate',
        'Add evidence as Sponsoring manager',
      ]);
      const before = await browserToday(session.page);
      await addTraining.click();
      await idle(session);
      // Remembered: the sidebar says who is recording, and the form no longer asks.
      await expect(
        sidebar.getByText('Recording as').textContent(),
      ).resolves.toContain('Candidate');
      await expect(
        sidebar
          .getByRole('group', {name: 'Who is recording this entry?'})
          .count(),
      ).resolves.toBe(0);
      const after = await browserToday(session.page);
      const entryHeading = documentPane.getByRole('heading', {
        level: 3,
        name: / · Training attended$/,
      });
      await entryHeading.waitFor();
      const entryTitle = (await entryHeading.textContent()) ?? '';
      expect([
        `${before} · Training attended`,
        `${after} · Training attended`,
      ]).toContain(entryTitle);
      // Under the training heading: after it, before the next area's heading.
      const headings = await paneHeadings(session);
      const at = (text: string) => headings.findIndex(h => h.text === text);
      const next = AREA_TITLES[AREA_TITLES.indexOf(TRAINING) + 1];
      expect(at(TRAINING)).toBeLessThan(at(entryTitle));
      expect(at(entryTitle)).toBeLessThan(at(next));
      await documentPane
        .getByText('Recorded by: Candidate · Training')
        .waitFor();
      await documentPane
        .getByText('The training and who ran it.', {exact: false})
        .waitFor();
      // google.script.host.editor.focus(): the Doc has the keyboard, ready for typing.
      await session.page.waitForFunction(
        () => document.activeElement?.id === 'document',
      );
      // The card lists the draft, which does not count yet.
      await training
        .getByRole('button', {name: `Go to draft: ${entryTitle}`})
        .waitFor();
      await expect(training.getByText(STATUS).textContent()).resolves.toBe(
        'Status: Missing',
      );

      // The candidate writes over the prompts (as a person typing in the Doc would).
      const body = documentBody(session.preview.runtime());
      const blocks = paragraphs(body);
      const start = blocks.findIndex(b => b.text === entryTitle);
      const written: Record<string, string> = {
        'Name:': 'Name: Leading through change, run by People Operations',
        'Date:': `Date: ${entryTitle.slice(0, 10)}`,
        'Takeaways:':
          'Takeaways: I will open one-on-ones with what the person wants to discuss.',
      };
      for (const block of blocks.slice(start + 1, start + 6)) {
        const label = Object.keys(written).find(l => block.text.startsWith(l));
        if (label)
          body.getChild(block.index).asParagraph().setText(written[label]);
      }

      // Reopening the sidebar shows the area evidenced, with no draft left.
      await clickMenu(session, 'Open sidebar');
      await expect(training.getByText(STATUS).textContent()).resolves.toBe(
        'Status: Evidenced',
      );
      await expect(
        training.getByRole('button', {name: /^Go to draft/}).count(),
      ).resolves.toBe(0);
      await documentPane
        .getByText('Leading through change', {exact: false})
        .waitFor();

      // (c) Readiness check from the menu opens the sidebar on the readiness view.
      await clickMenu(session, 'Readiness check');
      await sidebar
        .getByRole('tab', {name: 'Readiness', selected: true})
        .waitFor();
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict
        .getByText('Not ready yet: 4 of 5 areas need more evidence')
        .waitFor();
      const left = await verdict
        .locator('.left > li > .left-title')
        .allTextContents();
      expect(left).toHaveLength(4);
      expect(left).not.toContain('Leadership training');
      // Leadership training has its evidence: only the manager's confirmation is left of it.
      await expect(
        verdict.locator('.left-other').allTextContents(),
      ).resolves.toEqual([
        'Leadership training: no entry confirmed by the sponsoring manager yet',
      ]);

      const leadership = sidebar.getByRole('region', {
        name: 'For the leadership group',
      });
      // One short sentence, saying what the button does.
      await expect(leadership.locator('p').allTextContents()).resolves.toEqual([
        "Inserts a dated summary of this check into the Doc's review section.",
      ]);
      const today = await browserToday(session.page);
      await leadership
        .getByRole('button', {name: 'Insert readiness summary'})
        .click();
      await documentPane
        .getByText(`Readiness summary — ${today}`, {exact: true})
        .waitFor();
      // The table names areas by their short names, for a reader on a page.
      const row = documentPane.getByRole('row').filter({
        has: session.page.getByRole('cell', {name: 'Leadership training'}),
      });
      // Read by column name: the table's columns are core's to choose (src/core/summary.ts).
      const header = await documentPane
        .getByRole('row')
        .first()
        .getByRole('cell')
        .allTextContents();
      const cells = await row.getByRole('cell').allTextContents();
      const cell = (column: string) => cells[header.indexOf(column)];
      expect(cells[0]).toBe('Leadership training');
      expect(cell('Status')).toBe('Evidenced');
      expect(cell('Evidence')).toBe(
        `1 entry, recorded by the candidate; none confirmed by the sponsoring manager; newest ${entryTitle.slice(0, 10)}.`,
      );
      await sidebar
        .getByRole('status')
        .getByText(`Readiness summary for ${today} inserted`, {exact: false})
        .waitFor();
    } finally {
      await session.close();
    }
  });

  it('costs one round trip to open and one per action', async () => {
    const session = await openSession(browser());
    const {sidebar, runs} = session;
    const names = () => runs.map(run => run.functionName);
    try {
      await clickMenu(session, 'Open sidebar');
      await sidebar
        .getByRole('region', {name: 'Set up this document'})
        .waitFor();
      await idle(session);
      expect(names()).toEqual(['getSidebarState']);

      await sidebar.getByRole('button', {name: 'Set up document'}).click();
      await sidebar
        .getByRole('region', {name: 'Set up this document'})
        .waitFor({state: 'detached'});
      await idle(session);
      expect(names()).toEqual(['getSidebarState', 'setUpDocument']);

      // The first Add evidence says who is recording in the same call.
      await (await openAddEvidence(sidebar, TRAINING)).click();
      await sidebar.getByText('Recording as Candidate').waitFor();
      await idle(session);
      expect(names()).toEqual([
        'getSidebarState',
        'setUpDocument',
        'addEvidence',
      ]);
      expect(runs[2].args).toEqual([
        expect.objectContaining({
          sectionId: 'leadership-training',
          criterionId: 'training-attended',
          role: 'candidate',
          today: await browserToday(session.page),
        }),
      ]);

      // The Doc has the keyboard now. Coming back to the sidebar checks the Doc again (one quiet
      // call), here by opening the role question (local); choosing costs one call.
      await sidebar.getByRole('button', {name: 'Change role'}).click();
      await idle(session);
      expect(names().slice(3)).toEqual(['getSidebarState']);
      await sidebar
        .getByRole('button', {name: 'Sponsoring manager', exact: true})
        .click();
      await sidebar.getByText('Recording as Sponsoring manager').waitFor();
      await idle(session);
      expect(names().slice(4)).toEqual(['setRole']);

      // Still in the sidebar: opening the choices is local; adding costs one call, with no role.
      await (await openAddEvidence(sidebar, AREA_TITLES[0])).click();
      await areaCard(sidebar, AREA_TITLES[0])
        .getByRole('button', {name: /^Go to draft/})
        .waitFor();
      await idle(session);
      expect(names().slice(5)).toEqual(['addEvidence']);
      expect(runs[5].args).toEqual([
        {
          today: await browserToday(session.page),
          sectionId: 'performance-review',
          criterionId: 'review-documentation',
          kindId: 'general',
        },
      ]);

      // Coming back by a button that calls the server costs that call only (its reply is fresh).
      await areaCard(sidebar, AREA_TITLES[0])
        .getByRole('button', {name: /^Go to draft/})
        .click();
      await idle(session);
      expect(names().slice(6)).toEqual(['jumpTo']);

      // Coming back by switching views checks once; switching again is local.
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await sidebar.getByRole('region', {name: 'Readiness check'}).waitFor();
      await idle(session);
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      await areaCard(sidebar, TRAINING).waitFor();
      await idle(session);
      expect(names().slice(7)).toEqual(['getSidebarState']);

      // Check again, on the Readiness tab and on the Areas tab: one call per click.
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await sidebar.getByRole('button', {name: 'Check again'}).click();
      await sidebar
        .getByRole('status')
        .getByText('since the last check')
        .waitFor();
      await idle(session);
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      await sidebar.getByRole('button', {name: 'Check again'}).click();
      await idle(session);
      expect(names().slice(8)).toEqual(['getSidebarState', 'getSidebarState']);
    } finally {
      await session.close();
    }
  });

  it('says each thing once on a card: no evidence, drafts, stale evidence, one-on-one gaps', async () => {
    const session = await readySession(browser(), {draftIn: TRAINING});
    const {sidebar} = session;
    try {
      // Old written evidence for the training, and two old one-on-ones, typed by people.
      const body = documentBody(session.preview.runtime());
      const at = (title: string) =>
        paragraphs(body).findIndex(p => p.text === title);
      const training = paragraphs(body)[at(TRAINING)].index;
      body
        .insertParagraph(training + 2, '2025-01-10 · Training')
        .setHeading('HEADING3');
      body.insertParagraph(training + 3, 'Recorded by: Candidate · Training');
      body.insertParagraph(training + 4, 'Name: Leading teams, by People Ops');
      const log = paragraphs(body)[at('Weekly One-on-One Log')].index;
      let row = log + 2;
      for (const date of ['2025-01-06', '2025-03-03']) {
        body
          .insertParagraph(row++, `${date} · One-on-one`)
          .setHeading('HEADING3');
        body.insertParagraph(
          row++,
          'Recorded by: Sponsoring manager · One-on-one',
        );
        body.insertParagraph(row++, 'Topics: roadmap, hiring and feedback');
      }

      await clickMenu(session, 'Open sidebar');
      const card = areaCard(sidebar, TRAINING);
      await card.getByText(STATUS).filter({hasText: 'Evidenced'}).waitFor();
      await expect(
        card.getByText(/still a draft|still holding prompts/).count(),
      ).resolves.toBe(1);
      await expect(
        card.getByText(/^No new evidence for/).count(),
      ).resolves.toBe(1);
      for (const title of AREA_TITLES.filter(t => t !== TRAINING)) {
        await expect(
          areaCard(sidebar, title).getByText('No evidence yet').count(),
        ).resolves.toBe(1);
      }
      const logCard = areaCard(sidebar, 'Weekly One-on-One Log');
      await expect(
        logCard
          .getByText(/days between one-on-ones|No one-on-one logged for/)
          .count(),
      ).resolves.toBe(2);
      await expect(
        logCard.getByText(/No (log|one-on-one) entries yet/).count(),
      ).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });

  it('lists the newest drafts on a card, and says how many more stand earlier', async () => {
    const session = await readySession(browser());
    const {sidebar} = session;
    try {
      for (let added = 1; added <= 7; added += 1) {
        await (await openAddEvidence(sidebar, TRAINING)).click();
        await idle(session);
        await expect(
          areaCard(sidebar, TRAINING)
            .getByText(/still holding prompts/)
            .textContent(),
        ).resolves.toMatch(added === 1 ? /^1 draft / : `${added} drafts `);
      }
      const card = areaCard(sidebar, TRAINING);
      // Five newest, and the training's criterion's newest among them: five Go to draft in all.
      await expect(
        card.getByRole('button', {name: /^Go to draft/}).count(),
      ).resolves.toBe(5);
      await expect(
        card.getByText('and 2 more earlier in the section').count(),
      ).resolves.toBe(1);
      // The Readiness view counts all seven.
      await clickMenu(session, 'Readiness check');
      await expect(
        sidebar
          .getByRole('region', {name: 'Areas'})
          .locator('[data-area-id="leadership-training"]')
          .textContent(),
      ).resolves.toContain('7 drafts');
    } finally {
      await session.close();
    }
  });
});
