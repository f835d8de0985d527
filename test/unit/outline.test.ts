import {
  buildOutline,
  matchCriteria,
  matchSection,
  sectionEntries,
} from '../../src/core/outline';
import {PROGRAM} from '../../src/core/program-data';
import {
  addEntry,
  asRead,
  blank,
  bullet,
  doc,
  grey,
  h1,
  h2,
  h3,
  image,
  joinWithPrevious,
  labelled,
  para,
  remove,
  setUp,
  table,
  title,
  TODAY,
  typeOver,
} from './fixtures';

const outlineOf = (model: ReturnType<typeof doc>) =>
  buildOutline(asRead(model).blocks, PROGRAM);

describe('recognising section headings', () => {
  it.each([
    ['Participate in an Annual Performance Review Cycle', 'performance-review'],
    [
      'Participate in an Annual Performance Review Cycle (from the people leader perspective)',
      'performance-review',
    ],
    ['ANNUAL PERFORMANCE REVIEW', 'performance-review'],
    ['1. Annual performance review', 'performance-review'],
    ['Performance reviews', 'performance-review'],
    ['One-on-ones', 'one-on-ones'],
    ['2) one on ones', 'one-on-ones'],
    ['1:1s', 'one-on-ones'],
    ['Organize and complete regularly scheduled one-on-ones', 'one-on-ones'],
    ['Leadership training', 'leadership-training'],
    ['III. Company Leadership Training', 'leadership-training'],
    ['People leadership skills', 'leadership-skills'],
    [
      'Demonstrate and provide evidence of developing people leadership skills!',
      'leadership-skills',
    ],
    ['Development process', 'development-process'],
    ['Own the team’s development process', 'development-process'],
    ['Weekly one-on-one log', 'one-on-one-log'],
    ['One-on-one log', 'one-on-one-log'],
    ['Weekly 1:1 log', 'one-on-one-log'],
    ['Weekly one-on-ones', 'one-on-one-log'],
    ['Review and recommendation', 'review'],
    ['Review & Recommendation', 'review'],
  ])('reads "%s" as %s', (text, sectionId) => {
    expect(matchSection(PROGRAM, text)).toBe(sectionId);
  });

  it.each([
    'Meeting notes',
    'Review',
    'Training',
    'Leadership',
    'Process',
    'Code review checklist',
    'Recommendations',
    'Skills matrix',
    'Team',
    'A Sample LMP Template',
    'Program Contents',
    '',
  ])('never reads the unrelated heading "%s" as a section', text => {
    expect(matchSection(PROGRAM, text)).toBeNull();
  });
});

it('matches a one-word name an organisation adds only as the whole heading', () => {
  const program = JSON.parse(JSON.stringify(PROGRAM)) as typeof PROGRAM;
  program.areas[2].aliases.push('Training');
  expect(matchSection(program, '3. Training')).toBe('leadership-training');
  expect(matchSection(program, 'Training budget for next year')).toBeNull();
});

describe('recognising criteria in entry headings', () => {
  it('matches labels and aliases, regardless of case and plural', () => {
    expect(matchCriteria(PROGRAM, 'one-on-ones', ' · Building trust')).toEqual([
      'building-trust',
    ]);
    expect(
      matchCriteria(
        PROGRAM,
        'one-on-ones',
        ' · trust and career growth with Sam',
      ),
    ).toEqual(['building-trust', 'career-growth']);
    expect(matchCriteria(PROGRAM, 'one-on-ones', ' · General')).toEqual([]);
    expect(
      matchCriteria(PROGRAM, 'development-process', ' · Sprint retros'),
    ).toEqual(['sprint-ceremonies']);
    expect(
      matchCriteria(PROGRAM, 'development-process', ' · Daily stand-up'),
    ).toEqual(['daily-stand-up']);
  });

  it('lets the more specific name win where names overlap', () => {
    expect(
      matchCriteria(
        PROGRAM,
        'development-process',
        ' · Program increment planning',
      ),
    ).toEqual(['increment-planning']);
    expect(
      matchCriteria(PROGRAM, 'development-process', ' · PI planning'),
    ).toEqual(['increment-planning']);
    expect(
      matchCriteria(
        PROGRAM,
        'leadership-skills',
        ' · Informal feedback on Slack',
      ),
    ).toEqual(['informal-feedback']);
  });

  it('reads criteria only from the section they belong to', () => {
    expect(
      matchCriteria(PROGRAM, 'performance-review', ' · Building trust'),
    ).toEqual([]);
    expect(matchCriteria(PROGRAM, 'nowhere', ' · Building trust')).toEqual([]);
  });
});

