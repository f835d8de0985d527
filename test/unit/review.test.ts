import {
  planActionDone,
  planConfirmEntry,
  planReviewOutcome,
  planScheduleReview,
  planSignOff,
  MAX_ACTION_CHARS,
} from '../../src/core/completion-plans';
import {validateProgram, type Program} from '../../src/core/program';
import {PROGRAM} from '../../src/core/program-data';
import {computeReadiness} from '../../src/core/readiness';
import {applyInsertions, planAddEvidence} from '../../src/core/setup';
import type {Block, DocumentModel} from '../../src/core/document-model';
import {actionTopic, stageSentence} from '../../src/core/review';
import {readinessSummaryBlocks} from '../../src/core/summary';
import {
  addEntry,
  addEvidence,
  apply,
  areaOf,
  blank,
  bothAgree,
  bullet,
  check,
  completeDoc,
  confirmedDoc,
  confirmEntry,
  GREY,
  h3,
  indexOfText,
  insertAt,
  para,
  recommend,
  RECOMMENDATION_LEFT,
  remove,
  replace,
  runs,
  setUp,
  signOff,
  TODAY,
  typeOver,
} from './fixtures';

const textOf = (model: DocumentModel) => model.blocks.map(block => block.text);

describe('the sponsoring manager confirms an entry', () => {
  it('adds a dated line at the end of the entry, readable without the add-on', () => {
    const model = addEvidence(setUp(), 'leadership-training');
    const confirmed = confirmEntry(model, 'leadership-training', 0);
    const heading = indexOfText(confirmed, `${TODAY} · `);
    const line = confirmed.blocks.find(block =>
      block.text.startsWith('Confirmed by'),
    );
    expect(line?.text).toMatch(
      /^Confirmed by the sponsoring manager on 2026-11-24 \(\d+ words, ref [0-9a-f]{8}\)$/,
    );
    // It stands right after the entry's last line, before the next section.
    const lineIndex = confirmed.blocks.indexOf(line ?? confirmed.blocks[0]);
    expect(lineIndex).toBe(heading + 2 + PROGRAM.kinds[0].prompts.length);
    const area = areaOf(check(confirmed), 'leadership-training');
    expect(area).toMatchObject({
      evidenceCount: 1,
      confirmedCount: 1,
      selfReportedCount: 0,
      changedSinceConfirmed: 0,
      toConfirm: [],
    });
    // Nothing people wrote changed: the Doc is the old one plus one line.
    expect(textOf(remove(confirmed, lineIndex))).toEqual(textOf(model));
  });

  it('shows confirmed and self-reported entries per area, newest to confirm first', () => {
    let model = addEvidence(setUp(), 'leadership-skills', {
      today: '2026-11-01',
    });
    model = addEvidence(model, 'leadership-skills', {today: '2026-11-10'});
    model = addEvidence(model, 'leadership-skills', {today: '2026-11-20'});
    model = confirmEntry(model, 'leadership-skills', 1);
    const area = areaOf(check(model), 'leadership-skills');
    expect(area).toMatchObject({confirmedCount: 1, selfReportedCount: 2});
    expect(area.toConfirm.map(entry => entry.entryIndex)).toEqual([2, 0]);
    expect(area.toConfirm[0].title).toBe('2026-11-20 · General');
  });

  it('offers only the three newest entries to confirm, so replies stay small', () => {
    let model = setUp();
    for (const day of ['01', '02', '03', '04', '05'])
      model = addEvidence(model, 'leadership-skills', {
        today: `2026-11-${day}`,
      });
    const area = areaOf(check(model), 'leadership-skills');
    expect(area.selfReportedCount).toBe(5);
    expect(area.toConfirm.map(entry => entry.title)).toEqual([
      '2026-11-05 · General',
      '2026-11-04 · General',
      '2026-11-03 · General',
    ]);
  });

  it('cannot confirm a draft', () => {
    const model = addEntry(setUp(), 'one-on-ones').model;
    expect(() =>
      planConfirmEntry(model, PROGRAM, {
        sectionId: 'one-on-ones',
        entryIndex: 0,
        title: `${TODAY} · General`,
        today: TODAY,
      }),
    ).toThrow('This entry is still a draft');
  });

  it('refuses an entry that is no longer where the sidebar saw it', () => {
    const model = addEvidence(setUp(), 'one-on-ones');
    expect(() =>
      planConfirmEntry(model, PROGRAM, {
        sectionId: 'one-on-ones',
        entryIndex: 0,
        title: 'Some other entry',
        today: TODAY,
      }),
    ).toThrow('no longer where it was');
  });

  it('does nothing the second time, while the entry is unchanged', () => {
    const model = confirmEntry(
      addEvidence(setUp(), 'one-on-ones'),
      'one-on-ones',
      0,
    );
    const plan = planConfirmEntry(model, PROGRAM, {
      sectionId: 'one-on-ones',
      entryIndex: 0,
      title: `${TODAY} · General`,
      today: TODAY,
    });
    expect(plan.insertions).toEqual([]);
    expect(plan.description).toContain('already confirmed');
  });

  it('flags an entry edited after its confirmation, and counts it again once confirmed again', () => {
    let model = confirmEntry(
      addEvidence(setUp(), 'one-on-ones'),
      'one-on-ones',
      0,
      '2026-11-20',
    );
    const writing = indexOfText(model, 'What happened:');
    model = typeOver(model, writing, 'A different story, told later.');
    let report = check(model);
    expect(areaOf(report, 'one-on-ones')).toMatchObject({
      confirmedCount: 0,
      changedSinceConfirmed: 1,
      toConfirm: [expect.objectContaining({confirmedOn: '2026-11-20'})],
    });
    expect(report.verdict.flagged).toContain(
      'One-on-ones: 1 entry changed since confirmed',
    );
    model = confirmEntry(model, 'one-on-ones', 0);
    report = check(model);
    expect(areaOf(report, 'one-on-ones')).toMatchObject({
      confirmedCount: 1,
      changedSinceConfirmed: 0,
    });
    // The first confirmation stays as history.
    expect(
      model.blocks.filter(block => block.text.startsWith('Confirmed by')),
    ).toHaveLength(2);
  });

  it('is not "changed" by re-casing or re-spacing the entry', () => {
    let model = confirmEntry(
      addEvidence(setUp(), 'one-on-ones', {}, 'We met and agreed.'),
      'one-on-ones',
      0,
    );
    const writing = indexOfText(model, 'What happened:');
    model = replace(model, writing, block =>
      runs(block.heading, {text: block.text.toUpperCase().replace(' ', '  ')}),
    );
    expect(areaOf(check(model), 'one-on-ones').confirmedCount).toBe(1);
  });

  it('still counts a confirmation re-cased, restyled or partly deleted', () => {
    const model = confirmEntry(
      addEvidence(setUp(), 'one-on-ones'),
      'one-on-ones',
      0,
    );
    const line = indexOfText(model, 'Confirmed by');
    const edits = [
      (text: string) => text.toUpperCase(),
      (text: string) => text.replace(/ \(.*$/, ''),
      (text: string) => text.replace('sponsoring ', ''),
    ];
    for (const edit of edits) {
      const edited = replace(model, line, block =>
        runs('NORMAL', {text: edit(block.text), bold: true, color: null}),
      );
      expect(areaOf(check(edited), 'one-on-ones').confirmedCount).toBe(1);
    }
  });

  it('a confirmation line is never evidence, wherever it stands', () => {
    const draft = addEntry(setUp(), 'one-on-ones');
    // Typed into a draft by hand: the draft stays a draft.
    let model = insertAt(
      draft.model,
      draft.heading + 2,
      para('Confirmed by the sponsoring manager on 2026-11-20'),
    );
    let area = areaOf(check(model), 'one-on-ones');
    expect(area).toMatchObject({evidenceCount: 0, confirmedCount: 0});
    expect(area.drafts).toHaveLength(1);
    // Moved under an area heading with nothing else: the area stays missing.
    model = setUp();
    const heading = indexOfText(model, PROGRAM.areas[2].title);
    model = insertAt(
      model,
      heading + 2,
      para('confirmed by the Sponsoring Manager on 2026-11-20 (12 words)'),
    );
    area = areaOf(check(model), 'leadership-training');
    expect(area.status).toBe('missing');
  });

  it('follows the area rule in the program data: 0 needs none, 2 needs two', () => {
    const program: Program = {
      ...PROGRAM,
      areas: PROGRAM.areas.map((area, position) => ({
        ...area,
        confirmedEntriesNeeded: position === 0 ? 2 : 0,
      })),
    };
    validateProgram(program);
    let model = completeDoc();
    model = confirmEntry(model, 'performance-review', 0);
    const report = computeReadiness(model, program, TODAY);
    expect(report.verdict.left).toEqual([
      'Performance review: 1 of 2 entries confirmed by the sponsoring manager',
    ]);
  });
});

describe('a confirmation line moved out of its entry', () => {
  /** Two written entries of one area, the first confirmed by the manager on 2026-11-21. */
  function confirmedFirst(): DocumentModel {
    let model = addEvidence(
      setUp(),
      'one-on-ones',
      {today: '2026-11-10'},
      'We built trust over lunch.',
    );
    model = addEvidence(
      model,
      'one-on-ones',
      {today: '2026-11-20'},
      'We solved the release problem together.',
    );
    return confirmEntry(model, 'one-on-ones', 0, '2026-11-21');
  }

  /** Cuts block `from` and pastes it before block `to` (an index in the Doc as it was). */
  function move(model: DocumentModel, from: number, to: number) {
    const moved = insertAt(model, to, model.blocks[from]);
    return remove(moved, from < to ? from : from + 1);
  }

  const line = (model: DocumentModel) => indexOfText(model, 'Confirmed by');

  it('still counts for the entry it confirmed, below another entry or under the heading', () => {
    const model = confirmedFirst();
    const second = indexOfText(model, '2026-11-20 · ');
    const heading = indexOfText(model, PROGRAM.areas[1].title);
    const places = [
      // Pasted at the end of the second entry, in its middle, and under the area's heading.
      indexOfText(model, PROGRAM.areas[2].title),
      second + 3,
      heading + 1,
    ];
    for (const place of places) {
      const moved = move(model, line(model), place);
      expect(line(moved)).not.toBe(line(model));
      const area = areaOf(check(moved), 'one-on-ones');
      expect(area).toMatchObject({
        evidenceCount: 2,
        confirmedCount: 1,
        changedSinceConfirmed: 0,
      });
      // The entry it now stands in is not confirmed by it, nor "changed since confirmed".
      expect(area.toConfirm).toEqual([
        expect.objectContaining({
          title: '2026-11-20 · General',
          confirmedOn: null,
        }),
      ]);
    }
  });

  it('still counts when moved into another area, and is still never evidence there', () => {
    const model = confirmedFirst();
    const training = indexOfText(model, PROGRAM.areas[2].title);
    const moved = move(model, line(model), training + 2);
    const report = check(moved);
    expect(areaOf(report, 'one-on-ones').confirmedCount).toBe(1);
    expect(areaOf(report, 'leadership-training').status).toBe('missing');
  });

  it('is not confirmed again from the sidebar: the entry already is', () => {
    const model = confirmedFirst();
    const moved = move(
      model,
      line(model),
      indexOfText(model, PROGRAM.areas[2].title),
    );
    const plan = planConfirmEntry(moved, PROGRAM, {
      sectionId: 'one-on-ones',
      entryIndex: 0,
      title: '2026-11-10 · General',
      today: TODAY,
    });
    expect(plan.insertions).toEqual([]);
    expect(plan.description).toContain('already confirmed (2026-11-21)');
  });

  it('does not count for either entry once the one it confirmed is edited too', () => {
    let model = confirmedFirst();
    model = typeOver(
      model,
      indexOfText(model, '2026-11-10 · ') + 2,
      'A different story, told later.',
    );
    model = move(
      model,
      line(model),
      indexOfText(model, PROGRAM.areas[2].title),
    );
    // Its ref matches no entry now: it can only be read where it stands, as the second entry's
    // confirmation before an edit. Nothing counts as confirmed.
    const area = areaOf(check(model), 'one-on-ones');
    expect(area).toMatchObject({confirmedCount: 0, changedSinceConfirmed: 1});
    expect(area.toConfirm.map(entry => entry.title)).toEqual([
      '2026-11-20 · General',
      '2026-11-10 · General',
    ]);
  });

  it('counts a copied entry with its confirmation as confirmed, copy and original alike', () => {
    const model = confirmedFirst();
    const first = indexOfText(model, '2026-11-10 · ');
    const end = line(model) + 1;
    // The first entry with its confirmation, copied to the end of the area.
    const copy = model.blocks.slice(first, end);
    const place = indexOfText(model, PROGRAM.areas[2].title);
    const copied = insertAt(model, place, ...copy);
    expect(areaOf(check(copied), 'one-on-ones')).toMatchObject({
      evidenceCount: 3,
      confirmedCount: 2,
    });
  });

  it('leaves a hand-typed confirmation without a ref to the entry it stands in', () => {
    let model = confirmedFirst();
    model = remove(model, line(model));
    const second = indexOfText(model, '2026-11-20 · ');
    model = insertAt(
      model,
      second + 3,
      para('Confirmed by the sponsoring manager on 2026-11-22'),
    );
    const area = areaOf(check(model), 'one-on-ones');
    expect(area.confirmedCount).toBe(1);
    expect(area.toConfirm.map(entry => entry.title)).toEqual([
      '2026-11-10 · General',
    ]);
  });
});

describe('the stages of the verdict', () => {
  it('says what each line of what is left is about, in the same words and order', () => {
    // Evidenced but unconfirmed: a confirmation line per area, naming its area.
    let report = check(completeDoc());
    expect(report.verdict.leftItems.map(item => item.text)).toEqual(
      report.verdict.left,
    );
    expect(report.verdict.leftItems[0]).toEqual({
      text: report.verdict.left[0],
      about: 'confirmation',
      areaId: PROGRAM.areas[0].id,
    });

    // Confirmed and agreed by the candidate: the manager's agreement, then the recommendation.
    report = check(signOff(confirmedDoc(), 'candidate'));
    expect(report.verdict.leftItems).toEqual([
      {
        text: 'Agreement from the sponsoring manager that the evidence is complete',
        about: 'agreement',
        role: 'manager',
      },
      {
        text: RECOMMENDATION_LEFT,
        about: 'recommendation',
        sectionId: PROGRAM.review.id,
      },
    ]);

    // An open targeted action names the action itself.
    const model = apply(
      confirmedDoc(),
      planReviewOutcome(
        confirmedDoc(),
        PROGRAM,
        'further-actions',
        ['Lead the planning meeting'],
        TODAY,
      ),
    );
    expect(check(model).verdict.leftItems).toContainEqual({
      text: 'Targeted action: Lead the planning meeting',
      about: 'action',
      action: 'Lead the planning meeting',
    });
  });

  it('goes from collecting evidence to accepted, through every stage', () => {
    let model = completeDoc();
    expect(check(model).verdict.stage).toBe('collecting-evidence');

    model = confirmedDoc();
    model = signOff(model, 'candidate');
    let report = check(model);
    expect(report.verdict).toMatchObject({
      stage: 'collecting-evidence',
      left: [
        'Agreement from the sponsoring manager that the evidence is complete',
        RECOMMENDATION_LEFT,
      ],
    });
    expect(report.completion.agreed).toEqual({
      candidate: TODAY,
      manager: null,
    });

    model = signOff(model, 'manager');
    report = check(model);
    expect(report.verdict).toMatchObject({
      ready: true,
      stage: 'ready-to-share',
      headline:
        'Ready for leadership review: ready to share, both agree the evidence is complete',
      left: [RECOMMENDATION_LEFT],
    });
    // The recommendation goes with the documented progress: left until the manager writes it.
    model = recommend(model);
    expect(check(model).verdict).toMatchObject({
      stage: 'ready-to-share',
      left: [],
    });

    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2026-12-15', TODAY),
    );
    report = check(model);
    expect(report.verdict).toMatchObject({
      stage: 'in-review',
      headline: 'In review: the leadership review is on 2026-12-15',
    });

    model = apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        [
          'Run the next sprint retrospective on your own',
          '  Hold a feedback conversation with a peer  ',
          '',
        ],
        '2026-12-15',
      ),
    );
    expect(
      textOf(model)
        .filter(text => text !== '')
        .slice(-3),
    ).toEqual([
      'Leadership group decision on 2026-12-15: further targeted actions.',
      'Targeted action (2026-12-15): Run the next sprint retrospective on your own',
      'Targeted action (2026-12-15): Hold a feedback conversation with a peer',
    ]);
    // Each action's line leads in bold, as the summary's lines do.
    expect(model.blocks[indexOfText(model, 'Targeted action (')].runs).toEqual([
      {text: 'Targeted action (2026-12-15):', bold: true},
      {text: ' Run the next sprint retrospective on your own', bold: false},
    ]);
    report = check(model, '2026-12-15');
    expect(report.verdict).toMatchObject({
      ready: false,
      stage: 'actions-requested',
      headline: 'Further actions requested (2 open)',
      left: [
        'Targeted action: Run the next sprint retrospective on your own',
        'Targeted action: Hold a feedback conversation with a peer',
      ],
    });

    // Evidence recorded against the first action, under any area.
    const plan = planAddEvidence(model, PROGRAM, {
      sectionId: 'development-process',
      criterionId: null,
      kindId: 'general',
      today: '2026-12-20',
      role: 'candidate',
      topic: actionTopic(
        PROGRAM,
        'Run the next sprint retrospective on your own',
      ),
    });
    model = applyInsertions(model, plan.insertions);
    const heading = indexOfText(model, '2026-12-20 · Targeted action:');
    expect(check(model, '2026-12-20').verdict.headline).toBe(
      'Further actions requested (2 open)',
    );
    model = typeOver(
      model,
      heading + 2,
      'I ran it; the team chose two changes.',
    );
    report = check(model, '2026-12-20');
    expect(report.verdict.headline).toBe('Further actions requested (1 open)');
    expect(report.completion.actions).toEqual([
      {
        text: 'Run the next sprint retrospective on your own',
        done: 'evidence',
        doneOn: '2026-12-20',
      },
      {
        text: 'Hold a feedback conversation with a peer',
        done: null,
        doneOn: null,
      },
    ]);

    // The manager marks the other one done.
    model = apply(
      model,
      planActionDone(
        model,
        PROGRAM,
        'Hold a feedback conversation with a peer',
        '2026-12-21',
      ),
    );
    report = check(model, '2026-12-21');
    expect(report.completion.actions.map(action => action.done)).toEqual([
      'evidence',
      'marked',
    ]);
    // A new round: both agree again, then a second review.
    expect(report.verdict).toMatchObject({
      stage: 'collecting-evidence',
      ready: true,
    });
    model = bothAgree(model, '2026-12-22');
    expect(check(model, '2026-12-22').verdict.stage).toBe('ready-to-share');
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2027-01-12', '2026-12-22'),
    );
    expect(check(model, '2026-12-22').verdict.stage).toBe('in-review');
    model = apply(
      model,
      planReviewOutcome(model, PROGRAM, 'accepted', [], '2027-01-12'),
    );
    report = check(model, '2027-01-12');
    expect(report.verdict).toMatchObject({
      stage: 'accepted',
      headline: 'Accepted by the leadership group on 2027-01-12',
    });
    // The first round stays in the report, each action with the day it was closed.
    expect(report.completion).toMatchObject({
      decision: {outcome: 'accepted', date: '2027-01-12'},
      earlierRounds: [
        {
          outcome: 'further-actions',
          date: '2026-12-15',
          actions: [
            {done: 'evidence', doneOn: '2026-12-20'},
            {done: 'marked', doneOn: '2026-12-21'},
          ],
        },
      ],
      actions: [],
    });
  });

  it('counts evidence for an action that also names a criterion for both, and for a long action', () => {
    const actions = [
      'Run the next sprint retrospective on your own',
      'Coordinate and facilitate the quarterly program increment planning events with two other teams',
    ];
    let model = bothAgree(confirmedDoc(), '2026-11-20');
    model = apply(
      model,
      planReviewOutcome(model, PROGRAM, 'further-actions', actions, TODAY),
    );
    const criterion = PROGRAM.areas[4].criteria[1];
    for (const [position, action] of actions.entries()) {
      const today = `2026-12-0${position + 1}`;
      const plan = planAddEvidence(model, PROGRAM, {
        sectionId: 'development-process',
        criterionId: position === 0 ? criterion.id : null,
        kindId: 'general',
        today,
        role: 'candidate',
        topic: actionTopic(PROGRAM, action),
      });
      model = applyInsertions(model, plan.insertions);
      model = typeOver(
        model,
        indexOfText(model, `${today} · Targeted action:`) + 2,
        'Done, and the team liked it.',
      );
    }
    const headings = model.blocks
      .filter(block => block.heading === 'HEADING3')
      .map(block => block.text)
      .filter(text => text.includes('Targeted action:'));
    // The long one is cut after its first eight words, which tell it is that action's.
    expect(headings).toEqual([
      `2026-12-01 · Targeted action: ${actions[0]} · ${criterion.label}`,
      '2026-12-02 · Targeted action: Coordinate and facilitate the quarterly program increment planning…',
    ]);
    const report = check(model, '2026-12-02');
    expect(report.completion.actions.map(action => action.done)).toEqual([
      'evidence',
      'evidence',
    ]);
    const area = areaOf(report, 'development-process');
    expect(area.criteria.find(c => c.id === criterion.id)?.covered).toBe(true);
    expect(area.evidenceCount).toBe(PROGRAM.areas[4].criteria.length + 2);
  });

  it('does not carry a review date into the next round, even one dated after the decision', () => {
    let model = bothAgree(confirmedDoc());
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2026-12-20', TODAY),
    );
    // The manager records the decision before the scheduled day.
    model = apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        ['Lead a retro'],
        TODAY,
      ),
    );
    model = apply(model, planActionDone(model, PROGRAM, 'Lead a retro', TODAY));
    model = bothAgree(model);
    const report = check(model);
    expect(report.completion.reviewDate).toBeNull();
    expect(report.verdict.stage).toBe('ready-to-share');
  });

  it('records a sign-off once a round', () => {
    const model = signOff(confirmedDoc(), 'candidate');
    const again = planSignOff(model, PROGRAM, 'candidate', TODAY);
    expect(again.insertions).toEqual([]);
    expect(again.description).toContain('already agreed');
  });

  it('reads the loop after people edit its lines: re-cased, moved, restyled, partly deleted', () => {
    let model = bothAgree(confirmedDoc(), '2026-11-20');
    model = apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        ['Lead the planning meeting'],
        TODAY,
      ),
    );
    const decision = indexOfText(model, 'Leadership group decision on');
    const action = indexOfText(model, 'Targeted action (');
    const decisionText = model.blocks[decision].text;
    const actionText = model.blocks[action].text;
    // Moved to the top of the Doc, re-cased, as a heading; the action's label partly deleted.
    model = remove(model, decision, action);
    model = insertAt(
      model,
      1,
      h3(decisionText.toUpperCase()),
      para(actionText.replace('Targeted action', 'targeted acti')),
    );
    let report = check(model);
    expect(report.verdict.stage).toBe('collecting-evidence');
    // The action's label must keep its two words to be known; restored, it is open again.
    model = replace(model, 2, () => para(actionText.toLowerCase()));
    report = check(model);
    expect(report.verdict).toMatchObject({
      stage: 'actions-requested',
      left: ['Targeted action: lead the planning meeting'],
    });
    // No loop line became evidence anywhere.
    expect(report.areas.map(area => area.evidenceCount)).toEqual(
      check(confirmedDoc()).areas.map(area => area.evidenceCount),
    );
  });

  it('never reads the review template as a decision, or the program text as a loop line', () => {
    const model = setUp();
    const report = check(model);
    expect(report.completion).toEqual({
      stage: 'collecting-evidence',
      agreed: {candidate: null, manager: null},
      reviewDate: null,
      decision: null,
      actions: [],
      earlierRounds: [],
    });
    // The decision field filled in by hand, with its prompt typed over: a decision.
    const field = indexOfText(model, 'Leadership group decision:');
    const filled = replace(model, field, () =>
      para('Leadership group decision: accepted on 2026-11-20'),
    );
    expect(check(filled).completion.decision).toEqual({
      outcome: 'accepted',
      date: '2026-11-20',
    });
    // Its prompt left in place beside a date: not a decision.
    const half = replace(model, field, () =>
      para(
        'Leadership group decision: Accepted, or further targeted actions 2026-11-20',
      ),
    );
    expect(check(half).completion.decision).toBeNull();
  });

  it('refuses an outcome with no actions, a review date in the past, or an action not open', () => {
    const model = confirmedDoc();
    expect(() =>
      planReviewOutcome(model, PROGRAM, 'further-actions', [' ', ''], TODAY),
    ).toThrow('at least one targeted action');
    expect(() =>
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        ['x'.repeat(301)],
        TODAY,
      ),
    ).toThrow('longer than 300');
    expect(() =>
      planScheduleReview(model, PROGRAM, '2026-01-01', TODAY),
    ).toThrow('in the past');
    expect(() => planActionDone(model, PROGRAM, 'Anything', TODAY)).toThrow(
      'no longer open',
    );
  });
});

