/**
 * The completion loop in the sidebar, in Chromium on the built add-on over the emulation, as the
 * two people walk it in the local preview by switching "Signed in as": the manager confirms
 * entries (never a draft), both agree the evidence is complete, the manager records the review's
 * date and "further targeted actions" with two actions, the candidate adds evidence against one,
 * the manager marks the other done, and after a second round the program is accepted. The verdict
 * names each stage on the way.
 */
import type {Runtime} from '../../dev/emulator/runtime';
import {PROGRAM} from '../../src/core/program-data';
import * as api from '../../src/server/api';
import * as completion from '../../src/server/completion-api';
import {formatDate} from '../../src/sidebar/format';
import {chromiumForThisFile} from './chromium';
import {
  areaCard,
  browserToday,
  clickMenu,
  documentBody,
  openAddEvidence,
  openSession,
  paragraphs,
  type Session,
} from './sidebar-harness';

const browser = chromiumForThisFile();

const CANDIDATE = 'candidate@example.com';
const MANAGER = 'manager@example.com';
const ACTIONS = [
  'Run the next sprint retrospective on your own',
  'Hold a feedback conversation with a peer',
];

function localToday(offsetDays = 0): string {
  const now = new Date();
  now.setDate(now.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Runs server code as `email` on the preview's runtime (one execution). */
function as<T>(runtime: Runtime, email: string, action: () => T): T {
  runtime.setUserEmail(email);
  runtime.installGlobals();
  try {
    return action();
  } finally {
    runtime.endExecution();
    runtime.uninstall();
  }
}

/** Types over the first prompt of the entry whose heading is Body child `heading`. */
function writeEntry(runtime: Runtime, heading: number, writing: string): void {
  // An entry: its heading, its 'Recorded by' line, then 'Label: prompt' lines.
  const text = documentBody(runtime)
    .getChild(heading + 2)
    .asParagraph()
    .editAsText();
  const line = text.getText();
  const start = line.indexOf(': ') + 2;
  text.deleteText(start, line.length - 1);
  text.insertText(start, writing);
}

/**
 * The Doc as the candidate left it: set up, every area evidenced (each criterion of the 'each'
 * areas), and one draft; both people have said who they are.
 */
function candidateEvidence(runtime: Runtime): void {
  const today = localToday();
  as(runtime, MANAGER, () => api.setRole({today, role: 'manager'}));
  as(runtime, CANDIDATE, () => {
    api.setUpDocument({today});
    api.setRole({today, role: 'candidate'});
  });
  for (const area of PROGRAM.areas) {
    const criteria =
      area.rule === 'each'
        ? area.criteria.map(criterion => criterion.id)
        : [null];
    for (const criterionId of criteria) {
      as(runtime, CANDIDATE, () =>
        api.addEvidence({
          today,
          sectionId: area.id,
          criterionId,
          kindId: area.kinds[0],
        }),
      );
      const heading = paragraphs(documentBody(runtime))
        .filter(paragraph => paragraph.text.startsWith(`${today} · `))
        .pop();
      writeEntry(
        runtime,
        heading?.index ?? 0,
        `What I did for ${area.shortTitle}.`,
      );
    }
  }
  as(runtime, CANDIDATE, () =>
    api.addEvidence({
      today,
      sectionId: 'one-on-ones',
      criterionId: null,
      kindId: 'general',
    }),
  );
}

async function signInAs(session: Session, email: string): Promise<void> {
  const switched = session.page.waitForResponse(response =>
    response.url().endsWith('/api/identity'),
  );
  await session.page.getByLabel('Signed in as').selectOption(email);
  await switched;
  await clickMenu(session, 'Readiness check');
}

async function idle(session: Session): Promise<void> {
  await session.sidebar.locator('.app[aria-busy="false"]').waitFor();
}

function reviewCard(session: Session) {
  return session.sidebar.getByRole('region', {name: 'Leadership review'});
}

/** Waits until the review card names the stage (its text starts with `stage`). */
async function expectStage(session: Session, stage: string): Promise<void> {
  const escaped = stage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await reviewCard(session)
    .getByText(new RegExp(`^Stage: ${escaped}`))
    .waitFor();
}

describe('the completion loop in the sidebar', () => {
  it('walks from confirmed evidence to an accepted recommendation, by both people', async () => {
    const session = await openSession(browser(), {prepare: candidateEvidence});
    const {sidebar, page, documentPane} = session;
    try {
      const today = await browserToday(page);
      expect(today).toBe(localToday());
      await signInAs(session, MANAGER);
      await expectStage(session, 'Collecting evidence');
      await sidebar.getByRole('tab', {name: 'Areas'}).click();

      // The manager confirms one entry of each area; the draft is not offered.
      for (const area of PROGRAM.areas) {
        const card = areaCard(sidebar, area.title);
        const confirm = card
          .getByRole('button', {name: /^Confirm entry: /})
          .first();
        await confirm.click();
        await idle(session);
        await card.getByText(/^1 confirmed/).waitFor();
      }
      await expect(
        areaCard(sidebar, PROGRAM.areas[1].title)
          .getByRole('button', {name: `Confirm entry: ${today} · General`})
          .count(),
      ).resolves.toBe(0);
      await documentPane
        .getByText(
          new RegExp(`^Confirmed by the sponsoring manager on ${today}`),
        )
        .first()
        .waitFor();

      // Both agree the evidence is complete.
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await reviewCard(session)
        .getByRole('button', {name: 'I believe the evidence is complete'})
        .click();
      await reviewCard(session)
        .getByText(/^Sponsoring manager: agreed on/)
        .waitFor();
      await expectStage(session, 'Collecting evidence');

      await signInAs(session, CANDIDATE);
      await reviewCard(session)
        .getByRole('button', {name: 'I believe the evidence is complete'})
        .click();
      await expectStage(session, 'Ready to share');
      // The candidate is not offered the manager's part.
      await expect(
        reviewCard(session)
          .getByRole('button', {name: 'Record the decision'})
          .count(),
      ).resolves.toBe(0);

      // The manager records the review's date, then the decision with two actions.
      await signInAs(session, MANAGER);
      const reviewDate = localToday(14);
      await reviewCard(session)
        .getByLabel('Leadership review date')
        .fill(reviewDate);
      await reviewCard(session)
        .getByRole('button', {name: 'Record review date'})
        .click();
      await expectStage(session, 'In review (review on ');
      await sidebar
        .getByText(`In review: the leadership review is on ${reviewDate}`)
        .waitFor();

      const card = reviewCard(session);
      await card.getByLabel('Further targeted actions').check();
      await card
        .getByLabel('Targeted actions, one per line')
        .fill(ACTIONS.join('\n'));
      await card.getByRole('button', {name: 'Record the decision'}).click();
      await expectStage(session, 'Further actions requested (2 open)');
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict.getByText('Further actions requested (2 open)').waitFor();
      for (const action of ACTIONS)
        await verdict.getByText(`Targeted action: ${action}`).waitFor();
      await documentPane
        .getByText(`Targeted action (${today}): ${ACTIONS[1]}`)
        .waitFor();

      // The candidate adds evidence against the first action and writes it.
      await signInAs(session, CANDIDATE);
      await reviewCard(session)
        .getByLabel('Area it belongs to')
        .selectOption({label: PROGRAM.areas[4].title});
      await reviewCard(session)
        .getByRole('button', {
          name: `Add evidence for targeted action: ${ACTIONS[0]}`,
        })
        .click();
      await idle(session);
      const heading = paragraphs(documentBody(session.preview.runtime())).find(
        paragraph =>
          paragraph.text === `${today} · Targeted action: ${ACTIONS[0]}`,
      );
      expect(heading?.heading).toBe('HEADING3');
      writeEntry(
        session.preview.runtime(),
        heading?.index ?? 0,
        'I ran it; the team chose two changes.',
      );
      await sidebar
        .getByRole('region', {name: 'Readiness check'})
        .getByRole('button', {name: 'Check again'})
        .click();
      await expectStage(session, 'Further actions requested (1 open)');

      // The manager marks the other one done: a new round starts.
      await signInAs(session, MANAGER);
      await reviewCard(session)
        .getByRole('button', {name: `Mark done: ${ACTIONS[1]}`})
        .click();
      await expectStage(session, 'Collecting evidence');
      // Each action says how and when it was closed.
      const closed = await reviewCard(session)
        .locator('.actions-list li')
        .allTextContents();
      const day = formatDate(today, today);
      expect(closed).toEqual([
        expect.stringContaining(`(done: evidence recorded on ${day})`),
        expect.stringContaining(`(marked done on ${day})`),
      ]);
      await reviewCard(session)
        .getByRole('button', {name: 'I believe the evidence is complete'})
        .click();
      await reviewCard(session)
        .getByText(/^Sponsoring manager: agreed on/)
        .waitFor();
      await signInAs(session, CANDIDATE);
      await reviewCard(session)
        .getByRole('button', {name: 'I believe the evidence is complete'})
        .click();
      await expectStage(session, 'Ready to share');

      // The second review accepts the recommendation: nothing is chosen for the manager, so a
      // stray click cannot record a decision.
      await signInAs(session, MANAGER);
      const decision = reviewCard(session).getByRole('group', {
        name: "The leadership group's decision",
      });
      for (const radio of await decision.getByRole('radio').all())
        await expect(radio.isChecked()).resolves.toBe(false);
      const record = reviewCard(session).getByRole('button', {
        name: 'Record the decision',
      });
      await expect(record.isDisabled()).resolves.toBe(true);
      const why = reviewCard(session).getByText('Choose the decision first.');
      await expect(why.getAttribute('id')).resolves.toBe(
        await record.getAttribute('aria-describedby'),
      );
      await decision.getByRole('radio', {name: 'Accepted'}).check();
      await record.click();
      await expectStage(session, 'Accepted on ');
      await sidebar
        .getByText(`Accepted by the leadership group on ${today}`)
        .waitFor();
      // The first round stays in the Doc as history.
      await documentPane
        .getByText(
          `Leadership group decision on ${today}: further targeted actions.`,
        )
        .waitFor();
      await documentPane
        .getByText(`Leadership group decision on ${today}: accepted.`)
        .waitFor();
    } finally {
      await session.close();
    }
  });

  it("offers the open targeted actions in each area's Add evidence, and no longer once none is open", async () => {
    const session = await openSession(browser(), {
      prepare: runtime => {
        candidateEvidence(runtime);
        as(runtime, MANAGER, () =>
          completion.recordReviewOutcome({
            today: localToday(),
            outcome: 'further-actions',
            actions: ACTIONS,
          }),
        );
      },
    });
    const {sidebar} = session;
    const process = PROGRAM.areas[4];
    const criterion = process.criteria[1];
    try {
      const today = await browserToday(session.page);
      await signInAs(session, CANDIDATE);
      await sidebar.getByRole('tab', {name: 'Areas'}).click();

      // Every area's form offers them, after "None".
      const skills = PROGRAM.areas[3].title;
      await openAddEvidence(sidebar, skills);
      await expect(
        areaCard(sidebar, skills)
          .getByLabel('Targeted action')
          .locator('option')
          .allTextContents(),
      ).resolves.toEqual(['None', ...ACTIONS]);

      // The candidate records evidence for the first action under its area, with a criterion.
      const add = await openAddEvidence(sidebar, process.title);
      const card = areaCard(sidebar, process.title);
      await card.getByLabel('Targeted action').selectOption(ACTIONS[0]);
      await card
        .getByText('The entry is headed by the action; once written')
        .waitFor();
      // The action says what it is about: the entry is general unless a criterion is chosen too.
      await expect(card.getByLabel('Criterion').inputValue()).resolves.toBe('');
      await card.getByLabel('Criterion').selectOption({label: criterion.label});
      await add.click();
      await idle(session);
      const heading = paragraphs(documentBody(session.preview.runtime())).find(
        paragraph =>
          paragraph.text ===
          `${today} · Targeted action: ${ACTIONS[0]} · ${criterion.label}`,
      );
      expect(heading?.heading).toBe('HEADING3');
      writeEntry(
        session.preview.runtime(),
        heading?.index ?? 0,
        'I ran it; the team chose two changes.',
      );
      await sidebar.getByRole('button', {name: 'Check again'}).click();
      await idle(session);
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await expectStage(session, 'Further actions requested (1 open)');

      // The manager marks the other done: no action is open, so the form no longer asks.
      as(session.preview.runtime(), MANAGER, () =>
        completion.markActionDone({today, action: ACTIONS[1]}),
      );
      await signInAs(session, CANDIDATE);
      await expectStage(session, 'Collecting evidence');
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      await openAddEvidence(sidebar, process.title);
      await card.getByLabel('Criterion').waitFor();
      await expect(card.getByLabel('Targeted action').count()).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });

  it('tells the candidate, too, which entry changed since the manager confirmed it', async () => {
    const training = PROGRAM.areas[2];
    const session = await openSession(browser(), {
      prepare: runtime => {
        const today = localToday();
        as(runtime, MANAGER, () => api.setRole({today, role: 'manager'}));
        as(runtime, CANDIDATE, () => {
          api.setUpDocument({today});
          api.setRole({today, role: 'candidate'});
          api.addEvidence({
            today,
            sectionId: training.id,
            criterionId: null,
            kindId: training.kinds[0],
          });
        });
        const heading = () =>
          paragraphs(documentBody(runtime)).find(paragraph =>
            paragraph.text.startsWith(`${today} · `),
          )?.index ?? 0;
        writeEntry(runtime, heading(), 'Leading through change, run by HR.');
        as(runtime, MANAGER, () => {
          const [entry] =
            api
              .getSidebarState({today})
              .report.areas.find(area => area.areaId === training.id)
              ?.toConfirm ?? [];
          if (!entry) throw new Error('nothing to confirm');
          completion.confirmEntry({today, ...entry});
        });
        // The candidate edits the entry afterwards.
        writeEntry(runtime, heading(), 'Leading through change, run by Ana.');
      },
    });
    const {sidebar} = session;
    try {
      const today = await browserToday(session.page);
      await signInAs(session, CANDIDATE);
      // In brief, in the Readiness view: the confirmed entry is self-reported again, and why.
      await sidebar
        .getByRole('region', {name: 'Areas'})
        .getByText('0 confirmed · 1 self-reported (1 changed since confirmed)')
        .waitFor();
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      const card = areaCard(sidebar, training.title);
      await card
        .getByText('0 confirmed · 1 self-reported (1 changed since confirmed)')
        .waitFor();
      await card
        .getByText(
          'Edited since the sponsoring manager confirmed it, so self-reported until confirmed again:',
        )
        .waitFor();
      await expect(
        card.locator('.changed-since-confirmed li').allTextContents(),
      ).resolves.toEqual([
        expect.stringMatching(
          new RegExp(
            `^${today} · .+ \\(confirmed on \\d{1,2} [A-Z][a-z]{2}\\)$`,
          ),
        ),
      ]);
      // The candidate cannot confirm it themselves.
      await expect(
        card.getByRole('button', {name: /^Confirm entry/}).count(),
      ).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });

  it('keeps the manager where they were after Confirm: on the next Confirm, then on the area', async () => {
    const session = await openSession(browser(), {prepare: candidateEvidence});
    const {sidebar} = session;
    const process = PROGRAM.areas[4];
    try {
      await signInAs(session, MANAGER);
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      const card = areaCard(sidebar, process.title);
      const confirms = card.getByRole('button', {name: /^Confirm entry: /});
      const names = await confirms.evaluateAll(buttons =>
        buttons.map(button => button.getAttribute('aria-label') ?? ''),
      );
      expect(names.length).toBeGreaterThan(1);
      const focused = sidebar.locator(':focus');
      const scrollY = () =>
        sidebar
          .locator('html')
          .evaluate(html => html.ownerDocument.defaultView?.scrollY ?? 0);
      // The last area's card is far down the sidebar: the manager has scrolled to it.
      await confirms.first().scrollIntoViewIfNeeded();
      await expect(scrollY()).resolves.toBeGreaterThan(0);

      await confirms.first().click();
      await idle(session);
      // The next entry's Confirm has the keyboard, and the sidebar has not jumped to its top.
      await expect(focused.getAttribute('aria-label')).resolves.toBe(names[1]);
      await expect(scrollY()).resolves.toBeGreaterThan(0);
      await expect(
        focused.evaluate(element => {
          const box = element.getBoundingClientRect();
          const view = element.ownerDocument.defaultView;
          return box.top >= 0 && box.bottom <= (view?.innerHeight ?? 0);
        }),
      ).resolves.toBe(true);

      // From the keyboard, confirm the rest: after the last, the area's title has the keyboard.
      while ((await confirms.count()) > 0) {
        await session.page.keyboard.press('Enter');
        await idle(session);
      }
      await expect(focused.textContent()).resolves.toBe(process.title);
      await expect(scrollY()).resolves.toBeGreaterThan(0);
      await card.getByText(/^\d+ confirmed/).waitFor();
    } finally {
      await session.close();
    }
  });

  it("tells a manager who has not said who they are why Confirm and the review's controls are not there, and how to get them", async () => {
    const training = PROGRAM.areas[2];
    const session = await openSession(browser(), {
      prepare: runtime => {
        const today = localToday();
        as(runtime, CANDIDATE, () => {
          api.setUpDocument({today});
          api.setRole({today, role: 'candidate'});
          api.addEvidence({
            today,
            sectionId: training.id,
            criterionId: null,
            kindId: training.kinds[0],
          });
        });
        const heading = paragraphs(documentBody(runtime)).find(paragraph =>
          paragraph.text.startsWith(`${today} · `),
        );
        writeEntry(runtime, heading?.index ?? 0, 'Leading through change.');
      },
    });
    const {sidebar} = session;
    try {
      await signInAs(session, MANAGER);
      await sidebar
        .getByRole('region', {name: 'Who are you in this program?'})
        .getByRole('button', {name: 'Not now'})
        .click();

      // The review card: no agree, date or decision, and it says why.
      const review = reviewCard(session);
      await review
        .getByText(
          "Agreeing, and the review's date and decision, show once you say who you are.",
        )
        .waitFor();
      await expect(
        review.getByRole('button').allTextContents(),
      ).resolves.toEqual(['Choose your role']);

      // The area card: an entry to confirm, no Confirm, and why.
      await sidebar.getByRole('tab', {name: 'Areas'}).click();
      const card = areaCard(sidebar, training.title);
      await card
        .getByText(
          'Entries to confirm here: Confirm shows for the sponsoring manager.',
        )
        .waitFor();
      await expect(
        card.getByRole('button', {name: /^Confirm entry: /}).count(),
      ).resolves.toBe(0);

      // Choose your role, there: the question comes back with the keyboard on it.
      await card.getByRole('button', {name: 'Choose your role'}).click();
      const question = sidebar.getByRole('region', {
        name: 'Who are you in this program?',
      });
      await sidebar
        .getByRole('heading', {name: 'Who are you in this program?'})
        .and(sidebar.locator(':focus'))
        .waitFor();
      await question.getByRole('button', {name: 'Sponsoring manager'}).click();
      await card.getByRole('button', {name: /^Confirm entry: /}).waitFor();
      await expect(
        card.getByText('Entries to confirm here').count(),
      ).resolves.toBe(0);
      await sidebar.getByRole('tab', {name: 'Readiness'}).click();
      await review
        .getByRole('button', {name: 'I believe the evidence is complete'})
        .waitFor();
      await expect(
        review.getByText('show once you say who you are').count(),
      ).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });

  it('leads every line of what is left to its step: Confirm for the manager, whose it is for the candidate', async () => {
    const session = await openSession(browser(), {prepare: candidateEvidence});
    const {sidebar} = session;
    const area = PROGRAM.areas[1];
    try {
      await signInAs(session, MANAGER);
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      const line = `${area.shortTitle}: no entry confirmed by the sponsoring manager yet`;
      await expect(
        verdict.locator('[data-about="confirmation"]').count(),
      ).resolves.toBe(PROGRAM.areas.length);
      await verdict
        .getByRole('button', {name: `Go to Confirm: ${line}`})
        .click();
      // The area's card in the Areas view, with the keyboard on its first Confirm.
      await sidebar.getByRole('tab', {name: 'Areas', selected: true}).waitFor();
      await areaCard(sidebar, area.title)
        .getByRole('button', {name: /^Confirm entry: /})
        .first()
        .and(sidebar.locator(':focus'))
        .waitFor();

      // The candidate cannot confirm: the line says whose step it is.
      await signInAs(session, CANDIDATE);
      const confirmation = verdict
        .locator('[data-about="confirmation"]')
        .filter({hasText: line});
      await confirmation
        .getByText('For the sponsoring manager to confirm.')
        .waitFor();
      await expect(confirmation.getByRole('button').count()).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });

  it('leads an open targeted action to Add evidence with that action chosen', async () => {
    const session = await openSession(browser(), {
      prepare: runtime => {
        candidateEvidence(runtime);
        as(runtime, MANAGER, () =>
          completion.recordReviewOutcome({
            today: localToday(),
            outcome: 'further-actions',
            actions: ACTIONS,
          }),
        );
      },
    });
    const {sidebar} = session;
    try {
      const today = await browserToday(session.page);
      await signInAs(session, CANDIDATE);
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict
        .getByRole('button', {
          name: `Add evidence… for Targeted action: ${ACTIONS[1]}`,
        })
        .click();
      await expect(
        verdict.getByLabel('Targeted action', {exact: true}).inputValue(),
      ).resolves.toBe(ACTIONS[1]);
      await verdict
        .getByLabel('Area it belongs to')
        .selectOption({label: PROGRAM.areas[3].title});
      await verdict
        .getByRole('button', {
          name: `Add evidence for targeted action: ${ACTIONS[1]}`,
        })
        .click();
      await idle(session);
      const heading = paragraphs(documentBody(session.preview.runtime())).find(
        paragraph =>
          paragraph.text === `${today} · Targeted action: ${ACTIONS[1]}`,
      );
      expect(heading?.heading).toBe('HEADING3');
    } finally {
      await session.close();
    }
  });

  it("leads each person's agreement to the agree button, and the recommendation to its section", async () => {
    const session = await openSession(browser(), {
      prepare: runtime => {
        candidateEvidence(runtime);
        const today = localToday();
        for (const area of PROGRAM.areas)
          as(runtime, MANAGER, () => {
            const [entry] =
              api
                .getSidebarState({today})
                .report.areas.find(report => report.areaId === area.id)
                ?.toConfirm ?? [];
            if (entry) completion.confirmEntry({today, ...entry});
          });
      },
    });
    const {sidebar, page} = session;
    try {
      await signInAs(session, MANAGER);
      const verdict = sidebar.getByRole('region', {name: 'Readiness check'});
      await verdict
        .locator('[data-about="agreement"]')
        .filter({hasText: 'Agreement from the candidate'})
        .getByText('For the candidate to agree, in their sidebar.')
        .waitFor();
      await verdict
        .getByRole('button', {
          name: 'Go to agree: Agreement from the sponsoring manager that the evidence is complete',
        })
        .click();
      await reviewCard(session)
        .getByRole('button', {name: 'I believe the evidence is complete'})
        .and(sidebar.locator(':focus'))
        .waitFor();

      await verdict
        .getByRole('button', {name: /^Go to the review section: /})
        .click();
      // The Doc takes the keyboard, its cursor on the review section's heading.
      await page.waitForFunction(
        title =>
          document.activeElement?.id === 'document' &&
          document
            .querySelector('#page .caret')
            ?.closest('p, h1, h2, h3, h4, h5, h6, li')?.textContent === title,
        PROGRAM.review.title,
      );
    } finally {
      await session.close();
    }
  });
});