describe('the outline of a document', () => {
  it('finds every part of a freshly set-up document, with guidance and no entries', () => {
    const model = setUp();
    const outline = outlineOf(model);
    expect(outline.titleIndex).toBe(0);
    expect([...outline.participants.keys()]).toEqual(
      PROGRAM.participants.map(field => field.id),
    );
    for (const [sectionId, occurrences] of outline.sections) {
      expect(occurrences).toHaveLength(1);
      const [occurrence] = occurrences;
      expect(model.blocks[occurrence.headingIndex].heading).toBe('HEADING1');
      expect(occurrence.guidanceIndex).toBe(occurrence.headingIndex + 1);
      expect(occurrence.looseWriting).toBe(false);
      expect(occurrence.entries).toEqual([]);
      expect(sectionId).toBe(occurrence.sectionId);
    }
  });

  it('reads an entry added by the add-on: date, criterion, recorder, kind, and no writing yet', () => {
    const added = addEntry(setUp(), 'one-on-ones', {
      criterionId: 'building-trust',
      kindId: 'feedback',
      role: 'manager',
    });
    const [entry] = sectionEntries(outlineOf(added.model), 'one-on-ones');
    expect(entry).toEqual({
      start: added.heading,
      end: added.heading + 5,
      title: '2026-11-24 · Building trust',
      sectionId: 'one-on-ones',
      underItsHeading: true,
      date: '2026-11-24',
      criterionIds: ['building-trust'],
      recorder: 'manager',
      kindId: 'feedback',
      hasWriting: false,
      // Nothing written yet: every prompt still waits for its answer.
      writingLength: 0,
      unanswered: ['Observe', 'Impact', 'Request'],
    });
  });

  it('sees writing typed over a prompt, in plain or in the prompt grey', () => {
    const added = addEntry(setUp(), 'one-on-ones');
    const plain = typeOver(
      added.model,
      added.heading + 3,
      'Sam now brings problems early.',
    );
    expect(sectionEntries(outlineOf(plain), 'one-on-ones')[0].hasWriting).toBe(
      true,
    );
    const inGrey = typeOver(
      added.model,
      added.heading + 2,
      'We met for coffee and talked about goals.',
      '#80868b',
    );
    expect(sectionEntries(outlineOf(inGrey), 'one-on-ones')[0].hasWriting).toBe(
      true,
    );
  });

  it('does not take a partly deleted prompt, a lone label or a prompt restyled black for writing', () => {
    const added = addEntry(setUp(), 'one-on-ones');
    const at = added.heading + 2;
    const variants = [
      typeOver(added.model, at, 'what you did.', '#80868b'),
      typeOver(added.model, at, ''),
      typeOver(added.model, at, 'Describe the situation and what you did.'),
      typeOver(added.model, at, '   '),
    ];
    for (const model of variants) {
      expect(
        sectionEntries(outlineOf(model), 'one-on-ones')[0].hasWriting,
      ).toBe(false);
    }
  });

  it('ends a section at the next heading of its level, and ignores what follows until a known one', () => {
    const model = doc(
      h1('One-on-ones'),
      para('Weekly with Sam and Priya.'),
      h2('Notes'),
      para('Inside: a sub-heading belongs to the section.'),
      h1('Unrelated chapter'),
      para('Outside any section.'),
      h1('Leadership training'),
    );
    const outline = outlineOf(model);
    const [oneOnOnes] = outline.sections.get('one-on-ones') ?? [];
    expect(oneOnOnes).toMatchObject({
      headingIndex: 0,
      end: 4,
      appendIndex: 4,
      looseWriting: true,
    });
    expect(outline.sections.get('leadership-training')?.[0]).toMatchObject({
      headingIndex: 6,
      looseWriting: false,
    });
  });

  it('starts a new section at a known heading even when it is deeper', () => {
    const model = doc(
      h1('One-on-ones'),
      h2('Leadership training'),
      para('Attended the course.'),
    );
    const outline = outlineOf(model);
    expect(outline.sections.get('one-on-ones')?.[0]).toMatchObject({
      end: 1,
      looseWriting: false,
    });
    expect(outline.sections.get('leadership-training')?.[0]).toMatchObject({
      looseWriting: true,
    });
  });

  it('keeps a dated heading of the section level inside the section as an entry', () => {
    const model = doc(
      h2('One-on-ones'),
      h2('2026-10-01 · Building trust'),
      para('Talked about how we work.'),
    );
    const entries = sectionEntries(outlineOf(model), 'one-on-ones');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      criterionIds: ['building-trust'],
      recorder: null,
      hasWriting: true,
    });
  });

  it('reads every occurrence of a duplicated heading, entries counted across them in order', () => {
    let model = setUp();
    model = addEntry(model, 'one-on-ones', {
      criterionId: 'building-trust',
    }).model;
    model = {
      blocks: [
        ...model.blocks,
        h1('One-on-Ones'),
        h3('2026-11-30 · Solving problems'),
        para('Unblocked the deploy.'),
      ],
    };
    const outline = outlineOf(model);
    expect(outline.sections.get('one-on-ones')).toHaveLength(2);
    expect(
      sectionEntries(outline, 'one-on-ones').map(entry => entry.criterionIds),
    ).toEqual([['building-trust'], ['solving-problems']]);
  });

  it('starts an entry at a meta line left behind when the heading was deleted', () => {
    const added = addEntry(setUp(), 'leadership-skills', {
      kindId: 'feedback',
      role: 'manager',
    });
    const headless = {
      blocks: added.model.blocks.filter((_, index) => index !== added.heading),
    };
    const [entry] = sectionEntries(outlineOf(headless), 'leadership-skills');
    expect(entry).toMatchObject({
      date: null,
      recorder: 'manager',
      kindId: 'feedback',
      hasWriting: false,
    });
    expect(entry.title).toBe('Recorded by: Sponsoring manager · Feedback');
  });

  it('keeps a second meta line from merging two entries', () => {
    const model = doc(
      h1('Leadership skills'),
      h3('2026-10-01 · Mentoring'),
      para('Recorded by: Candidate · General'),
      para('Paired with a new hire every morning.'),
      para('Recorded by: Sponsoring manager · Feedback'),
      labelled('Observe', 'What you saw or heard, as facts.', '#80868b'),
    );
    const entries = sectionEntries(outlineOf(model), 'leadership-skills');
    expect(entries.map(entry => [entry.recorder, entry.hasWriting])).toEqual([
      ['candidate', true],
      ['manager', false],
    ]);
  });

  it('reads a meta line naming nobody as an unknown recorder', () => {
    const model = doc(
      h1('One-on-ones'),
      h3('2026-10-01 · Trust'),
      para('Recorded by: Alex'),
      para('We met.'),
    );
    expect(sectionEntries(outlineOf(model), 'one-on-ones')[0]).toMatchObject({
      recorder: null,
      kindId: null,
    });
  });

  it('counts tables, list items and images inside a section as writing', () => {
    for (const content of [
      table('Sprint\tVelocity\n12\t30'),
      bullet('Ran planning'),
      image(),
    ]) {
      const model = doc(
        h1('Development process'),
        grey(PROGRAM.areas[4].guidance),
        content,
      );
      expect(
        outlineOf(model).sections.get('development-process')?.[0].looseWriting,
      ).toBe(true);
    }
    const emptyTable = doc(
      h1('Development process'),
      table('\t\n\t'),
      bullet(''),
    );
    expect(
      outlineOf(emptyTable).sections.get('development-process')?.[0]
        .looseWriting,
    ).toBe(false);
  });

  it('takes the first grey line under a heading as guidance when it is what is left of the guidance', () => {
    const model = doc(
      h1('One-on-ones'),
      blank(),
      grey('How your one-on-ones build trust, gain a shared context'),
      grey('Typed in grey.'),
    );
    const [occurrence] = outlineOf(model).sections.get('one-on-ones') ?? [];
    expect(occurrence.guidanceIndex).toBe(2);
    expect(occurrence.looseWriting).toBe(true);
  });

  it('reads writing typed over the guidance, still in its grey style, as writing', () => {
    const model = doc(
      h1('One-on-ones'),
      grey('Weekly with Sam since March; we agreed on a shared board.'),
    );
    const [occurrence] = outlineOf(model).sections.get('one-on-ones') ?? [];
    expect(occurrence.guidanceIndex).toBeNull();
    expect(occurrence.looseWriting).toBe(true);
  });

  it('finds the title and participants lines wherever they stand, and an empty title is no title', () => {
    const outline = outlineOf(
      doc(
        title(''),
        para('Notes'),
        para('Start date: 2026-09-01'),
        h1('One-on-ones'),
        para('candidate : Alex'),
      ),
    );
    expect(outline.titleIndex).toBeNull();
    expect(outline.participants.get('start-date')).toBe(2);
    expect(outline.participants.get('candidate')).toBe(4);
    expect(outline.contentEnd).toBe(5);
  });

  it('appends before blank lines that end a section', () => {
    const model = doc(
      h1('One-on-ones'),
      grey('Guidance'),
      para('Met weekly.'),
      blank(),
      blank(),
      h1('Leadership training'),
    );
    expect(outlineOf(model).sections.get('one-on-ones')?.[0]).toMatchObject({
      appendIndex: 3,
      end: 5,
    });
  });
});

