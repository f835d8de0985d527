import {
  deeperHeading,
  HEADING_LEVELS,
  isNumberedHeading,
  type Block,
  type DocumentModel,
  type Insertion,
} from '../../src/core/document-model';
import {buildOutline, sectionEntries} from '../../src/core/outline';
import {PROGRAM} from '../../src/core/program-data';
import {computeReadiness} from '../../src/core/readiness';
import {
  applyInsertions,
  findJumpTarget,
  insertionOrder,
  planAddEvidence,
  planReadinessSummary,
  planSetUp,
  plannedIndex,
} from '../../src/core/setup';
import {summaryMark, type SummaryMark} from '../../src/core/summary';
import {
  addEntry,
  addEvidence,
  areaOf,
  blank,
  check,
  doc,
  emptyDoc,
  h1,
  h2,
  indexOfText,
  para,
  remove,
  replace,
  setUp,
  title,
  TODAY,
} from './fixtures';

/** Applies a plan and checks it only inserted: every old block is still there, unchanged, in order. */
function applyChecked(
  model: DocumentModel,
  insertions: Insertion[],
): DocumentModel {
  const after = applyInsertions(model, insertions);
  const inserted = new Set<Block>(
    insertions.flatMap(insertion => insertion.blocks),
  );
  expect(after.blocks.filter(block => !inserted.has(block))).toEqual(
    model.blocks,
  );
  expect(new Set(insertions.map(insertion => insertion.index)).size).toBe(
    insertions.length,
  );
  return after;
}

const headings = (model: DocumentModel) =>
  model.blocks
    .filter(block => block.heading !== 'NORMAL')
    .map(block => block.text);

describe('Set up', () => {
  it('builds the whole template in a new document, above its empty paragraph', () => {
    const plan = planSetUp(emptyDoc(), PROGRAM);
    expect(plan).toHaveLength(1);
    expect(plan[0].index).toBe(0);
    const model = applyChecked(emptyDoc(), plan);
    expect(model.blocks[0]).toMatchObject({
      heading: 'TITLE',
      text: 'Lead Mentorship Program',
    });
    expect(model.blocks[model.blocks.length - 1]).toEqual(blank());
    expect(check(model).missingSections).toEqual([]);
  });

  it('plans nothing on its own result', () => {
    const once = setUp();
    expect(planSetUp(once, PROGRAM)).toEqual([]);
  });

  it('restores a deleted area between its neighbours, in program order, keeping what people wrote', () => {
    let model = addEvidence(setUp(), 'one-on-ones', {
      criterionId: 'building-trust',
    });
    const start = indexOfText(
      model,
      'Participate in Company Leadership Training',
    );
    model = remove(model, start, start + 1);
    const plan = planSetUp(model, PROGRAM);
    expect(plan).toEqual([{index: start, blocks: expect.any(Array)}]);
    const restored = applyChecked(model, plan);
    expect(headings(restored).filter(text => !text.startsWith('2026'))).toEqual(
      headings(setUp()),
    );
    expect(areaOf(check(restored), 'one-on-ones').evidenceCount).toBe(1);
    expect(planSetUp(restored, PROGRAM)).toEqual([]);
  });

  it('restores the first area before the next one that exists, and the last after the log', () => {
    const model = setUp();
    const without = remove(
      model,
      indexOfText(model, 'Participate in an Annual'),
      indexOfText(model, 'Review and Recommendation'),
    );
    const restored = applyChecked(without, planSetUp(without, PROGRAM));
    expect(headings(restored)).toEqual(headings(model));
    expect(planSetUp(restored, PROGRAM)).toEqual([]);
  });

  it('adds only the participants lines that are missing, by label, in their place', () => {
    const model = setUp();
    const without = remove(
      model,
      indexOfText(model, 'Start date:'),
      indexOfText(model, 'Target review date:'),
    );
    const edited = replace(without, indexOfText(without, 'Candidate:'), () =>
      para('Candidate: Alex Kim'),
    );
    const restored = applyChecked(edited, planSetUp(edited, PROGRAM));
    expect(restored.blocks.slice(1, 6).map(block => block.text)).toEqual([
      'Candidate: Alex Kim',
      'Sponsoring manager: Who sponsors the candidate and keeps this document ',
      'Start date: YYYY-MM-DD ',
      'One-on-one cadence: Weekly',
      'Target review date: YYYY-MM-DD ',
    ]);
  });

  it('keeps a title people renamed, and adds one on top when there is none', () => {
    const renamed = replace(setUp(), 0, () => title('Alex Kim — LMP'));
    expect(planSetUp(renamed, PROGRAM)).toEqual([]);
    const untitled = remove(setUp(), 0);
    expect(planSetUp(untitled, PROGRAM)).toEqual([
      {index: 0, blocks: [expect.objectContaining({heading: 'TITLE'})]},
    ]);
  });

  it('completes a document people started by hand, without moving their writing', () => {
    const model = doc(
      para('Notes before we started'),
      h2('One-on-ones'),
      para('Weekly chats with Sam.'),
      h2('Weird extra heading'),
      para('Not in a section.'),
      blank(),
    );
    const restored = applyChecked(model, planSetUp(model, PROGRAM));
    expect(headings(restored)).toEqual([
      'Lead Mentorship Program',
      'Participate in an Annual Performance Review Cycle',
      'One-on-ones',
      'Participate in Company Leadership Training',
      'Demonstrate and Provide Evidence of Developing People Leadership Skills',
      "Own the Team's Development Process",
      'Weekly One-on-One Log',
      'Review and Recommendation',
      'Weird extra heading',
    ]);
    // Restored sections take the style of the section beside them, so they do not swallow the
    // unrelated HEADING2 that follows.
    expect(
      restored.blocks.find(block => block.text === 'Review and Recommendation')
        ?.heading,
    ).toBe('HEADING2');
    expect(areaOf(check(restored), 'one-on-ones').evidenceCount).toBe(1);
    expect(areaOf(check(restored), 'performance-review').evidenceCount).toBe(0);
    expect(planSetUp(restored, PROGRAM)).toEqual([]);
  });

  it('sets up a foreign document after its content, and is then idempotent', () => {
    const model = doc(
      title('Team offsite'),
      h1('Agenda'),
      para('Planning and retro.'),
      blank(),
    );
    const restored = applyChecked(model, planSetUp(model, PROGRAM));
    expect(restored.blocks[0].text).toBe('Team offsite');
    expect(check(restored).missingSections).toEqual([]);
    expect(planSetUp(restored, PROGRAM)).toEqual([]);
  });

  it('is idempotent on many damaged documents', () => {
    const full = addEvidence(
      addEvidence(setUp(), 'one-on-ones'),
      'one-on-one-log',
    );
    for (let removed = 0; removed < full.blocks.length; removed += 1) {
      const damaged = remove(full, removed);
      const restored = applyChecked(damaged, planSetUp(damaged, PROGRAM));
      expect(planSetUp(restored, PROGRAM)).toEqual([]);
      expect(check(restored).missingSections).toEqual([]);
    }
  });
});

