/**
 * The Doc is edited by people. getSidebarState never throws on a messy Doc and says what it could
 * not find; Set up and Add evidence keep working on it and lose nothing.
 */
import {
  EmulatedDocument,
  type BlockJSON,
} from '../../dev/emulator/document/index';
import {PROGRAM} from '../../src/core/program-data';
import {SECTION_MISSING} from '../../src/core/readiness';
import {
  AREA_TITLES,
  GREY,
  LOG_TITLE,
  TODAY,
  addEvidence,
  area,
  blank,
  bullet,
  chooseRole,
  doc,
  grey,
  h1,
  h2,
  h3,
  image,
  keptInOrder,
  lines,
  para,
  runtimeFor,
  setUp,
  snapshot,
  state,
  table,
  title,
} from './fixture';

/** Renamed, re-cased, moved, duplicated and deleted headings; half-deleted entries; mixed content. */
function messyBlocks(): BlockJSON[] {
  return [
    image('logo'),
    table([
      ['Candidate', 'Alex'],
      ['Manager', 'Sam'],
    ]),
    title('LMP — Alex'),
    {type: 'listItem', text: 'Candidate: Alex Doe', nestingLevel: 1},
    h1('   '),
    // Moved: development process comes first; re-cased and numbered.
    h1("1. OWN THE TEAM'S DEVELOPMENT PROCESS"),
    h3('2026-10-05 · Daily stand-up'),
    para('Recorded by: Candidate · General'),
    para('What happened: I ran stand-ups for three weeks.'),
    // Half-deleted entry: the heading is gone, the meta line and a prompt are left.
    para('Recorded by: Sponsoring manager · SCPA update'),
    {
      runs: [
        {text: 'Success:', bold: true},
        {text: ' '},
        {text: 'What went well this week.', italic: true, color: GREY},
      ],
    },
    // Renamed to an alias.
    h2('1:1s'),
    bullet('Trust: asked about the rota.'),
    {type: 'listItem', text: '', nestingLevel: 2},
    image('whiteboard photo'),
    h1('Leadership training'),
    grey(
      'Each company leadership training you attend: its name, the date and what you took away.',
    ),
    table([
      ['Leading Teams 101', '2026-09-14'],
      ['', ''],
    ]),
    h1('Leadership Training'),
    h3('2026-11-01 · Training'),
    para('Recorded by: Candidate'),
    h3('2026-13-45 · Not a date'),
    h3('Random subheading'),
    para('Notes about the weather.'),
    {runs: [{type: 'horizontalRule'}]},
    h1(LOG_TITLE),
    h3('2026-09-01 · One-on-one'),
    para('Topics: career path.'),
    h3('2026-10-01'),
    para('Topics: hiring.'),
    h1('Appendix'),
    {heading: 'HEADING1', runs: [{type: 'image', alt: 'heading image'}]},
    blank(),
  ];
}