describe('sub-headings that mention another area', () => {
  it('keep the writing below them in the section they stand in', () => {
    const model = doc(
      h1('Leadership skills'),
      h2('Improving our team development process'),
      para('I redesigned the intake process with the team.'),
      h1('Development process'),
    );
    const outline = outlineOf(model);
    expect(outline.sections.get('leadership-skills')?.[0]).toMatchObject({
      end: 3,
      looseWriting: true,
    });
    expect(outline.sections.get('development-process')).toEqual([
      expect.objectContaining({headingIndex: 3, looseWriting: false}),
    ]);
  });

  it('keep "Week 3 one-on-one" in the weekly log, not the One-on-ones area', () => {
    const model = doc(
      h1('One-on-ones'),
      h1('Weekly one-on-one log'),
      h2('Week 3 one-on-one'),
      para('Talked about the hiring plan.'),
    );
    const outline = outlineOf(model);
    expect(outline.sections.get('one-on-ones')).toHaveLength(1);
    expect(outline.sections.get('one-on-one-log')?.[0]).toMatchObject({
      end: 4,
      looseWriting: true,
    });
  });

  it('still start a section at the section level or higher, or outside any section', () => {
    const atSameLevel = outlineOf(
      doc(
        h1('Leadership skills'),
        para('Mentored Ana.'),
        h1('Improving our team development process'),
        para('Ran the retros.'),
      ),
    );
    expect(atSameLevel.sections.get('development-process')?.[0]).toMatchObject({
      headingIndex: 2,
      looseWriting: true,
    });
    const outside = outlineOf(
      doc(
        h1('Notes'),
        h2('Improving our team development process'),
        para('Ran the retros.'),
      ),
    );
    expect(outside.sections.get('development-process')?.[0]).toMatchObject({
      headingIndex: 1,
      looseWriting: true,
    });
  });
});

