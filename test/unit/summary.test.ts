import type {Block} from '../../src/core/document-model';
import {
  planReviewOutcome,
  planScheduleReview,
} from '../../src/core/completion-plans';
import {PROGRAM} from '../../src/core/program-data';
import {
  findTodaysSummary,
  parseSummaryMark,
  readinessSummaryBlocks,
  summaryMark,
} from '../../src/core/summary';
import {
  addEntry,
  addEvidence,
  apply,
  areaOf,
  bothAgree,
  check,
  completeDoc,
  confirmedDoc,
  indexOfText,
  insertAt,
  para,
  remove,
  setUp,
  signOff,
  table,
  TODAY,
} from './fixtures';
import {
  ACTIONS,
  actionsClosed,
  actionsRequested,
  evidenceForAction,
} from './review-rounds';

const summaryOf = (model = setUp(), today = TODAY) =>
  readinessSummaryBlocks(check(model, today), PROGRAM, today, 'HEADING2');

describe('the readiness summary', () => {
  it('is a dated heading, the verdict, the stage, a table of areas and the one-on-one log', () => {
    const [heading, verdict, stage, areas, log, ...rest] = summaryOf();
    expect(heading).toMatchObject({
      heading: 'HEADING2',
      text: 'Readiness summary — 2026-11-24',
    });
    expect(verdict.runs).toEqual([
      {text: 'Verdict:', bold: true},
      {text: ' Not ready yet: 5 of 5 areas need more evidence.', bold: false},
    ]);
    expect(areas.type).toBe('table');
    expect(areas.rows).toEqual([
      ['Area', 'Status', 'Evidence'],
      [
        'Performance review',
        'Missing',
        '0 of 2 criteria covered. Still to cover: Review documentation; Review conversations. No evidence yet.',
      ],
      [
        'One-on-ones',
        'Missing',
        '0 of 4 criteria covered. Still to cover: Building trust; Gaining a shared context; Planning and supporting career growth; Solving problems. No evidence yet.',
      ],
      ['Leadership training', 'Missing', 'No evidence yet.'],
      [
        'Leadership skills',
        'Missing',
        'Examples shown: 0 of 10 (any evidence counts). No evidence yet.',
      ],
      [
        'Development process',
        'Missing',
        '0 of 5 criteria covered. Still to cover: Daily stand-up; Planning, review and retrospectives; Program increment planning; Weekly SCPA update; Team performance monitoring and coordination. No evidence yet.',
      ],
    ]);
    expect(log.text).toBe('One-on-one log: no entries yet.');
    expect(stage.text).toBe(
      'Stage: Collecting evidence. Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
    );
    expect(rest).toEqual([]);
  });

  it('says in words who recorded the entries', () => {
    let model = setUp();
    model = addEvidence(model, 'one-on-ones', {criterionId: 'building-trust'});
    model = addEvidence(model, 'one-on-ones', {
      criterionId: 'shared-context',
      role: 'manager',
    });
    const at = indexOfText(model, 'Organize and Complete') + 2;
    model = insertAt(model, at, para('Weekly with Sam, typed by hand.'));
    const [, , , areas] = summaryOf(model);
    expect(areas.rows?.[2]).toEqual([
      'One-on-ones',
      'In progress',
      `2 of 4 criteria covered. Still to cover: Planning and supporting career growth; Solving problems. 3 entries: 1 recorded by the candidate, 1 recorded by the sponsoring manager, 1 that does not say who recorded it; 1 confirmed by the sponsoring manager; newest ${TODAY}.`,
    ]);
  });

  it('says when an area has gone stale, and keeps drafts and participants lines out', () => {
    let model = completeDoc('2026-09-01');
    model = addEntry(model, 'leadership-skills').model;
    model = remove(model, indexOfText(model, 'Start date'));
    const blocks = summaryOf(model);
    const text = blocks.map(block => block.text).join('\n');
    expect(text).toContain(
      '1 entry, recorded by the candidate; none confirmed by the sponsoring manager; newest 2026-09-01, no new evidence for over 6 weeks.',
    );
    expect(text).not.toMatch(/draft|participants|set up/i);
  });

  it('lists one-on-one gaps on the log line', () => {
    let model = setUp();
    for (const today of ['2026-10-01', '2026-10-08', '2026-10-28'])
      model = addEvidence(
        model,
        'one-on-one-log',
        {today},
        'Talked about the release.',
      );
    const [, , , , log] = summaryOf(model, '2026-11-01');
    expect(log.text).toBe(
      'One-on-one log: 3 entries, the last on 2026-10-28. 1 gap longer than 2 weeks: 2026-10-08 to 2026-10-28 (20 days).',
    );
  });

  it('reports a complete, confirmed program as waiting for both to agree, in step with its stage', () => {
    const report = check(confirmedDoc());
    expect(areaOf(report, 'one-on-ones').status).toBe('evidenced');
    const [, verdict, stage, areas, log] = readinessSummaryBlocks(
      report,
      PROGRAM,
      TODAY,
      'HEADING2',
    );
    // Said of the candidate and the manager, for the leadership group: never "you both".
    expect(verdict.text).toBe(
      'Verdict: Not ready yet: every area is evidenced and confirmed; ready for leadership review once the candidate and the sponsoring manager agree the evidence is complete.',
    );
    expect(stage.text).toBe(
      'Stage: Collecting evidence. Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
    );
    expect(areas.rows?.[2]).toEqual([
      'One-on-ones',
      'Evidenced',
      `4 of 4 criteria covered. 4 entries, recorded by the candidate; 1 confirmed by the sponsoring manager; newest ${TODAY}.`,
    ]);
    expect(log.text).toBe(`One-on-one log: 1 entry, the last on ${TODAY}.`);
  });

  it('names a role that is not a capitalised word as it is written', () => {
    const program = {
      ...PROGRAM,
      roleNames: {candidate: 'Candidate', manager: 'HR partner'},
    };
    const model = addEvidence(setUp(), 'leadership-training', {
      kindId: 'training',
      role: 'manager',
    });
    const [, , , areas] = readinessSummaryBlocks(
      check(model),
      program,
      TODAY,
      'HEADING2',
    );
    expect(areas.rows?.[3]?.[2]).toBe(
      `1 entry, recorded by the HR partner; 1 confirmed by the HR partner; newest ${TODAY}.`,
    );
  });
});