describe('getSidebarState on a messy Doc', () => {
  it('does not throw, reads what it can, and says what is missing', () => {
    const runtime = runtimeFor(doc(...messyBlocks()));
    const reply = state(runtime);

    expect(reply.documentReady).toBe(false);
    expect(reply.report.missingSections).toEqual([
      'Participants',
      AREA_TITLES[0],
      AREA_TITLES[3],
      'Review and Recommendation',
    ]);
    const review = area(reply, 'performance-review');
    expect(review.sectionFound).toBe(false);
    // The words the product brief asks for, as the user reads them.
    expect(review.notes).toContain('Section missing — Set up will restore it');
    expect(area(reply, 'leadership-skills').notes).toContain(SECTION_MISSING);

    const process = area(reply, 'development-process');
    expect(process.sectionFound).toBe(true);
    expect(process.evidenceCount).toBe(1);
    expect(process.recordedBy).toEqual({candidate: 1, manager: 0, unknown: 0});
    expect(process.drafts).toHaveLength(1);

    const oneOnOnes = area(reply, 'one-on-ones');
    expect(oneOnOnes.evidenceCount).toBe(1);
    expect(oneOnOnes.recordedBy.unknown).toBe(1);

    const training = area(reply, 'leadership-training');
    expect(training.sectionCount).toBe(2);
    expect(training.status).toBe('evidenced');

    expect(reply.report.oneOnOnes.entryCount).toBe(2);
    expect(reply.report.oneOnOnes.gaps).toEqual([
      {from: '2026-09-01', to: '2026-10-01', days: 30},
      {from: '2026-10-01', to: TODAY, days: 54},
    ]);
    expect(reply.report.verdict.left).toContain(
      'Performance review: section missing — Set up will restore it',
    );
  });

  it.each<[string, () => EmulatedDocument]>([
    ['a new Doc (one empty paragraph)', () => EmulatedDocument.blank()],
    ['only a table', () => doc(table([['a', 'b']]))],
    ['only an image', () => doc(image('x'))],
    ['only headings with no text', () => doc(h1(''), h2(''), h3(''))],
    [
      'a huge paragraph',
      () => doc(h1(AREA_TITLES[1]), para('word '.repeat(200_000))),
    ],
    [
      'a huge heading',
      () =>
        doc({heading: 'HEADING1', text: `${AREA_TITLES[1]} `.repeat(5_000)}),
    ],
    [
      'a thousand headings all named like areas',
      () =>
        doc(
          ...Array.from({length: 1_000}, (_, index) =>
            h1(AREA_TITLES[index % AREA_TITLES.length] ?? ''),
          ),
        ),
    ],
    [
      'a table of tables',
      () => doc({type: 'table', rows: [[[{type: 'table', rows: [['x']]}]]]}),
    ],
    [
      'text with line breaks and odd characters',
      () => doc(h1('One-on-ones\u000b\u200b'), para('a\nb\r\u0000')),
    ],
    [
      'entry headings outside any section',
      () =>
        doc(
          h3('2026-11-01 · Building trust'),
          para('Recorded by: Candidate · General'),
        ),
    ],
  ])('does not throw on %s', (_, build) => {
    const runtime = runtimeFor(build());
    const reply = state(runtime);
    expect(reply.report.areas).toHaveLength(PROGRAM.areas.length);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('a new Doc says every section is missing', () => {
    const reply = state(runtimeFor(EmulatedDocument.blank()));
    expect(reply.documentReady).toBe(false);
    expect(reply.report.areas.map(report => report.notes)).toEqual(
      PROGRAM.areas.map(() => [SECTION_MISSING]),
    );
    expect(reply.report.verdict.ready).toBe(false);
  });
});

describe('Set up and Add evidence on a messy Doc', () => {
  it('Set up restores what is missing and keeps every original block, in order', () => {
    const document = doc(...messyBlocks());
    const before = snapshot(document).body;
    const runtime = runtimeFor(document);

    const reply = setUp(runtime);

    expect(keptInOrder(before, snapshot(document).body)).toBe(true);
    expect(reply.documentReady).toBe(true);
    expect(state(runtime).documentReady).toBe(true);
    const again = snapshot(document);
    setUp(runtime);
    expect(snapshot(document)).toEqual(again);
  });

  it('Add evidence works for every section and keeps every original block, in order', () => {
    const document = doc(...messyBlocks());
    const before = snapshot(document).body;
    const runtime = runtimeFor(document);
    chooseRole(runtime, 'manager');
    for (const section of [...PROGRAM.areas, PROGRAM.oneOnOneLog]) {
      const reply = addEvidence(runtime, {
        sectionId: section.id,
        kindId: section.kinds[0] ?? 'general',
      });
      expect(reply.notice?.tone).toBe('success');
    }
    expect(keptInOrder(before, snapshot(document).body)).toBe(true);
    expect(
      lines(document).filter(line => line.startsWith(`H3 ${TODAY}`)),
    ).toHaveLength(PROGRAM.areas.length + 1);
  });
});