describe('entries written by hand', () => {
  it('starts an entry at a heading dated in a common unambiguous form', () => {
    const model = doc(
      h1('One-on-ones'),
      h3('Mon 12 Jan 2026 · Building trust'),
      para('Walked through how we give feedback.'),
      h3('January 19, 2026 — Career growth'),
      para('Talked about the staff engineer path.'),
      h3('12/01/2026 Solving problems'),
      para('Not a date anyone can read one way only.'),
    );
    const entries = sectionEntries(outlineOf(model), 'one-on-ones');
    expect(
      entries.map(entry => [entry.date, entry.criterionIds, entry.end]),
    ).toEqual([
      ['2026-01-12', ['building-trust'], 3],
      // '12/01/2026' is no date: that heading is a sub-heading of the entry before it.
      ['2026-01-19', ['career-growth', 'solving-problems'], 7],
    ]);
  });

  it('reads dated paragraphs in the log as one-on-ones, the lines under them as theirs', () => {
    const model = doc(
      h1('Weekly one-on-one log'),
      para('We meet on Tuesdays.'),
      para('12 Jan 2026: roadmap.'),
      bullet('Sam owns the job ad.'),
      para('19 January 2026'),
      para('26 Jan 2026'),
      bullet('Hiring plan.'),
    );
    const [log] = outlineOf(model).sections.get('one-on-one-log') ?? [];
    expect(log.looseWriting).toBe(true);
    expect(
      log.entries.map(entry => [entry.date, entry.hasWriting, entry.end]),
    ).toEqual([
      ['2026-01-12', true, 4],
      ['2026-01-19', false, 5],
      ['2026-01-26', true, 7],
    ]);
  });

  it('keeps a line dated like its entry inside that entry', () => {
    const model = doc(
      h1('Weekly one-on-one log'),
      h3('2026-01-12 · One-on-one'),
      para('Recorded by: Candidate · One-on-one'),
      para('2026-01-12: roadmap (Topics label deleted).'),
      para('14 Jan 2026: a follow-up call.'),
    );
    const entries = sectionEntries(outlineOf(model), 'one-on-one-log');
    expect(entries.map(entry => [entry.date, entry.hasWriting])).toEqual([
      ['2026-01-12', true],
      ['2026-01-14', true],
    ]);
  });

  it('reads areas dated paragraphs as writing, not entries', () => {
    const model = doc(
      h1('Leadership training'),
      para('12 Jan 2026: a course.'),
    );
    const [area] = outlineOf(model).sections.get('leadership-training') ?? [];
    expect(area.entries).toEqual([]);
    expect(area.looseWriting).toBe(true);
  });

  it('takes an undated sub-heading followed by a meta line as that entry’s heading', () => {
    const model = doc(
      h1('One-on-ones'),
      h3('Building trust'),
      para('Recorded by: Candidate · General'),
      labelled('What happened', 'We agreed how to disagree.'),
    );
    const [area] = outlineOf(model).sections.get('one-on-ones') ?? [];
    expect(area.looseWriting).toBe(false);
    expect(area.entries).toEqual([
      expect.objectContaining({
        start: 1,
        title: 'Building trust',
        date: null,
        criterionIds: ['building-trust'],
        recorder: 'candidate',
        hasWriting: true,
      }),
    ]);
  });
});