describe('Add evidence', () => {
  it('appends an entry at the end of the section and puts the cursor on the first prompt', () => {
    let model = setUp();
    model = addEvidence(model, 'one-on-ones', {criterionId: 'building-trust'});
    const plan = planAddEvidence(model, PROGRAM, {
      sectionId: 'one-on-ones',
      criterionId: 'solving-problems',
      kindId: 'feedback',
      today: TODAY,
      role: 'manager',
    });
    const nextSection = indexOfText(
      model,
      'Participate in Company Leadership Training',
    );
    expect(plan.insertions).toHaveLength(1);
    expect(plan.insertions[0].index).toBe(nextSection);
    const after = applyChecked(model, plan.insertions);
    const entries = sectionEntries(
      buildOutline(after.blocks, PROGRAM),
      'one-on-ones',
    );
    expect(entries.map(entry => entry.title)).toEqual([
      '2026-11-24 · Building trust',
      '2026-11-24 · Solving problems',
    ]);
    const {insertion, block, offset} = plan.cursor;
    const cursorLine = plan.insertions[insertion].blocks[block].text;
    // At the end of the first prompt line: writing goes after the prompt, in body text.
    expect(cursorLine.slice(0, offset)).toBe(
      'Observe: What you saw or heard, as facts. ',
    );
    expect(cursorLine.slice(offset)).toBe('');
    expect(plan.description).toBe(
      'Added an entry (Feedback, Solving problems) to "Organize and Complete Regularly Scheduled One-on-Ones".',
    );
  });

  it('appends before blank lines at the end of a section', () => {
    const model = doc(
      h1('One-on-ones'),
      para('Met weekly.'),
      blank(),
      blank(),
      h1('Leadership training'),
    );
    const plan = planAddEvidence(model, PROGRAM, {
      sectionId: 'one-on-ones',
      criterionId: null,
      kindId: 'general',
      today: TODAY,
      role: 'candidate',
    });
    expect(plan.insertions[0].index).toBe(2);
  });

  it('appends to the last occurrence of a duplicated heading', () => {
    const model = doc(
      h1('One-on-ones'),
      para('First.'),
      h1('Leadership training'),
      h1('One-on-ones'),
      para('Later.'),
      blank(),
    );
    const plan = planAddEvidence(model, PROGRAM, {
      sectionId: 'one-on-ones',
      criterionId: null,
      kindId: 'general',
      today: TODAY,
      role: 'candidate',
    });
    expect(plan.insertions[0].index).toBe(5);
  });

  it('restores a missing section first, in program order, with the cursor still on the first prompt', () => {
    const model = setUp();
    const start = indexOfText(model, 'Weekly One-on-One Log');
    const without = remove(model, start, start + 1);
    const plan = planAddEvidence(without, PROGRAM, {
      sectionId: 'one-on-one-log',
      criterionId: null,
      kindId: 'one-on-one-log',
      today: TODAY,
      role: 'manager',
    });
    expect(plan.insertions).toHaveLength(1);
    expect(plan.insertions[0].index).toBe(start);
    expect(
      plan.insertions[0].blocks.map(block => block.text).slice(0, 4),
    ).toEqual([
      'Weekly One-on-One Log',
      'Candidate and manager meet weekly: one entry per one-on-one, with its topics and follow-ups.',
      '2026-11-24 · One-on-one',
      'Recorded by: Sponsoring manager · One-on-one',
    ]);
    const line = plan.insertions[0].blocks[plan.cursor.block].text;
    expect(line.slice(0, plan.cursor.offset)).toBe(
      'Topics: What you talked about. ',
    );
    expect(line.slice(plan.cursor.offset)).toBe('');
    expect(plan.description).toMatch(
      /^Restored the missing section "Weekly One-on-One Log"\./,
    );
    const after = applyChecked(without, plan.insertions);
    expect(check(after).oneOnOnes.drafts).toHaveLength(1);
    expect(planSetUp(after, PROGRAM)).toEqual([]);
  });

  it('writes an entry the check reads back as a draft of that criterion, by that person', () => {
    const added = addEntry(setUp(), 'development-process', {
      criterionId: 'scpa-update',
      kindId: 'scpa',
      role: 'manager',
    });
    const area = areaOf(check(added.model), 'development-process');
    expect(area.drafts).toEqual([
      {
        sectionId: 'development-process',
        entryIndex: 0,
        title: '2026-11-24 · Weekly SCPA update',
        criterionIds: ['scpa-update'],
      },
    ]);
    expect(
      sectionEntries(
        buildOutline(added.model.blocks, PROGRAM),
        'development-process',
      )[0],
    ).toMatchObject({
      criterionIds: ['scpa-update'],
      recorder: 'manager',
      kindId: 'scpa',
    });
  });

  const valid = {
    sectionId: 'one-on-ones',
    criterionId: null,
    kindId: 'general',
    today: TODAY,
    role: 'candidate' as const,
  };
  it.each([
    [
      'an unknown section',
      {...valid, sectionId: 'hobbies'},
      /no program section "hobbies"/,
    ],
    [
      'the review section',
      {...valid, sectionId: 'review'},
      /no program section "review"/,
    ],
    [
      'an unknown kind',
      {...valid, kindId: 'essay'},
      /does not offer entries of kind "essay"/,
    ],
    [
      'a kind not offered there',
      {...valid, kindId: 'scpa'},
      /does not offer entries of kind "scpa"/,
    ],
    [
      'a criterion of another area',
      {...valid, criterionId: 'recruiting'},
      /has no criterion "recruiting"/,
    ],
    ['an impossible date', {...valid, today: '2026-02-30'}, /not a date/],
  ])('refuses %s with a clear error', (_, input, message) => {
    expect(() => planAddEvidence(setUp(), PROGRAM, input)).toThrow(message);
  });
});

