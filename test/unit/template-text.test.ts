/**
 * Whatever the add-on wrote, and the program's own words, stay non-evidence after the accidental
 * edits people make to them: a sentence typed after the guidance, two prompt lines joined, a
 * character deleted inside a prompt, a line set to another style, a line copied or pasted under an
 * area, an earlier summary moved. Each leaves a missing area missing; only a person's own words
 * name criteria.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {
  planReviewOutcome,
  planScheduleReview,
} from '../../src/core/completion-plans';
import type {Block, DocumentModel} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import type {Stage} from '../../src/core/report';
import {readinessSummaryBlocks} from '../../src/core/summary';
import {readTemplate, templateText} from '../../src/core/template-text';
import {words} from '../../src/core/text';
import {
  addEntry,
  addEvidence,
  apply,
  areaOf,
  bothAgree,
  bullet,
  check,
  completeDoc,
  confirmedDoc,
  GREY,
  h2,
  h3,
  indexOfText,
  insertAt,
  joinWithPrevious,
  para,
  remove,
  replace,
  runs,
  setUp,
  TODAY,
  typeOver,
} from './fixtures';
import {actionsClosed, evidenceForAction} from './review-rounds';

const guidanceOf = (areaId: string) =>
  PROGRAM.areas.find(area => area.id === areaId)?.guidance ?? '';

/** The area's status, evidence count and covered criteria: what an edit must not change. */
function evidenceOf(model: DocumentModel, areaId: string) {
  const area = areaOf(check(model), areaId);
  return {
    status: area.status,
    evidenceCount: area.evidenceCount,
    covered: area.criteria.filter(c => c.covered).map(c => c.id),
  };
}

const MISSING = {status: 'missing', evidenceCount: 0, covered: []};

/** Sets one block's paragraph style (or makes it a list item), as the style menu does. */
function restyle(
  model: DocumentModel,
  index: number,
  style: Block['heading'] | 'listItem',
): DocumentModel {
  return replace(model, index, block =>
    style === 'listItem'
      ? {...block, type: 'listItem', heading: 'NORMAL'}
      : {...block, heading: style},
  );
}

describe('words typed after an area’s guidance line', () => {
  const model = setUp();
  const guidance = indexOfText(model, guidanceOf('one-on-ones'));
  const typedAfter = (typed: string) =>
    replace(model, guidance, block =>
      runs('NORMAL', ...block.runs, {text: typed}),
    );

  it('never let the guidance’s own wording name criteria', () => {
    expect(
      evidenceOf(typedAfter(' Ana and I meet on Mondays.'), 'one-on-ones'),
    ).toEqual({status: 'in-progress', evidenceCount: 1, covered: []});
    // Typed in the guidance's grey style (Docs keeps it when typing at its end).
    const grey = replace(model, guidance, block =>
      runs('NORMAL', ...block.runs, {
        text: ' Ana and I meet on Mondays.',
        color: GREY,
      }),
    );
    expect(evidenceOf(grey, 'one-on-ones').covered).toEqual([]);
  });

  it('still let the person’s own words name a criterion', () => {
    expect(
      evidenceOf(
        typedAfter(' Building trust: we now meet weekly.'),
        'one-on-ones',
      ).covered,
    ).toEqual(['building-trust']);
  });
});