describe('criteria named by writing', () => {
  it('counts the label or a phrase of two words or more in the opening of a paragraph', () => {
    const model = doc(
      h1('One-on-ones'),
      para('Building trust: weekly 1:1s with Ana.'),
      h3('2026-10-01 · General'),
      labelled('What happened', 'We set up a shared context doc for the team.'),
    );
    const [area] = outlineOf(model).sections.get('one-on-ones') ?? [];
    expect(area.looseCriterionIds).toEqual(['building-trust']);
    expect(area.entries[0].criterionIds).toEqual(['shared-context']);
  });

  it('ignores single common words, prompts and what stands past the opening', () => {
    const model = doc(
      h1('One-on-ones'),
      para('We built trust, shared some context and talked about her career.'),
      para(
        `${'We met every week and went through the board. '.repeat(5)}Solving problems came last.`,
      ),
      h3('2026-10-01 · General'),
      labelled(
        'What happened',
        'Describe the situation and what you did.',
        '#80868b',
      ),
      para('Recorded by: Candidate · General'),
      para('Gaining a shared context'),
    );
    const [area] = outlineOf(model).sections.get('one-on-ones') ?? [];
    expect(area.looseWriting).toBe(true);
    expect(area.looseCriterionIds).toEqual([]);
    expect(area.entries.map(entry => entry.criterionIds)).toEqual([
      [],
      ['shared-context'],
    ]);
  });
});