describe('the summary after a leadership review that asked for targeted actions', () => {
  const textOf = (blocks: Block[]) =>
    blocks.filter(block => block.type !== 'table').map(block => block.text);

  it('names the review, each action and how and when it was closed, and agrees with its stage', () => {
    const lines = textOf(summaryOf(actionsClosed(), '2026-12-21'));
    expect(lines.slice(0, 4)).toEqual([
      'Readiness summary — 2026-12-21',
      'Verdict: Not ready yet: every area is evidenced and confirmed; ready for leadership review once the candidate and the sponsoring manager agree the evidence is complete.',
      'Stage: Collecting evidence. Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
      'Outcome of the leadership review on 2026-12-15: further targeted actions — ' +
        'Run the next sprint retrospective on your own (evidenced on 2026-12-18); ' +
        'Hold a feedback conversation with a peer (marked done on 2026-12-20).',
    ]);
  });

  it('says which actions are still open while the group waits for them', () => {
    const model = evidenceForAction(
      actionsRequested(),
      ACTIONS[0],
      '2026-12-18',
    );
    const lines = textOf(summaryOf(model, '2026-12-19'));
    expect(lines.slice(1, 4)).toEqual([
      'Verdict: Further targeted actions requested by the leadership group on 2026-12-15: 1 of 2 still open.',
      'Stage: Further actions requested (1 open). Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
      'Outcome of the leadership review on 2026-12-15: further targeted actions — ' +
        'Run the next sprint retrospective on your own (evidenced on 2026-12-18); ' +
        'Hold a feedback conversation with a peer (still open).',
    ]);
  });

  it('says a scheduled review is to come, and once its day has passed, that no decision is recorded', () => {
    const agreed = bothAgree(confirmedDoc());
    const model = apply(
      agreed,
      planScheduleReview(agreed, PROGRAM, '2026-12-15', TODAY),
    );
    expect(summaryOf(model, '2026-12-15')[1].text).toBe(
      'Verdict: In review: the leadership review is scheduled for 2026-12-15.',
    );
    const [, late] = summaryOf(model, '2026-12-17');
    expect(late.text).toBe(
      'Verdict: In review: the leadership review was scheduled for 2026-12-15; no decision is recorded yet.',
    );
    // Moved under an area, the line is still not evidence.
    const blank = setUp();
    const under = indexOfText(blank, 'Organize and Complete') + 2;
    expect(
      areaOf(check(insertAt(blank, under, late)), 'one-on-ones').status,
    ).toBe('missing');
  });

  it('names the one still to agree once the other has', () => {
    let model = actionsClosed();
    model = signOff(model, 'candidate', '2026-12-21');
    const [, verdict, stage] = summaryOf(model, '2026-12-21');
    expect(verdict.text).toBe(
      'Verdict: Not ready yet: every area is evidenced and confirmed; ready for leadership review once the sponsoring manager also agrees the evidence is complete.',
    );
    expect(stage.text).toBe(
      'Stage: Collecting evidence. Agreed the evidence is complete: the candidate on 2026-12-21; the sponsoring manager not yet.',
    );
  });

  it('keeps every earlier round, oldest first, through to the decision that accepts', () => {
    let model = actionsRequested(actionsClosed(), '2027-01-12', [
      'Lead the next planning meeting',
    ]);
    model = evidenceForAction(
      model,
      'Lead the next planning meeting',
      '2027-01-20',
    );
    model = bothAgree(model, '2027-01-21');
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2027-02-02', '2027-01-21'),
    );
    model = apply(
      model,
      planReviewOutcome(model, PROGRAM, 'accepted', [], '2027-02-02'),
    );
    const lines = textOf(summaryOf(model, '2027-02-02'));
    // Every round in one paragraph, a sentence each, oldest first.
    expect(lines.slice(1, 4)).toEqual([
      'Verdict: Accepted by the leadership group on 2027-02-02.',
      'Stage: Accepted on 2027-02-02.',
      'Outcome of the leadership review on 2026-12-15: further targeted actions — ' +
        'Run the next sprint retrospective on your own (evidenced on 2026-12-18); ' +
        'Hold a feedback conversation with a peer (marked done on 2026-12-20). ' +
        'Outcome of the leadership review on 2027-01-12: further targeted actions — ' +
        'Lead the next planning meeting (evidenced on 2027-01-20).',
    ]);
  });

  it('gives each decision of one day its own actions, and an earlier action never done is not open', () => {
    // The manager recorded a decision, then corrected it the same day with another.
    let model = actionsRequested(confirmedDoc(), '2026-12-15', [ACTIONS[0]]);
    model = apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        [ACTIONS[1]],
        '2026-12-15',
      ),
    );
    const lines = textOf(summaryOf(model, '2026-12-16'));
    expect(lines[3]).toBe(
      'Outcome of the leadership review on 2026-12-15: further targeted actions — ' +
        'Run the next sprint retrospective on your own (not recorded as done). ' +
        'Outcome of the leadership review on 2026-12-15: further targeted actions — ' +
        'Hold a feedback conversation with a peer (still open).',
    );
  });

  it('speaks of the candidate and the manager by the program’s names, never to "you"', () => {
    const program = {
      ...PROGRAM,
      roleNames: {candidate: 'Mentee', manager: 'HR partner'},
    };
    const stages = [
      confirmedDoc(),
      bothAgree(confirmedDoc()),
      actionsRequested(),
      actionsClosed(),
    ];
    const texts = stages.flatMap(model =>
      readinessSummaryBlocks(
        check(model, '2026-12-21'),
        program,
        '2026-12-21',
        'HEADING2',
      ).map(block => block.text),
    );
    expect(texts).toContain(
      'Verdict: Not ready yet: every area is evidenced and confirmed; ready for leadership review once the mentee and the HR partner agree the evidence is complete.',
    );
    expect(texts).toContain(
      'Verdict: Ready for leadership review: the mentee and the HR partner agree the evidence is complete.',
    );
    expect(texts.filter(text => /\byou\b|\bboth\b/iu.test(text))).toEqual([]);
  });
});

