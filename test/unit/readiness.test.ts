import type {Block, DocumentModel} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {computeReadiness} from '../../src/core/readiness';
import {
  addEntry,
  addEvidence,
  areaOf,
  blank,
  bullet,
  check,
  completeDoc,
  confirmEntry,
  confirmedDoc,
  doc,
  grey,
  h1,
  h2,
  h3,
  image,
  indexOfText,
  insertAt,
  labelled,
  para,
  remove,
  replace,
  runs,
  setUp,
  table,
  title,
  TODAY,
  typeOver,
  RECOMMENDATION_LEFT,
} from './fixtures';

describe('a freshly set-up document', () => {
  const report = check(setUp());

  it('has every area missing, with no evidence and no drafts', () => {
    for (const area of report.areas) {
      expect(area).toMatchObject({
        status: 'missing',
        sectionFound: true,
        sectionCount: 1,
        evidenceCount: 0,
        newestEvidence: null,
        stale: false,
        drafts: [],
        recordedBy: {candidate: 0, manager: 0, unknown: 0},
      });
      expect(area.criteria.every(criterion => !criterion.covered)).toBe(true);
      // Nothing to add beyond the fields: the section is there, once.
      expect(area.notes).toEqual([]);
    }
    expect(report.missingSections).toEqual([]);
  });

  it('is not ready, and lists every area as left', () => {
    expect(report.verdict.ready).toBe(false);
    expect(report.verdict.headline).toBe(
      'Not ready yet: 5 of 5 areas need more evidence',
    );
    expect(report.verdict.left).toEqual([
      'Performance review: no evidence yet',
      'One-on-ones: no evidence yet',
      'Leadership training: no evidence yet',
      'Leadership skills: no evidence yet',
      'Development process: no evidence yet',
    ]);
    expect(report.verdict.flagged).toEqual(['One-on-one log: no entries yet']);
    expect(report.oneOnOnes).toMatchObject({
      sectionFound: true,
      entryCount: 0,
      lastDate: null,
      gaps: [],
    });
    expect(report.oneOnOnes.notes).toEqual([]);
  });

  it('crosses google.script.run: plain data only', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('entries added but untouched', () => {
  let model = setUp();
  const first = addEntry(model, 'one-on-ones', {
    criterionId: 'building-trust',
    kindId: 'feedback',
  });
  model = first.model;
  model = addEntry(model, 'one-on-ones', {
    criterionId: 'solving-problems',
  }).model;
  model = addEntry(model, 'one-on-one-log').model;
  const report = check(model);

  it('are drafts, not evidence', () => {
    const oneOnOnes = areaOf(report, 'one-on-ones');
    expect(oneOnOnes.status).toBe('missing');
    expect(oneOnOnes.evidenceCount).toBe(0);
    expect(oneOnOnes.drafts).toEqual([
      {
        sectionId: 'one-on-ones',
        entryIndex: 0,
        title: '2026-11-24 · Building trust',
        criterionIds: ['building-trust'],
      },
      {
        sectionId: 'one-on-ones',
        entryIndex: 1,
        title: '2026-11-24 · Solving problems',
        criterionIds: ['solving-problems'],
      },
    ]);
    // The drafts are in the report's fields, not repeated as notes.
    expect(oneOnOnes.notes).toEqual([]);
    expect(report.oneOnOnes.entryCount).toBe(0);
    expect(report.oneOnOnes.drafts).toHaveLength(1);
    expect(report.verdict.flagged).toContain('3 entries are still a draft');
  });

  it('become evidence once a prompt is replaced with writing', () => {
    const written = typeOver(
      model,
      first.heading + 2,
      'Sam told me about the outage she was worried about.',
    );
    const oneOnOnes = areaOf(check(written), 'one-on-ones');
    expect(oneOnOnes.status).toBe('in-progress');
    expect(oneOnOnes.evidenceCount).toBe(1);
    expect(oneOnOnes.recordedBy).toEqual({
      candidate: 1,
      manager: 0,
      unknown: 0,
    });
    expect(
      oneOnOnes.criteria
        .filter(criterion => criterion.covered)
        .map(criterion => criterion.id),
    ).toEqual(['building-trust']);
    expect(oneOnOnes.drafts.map(draft => draft.entryIndex)).toEqual([1]);
    expect(oneOnOnes.status).toBe('in-progress');
    expect(oneOnOnes.newestEvidence).toBe(TODAY);
  });
});

describe('the rules per area', () => {
  it("'each': evidenced only when every criterion has writing", () => {
    let model = setUp();
    for (const criterionId of [
      'building-trust',
      'shared-context',
      'career-growth',
    ]) {
      model = addEvidence(model, 'one-on-ones', {criterionId});
    }
    expect(areaOf(check(model), 'one-on-ones').status).toBe('in-progress');
    model = addEvidence(model, 'one-on-ones', {
      criterionId: 'solving-problems',
      role: 'manager',
    });
    const area = areaOf(check(model), 'one-on-ones');
    expect(area.status).toBe('evidenced');
    expect(area.recordedBy).toEqual({candidate: 3, manager: 1, unknown: 0});
  });

  it("'each': a general entry is evidence but covers no criterion", () => {
    const area = areaOf(
      check(addEvidence(setUp(), 'performance-review')),
      'performance-review',
    );
    expect(area).toMatchObject({status: 'in-progress', evidenceCount: 1});
    expect(area.criteria.some(criterion => criterion.covered)).toBe(false);
  });

  it("'at-least-one': one training completes the area", () => {
    const model = addEvidence(
      setUp(),
      'leadership-training',
      {kindId: 'training'},
      'Leading through change, by HR',
    );
    const area = areaOf(check(model), 'leadership-training');
    expect(area.status).toBe('evidenced');
    expect(area.criteria).toEqual([
      {id: 'training-attended', label: 'Training attended', covered: true},
    ]);
  });

  it("'examples': any evidence completes the area, and coverage shows what it touched", () => {
    const model = addEvidence(setUp(), 'leadership-skills', {
      criterionId: 'recruiting',
    });
    const area = areaOf(check(model), 'leadership-skills');
    expect(area.status).toBe('evidenced');
    expect(
      area.criteria
        .filter(criterion => criterion.covered)
        .map(criterion => criterion.id),
    ).toEqual(['recruiting']);
  });

  it('counts an entry that names two criteria in its heading for both', () => {
    let model = setUp();
    const added = addEntry(model, 'development-process');
    model = replace(added.model, added.heading, block => ({
      ...block,
      text: '2026-11-20 · Stand-up and retro',
      runs: [{text: '2026-11-20 · Stand-up and retro'}],
    }));
    model = typeOver(
      model,
      added.heading + 2,
      'Moved stand-up to 9:30, ran the retro with a new format.',
    );
    const area = areaOf(check(model), 'development-process');
    expect(
      area.criteria
        .filter(criterion => criterion.covered)
        .map(criterion => criterion.id),
    ).toEqual(['daily-stand-up', 'sprint-ceremonies']);
    expect(area.newestEvidence).toBe('2026-11-20');
  });
});

describe('writing typed without the add-on', () => {
  it('counts under an area heading, recorder unknown and undated', () => {
    const model = setUp();
    const heading = indexOfText(
      model,
      'Participate in Company Leadership Training',
    );
    const edited = insertAt(
      model,
      heading + 2,
      para('Went to the two-day "New managers" course in October.'),
    );
    const area = areaOf(check(edited), 'leadership-training');
    expect(area).toMatchObject({
      status: 'evidenced',
      evidenceCount: 1,
      newestEvidence: null,
      stale: false,
    });
    expect(area.recordedBy).toEqual({candidate: 0, manager: 0, unknown: 1});
    // Undated, it can never go stale: the check says so rather than staying silent.
    expect(area.notes).toEqual([
      'No evidence is dated, so its freshness cannot be checked',
    ]);
    const dated = addEvidence(
      edited,
      'leadership-training',
      {kindId: 'training'},
      'Leading through change.',
    );
    expect(areaOf(check(dated), 'leadership-training').notes).toEqual([]);
  });

  it('counts in a document that never ran Set up, with its own headings', () => {
    const model = doc(
      title('Alex — LMP'),
      h1('1. One-on-ones'),
      h2('Building trust'),
      para('Weekly coffee chats.'),
      h1('Random thoughts'),
      para('Not part of any area.'),
    );
    const report = check(model);
    expect(areaOf(report, 'one-on-ones')).toMatchObject({
      status: 'in-progress',
      evidenceCount: 1,
    });
    expect(report.areas.filter(area => area.evidenceCount > 0)).toHaveLength(1);
    expect(report.missingSections).toEqual([
      'Participants',
      'Participate in an Annual Performance Review Cycle',
      'Participate in Company Leadership Training',
      'Demonstrate and Provide Evidence of Developing People Leadership Skills',
      "Own the Team's Development Process",
      'Weekly One-on-One Log',
      'Review and Recommendation',
    ]);
  });

  it('never counts the guidance line, even restyled black', () => {
    const model = setUp();
    const guidance = indexOfText(model, 'How your one-on-ones');
    const black = replace(model, guidance, block => ({
      ...block,
      runs: [{text: block.text}],
    }));
    expect(areaOf(check(black), 'one-on-ones').evidenceCount).toBe(0);
  });

  it('counts tables, lists and images mixed into a section', () => {
    const model = setUp();
    const at = (name: string) => indexOfText(model, name) + 2;
    let edited = insertAt(
      model,
      at("Own the Team's Development Process"),
      table('Sprint\tGoal\n41\tRelease 2.3'),
    );
    edited = insertAt(
      edited,
      indexOfText(edited, 'Organize and Complete') + 2,
      bullet('Weekly with each report'),
    );
    edited = insertAt(
      edited,
      indexOfText(edited, 'Participate in an Annual') + 2,
      image(),
    );
    const report = check(edited);
    for (const id of [
      'development-process',
      'one-on-ones',
      'performance-review',
    ]) {
      expect(areaOf(report, id).evidenceCount).toBe(1);
    }
  });
});

describe('headings people renamed, re-cased, moved, duplicated or deleted', () => {
  it('still reads a renamed and re-cased heading', () => {
    let model = addEvidence(setUp(), 'one-on-ones', {
      criterionId: 'building-trust',
    });
    const heading = indexOfText(model, 'Organize and Complete');
    model = replace(model, heading, block => ({
      ...block,
      heading: 'HEADING2',
      text: '2. ONE-ON-ONES',
      runs: [{text: '2. ONE-ON-ONES'}],
    }));
    expect(areaOf(check(model), 'one-on-ones')).toMatchObject({
      sectionFound: true,
      evidenceCount: 1,
    });
  });

  it('reads a section moved elsewhere in the document', () => {
    let model = addEvidence(setUp(), 'leadership-training', {
      kindId: 'training',
    });
    const start = indexOfText(
      model,
      'Participate in Company Leadership Training',
    );
    const end = indexOfText(model, 'Demonstrate and Provide');
    const moved = model.blocks.slice(start, end);
    model = {
      blocks: [
        ...model.blocks.slice(0, start),
        ...model.blocks.slice(end),
        ...moved,
      ],
    };
    const report = check(model);
    expect(areaOf(report, 'leadership-training')).toMatchObject({
      status: 'evidenced',
      sectionCount: 1,
    });
    expect(report.missingSections).toEqual([]);
  });

  it('reads all occurrences of a duplicated heading, and says so', () => {
    let model = addEvidence(setUp(), 'one-on-ones', {
      criterionId: 'building-trust',
    });
    model = insertAt(
      model,
      model.blocks.length - 1,
      h1('One-on-ones'),
      h3('2026-11-10 · Gaining a shared context'),
      para('Shared the roadmap.'),
    );
    const area = areaOf(check(model), 'one-on-ones');
    expect(area.sectionCount).toBe(2);
    expect(area.evidenceCount).toBe(2);
    expect(area.notes).toContain('Heading appears 2 times; all are read');
  });

  it('reports a deleted heading as a missing section that Set up will restore', () => {
    const model = setUp();
    const report = check(
      remove(model, indexOfText(model, "Own the Team's Development Process")),
    );
    const area = areaOf(report, 'development-process');
    expect(area).toMatchObject({
      status: 'missing',
      sectionFound: false,
      sectionCount: 0,
    });
    expect(area.notes).toContain('Section missing — Set up will restore it');
    expect(report.missingSections).toEqual([
      "Own the Team's Development Process",
    ]);
    expect(report.verdict.left).toContain(
      'Development process: section missing — Set up will restore it',
    );
  });

  it('reports missing log and review sections as flags', () => {
    const model = setUp();
    const without = remove(
      model,
      indexOfText(model, 'Weekly One-on-One Log'),
      indexOfText(model, 'Review and Recommendation'),
    );
    const report = check(without);
    expect(report.oneOnOnes.sectionFound).toBe(false);
    expect(report.oneOnOnes.notes).toContain(
      'Section missing — Set up will restore it',
    );
    expect(report.verdict.flagged).toEqual([
      'One-on-one log: section missing — Set up will restore it',
      'Review and Recommendation: section missing — Set up will restore it',
    ]);
  });
});

describe('half-deleted entries', () => {
  const added = addEntry(setUp(), 'one-on-ones', {
    criterionId: 'career-growth',
    kindId: 'feedback',
    role: 'manager',
  });

  it('with the heading gone but the meta line left: a draft, then evidence once written', () => {
    const headless = remove(added.model, added.heading);
    const area = areaOf(check(headless), 'one-on-ones');
    expect(area.drafts).toEqual([
      {
        sectionId: 'one-on-ones',
        entryIndex: 0,
        title: 'Recorded by: Sponsoring manager · Feedback',
        criterionIds: [],
      },
    ]);
    const written = typeOver(
      headless,
      added.heading + 1,
      'Mapped out her path to senior engineer.',
    );
    expect(areaOf(check(written), 'one-on-ones')).toMatchObject({
      evidenceCount: 1,
      recordedBy: {candidate: 0, manager: 1, unknown: 0},
      newestEvidence: null,
      status: 'in-progress',
    });
  });

  it('with labels left and prompts deleted: still a draft', () => {
    let model = added.model;
    for (let offset = 2; offset <= 4; offset += 1)
      model = typeOver(model, added.heading + offset, '');
    expect(areaOf(check(model), 'one-on-ones')).toMatchObject({
      evidenceCount: 0,
      status: 'missing',
    });
    expect(areaOf(check(model), 'one-on-ones').drafts).toHaveLength(1);
  });

  it('with the meta line gone: evidence recorded by someone unknown', () => {
    const model = typeOver(
      remove(added.model, added.heading + 1),
      added.heading + 1,
      'Talked about a stretch project.',
    );
    expect(areaOf(check(model), 'one-on-ones').recordedBy).toEqual({
      candidate: 0,
      manager: 0,
      unknown: 1,
    });
  });

  it('with only the heading left: a draft, not evidence', () => {
    const model = remove(
      added.model,
      added.heading + 1,
      added.heading + 2,
      added.heading + 3,
      added.heading + 4,
    );
    expect(areaOf(check(model), 'one-on-ones')).toMatchObject({
      evidenceCount: 0,
      drafts: [{entryIndex: 0}],
    });
  });
});

describe('a foreign document', () => {
  const foreign = doc(
    title('Team offsite 2026'),
    h1('Agenda'),
    para('Morning: planning. Afternoon: retro.'),
    h1('Review'),
    h2('2026-11-02 · Decisions'),
    para('Recorded by: Candidate · General'),
    para('We will hire two engineers.'),
    h1('Training'),
    bullet('Book the venue'),
    table('Who\tWhat\nSam\tSlides'),
  );

  it('matches no section and counts nothing', () => {
    const report = check(foreign);
    expect(
      report.areas.every(
        area => !area.sectionFound && area.evidenceCount === 0,
      ),
    ).toBe(true);
    expect(report.oneOnOnes.sectionFound).toBe(false);
    expect(report.missingSections).toHaveLength(8);
    expect(report.verdict.ready).toBe(false);
  });
});

describe('the weekly one-on-one log', () => {
  function logWith(dates: string[]): DocumentModel {
    let model = setUp();
    for (const today of dates)
      model = addEvidence(
        model,
        'one-on-one-log',
        {today},
        'Talked about the release.',
      );
    return model;
  }

  it('flags a 20-day gap between entries', () => {
    const report = check(
      logWith([
        '2026-10-01',
        '2026-10-08',
        '2026-10-28',
        '2026-11-04',
        '2026-11-11',
        '2026-11-18',
      ]),
    );
    expect(report.oneOnOnes.entryCount).toBe(6);
    expect(report.oneOnOnes.lastDate).toBe('2026-11-18');
    expect(report.oneOnOnes.gaps).toEqual([
      {from: '2026-10-08', to: '2026-10-28', days: 20},
    ]);
    expect(report.verdict.flagged).toContain(
      'One-on-one log: 20-day gap (2026-10-08 to 2026-10-28)',
    );
  });

  it('accepts exactly 14 days, and flags the time since the last entry', () => {
    const report = check(logWith(['2026-10-01', '2026-10-15']), '2026-11-01');
    expect(report.oneOnOnes.gaps).toEqual([
      {from: '2026-10-15', to: '2026-11-01', days: 17},
    ]);
  });

  it('reads dates in any order, and ignores drafts when measuring gaps', () => {
    let model = logWith(['2026-11-20', '2026-11-10']);
    model = addEntry(model, 'one-on-one-log', {today: '2026-11-24'}).model;
    const report = check(model);
    expect(report.oneOnOnes).toMatchObject({
      entryCount: 2,
      lastDate: '2026-11-20',
      gaps: [],
    });
    expect(report.oneOnOnes.drafts).toHaveLength(1);
  });

  it('says when the log has writing but no dates', () => {
    const model = setUp();
    const at = indexOfText(model, 'Weekly One-on-One Log') + 2;
    const report = check(
      insertAt(
        model,
        at,
        h3('Week one'),
        para('Recorded by: Sponsoring manager · One-on-one'),
        labelled('Topics', 'Hiring plan'),
      ),
    );
    expect(report.oneOnOnes).toMatchObject({
      entryCount: 1,
      lastDate: null,
      gaps: [],
    });
    expect(report.oneOnOnes.notes).toContain(
      'No entry is dated, so gaps cannot be checked',
    );
  });
});

describe('stale areas', () => {
  it('flags an area whose newest evidence is more than 6 weeks old', () => {
    const model = addEvidence(setUp(), 'leadership-training', {
      kindId: 'training',
      today: '2026-10-12',
    });
    const stale = areaOf(check(model, '2026-11-24'), 'leadership-training');
    expect(stale.stale).toBe(true);
    expect(check(model, '2026-11-24').verdict.flagged).toContain(
      'Leadership training: no new evidence for 6 weeks',
    );
    expect(
      areaOf(check(model, '2026-11-23'), 'leadership-training').stale,
    ).toBe(false);
  });

  it('is judged by the newest evidence, not by older entries or drafts', () => {
    let model = addEvidence(setUp(), 'leadership-skills', {
      today: '2026-01-05',
    });
    model = addEvidence(model, 'leadership-skills', {today: '2026-11-01'});
    model = addEntry(model, 'performance-review', {today: '2026-01-01'}).model;
    const report = check(model);
    expect(areaOf(report, 'leadership-skills')).toMatchObject({
      stale: false,
      newestEvidence: '2026-11-01',
    });
    expect(areaOf(report, 'performance-review').stale).toBe(false);
  });
});

describe('the verdict', () => {
  it('is ready when every area is evidenced and confirmed, and still says what else is flagged', () => {
    const model = confirmedDoc('2026-09-01');
    const report = check(model, TODAY);
    expect(report.areas.map(area => area.status)).toEqual(
      Array(5).fill('evidenced'),
    );
    expect(report.verdict).toMatchObject({
      ready: true,
      stage: 'collecting-evidence',
      headline:
        'Ready for leadership review once you both agree the evidence is complete',
      left: [
        'Agreement from the candidate that the evidence is complete',
        'Agreement from the sponsoring manager that the evidence is complete',
        RECOMMENDATION_LEFT,
      ],
    });
    expect(report.verdict.flagged).toEqual([
      'Performance review: no new evidence for 6 weeks',
      'One-on-ones: no new evidence for 6 weeks',
      'Leadership training: no new evidence for 6 weeks',
      'Leadership skills: no new evidence for 6 weeks',
      'Development process: no new evidence for 6 weeks',
      'One-on-one log: 84-day gap (2026-09-01 to 2026-11-24)',
    ]);
  });

  it('is ready with nothing flagged on a fresh, complete, confirmed document', () => {
    const report = check(confirmedDoc());
    expect(report.verdict).toMatchObject({ready: true, flagged: []});
  });

  it('needs an entry of each area confirmed by the sponsoring manager', () => {
    const report = check(completeDoc());
    expect(report.verdict).toMatchObject({
      ready: false,
      stage: 'collecting-evidence',
      headline:
        'Not ready yet: 5 areas need an entry confirmed by the sponsoring manager',
    });
    expect(report.verdict.left).toEqual(
      PROGRAM.areas.map(
        area =>
          `${area.shortTitle}: no entry confirmed by the sponsoring manager yet`,
      ),
    );
  });

  it('lists what is left when one criterion is uncovered', () => {
    let model = setUp();
    for (const area of PROGRAM.areas) {
      const criteria =
        area.rule === 'each'
          ? area.criteria.map(criterion => criterion.id)
          : [null];
      for (const criterionId of criteria) {
        if (criterionId !== 'increment-planning')
          model = addEvidence(model, area.id, {criterionId});
      }
      model = confirmEntry(model, area.id, 0);
    }
    const report = check(model);
    expect(report.verdict).toMatchObject({
      ready: false,
      headline: 'Not ready yet: 1 of 5 areas need more evidence',
      left: ['Development process: still to cover Program increment planning'],
    });
  });
});

describe('never throws', () => {
  const odd: Block[] = [
    {type: 'other', heading: 'NORMAL', text: '', runs: []},
    {type: 'other', heading: 'HEADING2', text: 'Horizontal rule?', runs: []},
    {type: 'paragraph', heading: 'HEADING1', text: '', runs: []},
    {
      type: 'paragraph',
      heading: 'HEADING3',
      text: '2026-02-30 · not a date',
      runs: [],
    },
    {type: 'listItem', heading: 'HEADING2', text: 'One-on-ones', runs: []},
    {type: 'paragraph', heading: 'NORMAL', text: 'Recorded by:', runs: []},
    {type: 'paragraph', heading: 'NORMAL', text: 'text without runs', runs: []},
    {
      type: 'paragraph',
      heading: 'HEADING3',
      text: '2026-11-01',
      runs: [{text: '2026-11-01', color: null}],
    },
    {type: 'table', heading: 'NORMAL', text: '', runs: []},
    runs(
      'NORMAL',
      {text: 'Observe:', bold: true},
      {text: '', color: '#80868b'},
    ),
    {
      type: 'paragraph',
      heading: 'TITLE',
      text: 'Review and recommendation',
      runs: [],
    },
    grey(''),
    blank(),
    h3('9999-12-31 · Far future'),
  ];

  it('on empty, odd and shuffled documents', () => {
    const documents: DocumentModel[] = [
      doc(),
      doc(...odd),
      doc(...[...odd].reverse()),
    ];
    const full = setUp();
    for (let seed = 1; seed <= 20; seed += 1) {
      const blocks = [...full.blocks, ...odd];
      for (let i = blocks.length - 1; i > 0; i -= 1) {
        const j = (i * 7919 + seed * 104729) % (i + 1);
        [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
      }
      documents.push({blocks});
    }
    for (const model of documents) {
      expect(() => computeReadiness(model, PROGRAM, TODAY)).not.toThrow();
      expect(() =>
        computeReadiness(model, PROGRAM, 'not a date'),
      ).not.toThrow();
    }
  });

  it('reads a list item styled as a known heading as that section', () => {
    expect(areaOf(check(doc(...odd)), 'one-on-ones').sectionFound).toBe(true);
  });
});

describe('reading like a person does', () => {
  it('takes a paragraph typed right under the guidance in its grey style as writing', () => {
    const model = setUp();
    const at =
      indexOfText(model, 'Participate in Company Leadership Training') + 2;
    const report = check(
      insertAt(
        model,
        at,
        grey('Attended "Feedback that lands" on 2026-10-02.'),
        blank(),
      ),
    );
    expect(areaOf(report, 'leadership-training').status).toBe('evidenced');
  });
});

describe('performance', () => {
  /** A set-up Doc with some evidence and `size` blocks in all, most of them one-on-one log entries. */
  function longDocument(size: number): Block[] {
    let model = setUp();
    for (let i = 0; i < 20; i += 1)
      model = addEvidence(model, PROGRAM.areas[i % 5].id, {
        today: '2026-11-01',
      });
    const blocks: Block[] = [...model.blocks];
    const logStart = indexOfText(model, 'Weekly One-on-One Log') + 2;
    const filler: Block[] = [];
    while (blocks.length + filler.length < size) {
      filler.push(
        h3('2026-11-02 · One-on-one'),
        para('Recorded by: Sponsoring manager · One-on-one'),
        labelled('Topics', 'Roadmap and hiring.'),
      );
    }
    blocks.splice(logStart, 0, ...filler);
    return blocks;
  }

  /**
   * The work the check does, counted rather than timed (time is the benchmark's job): every read of
   * a block's fields goes through a counting proxy, so a scan inside a scan shows as reads that grow
   * with the square of the Doc.
   */
  function readsPerBlock(size: number): {perBlock: number; entries: number} {
    let reads = 0;
    const blocks = longDocument(size).map(
      block =>
        new Proxy(block, {
          get(target, key, receiver) {
            reads += 1;
            return Reflect.get(target, key, receiver);
          },
        }),
    );
    const report = computeReadiness({blocks}, PROGRAM, TODAY);
    return {
      perBlock: reads / blocks.length,
      entries: report.oneOnOnes.entryCount,
    };
  }

  it('checks a 10,000-block document in one pass: work per block stays flat as the Doc grows', () => {
    const small = readsPerBlock(1_000);
    const large = readsPerBlock(10_000);
    expect(large.entries).toBeGreaterThan(3_000);
    // One pass reads each block's few fields a bounded number of times...
    expect(large.perBlock).toBeLessThan(40);
    // ...and the same number per block whether the Doc has 1,000 blocks or 10,000.
    expect(large.perBlock / small.perBlock).toBeLessThan(1.25);
  });
});

describe('writing typed over the guidance line', () => {
  it('counts as evidence, though Docs kept the grey italic style', () => {
    let model = setUp();
    const at = indexOfText(model, 'Each company leadership training');
    model = replace(model, at, () =>
      grey('Attended Leading Teams 101 on 2026-03-02; learned to delegate.'),
    );
    expect(areaOf(check(model), 'leadership-training')).toMatchObject({
      status: 'evidenced',
      evidenceCount: 1,
    });
  });

  it('does not count what is left of the guidance once part of it was deleted', () => {
    let model = setUp();
    const at = indexOfText(model, 'Each company leadership training');
    model = replace(model, at, () =>
      grey('Each company leadership training you attend'),
    );
    expect(areaOf(check(model), 'leadership-training').evidenceCount).toBe(0);
  });
});

describe('a one-on-one log kept by hand', () => {
  const logStart = (model: DocumentModel) =>
    indexOfText(model, 'Weekly One-on-One Log') + 2;

  it('counts undated writing, and says gaps cannot be checked', () => {
    const model = setUp();
    const report = check(
      insertAt(
        model,
        logStart(model),
        para('5 Jan: talked about the hiring plan.'),
        para('12 Jan: reviewed the roadmap.'),
      ),
    );
    expect(report.oneOnOnes).toMatchObject({
      entryCount: 1,
      lastDate: null,
      gaps: [],
      notes: ['No entry is dated, so gaps cannot be checked'],
    });
    expect(report.verdict.flagged).not.toContain(
      'One-on-one log: no entries yet',
    );
  });

  it('reads dated lines and headings, in common forms, into the gap check', () => {
    const model = setUp();
    const report = check(
      insertAt(
        model,
        logStart(model),
        h3('Mon 2 Nov 2026'),
        para('Roadmap.'),
        para('9 Nov 2026: hiring plan.'),
        para('November 30, 2026 — retro.'),
      ),
      '2026-12-01',
    );
    expect(report.oneOnOnes).toMatchObject({
      entryCount: 3,
      lastDate: '2026-11-30',
      gaps: [{from: '2026-11-09', to: '2026-11-30', days: 21}],
      notes: [],
    });
  });
});

describe('dates in the future', () => {
  it('take no part in the newest evidence, and are noted on the area', () => {
    let model = setUp();
    model = addEvidence(model, 'leadership-training', {today: '2025-01-10'});
    model = addEvidence(model, 'leadership-training', {today: '2062-01-10'});
    const area = areaOf(check(model, '2026-11-24'), 'leadership-training');
    expect(area).toMatchObject({
      evidenceCount: 2,
      newestEvidence: '2025-01-10',
      stale: true,
      notes: ['An entry is dated in the future (2062-01-10)'],
    });
  });

  it('take no part in the log’s gaps, and are noted on the log', () => {
    let model = setUp();
    for (const today of ['2026-11-10', '2026-11-17', '2062-11-24'])
      model = addEvidence(model, 'one-on-one-log', {today}, 'Roadmap.');
    const log = check(model, '2026-12-10').oneOnOnes;
    expect(log).toMatchObject({
      entryCount: 3,
      lastDate: '2026-11-17',
      gaps: [{from: '2026-11-17', to: '2026-12-10', days: 23}],
      notes: ['An entry is dated in the future (2062-11-24)'],
    });
  });

  it('list every future date when there are several', () => {
    let model = setUp();
    for (const today of ['2062-01-10', '2063-01-10'])
      model = addEvidence(model, 'leadership-skills', {today});
    expect(areaOf(check(model), 'leadership-skills')).toMatchObject({
      newestEvidence: null,
      stale: false,
      notes: ['2 entries are dated in the future (2062-01-10, 2063-01-10)'],
    });
  });
});

describe('criteria covered by writing', () => {
  it('counts loose writing and entry writing that name a criterion by its label', () => {
    let model = setUp();
    const at = indexOfText(model, 'Organize and Complete') + 2;
    model = insertAt(
      model,
      at,
      para('Building trust: weekly 1:1s with Ana; we built trust by ...'),
    );
    model = addEvidence(
      model,
      'one-on-ones',
      {},
      'Solving problems together: we unblocked the release.',
    );
    const area = areaOf(check(model), 'one-on-ones');
    expect(
      area.criteria.filter(c => c.covered).map(criterion => criterion.id),
    ).toEqual(['building-trust', 'solving-problems']);
  });

  it('does not count a narrative that only mentions a criterion’s common words', () => {
    let model = setUp();
    model = addEvidence(
      model,
      'one-on-ones',
      {},
      'We built trust over coffee, shared some context on the problem and her career.',
    );
    const area = areaOf(check(model), 'one-on-ones');
    expect(area.evidenceCount).toBe(1);
    expect(area.criteria.some(criterion => criterion.covered)).toBe(false);
  });
});

describe('the verdict names the program’s own roles', () => {
  it('asks for an entry confirmed by the manager as the program calls them', () => {
    const program = {
      ...PROGRAM,
      roleNames: {candidate: 'Candidate', manager: 'HR partner'},
    };
    const report = check(completeDoc(), TODAY, program);
    expect(report.verdict.headline).toBe(
      'Not ready yet: 5 areas need an entry confirmed by the HR partner',
    );
  });
});

describe('a long-used Doc with many drafts', () => {
  // Leadership skills: a draft for "recruiting" first, then eleven general drafts, then one written.
  let model = addEntry(setUp(), 'leadership-skills', {
    criterionId: 'recruiting',
    today: '2026-01-05',
  }).model;
  for (let day = 10; day <= 20; day += 1)
    model = addEntry(model, 'leadership-skills', {
      today: `2026-02-${day}`,
    }).model;
  model = addEvidence(model, 'leadership-skills', {today: '2026-03-01'});
  const report = check(model);
  const area = areaOf(report, 'leadership-skills');

  it('counts every draft, in the area and in the verdict', () => {
    expect(area.draftCount).toBe(12);
    expect(report.verdict.flagged).toContain('12 entries are still a draft');
  });

  it("lists the newest five, and each criterion's newest draft (what is left links to it)", () => {
    expect(area.drafts.map(draft => draft.entryIndex)).toEqual([
      0, 7, 8, 9, 10, 11,
    ]);
    expect(area.drafts[0]).toMatchObject({criterionIds: ['recruiting']});
    expect(area.drafts.slice(1).map(draft => draft.title)).toEqual([
      '2026-02-16 · General',
      '2026-02-17 · General',
      '2026-02-18 · General',
      '2026-02-19 · General',
      '2026-02-20 · General',
    ]);
  });

  it('lists them all while there are five or fewer', () => {
    const few = areaOf(check(setUp()), 'leadership-skills');
    expect(few).toMatchObject({drafts: [], draftCount: 0});
    let withFive = setUp();
    for (let day = 10; day <= 14; day += 1)
      withFive = addEntry(withFive, 'one-on-one-log', {
        today: `2026-02-${day}`,
      }).model;
    const log = check(withFive).oneOnOnes;
    expect(log.draftCount).toBe(5);
    expect(log.drafts.map(draft => draft.entryIndex)).toEqual([0, 1, 2, 3, 4]);
  });
});