describe('an entry heading joined to another line by a backspace', () => {
  /** One-on-ones with a written entry on building trust, then one (written or not) on problems. */
  const twoEntries = (second: 'written' | 'draft') => {
    const first = addEntry(setUp(), 'one-on-ones', {
      criterionId: 'building-trust',
      today: '2026-10-01',
    });
    const written = typeOver(first.model, first.heading + 2, 'We met weekly.');
    const next = addEntry(written, 'one-on-ones', {
      criterionId: 'solving-problems',
      role: 'manager',
      kindId: 'feedback',
    });
    return {
      model:
        second === 'written'
          ? typeOver(next.model, next.heading + 2, 'Ana unblocked the release.')
          : next.model,
      heading: next.heading,
    };
  };
  const entriesOf = (model: ReturnType<typeof doc>) =>
    sectionEntries(outlineOf(model), 'one-on-ones').map(entry => ({
      date: entry.date,
      criterionIds: entry.criterionIds,
      recorder: entry.recorder,
      kindId: entry.kindId,
      hasWriting: entry.hasWriting,
    }));

  it('into the line before it, still heads its entry (date, criterion), and is not that line’s writing', () => {
    const {model, heading} = twoEntries('written');
    const joined = joinWithPrevious(model, heading);
    // The line before is the first entry's last prompt line: '…learned. 2026-11-24 · Solving problems'.
    expect(joined.blocks[heading - 1].text).toMatch(
      / 2026-11-24 · Solving problems$/,
    );
    expect(entriesOf(joined)).toEqual(entriesOf(model));
  });

  it('into the area’s heading, leaves the area found and the entry counting', () => {
    const added = addEntry(setUp(), 'leadership-training', {
      kindId: 'training',
      criterionId: 'training-attended',
    });
    const model = typeOver(added.model, added.heading + 2, 'Hiring workshop.');
    const guidance = added.heading - 1;
    const joined = joinWithPrevious(remove(model, guidance), guidance);
    expect(joined.blocks[guidance - 1]).toMatchObject({
      heading: 'HEADING1',
      text: `Participate in Company Leadership Training${TODAY} · Training attended`,
    });
    const [entry] = sectionEntries(outlineOf(joined), 'leadership-training');
    expect(entry).toMatchObject({
      date: TODAY,
      criterionIds: ['training-attended'],
      hasWriting: true,
      underItsHeading: true,
    });
  });

  it('with the line after it joined in (its meta line), keeps its date, criterion, recorder and kind', () => {
    for (const second of ['written', 'draft'] as const) {
      const {model, heading} = twoEntries(second);
      const joined = joinWithPrevious(model, heading + 1);
      expect(joined.blocks[heading].text).toBe(
        `${TODAY} · Solving problemsRecorded by: Sponsoring manager · Feedback`,
      );
      expect(entriesOf(joined)).toEqual(entriesOf(model));
    }
  });

  it('is read apart from a heading people wrote whose topic only starts like a label', () => {
    const model = setUp(
      doc(
        h1('Participate in Company Leadership Training'),
        h3('2026-09-01 · Trainings on hiring, with the recruiting team'),
        para('We ran four sessions.'),
      ),
    );
    const [entry] = sectionEntries(outlineOf(model), 'leadership-training');
    expect(entry.title).toBe(
      '2026-09-01 · Trainings on hiring, with the recruiting team',
    );
    expect(entry.criterionIds).toEqual(['training-attended']);
  });
});