describe('Insert readiness summary', () => {
  const plan = (model: DocumentModel, mark: SummaryMark | null = null) =>
    planReadinessSummary(
      model,
      PROGRAM,
      computeReadiness(model, PROGRAM, TODAY),
      TODAY,
      mark,
    );

  it('appends a dated summary at the end of the review section, and marks it', () => {
    const model = setUp();
    const planned = plan(model);
    expect(planned.outcome).toBe('inserted');
    expect(planned.insertions).toHaveLength(1);
    const [insertion] = planned.insertions;
    expect(insertion.index).toBe(indexOfText(model, 'Decision date:') + 1);
    const [heading, verdict, stage, summary] = insertion.blocks;
    expect(heading).toMatchObject({
      heading: 'HEADING2',
      text: 'Readiness summary — 2026-11-24',
    });
    expect(verdict.text).toMatch(/^Verdict: /);
    expect(stage.text).toMatch(/^Stage: /);
    expect(summary.rows).toHaveLength(6);
    expect(planned.mark).toEqual(summaryMark(insertion.blocks, TODAY));
    const after = applyChecked(model, planned.insertions);
    expect(check(after).missingSections).toEqual([]);
    expect(planSetUp(after, PROGRAM)).toEqual([]);
    // Another day's summary goes after the first.
    const again = planReadinessSummary(
      after,
      PROGRAM,
      check(after),
      '2026-12-01',
      planned.mark,
    );
    expect(again.outcome).toBe('inserted');
    expect(again.insertions[0]?.index).toBe(after.blocks.length - 1);
  });

  it("replaces today's own summary where it stands, and nothing else", () => {
    const model = setUp();
    const first = plan(model);
    let after = applyInsertions(model, first.insertions);
    after = addEvidence(after, 'leadership-training', {kindId: 'training'});
    const heading = indexOfText(after, 'Readiness summary');

    const second = plan(after, first.mark);

    expect(second.outcome).toBe('replaced');
    expect(second.insertions).toEqual([
      {index: heading, blocks: expect.any(Array), replaces: 5},
    ]);
    const replaced = applyInsertions(after, second.insertions);
    // The new summary has a History line now that there is dated evidence.
    const written = second.insertions[0]?.blocks.length ?? 0;
    expect(written).toBe(6);
    expect(replaced.blocks[heading + 5]?.text).toMatch(/^History: /);
    expect(replaced.blocks).toHaveLength(after.blocks.length + written - 5);
    expect(replaced.blocks.slice(0, heading)).toEqual(
      after.blocks.slice(0, heading),
    );
    expect(replaced.blocks.slice(heading + written)).toEqual(
      after.blocks.slice(heading + 5),
    );
    expect(second.mark).toEqual(
      summaryMark(replaced.blocks.slice(heading, heading + written), TODAY),
    );
  });

  it("keeps today's summary once a word of it changed, and adds nothing", () => {
    const model = setUp();
    const first = plan(model);
    const after = applyInsertions(model, first.insertions);
    const verdict = indexOfText(after, 'Verdict:');
    const edited = replace(after, verdict, block => ({
      ...block,
      text: `${block.text} Sam agrees.`,
      runs: [...block.runs, {text: ' Sam agrees.'}],
    }));
    expect(plan(edited, first.mark)).toEqual({
      outcome: 'kept',
      insertions: [],
      mark: null,
    });
    // Without a mark (a Doc copied, another version), today's summary is kept too.
    expect(plan(after, null).outcome).toBe('kept');
    // A mark of another day does not make today's summary the add-on's.
    expect(
      plan(after, {...first.mark, date: '2026-11-23'} as SummaryMark).outcome,
    ).toBe('kept');
  });

  it('writes nothing on a Doc that is not set up', () => {
    const model = setUp();
    const start = indexOfText(model, 'Review and Recommendation');
    const without = {blocks: model.blocks.slice(0, start).concat(blank())};
    expect(plan(without)).toEqual({
      outcome: 'not-set-up',
      insertions: [],
      mark: null,
    });
    expect(plan(emptyDoc()).outcome).toBe('not-set-up');
  });

  it('under a review heading at Heading 6, the summary heading is a bold line that stays in the review section', () => {
    let model = setUp();
    const review = indexOfText(model, 'Review and Recommendation');
    model = replace(model, review, block => ({...block, heading: 'HEADING6'}));
    const [insertion] = plan(model).insertions;
    expect(insertion?.blocks[0]).toMatchObject({
      heading: 'NORMAL',
      runs: [{text: `Readiness summary — ${TODAY}`, bold: true}],
    });
  });
});

