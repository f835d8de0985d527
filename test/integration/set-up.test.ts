/**
 * Set up, on the emulated Apps Script runtime: it builds the tracking document from the template,
 * adds only what is missing (in program order), and never changes what people wrote.
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import * as main from '../../src/server/main';
import {
  AREA_TITLES,
  TODAY,
  GREY,
  LOG_TITLE,
  REVIEW_TITLE,
  area,
  blank,
  bullet,
  doc,
  execute,
  grey,
  h1,
  h2,
  keptInOrder,
  lines,
  para,
  runsAt,
  runtimeFor,
  setUp,
  snapshot,
  state,
  table,
  title,
  withoutNotice,
} from './fixture';

const TEMPLATE_LINES = [
  'TITLE Lead Mentorship Program',
  'Candidate: Who is trying out people leadership ',
  'Sponsoring manager: Who sponsors the candidate and keeps this document ',
  'Start date: YYYY-MM-DD ',
  'One-on-one cadence: Weekly',
  'Target review date: YYYY-MM-DD ',
  `H1 ${AREA_TITLES[0]}`,
  'From the people-leader side: the review documentation you wrote (mid-year or year-end) and the review conversations you held.',
  `H1 ${AREA_TITLES[1]}`,
  'How your one-on-ones build trust, gain a shared context, plan and support career growth, and solve problems.',
  `H1 ${AREA_TITLES[2]}`,
  'Each company leadership training you attend: its name, the date and what you took away.',
  `H1 ${AREA_TITLES[3]}`,
  'Examples, not a checklist: show the people-leadership skills you practised and what you learned from them.',
  `H1 ${AREA_TITLES[4]}`,
  'How you lead the ceremonies: stand-ups, planning, reviews and retrospectives, increment planning, the weekly SCPA update and team coordination.',
  `H1 ${LOG_TITLE}`,
  'Candidate and manager meet weekly: one entry per one-on-one, with its topics and follow-ups.',
  `H1 ${REVIEW_TITLE}`,
  'When you both believe the evidence is complete, the manager shares this document with the leadership group and schedules a review.',
  "Manager's recommendation: Why the candidate is ready, in a few lines ",
  'Leadership group decision: Accepted, or further targeted actions ',
  'Decision date: YYYY-MM-DD ',
];

/** The lines that are headings (any level), in document order. */
function headings(document: EmulatedDocument): string[] {
  return lines(document).filter(line => /^(TITLE|H\d) /.test(line));
}

describe('Set up on a blank Doc', () => {
  it('writes the title, the participants, the five areas in program order, the log and the review', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);

    const reply = setUp(runtime);

    // The blank Doc's own empty paragraph stays last (a Body always ends with a paragraph).
    expect(lines(document)).toEqual([...TEMPLATE_LINES, '']);
    expect(reply.documentReady).toBe(true);
    expect(reply.report.missingSections).toEqual([]);
    expect(reply.notice?.tone).toBe('success');
    expect(state(runtime)).toEqual(withoutNotice(reply));
  });

  it('writes guidance grey italic, participants as a label, a grey italic prompt and a space to write in, or a plain default, every look stated', () => {
    const document = EmulatedDocument.blank();
    setUp(runtimeFor(document));
    const stated = {
      bold: false,
      italic: false,
      underline: false,
      strikethrough: false,
    };

    const guidance = runsAt(document, 7);
    expect(guidance).toEqual([
      {text: TEMPLATE_LINES[7], ...stated, italic: true, color: GREY},
    ]);
    expect(runsAt(document, 1)).toEqual([
      {text: 'Candidate: ', ...stated},
      {
        text: 'Who is trying out people leadership',
        ...stated,
        italic: true,
        color: GREY,
      },
      {text: ' ', ...stated},
    ]);
    expect(runsAt(document, 4)).toEqual([
      {text: 'One-on-one cadence: Weekly', ...stated},
    ]);
  });

  it('changes nothing when run again (the document JSON is identical)', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document);
    setUp(runtime);
    const before = snapshot(document);

    const reply = setUp(runtime);

    expect(snapshot(document)).toEqual(before);
    expect(reply.notice).toEqual({
      tone: 'info',
      text: 'The document already has every section. Nothing was changed.',
    });
    expect(reply.documentReady).toBe(true);
  });

  it('from the menu: opens the sidebar on the set-up view, which runs Set up with the browser date', () => {
    const document = EmulatedDocument.blank();
    const runtime = runtimeFor(document, {
      files: {Sidebar: '<p><?= initialView ?></p>'},
    });

    execute(runtime, () => main.setUpDocumentFromMenu());
    // The menu item itself writes nothing: the sidebar's one call on open does.
    expect(lines(document)).toEqual(['']);
    expect(runtime.ui.sidebar?.html).toBe('<p>set-up</p>');
    expect(runtime.ui.sidebar?.width).toBe(300);

    execute(runtime, () => main.setUpDocument({today: TODAY}));
    expect(lines(document)).toEqual([...TEMPLATE_LINES, '']);
  });
});

