/**
 * Insert readiness summary writes a dated heading and a real table into the review section, for
 * readers without the add-on; jumpTo moves the cursor to a section or a draft entry.
 */
import * as api from '../../src/server/api';
import type {Runtime} from '../../dev/emulator/runtime';
import {
  AREA_TITLES,
  REVIEW_TITLE,
  TODAY,
  addEvidence,
  blockAt,
  cursorOf,
  deleteBlocks,
  doc,
  execute,
  failure,
  h1,
  indexOfLine,
  lines,
  para,
  runtimeFor,
  setUpRuntime,
  snapshot,
  state,
  title,
  typeOverPrompt,
} from './fixture';

function summary(runtime: Runtime, today = TODAY) {
  return execute(runtime, () => api.insertReadinessSummary({today}));
}

/** A Doc with training evidenced and one-on-ones in progress. */
function someEvidence(): Runtime {
  const runtime = setUpRuntime('candidate');
  addEvidence(runtime, {
    sectionId: 'leadership-training',
    kindId: 'training',
    today: '2026-11-10',
  });
  typeOverPrompt(
    runtime,
    'Name',
    'Leading Teams 101, by People Ops.',
    indexOfLine(runtime.document, 'H3 2026-11-10 · Training'),
  );
  addEvidence(runtime, {
    sectionId: 'one-on-ones',
    criterionId: 'building-trust',
    kindId: 'general',
    today: '2026-11-12',
  });
  typeOverPrompt(
    runtime,
    'What happened',
    'Weekly slot kept for two months.',
    indexOfLine(runtime.document, 'H3 2026-11-12 · Building trust'),
  );
  return runtime;
}

describe('Insert readiness summary', () => {
  it('appends a dated heading, a table of the areas and the verdict at the end of the review section', () => {
    const runtime = someEvidence();
    const before = snapshot(runtime.document).body;

    const reply = summary(runtime);

    const after = snapshot(runtime.document).body;
    const end = before.length - 1; // before the Doc's final empty paragraph
    expect(after.slice(0, end)).toEqual(before.slice(0, end));
    expect(after.slice(-1)).toEqual(before.slice(-1));
    const added = lines(runtime.document).slice(end, -1);
    expect(added[0]).toBe(`H2 Readiness summary — ${TODAY}`);
    const table = blockAt(runtime.document, end + 1);
    expect(table.type).toBe('table');
    const rows =
      table.type === 'table'
        ? table.rows.map(row =>
            row.map(cell =>
              typeof cell === 'string'
                ? cell
                : cell
                    .map(block => ('runs' in block ? (block.runs ?? []) : []))
                    .flat()
                    .map(run => ('text' in run ? run.text : ''))
                    .join(''),
            ),
          )
        : [];
    expect(rows).toEqual([
      [
        'Area',
        'Status',
        'Criteria covered',
        'Still to cover',
        'Entries',
        'Newest evidence',
      ],
      [
        AREA_TITLES[0],
        'Missing',
        '0 of 2',
        'Review documentation; Review conversations',
        '0',
        '—',
      ],
      [
        AREA_TITLES[1],
        'In progress',
        '1 of 4',
        'Gaining a shared context; Planning and supporting career growth; Solving problems',
        '1 (1 by the candidate)',
        '2026-11-12',
      ],
      [
        AREA_TITLES[2],
        'Evidenced',
        '1 of 1',
        '—',
        '1 (1 by the candidate)',
        '2026-11-10',
      ],
      [
        AREA_TITLES[3],
        'Missing',
        '0 of 10 (examples)',
        'Any one example',
        '0',
        '—',
      ],
      [
        AREA_TITLES[4],
        'Missing',
        '0 of 5',
        'Daily stand-up; Planning, review and retrospectives; Program increment planning; Weekly SCPA update; Team performance monitoring and coordination',
        '0',
        '—',
      ],
    ]);
    expect(added.slice(2)).toEqual([
      expect.stringMatching(
        /^\(examples\) Leadership skills: the criteria are examples/,
      ),
      'One-on-one log: no entries yet.',
      'Verdict: Not ready yet: 4 of 5 areas need more evidence.',
      'What is left:',
      '• Performance review: no evidence yet',
      expect.stringMatching(/^• One-on-ones: still to cover /),
      '• Leadership skills: no evidence yet',
      '• Development process: no evidence yet',
    ]);
    expect(reply.notice?.text).toBe(
      `Readiness summary for ${TODAY} inserted in the review section.`,
    );
    // The summary is not evidence, and the areas read the same.
    expect(reply.report.areas).toEqual(state(runtime).report.areas);
  });

  it("the table's header row is bold, for readers without the add-on", () => {
    const runtime = someEvidence();
    summary(runtime);
    const table = snapshot(runtime.document).body.find(
      block => block.type === 'table',
    );
    expect(JSON.stringify(table)).toContain('"text":"Area","bold":true');
  });

  it('goes before anything people added after the review section', () => {
    const runtime = someEvidence();
    const end = lines(runtime.document).length - 1;
    execute(runtime, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      body
        .insertParagraph(end, 'Appendix')
        .setHeading(DocumentApp.ParagraphHeading.HEADING1);
      body.insertParagraph(end + 1, 'Links to design docs.');
    });

    summary(runtime);

    const all = lines(runtime.document);
    expect(all.indexOf(`H2 Readiness summary — ${TODAY}`)).toBe(end);
    expect(all.slice(-3)).toEqual(['H1 Appendix', 'Links to design docs.', '']);
  });

  it('restores the review section first when it was deleted', () => {
    const runtime = someEvidence();
    const review = indexOfLine(runtime.document, `H1 ${REVIEW_TITLE}`);
    deleteBlocks(runtime, review, review + 5);
    summary(runtime);
    const all = lines(runtime.document);
    expect(all[review]).toBe(`H1 ${REVIEW_TITLE}`);
    expect(all).toContain(`H2 Readiness summary — ${TODAY}`);
  });

  it('a second summary on another day goes after the first', () => {
    const runtime = someEvidence();
    summary(runtime, '2026-11-24');
    summary(runtime, '2026-12-01');
    const all = lines(runtime.document);
    expect(all.indexOf('H2 Readiness summary — 2026-12-01')).toBeGreaterThan(
      all.indexOf('H2 Readiness summary — 2026-11-24'),
    );
  });
});