describe('applyInsertions', () => {
  it('inserts before the given index, each index counted on the original model, without changing it', () => {
    const model = doc(para('a'), para('b'), para('c'));
    const after = applyInsertions(model, [
      {index: 3, blocks: [para('end')]},
      {index: 0, blocks: [para('start')]},
      {index: 2, blocks: [para('x'), para('y')]},
    ]);
    expect(after.blocks.map(block => block.text)).toEqual([
      'start',
      'a',
      'b',
      'x',
      'y',
      'c',
      'end',
    ]);
    expect(model.blocks.map(block => block.text)).toEqual(['a', 'b', 'c']);
  });

  it('finds a planned block where it will stand in the written Doc', () => {
    const insertions: Insertion[] = [
      {index: 1, blocks: [para('first'), para('first, 2nd line')]},
      {index: 3, blocks: [para('end')]},
      {index: 1, blocks: [para('second')]},
    ];
    const after = applyInsertions(
      doc(para('a'), para('b'), para('c')),
      insertions,
    );
    const textAt = (insertion: number, block: number) =>
      after.blocks[plannedIndex(insertions, {insertion, block, offset: 0})]
        .text;
    expect(textAt(0, 1)).toBe('first, 2nd line');
    expect(textAt(2, 0)).toBe('second');
    expect(textAt(1, 0)).toBe('end');
    expect(() =>
      plannedIndex(insertions, {insertion: 1, block: 1, offset: 0}),
    ).toThrow();
  });

  it('replaces blocks in place when an insertion says so, and finds planned blocks after it', () => {
    const insertions: Insertion[] = [
      {index: 1, blocks: [para('new b'), para('new b, 2nd line')], replaces: 1},
      {index: 3, blocks: [para('end')]},
    ];
    const after = applyInsertions(
      doc(para('a'), para('b'), para('c')),
      insertions,
    );
    expect(after.blocks.map(block => block.text)).toEqual([
      'a',
      'new b',
      'new b, 2nd line',
      'c',
      'end',
    ]);
    expect(
      after.blocks[
        plannedIndex(insertions, {insertion: 1, block: 0, offset: 0})
      ]?.text,
    ).toBe('end');
  });

  it('keeps insertions that share an index in plan order, in the one order the server writes them', () => {
    const insertions: Insertion[] = [
      {index: 1, blocks: [para('first')]},
      {index: 3, blocks: [para('end')]},
      {index: 1, blocks: [para('second')]},
    ];
    expect(insertionOrder(insertions)).toEqual([1, 2, 0]);
    const after = applyInsertions(doc(para('a'), para('b'), para('c')), [
      ...insertions,
    ]);
    expect(after.blocks.map(block => block.text)).toEqual([
      'a',
      'first',
      'second',
      'b',
      'c',
      'end',
    ]);
  });

  it('refuses an index outside the document', () => {
    expect(() =>
      applyInsertions(doc(para('a')), [{index: 2, blocks: []}]),
    ).toThrow(/outside the document/);
  });
});