describe('a draft’s prompts after accidental edits', () => {
  const added = addEntry(setUp(), 'one-on-ones', {kindId: 'feedback'});
  const firstPrompt = added.heading + 2;

  it('joined by a backspace at the start of a prompt line stay prompts', () => {
    const joined = joinWithPrevious(added.model, firstPrompt + 1);
    expect(evidenceOf(joined, 'one-on-ones')).toEqual(MISSING);
    const twice = joinWithPrevious(joined, firstPrompt + 1);
    expect(evidenceOf(twice, 'one-on-ones')).toEqual(MISSING);
    expect(areaOf(check(twice), 'one-on-ones').drafts).toHaveLength(1);
  });

  it('with their entry heading and meta line joined into the guidance, stay prompts (seed 20261202)', () => {
    const draft = addEntry(setUp(), 'performance-review', {
      criterionId: 'review-documentation',
      today: '2026-09-01',
    });
    const joined = joinWithPrevious(
      joinWithPrevious(draft.model, draft.heading),
      draft.heading,
    );
    expect(joined.blocks[draft.heading - 1].text).toMatch(
      /held\.2026-09-01 · Review documentationRecorded by: Candidate · General$/,
    );
    expect(evidenceOf(joined, 'performance-review')).toEqual(MISSING);
  });

  it('with a character deleted inside (in grey or not) stay prompts', () => {
    for (const color of [GREY, null]) {
      const edited = replace(added.model, firstPrompt, () =>
        runs(
          'NORMAL',
          {text: 'Observe:', bold: true},
          {text: ' '},
          {text: 'What you sw or heard, as facts.', color},
        ),
      );
      expect(evidenceOf(edited, 'one-on-ones')).toEqual(MISSING);
    }
    const spaceDeleted = replace(added.model, firstPrompt, () =>
      para('Observe: Whatyou saw or heard, as facts.'),
    );
    expect(evidenceOf(spaceDeleted, 'one-on-ones')).toEqual(MISSING);
  });

  it('do not hide writing typed beside what is left of them', () => {
    const edited = replace(added.model, firstPrompt, () =>
      para('Observe: What you sw or heard, as facts. Ana skipped two retros.'),
    );
    expect(evidenceOf(edited, 'one-on-ones').status).toBe('in-progress');
  });
});

describe('an entry’s heading and meta line set to another style', () => {
  const added = addEntry(setUp(), 'development-process', {
    criterionId: 'daily-stand-up',
  });
  const meta = added.heading + 1;

  it.each(['NORMAL', 'listItem', 'TITLE', 'SUBTITLE', 'HEADING1'] as const)(
    'heading as %s: still a draft, the area still missing',
    style => {
      const model = restyle(added.model, added.heading, style);
      expect(evidenceOf(model, 'development-process')).toEqual(MISSING);
      expect(areaOf(check(model), 'development-process').drafts).toHaveLength(
        1,
      );
    },
  );

  it.each(['listItem', 'HEADING2', 'HEADING3', 'HEADING6'] as const)(
    '"Recorded by" line as %s: still the meta line',
    style => {
      const model = restyle(added.model, meta, style);
      expect(evidenceOf(model, 'development-process')).toEqual(MISSING);
      const [draft] = areaOf(check(model), 'development-process').drafts;
      expect(draft.title).toBe(`${TODAY} · Daily stand-up`);
    },
  );
});

describe('an entry heading whose date an edit broke', () => {
  it.each([
    '026-09-01 · Training attended',
    '2026-09-1 · Training attended',
    '26-09-01 · Training',
  ])('"%s", its meta line broken too, is not evidence', heading => {
    const added = addEntry(setUp(), 'leadership-training', {
      kindId: 'training',
      criterionId: 'training-attended',
      today: '2026-09-01',
    });
    let model = replace(added.model, added.heading, () => h3(heading));
    model = replace(model, added.heading + 1, block => ({
      ...block,
      text: block.text.slice(1),
      runs: block.runs.map(run => ({...run, text: run.text.slice(1)})),
    }));
    expect(evidenceOf(model, 'leadership-training')).toEqual(MISSING);
  });

  it('a person’s own words after the date still count', () => {
    const model = insertAt(
      setUp(),
      indexOfText(setUp(), 'Participate in Company Leadership Training') + 2,
      h3('026-09-01 · Training on hiring, with the recruiting team'),
    );
    expect(areaOf(check(model), 'leadership-training').status).toBe(
      'evidenced',
    );
  });
});

