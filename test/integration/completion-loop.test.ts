/**
 * The completion loop on the emulated Doc, as two people use it: the candidate records evidence,
 * the sponsoring manager confirms entries, both agree the evidence is complete, the manager
 * records the review's date and its outcome, and the candidate adds evidence against a targeted
 * action. Each write goes through the document lock and lands as a dated line people can read
 * without the add-on.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String)
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {PropertyStores} from '../../dev/emulator/properties';
import type {Runtime} from '../../dev/emulator/runtime';
import type {SidebarState} from '../../src/contract';
import {PROGRAM} from '../../src/core/program-data';
import * as api from '../../src/server/api';
import * as completion from '../../src/server/completion-api';
import {
  GREY,
  REVIEW_TITLE,
  TODAY,
  addEvidence,
  area,
  chooseRole,
  execute,
  failure,
  indexOfLine,
  lines,
  runsAt,
  runtimeFor,
  setUp,
  snapshot,
  state,
  typeOverPrompt,
  withoutNotice,
} from './fixture';

/** The candidate and the sponsoring manager on one Doc, each with their own role. */
function twoPeople(): {candidate: Runtime; manager: Runtime} {
  const document = EmulatedDocument.blank();
  const properties = new PropertyStores();
  const candidate = runtimeFor(document, {
    properties,
    userEmail: 'alex@example.com',
  });
  const manager = runtimeFor(document, {
    properties,
    userEmail: 'sam@example.com',
  });
  setUp(candidate);
  chooseRole(candidate, 'candidate');
  chooseRole(manager, 'manager');
  return {candidate, manager};
}

/** The candidate writes an entry for every criterion of every area (and one where there are none). */
function evidenceEverywhere(runtime: Runtime): void {
  for (const programArea of PROGRAM.areas) {
    const criteria =
      programArea.rule === 'each'
        ? programArea.criteria.map(criterion => criterion)
        : [null];
    for (const criterion of criteria) {
      addEvidence(runtime, {
        sectionId: programArea.id,
        criterionId: criterion?.id ?? null,
        kindId: programArea.kinds[0] ?? 'general',
      });
      const kind = PROGRAM.kinds.find(k => k.id === programArea.kinds[0]);
      const heading = indexOfLine(
        runtime.document,
        `H3 ${TODAY} · ${criterion?.label ?? kind?.label ?? ''}`,
      );
      typeOverPrompt(
        runtime,
        kind?.prompts[0].label ?? '',
        `About ${criterion?.label ?? programArea.shortTitle}: what I did.`,
        heading,
      );
    }
  }
}

function confirmFirst(
  runtime: Runtime,
  areaId: string,
  today = TODAY,
): SidebarState {
  const entry = area(state(runtime, today), areaId).toConfirm[0];
  if (!entry) throw new Error(`Nothing to confirm in ${areaId}.`);
  return execute(runtime, () =>
    completion.confirmEntry({
      today,
      sectionId: entry.sectionId,
      entryIndex: entry.entryIndex,
      title: entry.title,
    }),
  );
}

const signOff = (runtime: Runtime, today = TODAY) =>
  execute(runtime, () => completion.recordSignOff({today}));

/** The review section's lines, from its heading on. */
function reviewLines(runtime: Runtime): string[] {
  const all = lines(runtime.document);
  return all.slice(all.indexOf(`H1 ${REVIEW_TITLE}`)).filter(line => line);
}