describe('a decision people typed themselves, without the date the add-on writes', () => {
  /** Both agreed on 2026-11-20 and the review is scheduled for 2026-12-15. */
  function reviewed(): DocumentModel {
    const model = bothAgree(confirmedDoc(), '2026-11-20');
    return apply(
      model,
      planScheduleReview(model, PROGRAM, '2026-12-15', '2026-11-20'),
    );
  }

  const typed = (model: DocumentModel, ...blocks: Block[]) =>
    insertAt(model, model.blocks.length, ...blocks);

  const AFTER = '2026-12-16';

  it('reads "Decision: accepted" as accepted, undated, and its edited variants too', () => {
    const variants = [
      para('Decision: accepted'),
      para('decision: ACCEPTED.'),
      para("The leadership group's decision: accepted"),
      para('Decision : accepted, well done'),
      // The add-on's own line with its date deleted.
      para('Leadership group decision on : accepted.'),
      bullet('Decision: accepted'),
      runs('NORMAL', {text: 'Decision:', bold: true}, {text: ' Accepted'}),
      h3('Decision: accepted'),
    ];
    for (const line of variants) {
      const report = check(typed(reviewed(), line), AFTER);
      expect(report.completion.decision).toEqual({
        outcome: 'accepted',
        date: null,
      });
      expect(report.verdict).toMatchObject({
        stage: 'accepted',
        headline: 'Accepted by the leadership group',
      });
      expect(stageSentence(report.completion)).toBe('Accepted');
    }
  });

  it('takes the date written on the line, in the forms people write dates', () => {
    const lines: Array<[string, string]> = [
      ['Decision: accepted on 16 Dec 2026', '2026-12-16'],
      ['Decision: accepted (2026-12-17)', '2026-12-17'],
      ['Decision: accepted, December 18, 2026', '2026-12-18'],
    ];
    for (const [line, date] of lines) {
      const report = check(typed(reviewed(), para(line)), '2026-12-20');
      expect(report.completion.decision).toEqual({outcome: 'accepted', date});
      expect(report.verdict.headline).toBe(
        `Accepted by the leadership group on ${date}`,
      );
    }
  });

  it("reads the review section's own fields filled in: the decision, then its date", () => {
    let model = reviewed();
    const field = indexOfText(model, 'Leadership group decision:');
    // Typed over the prompt, in plain text or in the grey italic look Docs keeps: what is not a
    // piece of the prompt is the person's.
    expect(
      check(typeOver(model, field, 'Accepted by all', GREY), AFTER).completion
        .decision,
    ).toEqual({outcome: 'accepted', date: null});
    model = typeOver(model, field, 'Accepted');
    let report = check(model, AFTER);
    expect(report.completion.decision).toEqual({
      outcome: 'accepted',
      date: null,
    });
    for (const written of ['2026-12-15', '15 December 2026']) {
      const dated = typeOver(
        model,
        indexOfText(model, 'Decision date:'),
        written,
      );
      report = check(dated, AFTER);
      expect(report.completion.decision).toEqual({
        outcome: 'accepted',
        date: '2026-12-15',
      });
    }
    // Writing typed after the prompt instead of over it reads the same.
    const after = replace(reviewed(), field, block =>
      runs(block.heading, ...block.runs, {text: ' accepted'}),
    );
    expect(check(after, AFTER).completion.decision?.outcome).toBe('accepted');
  });

  it('reads further targeted actions with the actions typed under it, and the rounds go on', () => {
    let model = reviewed();
    const field = indexOfText(model, 'Leadership group decision:');
    model = typeOver(model, field, 'Further targeted actions');
    model = insertAt(
      model,
      field + 1,
      bullet('Run the next sprint retrospective on your own'),
      para('Targeted action: Hold a feedback conversation with a peer'),
    );
    let report = check(model, AFTER);
    expect(report.completion.decision).toEqual({
      outcome: 'further-actions',
      date: null,
    });
    expect(report.verdict).toMatchObject({
      stage: 'actions-requested',
      headline: 'Further actions requested (2 open)',
      left: [
        'Targeted action: Run the next sprint retrospective on your own',
        'Targeted action: Hold a feedback conversation with a peer',
      ],
    });
    // Its actions can be answered with evidence and marked done, as the add-on's are.
    const plan = planAddEvidence(model, PROGRAM, {
      sectionId: 'development-process',
      criterionId: null,
      kindId: 'general',
      today: '2026-12-18',
      role: 'candidate',
      topic: actionTopic(
        PROGRAM,
        'Run the next sprint retrospective on your own',
      ),
    });
    model = applyInsertions(model, plan.insertions);
    model = typeOver(
      model,
      indexOfText(model, '2026-12-18 · Targeted action:') + 2,
      'I ran it; the team chose two changes.',
    );
    model = apply(
      model,
      planActionDone(
        model,
        PROGRAM,
        'Hold a feedback conversation with a peer',
        '2026-12-19',
      ),
    );
    report = check(model, '2026-12-19');
    expect(report.completion.actions.map(action => action.done)).toEqual([
      'evidence',
      'marked',
    ]);
    // The sign-offs above it belong to the round it closed; the next round starts afresh.
    expect(report.completion.agreed).toEqual({candidate: null, manager: null});
    model = bothAgree(model, '2026-12-20');
    expect(check(model, '2026-12-20').verdict.stage).toBe('ready-to-share');
    // The first review (2026-12-15) was the one it answered; the second is this round's.
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2027-01-12', '2026-12-20'),
    );
    expect(check(model, '2026-12-20').completion).toMatchObject({
      stage: 'in-review',
      reviewDate: '2027-01-12',
    });
    model = apply(
      model,
      planReviewOutcome(model, PROGRAM, 'accepted', [], '2027-01-12'),
    );
    report = check(model, '2027-01-12');
    expect(report.completion).toMatchObject({
      stage: 'accepted',
      decision: {outcome: 'accepted', date: '2027-01-12'},
      earlierRounds: [
        {
          outcome: 'further-actions',
          date: null,
          actions: [
            {done: 'evidence', doneOn: '2026-12-18'},
            {done: 'marked', doneOn: '2026-12-19'},
          ],
        },
      ],
    });
  });

  it('reads its actions one a line, as list items or plain lines, up to the next blank line', () => {
    const model = typed(
      reviewed(),
      para('Decision: further targeted actions'),
      blank(),
      para('Run the next sprint retrospective on your own'),
      bullet('Targeted action: Hold a feedback conversation with a peer'),
      blank(),
      para('We will meet again in January.'),
    );
    expect(check(model, AFTER).completion.actions).toEqual([
      {
        text: 'Run the next sprint retrospective on your own',
        done: null,
        doneOn: null,
      },
      {
        text: 'Hold a feedback conversation with a peer',
        done: null,
        doneOn: null,
      },
    ]);
  });

  it('reads an action as long as the add-on takes, with its label, to its end', () => {
    const action = `${'Run the planning meeting on your own and write down what changed. '.repeat(4)}Then share the notes with your team.`;
    expect(action.length).toBe(MAX_ACTION_CHARS);
    const model = typed(
      reviewed(),
      para('Decision: further targeted actions'),
      para(`Targeted action: ${action}`),
    );
    const report = check(model, AFTER);
    expect(report.completion.actions.map(open => open.text)).toEqual([action]);
    expect(report.verdict.left).toContain(`Targeted action: ${action}`);
    // The add-on's own action line reads to its end too.
    const recorded = apply(
      reviewed(),
      planReviewOutcome(
        reviewed(),
        PROGRAM,
        'further-actions',
        [action],
        AFTER,
      ),
    );
    expect(
      check(recorded, AFTER).completion.actions.map(open => open.text),
    ).toEqual([action]);
  });

  it('closes the round after a decision the add-on recorded', () => {
    let model = reviewed();
    model = apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        ['Lead a retro'],
        '2026-12-15',
      ),
    );
    model = apply(
      model,
      planActionDone(model, PROGRAM, 'Lead a retro', '2026-12-20'),
    );
    model = bothAgree(model, '2026-12-21');
    model = typed(model, para('Decision: accepted'));
    const report = check(model, '2027-01-05');
    expect(report.completion).toMatchObject({
      stage: 'accepted',
      decision: {outcome: 'accepted', date: null},
      earlierRounds: [
        {outcome: 'further-actions', actions: [{done: 'marked'}]},
      ],
    });
  });

  /** The decision field's grey prompt with part of it deleted, leaving `left`, then `typed`. */
  const clipPrompt = (model: DocumentModel, left: string, typed = '') =>
    replace(model, indexOfText(model, 'Leadership group decision:'), block =>
      runs(
        block.heading,
        ...block.runs.map(run =>
          run.color === GREY ? {...run, text: left} : run,
        ),
        {text: typed},
      ),
    );

  it('never reads what is left of the prompt as a decision', () => {
    const clipped: Array<[string, string]> = [
      ['Accepted', ''],
      ['Accepted,', ''],
      ['further targeted actions', ''],
      // A date typed beside it does not make it the add-on's dated decision line.
      ['Accepted', ' 2026-12-15'],
    ];
    for (const [left, typed] of clipped) {
      const report = check(clipPrompt(reviewed(), left, typed), AFTER);
      expect([left, report.completion.decision]).toEqual([left, null]);
      // No round was closed: the review is still on and both sign-offs stand.
      expect(report.completion).toMatchObject({
        stage: 'in-review',
        reviewDate: '2026-12-15',
        agreed: {candidate: '2026-11-20', manager: '2026-11-20'},
        earlierRounds: [],
      });
      expect(report.verdict.headline).not.toMatch(/Accepted by/);
    }
  });

  it('never reads a sentence about the decision as the decision', () => {
    const sentences = [
      'The decision is accepted once she runs planning alone.',
      'The decision was accepted by her team as well.',
      'Decision accepted by the team on the retro format.',
      'Decision — accepted',
    ];
    for (const sentence of sentences) {
      const report = check(typed(reviewed(), para(sentence)), AFTER);
      expect([sentence, report.completion.decision]).toEqual([sentence, null]);
      expect(report.verdict.stage).toBe('in-review');
    }
  });

  it('is no decision when it is not one: undecided, both outcomes, the prompt, or outside the review', () => {
    const notDecisions = [
      'Decision: not accepted yet',
      'Decision: pending',
      'Decision: accepted, or further targeted actions',
      'Leadership group decision: Accepted, or further targ',
      'Leadership group decision: Accepted, or',
      'Decision date: 2026-12-15',
      'Decisions about the review are the group’s: accepted',
    ];
    for (const line of notDecisions) {
      const report = check(typed(reviewed(), para(line)), AFTER);
      expect([line, report.completion.decision]).toEqual([line, null]);
      expect(report.verdict.stage).toBe('in-review');
    }
    // Under an area, it is someone's evidence, not the leadership group's decision.
    let model = reviewed();
    const heading = indexOfText(model, PROGRAM.areas[4].title);
    model = insertAt(
      model,
      heading + 2,
      para('Decision: accepted the new stand-up time after the retro.'),
    );
    expect(check(model, AFTER).completion.decision).toBeNull();
  });
});