describe("the summary's history line", () => {
  it('says when each area was first evidenced and how each month went, from the entry dates', () => {
    let model = setUp();
    model = addEvidence(model, 'leadership-training', {today: '2026-09-03'});
    model = addEvidence(model, 'performance-review', {
      criterionId: 'review-documentation',
      today: '2026-11-05',
    });
    model = addEvidence(model, 'performance-review', {
      criterionId: 'review-conversations',
      today: '2026-11-06',
    });
    model = addEvidence(model, 'one-on-one-log', {today: '2026-09-10'});
    model = addEvidence(model, 'one-on-one-log', {today: '2026-09-17'});
    const history = summaryOf(model).find(block =>
      block.text.startsWith('History:'),
    );
    expect(history?.text).toBe(
      'History: Leadership training evidenced on 2026-09-03; Performance review on 2026-11-06; ' +
        'not yet evidenced: One-on-ones, Leadership skills, Development process. ' +
        'By month: Sep 2026, 1 entry and 2 one-on-ones; Oct 2026, none; Nov 2026, 2 entries.',
    );
  });

  it('is left out while nothing is dated', () => {
    expect(
      summaryOf(setUp()).some(block => block.text.startsWith('History:')),
    ).toBe(false);
  });

  it('is never evidence, even moved under an area', () => {
    let model = addEvidence(setUp(), 'leadership-training', {
      today: '2026-09-03',
    });
    const history = summaryOf(model).find(block =>
      block.text.startsWith('History:'),
    );
    if (!history) throw new Error('no history line');
    const under = indexOfText(model, 'Organize and Complete') + 2;
    model = insertAt(model, under, history);
    expect(areaOf(check(model), 'one-on-ones').status).toBe('missing');
  });
});