describe('the add-on’s and the program’s lines where they do not belong', () => {
  const model = setUp();

  it('an area title set to Normal text is not evidence for the area above it', () => {
    const title = indexOfText(model, "Own the Team's Development Process");
    const restyled = restyle(model, title, 'NORMAL');
    expect(evidenceOf(restyled, 'leadership-skills')).toEqual(MISSING);
    expect(areaOf(check(restyled), 'development-process').sectionFound).toBe(
      false,
    );
  });

  it('the "One-on-one cadence: Weekly" line copied under an area is not evidence', () => {
    const under = indexOfText(model, guidanceOf('leadership-training')) + 1;
    const copied = insertAt(model, under, para('One-on-one cadence: Weekly'));
    expect(evidenceOf(copied, 'leadership-training')).toEqual(MISSING);
  });

  it('the program’s text pasted under an area, introduction and headings too, is not evidence', () => {
    const lines = readFileSync(
      path.join(__dirname, '../fixtures/lead-mentorship-program.md'),
      'utf8',
    )
      .split('\n')
      .map(line => line.trim())
      .filter(line => line !== '');
    const under = indexOfText(model, guidanceOf('performance-review')) + 1;
    // Pasted without formatting: every line body text, headings and bullets included.
    const plain = insertAt(
      model,
      under,
      ...lines.map(line => para(line.replace(/^(#|•)\s*/, ''))),
    );
    // Pasted with formatting, its headings one level below the area's.
    const formatted = insertAt(
      model,
      under,
      ...lines.map(line =>
        line.startsWith('# ')
          ? h2(line.slice(2))
          : line.startsWith('•')
            ? bullet(line.replace(/^•\s*/, ''))
            : para(line),
      ),
    );
    for (const pasted of [plain, formatted]) {
      for (const area of PROGRAM.areas)
        expect([area.id, evidenceOf(pasted, area.id)]).toEqual([
          area.id,
          MISSING,
        ]);
    }
  });

  it('an earlier readiness summary moved under an area is not evidence', () => {
    const summary = readinessSummaryBlocks(
      check(model, '2026-10-01'),
      PROGRAM,
      '2026-10-01',
      'HEADING2',
    );
    const under = indexOfText(model, guidanceOf('one-on-ones')) + 1;
    const moved = insertAt(model, under, ...summary);
    expect(evidenceOf(moved, 'one-on-ones')).toEqual(MISSING);
    // As body text (the summary under a Heading 6 review heading is a bold line).
    const asBody = insertAt(
      model,
      under,
      ...summary.map(block => ({...block, heading: 'NORMAL' as const})),
    );
    expect(evidenceOf(asBody, 'one-on-ones')).toEqual(MISSING);
    // Writing after it still counts.
    const after = insertAt(
      moved,
      under + summary.length,
      para('Met Ana weekly.'),
    );
    expect(evidenceOf(after, 'one-on-ones').status).toBe('in-progress');
  });
});

/** A Doc at each stage of the program, with months of history and a gap in the one-on-one log. */
function docsAtEveryStage(): Array<{stage: Stage; model: DocumentModel}> {
  const withHistory = (model: DocumentModel) =>
    addEvidence(
      addEvidence(model, 'one-on-one-log', {today: '2026-09-01'}),
      'leadership-training',
      {kindId: 'training', today: '2026-10-02'},
    );
  const confirmed = withHistory(confirmedDoc());
  const agreed = bothAgree(confirmed);
  const inReview = apply(
    agreed,
    planScheduleReview(agreed, PROGRAM, '2026-12-15', TODAY),
  );
  const decided = (outcome: 'accepted' | 'further-actions') =>
    apply(
      inReview,
      planReviewOutcome(
        inReview,
        PROGRAM,
        outcome,
        ['Run the next retrospective', 'Hold a feedback conversation'],
        TODAY,
      ),
    );
  // An undated entry, and no one-on-one log: 'evidenced without a dated entry', 'not in the document'.
  const training = addEntry(setUp(), 'leadership-training', {
    kindId: 'training',
  });
  const undated = addEvidence(
    remove(
      typeOver(
        replace(training.model, training.heading, () =>
          h3('Training attended'),
        ),
        training.heading + 2,
        'Ran the hiring workshop.',
      ),
      indexOfText(training.model, 'Weekly One-on-One Log'),
    ),
    'performance-review',
    {today: '2026-10-02'},
  );
  return [
    {stage: 'collecting-evidence', model: setUp()},
    {stage: 'collecting-evidence', model: undated},
    {stage: 'collecting-evidence', model: withHistory(completeDoc())},
    {stage: 'collecting-evidence', model: confirmed},
    {stage: 'ready-to-share', model: agreed},
    {stage: 'in-review', model: inReview},
    {stage: 'actions-requested', model: decided('further-actions')},
    {
      stage: 'actions-requested',
      model: evidenceForAction(
        decided('further-actions'),
        'Run the next retrospective',
        TODAY,
      ),
    },
    {stage: 'collecting-evidence', model: actionsClosed()},
    {stage: 'accepted', model: decided('accepted')},
  ];
}

describe('an earlier summary’s lines, at every stage, after accidental edits', () => {
  const stages = docsAtEveryStage().map(({stage, model}) => ({
    stage,
    summary: readinessSummaryBlocks(check(model), PROGRAM, TODAY, 'HEADING3'),
  }));
  const model = setUp();
  const under = indexOfText(model, guidanceOf('one-on-ones')) + 1;
  /** No area has evidence, none covers a criterion, and the log has no entry. */
  const noEvidence = (edited: DocumentModel) => {
    const report = check(edited);
    return (
      report.areas.every(
        area => area.evidenceCount === 0 && area.status === 'missing',
      ) && report.oneOnOnes.entryCount === 0
    );
  };

  it('cover every stage and every kind of line', () => {
    expect(new Set(stages.map(({stage}) => stage)).size).toBe(5);
    const lines = stages.flatMap(({summary}) =>
      summary.map(block => block.text),
    );
    for (const words of [
      'Outcome of the leadership review on 2026-11-24: further targeted actions — Run the next retrospective (still open)',
      '(evidenced on 2026-11-24)',
      '(marked done on 2026-12-20)',
      'once the candidate and the sponsoring manager agree',
      'evidenced without a dated entry',
      'One-on-one log: not in the document',
      'gap longer than 2 weeks',
      'areas need more evidence',
      'need an entry confirmed by',
      'By month: Sep 2026',
    ])
      expect(lines.some(line => line.includes(words))).toBe(true);
  });

  it('each line alone under an area is not evidence (every word of the summary is known)', () => {
    for (const {stage, summary} of stages)
      for (const line of summary.filter(block => block.type !== 'table'))
        expect([
          stage,
          line.text,
          noEvidence(insertAt(model, under, line)),
        ]).toEqual([stage, line.text, true]);
  });

  it('joined by a backspace into the line before, whatever it is, are not evidence', () => {
    for (const {stage, summary} of stages) {
      const moved = insertAt(model, under, ...summary);
      // Into the guidance, the heading into the verdict, line into line, the next area's heading
      // into the last line; a paragraph after a table does not join it.
      for (let index = under; index <= under + summary.length; index += 1) {
        if (
          moved.blocks[index].type === 'table' ||
          moved.blocks[index - 1].type === 'table'
        )
          continue;
        const joined = joinWithPrevious(moved, index);
        expect([
          stage,
          joined.blocks[index - 1].text,
          noEvidence(joined),
        ]).toEqual([stage, joined.blocks[index - 1].text, true]);
      }
    }
  });

  it('joined with a prompt line or a character deleted, are not evidence', () => {
    const added = addEntry(setUp(), 'one-on-ones', {kindId: 'feedback'});
    const prompt = added.heading + 2;
    for (const {summary} of stages) {
      for (const line of summary.filter(block => block.type !== 'table')) {
        const moved = insertAt(added.model, prompt + 1, line);
        expect(noEvidence(joinWithPrevious(moved, prompt + 1))).toBe(true);
        expect(noEvidence(joinWithPrevious(moved, prompt + 2))).toBe(true);
        const damaged = insertAt(
          model,
          under,
          para(
            line.text.replace(/evidence|review|entr/u, match => match.slice(1)),
          ),
        );
        expect([line.text, noEvidence(damaged)]).toEqual([line.text, true]);
      }
    }
  });

  it('joined with a person’s line, leave the person’s writing counting', () => {
    const [verdict] = stages[0].summary.filter(block =>
      block.text.startsWith('Verdict'),
    );
    const written = para('Met Ana weekly to plan her growth.');
    for (const lines of [
      [written, verdict],
      [verdict, written],
    ]) {
      const joined = joinWithPrevious(
        insertAt(model, under, ...lines),
        under + 1,
      );
      expect(evidenceOf(joined, 'one-on-ones')).toEqual({
        status: 'in-progress',
        evidenceCount: 1,
        covered: [],
      });
    }
  });

  it('a person’s line that starts like one ("History: …") is their writing', () => {
    for (const line of [
      'History: the team had no retrospectives before I joined.',
      'Stage: we moved the team to two-week sprints.',
      'Verdict: the team liked the new stand-up.',
    ])
      expect(
        evidenceOf(
          insertAt(
            model,
            indexOfText(model, guidanceOf('development-process')) + 1,
            para(line),
          ),
          'development-process',
        ).status,
      ).toBe('in-progress');
  });
});

describe('reading a line against the template', () => {
  const template = templateText(['What you saw or heard, as facts.', 'Impact']);
  const read = (text: string) => readTemplate(template, words(text));

  it('takes whole texts, long runs and their edited forms as template', () => {
    expect(read('Impact').whole).toBe(true);
    expect(read('What you sw or heard, as facts. Impact').whole).toBe(true);
    expect(read('heard, as facts').whole).toBe(true);
    expect(read('facts').whole).toBe(false);
  });

  it('keeps a person’s words beside a long run', () => {
    expect(
      read('What you saw or heard, as facts: Ana was late').ownWords,
    ).toEqual(['ana', 'was', 'late']);
  });

  it('takes a generated line (a label, then known words) as template, joined either way round', () => {
    const generated = templateText(['What you saw or heard, as facts.'], {
      labels: ['Verdict'],
      openLabels: ['Open actions'],
      vocabulary: ['not ready yet: 2 of 5 areas need more evidence'],
    });
    const readGenerated = (text: string) =>
      readTemplate(generated, words(text));
    expect(
      readGenerated('Verdict: Not ready yet: 5 areas need more evidence.')
        .whole,
    ).toBe(true);
    expect(
      readGenerated(
        'What you saw or heard, as facts.Verdict: Not ready yet.Open actions: Call Ana',
      ).whole,
    ).toBe(true);
    expect(readGenerated('Verdict: not ready yet: Ana was late')).toEqual({
      whole: false,
      ownWords: ['verdict', 'not', 'ready', 'yet', 'ana', 'was', 'late'],
    });
    expect(
      readGenerated('Ana was late. Verdict: not ready yet, 5 areas need more')
        .ownWords,
    ).toEqual(['ana', 'was', 'late']);
    const hostile = 'verdict not open actions '.repeat(20_000);
    expect(readGenerated(hostile).whole).toBe(true);
  });

  it('reads a very long hostile line in one pass', () => {
    const hostile = 'what you saw or heard as facts '.repeat(20_000);
    expect(read(hostile).whole).toBe(true);
    expect(read(`${hostile} mine`).ownWords).toEqual(['mine']);
  });
});

describe('hostile lines', () => {
  it('a line of 20,000 entry headings joined end to end is read in one pass, as none of it writing', () => {
    const model = setUp();
    const under = indexOfText(model, guidanceOf('one-on-ones')) + 1;
    const joined = para(`${TODAY} · Gaining a shared context`.repeat(20_000));
    expect(evidenceOf(insertAt(model, under, joined), 'one-on-ones')).toEqual(
      MISSING,
    );
  });
});

describe('hostile headings', () => {
  it('a heading of 200,000 "(" is read in one pass, as no section', () => {
    const model = insertAt(setUp(), 0, h2('('.repeat(200_000)));
    expect(check(model).missingSections).toEqual([]);
  });
});