describe('the sponsoring manager confirms entries', () => {
  it('adds a grey dated line at the end of the entry; the area counts it as confirmed', () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    const before = area(state(manager), 'leadership-training');
    expect(before).toMatchObject({confirmedCount: 0, selfReportedCount: 1});
    expect(before.toConfirm).toHaveLength(1);

    const reply = confirmFirst(manager, 'leadership-training');
    expect(reply.notice?.text).toBe(`Confirmed "${TODAY} · Training".`);
    const heading = indexOfLine(manager.document, `H3 ${TODAY} · Training`);
    const line = lines(manager.document)[heading + 5];
    expect(line).toMatch(
      /^Confirmed by the sponsoring manager on 2026-11-24 \(\d+ words, ref [0-9a-f]{8}\)$/,
    );
    expect(runsAt(manager.document, heading + 5)).toEqual([
      expect.objectContaining({color: GREY}),
    ]);
    expect(area(reply, 'leadership-training')).toMatchObject({
      confirmedCount: 1,
      selfReportedCount: 0,
      evidenceCount: 1,
      toConfirm: [],
    });
    // The reply is the state a fresh check reads.
    expect(withoutNotice(reply)).toEqual(withoutNotice(state(manager)));
  });

  it('says "changed since confirmed" once the entry is edited, until it is confirmed again', () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    confirmFirst(manager, 'leadership-training');
    const heading = indexOfLine(candidate.document, `H3 ${TODAY} · Training`);
    execute(candidate, () => {
      const text = DocumentApp.getActiveDocument()
        .getBody()
        .getChild(heading + 2)
        .asParagraph()
        .editAsText();
      text.appendText(' And a second session in December.');
    });
    const changed = state(manager);
    expect(area(changed, 'leadership-training')).toMatchObject({
      confirmedCount: 0,
      changedSinceConfirmed: 1,
      toConfirm: [expect.objectContaining({confirmedOn: TODAY})],
    });
    expect(changed.report.verdict.flagged).toContain(
      'Leadership training: 1 entry changed since confirmed',
    );
    const again = confirmFirst(manager, 'leadership-training', '2026-11-25');
    expect(area(again, 'leadership-training').confirmedCount).toBe(1);
  });

  it('keeps a confirmation cut and pasted under another entry for the entry it confirmed', () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    // The manager confirms the area's newest entry (the last, 'Solving problems').
    confirmFirst(manager, 'one-on-ones');
    const confirmed = `H3 ${TODAY} · ${PROGRAM.areas[1].criteria[3].label}`;
    const confirmationLine = () =>
      lines(manager.document).findIndex(text =>
        text.startsWith('Confirmed by the sponsoring manager on'),
      );
    const line = confirmationLine();
    expect(line).toBeGreaterThan(indexOfLine(manager.document, confirmed));
    // The candidate cuts it and pastes it inside the area's first entry.
    const first = indexOfLine(
      manager.document,
      `H3 ${TODAY} · ${PROGRAM.areas[1].criteria[0].label}`,
    );
    execute(candidate, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      const cut = body.getChild(line).asParagraph();
      const pasted = cut.copy();
      cut.removeFromParent();
      body.insertParagraph(first + 3, pasted);
    });
    expect(confirmationLine()).toBe(first + 3);

    const after = area(state(manager), 'one-on-ones');
    expect(after).toMatchObject({
      confirmedCount: 1,
      selfReportedCount: 3,
      changedSinceConfirmed: 0,
    });
    // Neither "changed since confirmed" for the first entry, nor offered again for the last.
    expect(after.toConfirm.map(entry => entry.confirmedOn)).toEqual([
      null,
      null,
      null,
    ]);
    expect(after.toConfirm.map(entry => `H3 ${entry.title}`)).not.toContain(
      confirmed,
    );
    expect(state(manager).report.verdict.flagged).not.toContainEqual(
      expect.stringContaining('changed since confirmed'),
    );
  });

  it("counts the manager's own entry as confirmed, and says what to do with writing typed by hand", () => {
    const {candidate, manager} = twoPeople();
    // The candidate types under Leadership training without the add-on: evidence, nothing to confirm.
    const heading = indexOfLine(
      candidate.document,
      'H1 Participate in Company Leadership Training',
    );
    execute(candidate, () =>
      DocumentApp.getActiveDocument()
        .getBody()
        .insertParagraph(
          heading + 2,
          'Went to Leading Teams 101 in October; I now open every retro with the team’s own goals.',
        ),
    );
    const typed = state(manager);
    expect(area(typed, 'leadership-training')).toMatchObject({
      status: 'evidenced',
      confirmedCount: 0,
      toConfirm: [],
    });
    const noEntry =
      'Leadership training: no entry confirmed by the sponsoring manager yet (its writing was typed without Add evidence, so there is no entry to confirm: add one for the sponsoring manager to confirm, or the sponsoring manager adds their own)';
    expect(typed.report.verdict.left).toContain(noEntry);

    // The manager adds their own entry: the manager's word, nothing to confirm.
    addEvidence(manager, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    typeOverPrompt(
      manager,
      'Name',
      'Leading Teams 101, with People Ops; I saw her run the exercises.',
      indexOfLine(manager.document, `H3 ${TODAY} · Training`),
    );
    const after = state(candidate);
    expect(area(after, 'leadership-training')).toMatchObject({
      recordedBy: {candidate: 0, manager: 1, unknown: 1},
      confirmedCount: 1,
      selfReportedCount: 1,
      toConfirm: [],
    });
    expect(
      after.report.verdict.left.filter(line =>
        line.startsWith('Leadership training'),
      ),
    ).toEqual([]);
    expect(
      after.report.hints.filter(
        hint =>
          hint.kind === 'self-reported' &&
          hint.areaId === 'leadership-training',
      ),
    ).toEqual([]);
  });

  it('refuses the candidate, a draft and an entry that moved, leaving the Doc untouched', () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    addEvidence(candidate, {
      sectionId: 'one-on-ones',
      kindId: 'general',
      today: '2026-11-25',
    });
    const before = snapshot(candidate.document);
    const entry = area(state(candidate), 'one-on-ones').toConfirm[0];
    expect(
      failure(() =>
        execute(candidate, () =>
          completion.confirmEntry({today: TODAY, ...entry}),
        ),
      ).message,
    ).toBe(
      'In the program, the sponsoring manager does this: confirm an entry. If that is you, change your role first.',
    );
    const draftIndex = area(state(manager), 'one-on-ones').drafts[0].entryIndex;
    expect(
      failure(() =>
        execute(manager, () =>
          completion.confirmEntry({
            today: TODAY,
            sectionId: 'one-on-ones',
            entryIndex: draftIndex,
            title: '2026-11-25 · General',
          }),
        ),
      ).message,
    ).toContain('still a draft');
    expect(
      failure(() =>
        execute(manager, () =>
          completion.confirmEntry({...entry, today: TODAY, title: 'Other'}),
        ),
      ).message,
    ).toContain('no longer where it was');
    expect(snapshot(candidate.document)).toEqual(before);
  });
});