describe("recognising today's summary", () => {
  const written = (today = TODAY): Block[] => summaryOf(setUp(), today);

  it("finds the add-on's own by its mark, wherever it stands and whatever its heading's style", () => {
    const blocks = written();
    const mark = summaryMark(blocks, TODAY);
    const moved = [
      para('Notes'),
      {...blocks[0], heading: 'NORMAL' as const},
      ...blocks.slice(1),
      para('After'),
    ];
    expect(findTodaysSummary(moved, TODAY, mark)).toEqual({
      found: 'own',
      index: 1,
      count: 5,
      heading: 'NORMAL',
    });
  });

  it('reads a table back whichever separators its text has', () => {
    const blocks = written();
    const mark = summaryMark(blocks, TODAY);
    const readBack = blocks.map(block =>
      block.type === 'table'
        ? table((block.rows ?? []).flat().join('\n'))
        : block,
    );
    expect(findTodaysSummary(readBack, TODAY, mark).found).toBe('own');
  });

  it('is "changed" once a word was added, and "none" without a heading of today', () => {
    const blocks = written();
    const mark = summaryMark(blocks, TODAY);
    const edited = blocks.map((block, index) =>
      index === 3 ? {...block, text: `${block.text} Sam agrees.`} : block,
    );
    expect(findTodaysSummary(edited, TODAY, mark)).toEqual({found: 'changed'});
    expect(findTodaysSummary(written('2026-11-23'), TODAY, mark)).toEqual({
      found: 'none',
    });
    // A heading of today with no mark at all is a person's (or another version's): changed.
    expect(findTodaysSummary(blocks, TODAY, null)).toEqual({found: 'changed'});
  });

  it('reads back only a well-formed mark', () => {
    const mark = summaryMark(written(), TODAY);
    expect(parseSummaryMark(JSON.stringify(mark))).toEqual(mark);
    for (const stored of [
      null,
      '',
      'not json',
      '[]',
      '{"date":"2026-02-30","blocks":4,"fingerprint":"x"}',
      '{"date":"2026-11-24","blocks":0,"fingerprint":"x"}',
      '{"date":"2026-11-24","blocks":4}',
    ])
      expect(parseSummaryMark(stored)).toBeNull();
  });
});