describe('Set up on a half-built, edited Doc', () => {
  /** Performance review, leadership skills and the review were deleted; one-on-ones renamed. */
  function halfBuilt(): EmulatedDocument {
    return doc(
      title('Lead Mentorship Program — Alex'),
      para('Candidate: Alex Doe'),
      para('Sponsoring manager: Sam Roe'),
      para('A note the manager typed before any section.'),
      h1('2. ONE-ON-ONES'),
      para('We meet on Tuesdays; Alex prepares the agenda.'),
      bullet('Trust: Alex asked about the on-call rota.'),
      bullet('Context: we shared the Q3 roadmap.'),
      h1(AREA_TITLES[2]),
      grey(
        'Each company leadership training you attend: its name, the date and what you took away.',
      ),
      table([
        ['Training', 'Date'],
        ['Leading teams 101', '2026-09-14'],
      ]),
      para('Takeaways: ask more open questions.'),
      h1(AREA_TITLES[4]),
      para('I run the daily stand-up since September.'),
      blank(),
      h1(LOG_TITLE),
      h2('Notes from the offsite'),
      para('Not part of the program, but kept here.'),
    );
  }

  it('adds only the missing parts, in program order', () => {
    const document = halfBuilt();
    const runtime = runtimeFor(document);

    const reply = setUp(runtime);

    expect(headings(document)).toEqual([
      'TITLE Lead Mentorship Program — Alex',
      `H1 ${AREA_TITLES[0]}`,
      'H1 2. ONE-ON-ONES',
      `H1 ${AREA_TITLES[2]}`,
      `H1 ${AREA_TITLES[3]}`,
      `H1 ${AREA_TITLES[4]}`,
      `H1 ${LOG_TITLE}`,
      'H2 Notes from the offsite',
      `H1 ${REVIEW_TITLE}`,
    ]);
    // The missing participants lines come right after the existing ones, in program order.
    expect(lines(document).slice(1, 6)).toEqual([
      'Candidate: Alex Doe',
      'Sponsoring manager: Sam Roe',
      'Start date: YYYY-MM-DD ',
      'One-on-one cadence: Weekly',
      'Target review date: YYYY-MM-DD ',
    ]);
    expect(reply.documentReady).toBe(true);
    expect(state(runtime)).toEqual(withoutNotice(reply));
  });

  // A restored section neighbours sections only: right after the participants lines it would
  // take in writing that stood under no section.
  it('does not turn writing that stood under no section into evidence for a restored area', () => {
    const document = halfBuilt();
    const runtime = runtimeFor(document);
    expect(area(state(runtime), 'performance-review').evidenceCount).toBe(0);

    setUp(runtime);

    const all = lines(document);
    expect(
      all.indexOf('A note the manager typed before any section.'),
    ).toBeLessThan(all.indexOf(`H1 ${AREA_TITLES[0]}`));
    expect(area(state(runtime), 'performance-review').evidenceCount).toBe(0);
  });

  it('keeps every original paragraph, list item and table, unchanged and in the same order', () => {
    const document = halfBuilt();
    const before = snapshot(document).body;

    setUp(runtimeFor(document));

    const after = snapshot(document).body;
    expect(keptInOrder(before, after)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
  });

  it('writes the user-typed section content under the right (renamed) heading', () => {
    const document = halfBuilt();
    setUp(runtimeFor(document));
    const all = lines(document);
    const oneOnOnes = all.indexOf('H1 2. ONE-ON-ONES');
    expect(all.slice(oneOnOnes, oneOnOnes + 4)).toEqual([
      'H1 2. ONE-ON-ONES',
      'We meet on Tuesdays; Alex prepares the agenda.',
      '• Trust: Alex asked about the on-call rota.',
      '• Context: we shared the Q3 roadmap.',
    ]);
    expect(all[oneOnOnes + 4]).toBe(`H1 ${AREA_TITLES[2]}`);
  });

  it('is then stable: a second Set up changes nothing', () => {
    const document = halfBuilt();
    const runtime = runtimeFor(document);
    setUp(runtime);
    const once = snapshot(document);
    setUp(runtime);
    expect(snapshot(document)).toEqual(once);
  });

  it('restored sections take the style of the sections around them (HEADING2 documents)', () => {
    const document = doc(
      title('Lead Mentorship Program'),
      h2(AREA_TITLES[0]),
      para('Wrote the mid-year review for Kim.'),
      h2(AREA_TITLES[2]),
    );
    setUp(runtimeFor(document));
    expect(lines(document)).toContain(`H2 ${AREA_TITLES[1]}`);
    expect(lines(document)).not.toContain(`H1 ${AREA_TITLES[1]}`);
  });
});