describe('the readiness summary for the leadership group', () => {
  it('shows the review’s actions after the verdict and stage, and confirmations per area', () => {
    let model = bothAgree(confirmedDoc(), '2026-11-20');
    model = apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        ['Lead the planning meeting.', 'Write an "I optimize for" statement'],
        TODAY,
      ),
    );
    const report = check(model);
    const blocks = readinessSummaryBlocks(report, PROGRAM, TODAY, 'HEADING2');
    expect(blocks.map(block => block.text)).toEqual([
      `Readiness summary — ${TODAY}`,
      `Verdict: Further targeted actions requested by the leadership group on ${TODAY}: 2 of 2 still open.`,
      'Stage: Further actions requested (2 open). Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
      `Outcome of the leadership review on ${TODAY}: further targeted actions — Lead the planning meeting (still open); Write an "I optimize for" statement (still open).`,
      expect.stringContaining('Area'),
      `One-on-one log: 1 entry, the last on ${TODAY}.`,
      expect.stringMatching(/^History: Performance review evidenced on /),
    ]);
    expect(blocks[4].rows?.[3]?.[2]).toBe(
      `1 entry, recorded by the candidate; 1 confirmed by the sponsoring manager; newest ${TODAY}.`,
    );
    // Moved under an area, the summary is still not evidence.
    const blank = setUp();
    const heading = indexOfText(blank, PROGRAM.areas[2].title);
    const moved = insertAt(blank, heading + 2, ...blocks);
    expect(moved.blocks[heading + 3].text).toBe(
      `Verdict: Further targeted actions requested by the leadership group on ${TODAY}: 2 of 2 still open.`,
    );
    expect(areaOf(check(moved), 'leadership-training').status).toBe('missing');
  });
});

describe('the program data', () => {
  it('refuses completion phrases that cannot be told apart', () => {
    expect(() =>
      validateProgram({
        ...PROGRAM,
        completion: {
          ...PROGRAM.completion,
          scheduled: 'Leadership group meets on',
        },
      }),
    ).toThrow(
      'The completion wordings "scheduled" and "decision" start with the same two words',
    );
  });
});