describe('the review: sign-offs, the review date, the decision and targeted actions', () => {
  it('moves through every stage, and a second round keeps the first as history', () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    for (const programArea of PROGRAM.areas)
      confirmFirst(manager, programArea.id);
    expect(state(candidate).report.verdict).toMatchObject({
      ready: true,
      stage: 'collecting-evidence',
    });

    signOff(candidate);
    const ready = signOff(manager);
    expect(ready.report.verdict.stage).toBe('ready-to-share');
    expect(reviewLines(manager).slice(-2)).toEqual([
      `Evidence complete — agreed by the candidate on ${TODAY}.`,
      `Evidence complete — agreed by the sponsoring manager on ${TODAY}.`,
    ]);

    const inReview = execute(manager, () =>
      completion.scheduleReview({today: TODAY, reviewDate: '2026-12-15'}),
    );
    expect(inReview.report.verdict).toMatchObject({
      stage: 'in-review',
      headline: 'In review: the leadership review is on 2026-12-15',
    });
    // The notice says what the Doc says: the review is scheduled, not held.
    expect(inReview.notice?.text).toBe(
      'Scheduled the leadership review for 2026-12-15.',
    );
    expect(reviewLines(manager).at(-1)).toBe(
      'Leadership review scheduled for 2026-12-15.',
    );

    const actions = execute(manager, () =>
      completion.recordReviewOutcome({
        today: '2026-12-15',
        outcome: 'further-actions',
        actions: [
          'Run the next sprint retrospective on your own',
          'Hold a feedback conversation with a peer',
        ],
      }),
    );
    expect(actions.report.verdict).toMatchObject({
      stage: 'actions-requested',
      headline: 'Further actions requested (2 open)',
      left: [
        'Targeted action: Run the next sprint retrospective on your own',
        'Targeted action: Hold a feedback conversation with a peer',
      ],
    });
    expect(reviewLines(manager).slice(-3)).toEqual([
      'Leadership group decision on 2026-12-15: further targeted actions.',
      'Targeted action (2026-12-15): Run the next sprint retrospective on your own',
      'Targeted action (2026-12-15): Hold a feedback conversation with a peer',
    ]);

    // The candidate adds evidence against the first action, under the area it belongs to.
    const added = execute(candidate, () =>
      api.addEvidence({
        today: '2026-12-18',
        sectionId: 'development-process',
        criterionId: null,
        kindId: 'general',
        action: 'Run the next sprint retrospective on your own',
      }),
    );
    expect(added.notice?.text).toContain('Targeted action');
    const heading = indexOfLine(
      candidate.document,
      'H3 2026-12-18 · Targeted action: Run the next sprint retrospective on your own',
    );
    typeOverPrompt(
      candidate,
      'What happened',
      'Ran it; the team chose two changes.',
      heading,
    );
    expect(state(candidate, '2026-12-18').report.verdict.headline).toBe(
      'Further actions requested (1 open)',
    );

    // The manager marks the other done; a new round starts.
    const marked = execute(manager, () =>
      completion.markActionDone({
        today: '2026-12-20',
        action: 'Hold a feedback conversation with a peer',
      }),
    );
    expect(marked.report.completion.actions).toEqual([
      {
        text: 'Run the next sprint retrospective on your own',
        done: 'evidence',
        doneOn: '2026-12-18',
      },
      {
        text: 'Hold a feedback conversation with a peer',
        done: 'marked',
        doneOn: '2026-12-20',
      },
    ]);
    expect(marked.report.verdict.stage).toBe('collecting-evidence');

    // The summary the leadership group reads says what came of the review, in its own words.
    const summarised = execute(manager, () =>
      api.insertReadinessSummary({today: '2026-12-20'}),
    );
    const summary = reviewLines(manager);
    const start = summary.indexOf('H2 Readiness summary — 2026-12-20');
    expect(summary.slice(start + 1, start + 4)).toEqual([
      'Verdict: Not ready yet: every area is evidenced and confirmed; ready for leadership review once the candidate and the sponsoring manager agree the evidence is complete.',
      'Stage: Collecting evidence. Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
      'Outcome of the leadership review on 2026-12-15: further targeted actions — ' +
        'Run the next sprint retrospective on your own (evidenced on 2026-12-18); ' +
        'Hold a feedback conversation with a peer (marked done on 2026-12-20).',
    ]);
    // Written into the review section, it records no decision or action of its own.
    expect(summarised.report.completion).toEqual(marked.report.completion);

    signOff(candidate, '2026-12-21');
    signOff(manager, '2026-12-21');
    execute(manager, () =>
      completion.scheduleReview({
        today: '2026-12-21',
        reviewDate: '2027-01-12',
      }),
    );
    const accepted = execute(manager, () =>
      completion.recordReviewOutcome({
        today: '2027-01-12',
        outcome: 'accepted',
        actions: [],
      }),
    );
    expect(accepted.report.verdict).toMatchObject({
      stage: 'accepted',
      headline: 'Accepted by the leadership group on 2027-01-12',
    });
    expect(accepted.report.completion.earlierRounds).toEqual([
      {
        outcome: 'further-actions',
        date: '2026-12-15',
        actions: [
          expect.objectContaining({done: 'evidence', doneOn: '2026-12-18'}),
          expect.objectContaining({done: 'marked', doneOn: '2026-12-20'}),
        ],
      },
    ]);
    // The first round stays in the Doc.
    expect(reviewLines(manager)).toContain(
      'Leadership group decision on 2026-12-15: further targeted actions.',
    );
  });

  it("asks for the manager's recommendation until written, and leaves one place for the decision", () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    for (const programArea of PROGRAM.areas)
      confirmFirst(manager, programArea.id);
    signOff(candidate);
    signOff(manager);
    const recommendationLeft =
      "Manager's recommendation: still to write in the review section — why the candidate is ready, in a few lines";
    const scheduled = execute(manager, () =>
      completion.scheduleReview({today: TODAY, reviewDate: '2026-12-15'}),
    );
    expect(scheduled.report.verdict).toMatchObject({
      stage: 'in-review',
      left: [recommendationLeft],
    });
    typeOverPrompt(
      manager,
      "Manager's recommendation",
      'Ready: she runs the rituals on her own and coaches two juniors.',
    );
    expect(state(manager).report.verdict.left).toEqual([]);

    execute(manager, () =>
      completion.recordReviewOutcome({
        today: '2026-12-15',
        outcome: 'accepted',
        actions: [],
      }),
    );
    const review = reviewLines(manager);
    expect(review).toContain(
      "Manager's recommendation: Ready: she runs the rituals on her own and coaches two juniors.",
    );
    expect(review.filter(line => /decision/i.test(line))).toEqual([
      'Leadership group decision on 2026-12-15: accepted.',
    ]);
    expect(state(manager, '2026-12-15').report.verdict).toMatchObject({
      stage: 'accepted',
      headline: 'Accepted by the leadership group on 2026-12-15',
      left: [],
    });
  });

  it('reads the decision after people re-case it and move it above the review heading', () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    execute(manager, () =>
      completion.recordReviewOutcome({
        today: TODAY,
        outcome: 'further-actions',
        actions: ['Lead the planning meeting'],
      }),
    );
    const decision = indexOfLine(
      manager.document,
      `Leadership group decision on ${TODAY}: further targeted actions.`,
    );
    execute(candidate, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      const line = body.getChild(decision).asParagraph();
      const moved = line.copy();
      moved.setText(line.getText().toUpperCase());
      line.removeFromParent();
      body.insertParagraph(1, moved);
    });
    expect(state(candidate).report.verdict).toMatchObject({
      stage: 'actions-requested',
      left: expect.arrayContaining([
        'Targeted action: Lead the planning meeting',
      ]),
    });
  });

  it("reads the decision the manager typed into the review section's fields, dated by its field", () => {
    const {candidate, manager} = twoPeople();
    evidenceEverywhere(candidate);
    const review = indexOfLine(manager.document, `H1 ${REVIEW_TITLE}`);
    typeOverPrompt(
      manager,
      'Leadership group decision',
      'Further targeted actions',
      review,
    );
    execute(manager, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      const field = lines(manager.document).findIndex(line =>
        line.startsWith('Leadership group decision: '),
      );
      body.insertListItem(field + 1, 'Lead the next planning meeting');
    });
    let reply = state(manager, '2026-12-16');
    expect(reply.report.completion.decision).toEqual({
      outcome: 'further-actions',
      date: null,
    });
    expect(reply.report.verdict).toMatchObject({
      stage: 'actions-requested',
      left: expect.arrayContaining([
        'Targeted action: Lead the next planning meeting',
      ]),
    });
    typeOverPrompt(manager, 'Decision date', '2026-12-15', review);
    reply = state(manager, '2026-12-16');
    expect(reply.report.completion.decision).toEqual({
      outcome: 'further-actions',
      date: '2026-12-15',
    });
    // Its action is open like one the add-on wrote: the manager can mark it done.
    const marked = execute(manager, () =>
      completion.markActionDone({
        today: '2026-12-20',
        action: 'Lead the next planning meeting',
      }),
    );
    expect(marked.report.completion.actions).toEqual([
      {
        text: 'Lead the next planning meeting',
        done: 'marked',
        doneOn: '2026-12-20',
      },
    ]);
  });

  it('says so when a sign-off is already recorded, and writes nothing', () => {
    const {candidate} = twoPeople();
    signOff(candidate);
    const before = snapshot(candidate.document);
    const again = signOff(candidate);
    expect(again.notice).toEqual({
      tone: 'info',
      text: `You already agreed that the evidence is complete (${TODAY}).`,
    });
    expect(snapshot(candidate.document)).toEqual(before);
  });

  it('rejects bad requests with a clear message, the Doc untouched', () => {
    const {manager} = twoPeople();
    const before = snapshot(manager.document);
    const attempts: Array<[() => unknown, string]> = [
      [
        () =>
          completion.recordReviewOutcome({
            today: TODAY,
            outcome: 'maybe',
            actions: [],
          }),
        '"outcome" must be one of: accepted, further-actions.',
      ],
      [
        () =>
          completion.recordReviewOutcome({
            today: TODAY,
            outcome: 'further-actions',
            actions: 'Do more',
          }),
        '"actions" must be a list of at most 10 lines.',
      ],
      [
        () =>
          completion.recordReviewOutcome({
            today: TODAY,
            outcome: 'further-actions',
            actions: [],
          }),
        'Write at least one targeted action, one per line.',
      ],
      [
        () =>
          completion.scheduleReview({today: TODAY, reviewDate: '2026-13-01'}),
        '"reviewDate" is not a real calendar date: 2026-13-01.',
      ],
      [
        () => completion.markActionDone({today: TODAY, action: 42}),
        '"action" must be text of at most 300 characters.',
      ],
      [
        () =>
          completion.confirmEntry({
            today: TODAY,
            sectionId: 'one-on-ones',
            entryIndex: -1,
            title: '',
          }),
        '"entryIndex" must be a whole number from 0 to 100000.',
      ],
      [
        () =>
          api.addEvidence({
            today: TODAY,
            sectionId: 'one-on-ones',
            criterionId: null,
            kindId: 'general',
            action: 'Not an action of any decision',
          }),
        'That targeted action is no longer open in the document. Check again to see what is left.',
      ],
    ];
    for (const [attempt, message] of attempts)
      expect(failure(() => execute(manager, attempt)).message).toBe(message);
    expect(snapshot(manager.document)).toEqual(before);
  });
});