describe('findJumpTarget', () => {
  const model = addEntry(
    addEntry(setUp(), 'one-on-ones').model,
    'one-on-ones',
    {criterionId: 'building-trust'},
  );

  it('finds a section heading and an entry by its index', () => {
    expect(
      findJumpTarget(model.model, PROGRAM, {sectionId: 'one-on-ones'}),
    ).toBe(indexOfText(model.model, 'Organize and Complete'));
    expect(
      findJumpTarget(model.model, PROGRAM, {
        sectionId: 'one-on-ones',
        entryIndex: 1,
      }),
    ).toBe(model.heading);
    expect(findJumpTarget(model.model, PROGRAM, {sectionId: 'review'})).toBe(
      indexOfText(model.model, 'Review and Recommendation'),
    );
  });

  it('returns null for what is no longer there', () => {
    expect(
      findJumpTarget(model.model, PROGRAM, {
        sectionId: 'one-on-ones',
        entryIndex: 2,
      }),
    ).toBeNull();
    expect(
      findJumpTarget(model.model, PROGRAM, {sectionId: 'hobbies'}),
    ).toBeNull();
    const without = remove(
      model.model,
      indexOfText(model.model, 'Weekly One-on-One Log'),
    );
    expect(
      findJumpTarget(without, PROGRAM, {sectionId: 'one-on-one-log'}),
    ).toBeNull();
  });
});

describe('heading levels', () => {
  it('are listed once, from the title down to the body text', () => {
    expect(HEADING_LEVELS).toEqual([
      'NORMAL',
      'TITLE',
      'SUBTITLE',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
    ]);
    expect(HEADING_LEVELS.filter(isNumberedHeading)).toEqual([
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
    ]);
    expect(HEADING_LEVELS.map(deeperHeading)).toEqual([
      'HEADING6',
      'HEADING1',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
      'HEADING6',
    ]);
  });

  it('put the summary one level below a review heading styled as a subtitle', () => {
    let model = setUp();
    const review = indexOfText(model, 'Review and Recommendation');
    model = replace(model, review, block => ({...block, heading: 'SUBTITLE'}));
    const report = computeReadiness(model, PROGRAM, TODAY);
    const [insertion] = planReadinessSummary(
      model,
      PROGRAM,
      report,
      TODAY,
      null,
    ).insertions;
    expect(insertion?.blocks[0]).toMatchObject({
      heading: 'HEADING1',
      text: `Readiness summary — ${TODAY}`,
    });
  });
});