describe('jumpTo', () => {
  it('moves the cursor to the start of the section heading', () => {
    const runtime = someEvidence();
    execute(runtime, () =>
      api.jumpTo({today: TODAY, target: {sectionId: 'leadership-skills'}}),
    );
    expect(cursorOf(runtime.document)).toEqual({
      line: indexOfLine(runtime.document, `H1 ${AREA_TITLES[3]}`),
      offset: 0,
    });
  });

  it("moves the cursor to a draft entry's heading, by its index from the report", () => {
    const runtime = someEvidence();
    const reply = addEvidence(runtime, {
      sectionId: 'one-on-ones',
      criterionId: 'solving-problems',
      kindId: 'general',
    });
    const draft = reply.report.areas[1]?.drafts[0];
    expect(draft).toEqual({
      sectionId: 'one-on-ones',
      entryIndex: 1,
      title: `${TODAY} · Solving problems`,
    });
    if (!draft) return;
    execute(runtime, () =>
      api.jumpTo({
        today: TODAY,
        target: {sectionId: draft.sectionId, entryIndex: draft.entryIndex},
      }),
    );
    expect(cursorOf(runtime.document)).toEqual({
      line: indexOfLine(runtime.document, `H3 ${TODAY} · Solving problems`),
      offset: 0,
    });
  });

  it('lands on an entry whose heading was deleted (its meta line)', () => {
    const runtime = someEvidence();
    const heading = indexOfLine(runtime.document, 'H3 2026-11-10 · Training');
    deleteBlocks(runtime, heading, heading + 1);
    execute(runtime, () =>
      api.jumpTo({
        today: TODAY,
        target: {sectionId: 'leadership-training', entryIndex: 0},
      }),
    );
    expect(cursorOf(runtime.document)).toEqual({line: heading, offset: 0});
  });

  it('lands on a heading that is a list item or has no text', () => {
    const document = doc(
      title('Lead Mentorship Program'),
      {type: 'listItem', heading: 'HEADING1', text: 'One-on-ones'},
      para('We meet weekly.'),
    );
    const runtime = runtimeFor(document);
    execute(runtime, () =>
      api.jumpTo({today: TODAY, target: {sectionId: 'one-on-ones'}}),
    );
    expect(cursorOf(document)).toEqual({line: 1, offset: 0});
  });

  it.each([
    ['an unknown section', {sectionId: 'hobbies'}],
    ['a section that was deleted', {sectionId: 'leadership-skills'}],
    [
      'an entry that is gone',
      {sectionId: 'leadership-training', entryIndex: 3},
    ],
    [
      'an entry of a section without entries',
      {sectionId: 'performance-review', entryIndex: 0},
    ],
  ])(
    'gives a readable error for %s, and leaves the cursor where it was',
    (_, target) => {
      const runtime = someEvidence();
      const heading = indexOfLine(runtime.document, `H1 ${AREA_TITLES[3]}`);
      deleteBlocks(runtime, heading, heading + 2);
      const before = snapshot(runtime.document);

      const error = failure(() =>
        execute(runtime, () => api.jumpTo({today: TODAY, target})),
      );

      expect(error.message).toBe(
        'That place is no longer in the document. Run the readiness check again to refresh the list.',
      );
      expect(snapshot(runtime.document)).toEqual(before);
    },
  );
});

describe('Summary on a Doc that has only a review section', () => {
  it('writes the table under it and reports every area missing', () => {
    const document = doc(h1(REVIEW_TITLE), para('Sam recommends Alex.'));
    const runtime = runtimeFor(document);
    const reply = summary(runtime);
    expect(lines(document).slice(0, 3)).toEqual([
      `H1 ${REVIEW_TITLE}`,
      'Sam recommends Alex.',
      `H2 Readiness summary — ${TODAY}`,
    ]);
    expect(reply.report.areas.every(area => !area.sectionFound)).toBe(true);
  });
});
