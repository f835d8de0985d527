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
  appendHeading,
  cursorOf,
  deleteBlocks,
  doc,
  execute,
  failure,
  indexOfLine,
  lines,
  para,
  runtimeFor,
  setUp,
  setUpRuntime,
  snapshot,
  state,
  tableRowsAt,
  title,
  writeTrainingEntry,
  writeTrustEntry,
} from './fixture';

function summary(runtime: Runtime, today = TODAY) {
  return execute(runtime, () => api.insertReadinessSummary({today}));
}

/** A Doc with training evidenced and one-on-ones in progress. */
function someEvidence(): Runtime {
  const runtime = setUpRuntime('candidate');
  writeTrainingEntry(runtime, '2026-11-10');
  writeTrustEntry(runtime, '2026-11-12');
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
    expect(added.slice(1, 3)).toEqual([
      'Verdict: Not ready yet: 4 of 5 areas need more evidence.',
      'Stage: Collecting evidence. Agreed the evidence is complete: the candidate not yet; the sponsoring manager not yet.',
    ]);
    expect(tableRowsAt(runtime.document, end + 3)).toEqual([
      ['Area', 'Status', 'Evidence'],
      [
        'Performance review',
        'Missing',
        '0 of 2 criteria covered. Still to cover: Review documentation; Review conversations. No evidence yet.',
      ],
      [
        'One-on-ones',
        'In progress',
        '1 of 4 criteria covered. Still to cover: Gaining a shared context; Planning and supporting career growth; Solving problems. 1 entry, recorded by the candidate; none confirmed by the sponsoring manager; newest 2026-11-12.',
      ],
      [
        'Leadership training',
        'Evidenced',
        '1 entry, recorded by the candidate; none confirmed by the sponsoring manager; newest 2026-11-10.',
      ],
      [
        'Leadership skills',
        'Missing',
        'Examples shown: 0 of 10 (any evidence counts). No evidence yet.',
      ],
      [
        'Development process',
        'Missing',
        expect.stringMatching(/^0 of 5 criteria covered\. Still to cover: /),
      ],
    ]);
    expect(added.slice(4)).toEqual([
      'One-on-one log: no entries yet.',
      'History: Leadership training evidenced on 2026-11-10; not yet evidenced: Performance review, One-on-ones, Leadership skills, Development process. By month: Nov 2026, 2 entries.',
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
    appendHeading(runtime, 'HEADING1', 'Appendix', 'Links to design docs.');

    summary(runtime);

    const all = lines(runtime.document);
    expect(all.indexOf(`H2 Readiness summary — ${TODAY}`)).toBe(end);
    expect(all.slice(-3)).toEqual(['H1 Appendix', 'Links to design docs.', '']);
  });

  it('offers Set up first when the review section was deleted, and goes into the restored one after', () => {
    const runtime = someEvidence();
    const review = indexOfLine(runtime.document, `H1 ${REVIEW_TITLE}`);
    deleteBlocks(runtime, review, review + 5);
    const before = snapshot(runtime.document);
    const refused = summary(runtime);
    expect(snapshot(runtime.document)).toEqual(before);
    expect(refused.notice?.text).toMatch(/^This document is not set up yet/);
    setUp(runtime);
    summary(runtime);
    const all = lines(runtime.document);
    expect(all[review]).toBe(`H1 ${REVIEW_TITLE}`);
    expect(all.indexOf(`H2 Readiness summary — ${TODAY}`)).toBeGreaterThan(
      review,
    );
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
      criterionIds: ['solving-problems'],
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
