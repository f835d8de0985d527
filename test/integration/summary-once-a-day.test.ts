/**
 * The readiness summary for the leadership group, on the emulated runtime: one a day, replaced
 * with the current one on a second Insert (never a person's writing, never an earlier day's),
 * whatever the review section's heading level or how often it appears; only on a Doc that is set
 * up; and laid out for a reader on a page.
 */
import type {Runtime} from '../../dev/emulator/runtime';
import * as api from '../../src/server/api';
import {
  AREA_TITLES,
  REVIEW_TITLE,
  TODAY,
  addEvidence,
  appendHeading,
  chooseRole,
  doc,
  execute,
  h1,
  indexOfLine,
  keptInOrder,
  lines,
  para,
  runtimeFor,
  blockLine,
  setUpRuntime,
  snapshot,
  state,
  tableRowsAt,
  typeOverPrompt,
  withoutNotice,
  writeTrainingEntry,
  writeTrustEntry,
} from './fixture';

const HEADING = `Readiness summary — ${TODAY}`;
const KEPT = `The readiness summary for ${TODAY} in the document holds changes made by hand, so it was left as it is and nothing was added. To replace it with the current check, delete it, then insert again.`;

function insertSummary(runtime: Runtime, today = TODAY) {
  return execute(runtime, () => api.insertReadinessSummary({today}));
}

/** Lines that are a summary heading for `date`, whatever their style. */
function summaryHeadings(runtime: Runtime, date = TODAY): string[] {
  return lines(runtime.document).filter(line =>
    line.endsWith(`Readiness summary — ${date}`),
  );
}

/** The table of the summary headed `Readiness summary — date`. */
function summaryTable(runtime: Runtime, date = TODAY): string[][] {
  const all = lines(runtime.document);
  const heading = all.findIndex(line =>
    line.endsWith(`Readiness summary — ${date}`),
  );
  const offset = all
    .slice(heading)
    .findIndex(line => line.startsWith('[table]'));
  return tableRowsAt(runtime.document, heading + offset);
}

/** Training evidenced by the candidate, the rest still empty. */
function withTraining(runtime: Runtime): void {
  writeTrainingEntry(runtime, '2026-11-10');
}

function setHeading(
  runtime: Runtime,
  index: number,
  heading: 'HEADING2' | 'HEADING6',
): void {
  execute(runtime, () =>
    DocumentApp.getActiveDocument()
      .getBody()
      .getChild(index)
      .asParagraph()
      .setHeading(DocumentApp.ParagraphHeading[heading]),
  );
}

describe("A second Insert on the same day replaces today's summary", () => {
  it('with the current one, in the same place, and says so', () => {
    const runtime = setUpRuntime();
    withTraining(runtime);
    insertSummary(runtime);
    const first = summaryTable(runtime);
    expect(first[2]).toEqual(['One-on-ones', 'Missing', expect.any(String)]);

    writeTrustEntry(runtime, TODAY);
    const reply = insertSummary(runtime);

    expect(summaryHeadings(runtime)).toHaveLength(1);
    expect(summaryTable(runtime)[2]).toEqual([
      'One-on-ones',
      'In progress',
      expect.stringContaining('1 of 4 criteria covered'),
    ]);
    expect(reply.notice).toEqual({
      tone: 'success',
      text: `Readiness summary for ${TODAY} updated with the current check.`,
    });
    // The summary is no evidence: the reply equals a fresh check.
    expect(withoutNotice(reply)).toEqual(state(runtime));
  });

  it("keeps what people wrote around it, and earlier days' summaries as they were", () => {
    const runtime = setUpRuntime();
    withTraining(runtime);
    insertSummary(runtime, '2026-11-20');
    insertSummary(runtime);
    const end = lines(runtime.document).length - 1;
    execute(runtime, () =>
      DocumentApp.getActiveDocument()
        .getBody()
        .insertParagraph(end, 'Sam: shared with the leadership group.'),
    );
    const before = snapshot(runtime.document).body;
    const yesterday = summaryTable(runtime, '2026-11-20');

    writeTrustEntry(runtime, TODAY);
    insertSummary(runtime);

    const after = snapshot(runtime.document).body;
    expect(summaryTable(runtime, '2026-11-20')).toEqual(yesterday);
    expect(summaryHeadings(runtime, '2026-11-20')).toHaveLength(1);
    expect(summaryHeadings(runtime)).toHaveLength(1);
    expect(summaryTable(runtime)[2]?.[1]).toBe('In progress');
    expect(lines(runtime.document).slice(-2)).toEqual([
      'Sam: shared with the leadership group.',
      '',
    ]);
    // Everything but today's summary stands as it was, in order.
    const heading = before.findIndex(
      block => blockLine(block) === `H2 ${HEADING}`,
    );
    // Today's summary: its heading, verdict, table, log and stage lines, then (dated evidence) History.
    const summaryLength = before
      .slice(heading)
      .findIndex(block => blockLine(block).startsWith('History:'));
    expect(summaryLength).toBe(5);
    const untouched = [
      ...before.slice(0, heading),
      ...before.slice(heading + summaryLength + 1),
    ];
    expect(keptInOrder(untouched, after)).toBe(true);
  });

  it('never replaces a summary a person changed: it is kept, nothing is added, and the reply says why', () => {
    const runtime = setUpRuntime();
    insertSummary(runtime);
    const heading = indexOfLine(runtime.document, `H2 ${HEADING}`);
    const tableIndex = lines(runtime.document).findIndex(
      (line, index) => index > heading && line.startsWith('[table]'),
    );
    execute(runtime, () =>
      DocumentApp.getActiveDocument()
        .getBody()
        .getChild(tableIndex)
        .asTable()
        .getCell(1, 2)
        .editAsText()
        .appendText(' Sam: reviewed in person.'),
    );
    const before = snapshot(runtime.document);

    withTraining(runtime);
    const reply = insertSummary(runtime);

    expect(summaryHeadings(runtime)).toHaveLength(1);
    expect(JSON.stringify(snapshot(runtime.document))).toContain(
      'Sam: reviewed in person.',
    );
    expect(keptInOrder(before.body, snapshot(runtime.document).body)).toBe(
      true,
    );
    expect(reply.notice).toEqual({
      tone: 'info',
      text: KEPT,
    });
  });

  it("never takes a person's own table under a heading of today's summary for the add-on's", () => {
    const runtime = setUpRuntime();
    const end = lines(runtime.document).length - 1;
    execute(runtime, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      body
        .insertParagraph(end, HEADING)
        .setHeading(DocumentApp.ParagraphHeading.HEADING2);
      body.insertTable(end + 1, [
        ['Area', 'Status', 'Evidence'],
        ['Performance review', 'Missing', 'Our own notes.'],
      ]);
    });
    const before = snapshot(runtime.document);

    const reply = insertSummary(runtime);

    expect(snapshot(runtime.document)).toEqual(before);
    expect(reply.notice).toEqual({
      tone: 'info',
      text: KEPT,
    });
  });
});

describe('Once a day, whatever the review heading looks like', () => {
  it('with the review heading at Heading 6: one summary a day, and the next day after it', () => {
    const runtime = setUpRuntime();
    setHeading(
      runtime,
      indexOfLine(runtime.document, `H1 ${REVIEW_TITLE}`),
      'HEADING6',
    );
    insertSummary(runtime, '2026-11-23');
    insertSummary(runtime);
    withTraining(runtime);
    insertSummary(runtime);
    insertSummary(runtime);

    expect(summaryHeadings(runtime)).toHaveLength(1);
    expect(summaryHeadings(runtime, '2026-11-23')).toHaveLength(1);
    const all = lines(runtime.document);
    const earlier = all.findIndex(line =>
      line.endsWith('Readiness summary — 2026-11-23'),
    );
    const later = all.findIndex(line => line.endsWith(HEADING));
    expect(later).toBeGreaterThan(earlier);
    expect(summaryTable(runtime)[3]).toEqual([
      'Leadership training',
      'Evidenced',
      expect.any(String),
    ]);
  });

  it('with a second "Review & Recommendation" heading: one summary a day', () => {
    const runtime = setUpRuntime();
    appendHeading(runtime, 'HEADING2', 'Review & Recommendation');
    insertSummary(runtime);
    withTraining(runtime);
    insertSummary(runtime);
    insertSummary(runtime);
    expect(summaryHeadings(runtime)).toHaveLength(1);
  });

  it('with the review section duplicated at the same level: one summary a day', () => {
    const runtime = setUpRuntime();
    appendHeading(
      runtime,
      'HEADING1',
      'Review & Recommendation',
      'Notes from the second review.',
    );
    insertSummary(runtime);
    withTraining(runtime);
    insertSummary(runtime);
    expect(summaryHeadings(runtime)).toHaveLength(1);
  });

  it("today's summary moved elsewhere by a person is still today's", () => {
    const runtime = setUpRuntime();
    insertSummary(runtime);
    // Move the whole summary to the top of the Doc, below the title.
    execute(runtime, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      const all: GoogleAppsScript.Document.Element[] = [];
      let index = 0;
      while (index < body.getNumChildren()) {
        const child = body.getChild(index);
        const text =
          child.getType() === DocumentApp.ElementType.PARAGRAPH
            ? child.asParagraph().getText()
            : '';
        if (text.endsWith(HEADING)) break;
        index += 1;
      }
      for (let taken = 0; taken < 4; taken += 1)
        all.push(body.getChild(index).removeFromParent());
      all.forEach((element, offset) => {
        const at = 1 + offset;
        if (element.getType() === DocumentApp.ElementType.TABLE)
          body.insertTable(at, element.asTable());
        else body.insertParagraph(at, element.asParagraph());
      });
    });
    withTraining(runtime);
    insertSummary(runtime);
    expect(summaryHeadings(runtime)).toHaveLength(1);
    expect(lines(runtime.document)[1]).toBe(`H2 ${HEADING}`);
  });
});

describe('On a Doc that is not set up', () => {
  it('writes nothing and offers Set up first', () => {
    const document = doc(
      h1(REVIEW_TITLE),
      para('Sam recommends Alex.'),
      h1(AREA_TITLES[2]),
      para('Leading Teams 101.'),
    );
    const runtime = runtimeFor(document);
    const before = snapshot(document);

    const reply = insertSummary(runtime);

    expect(snapshot(document)).toEqual(before);
    expect(reply.documentReady).toBe(false);
    expect(reply.notice).toEqual({
      tone: 'info',
      text: 'This document is not set up yet, so no summary was inserted. Set up the document first (it adds only the missing parts), then insert the summary.',
    });
  });

  it('writes nothing on a blank Doc either', () => {
    const runtime = runtimeFor(doc(para('')));
    const before = snapshot(runtime.document);
    insertSummary(runtime);
    expect(snapshot(runtime.document)).toEqual(before);
  });
});

describe('The summary reads well on a page, without the add-on', () => {
  /** Set up, training by the candidate, building trust by the manager, a hand-typed line. */
  function mixed(): Runtime {
    const runtime = setUpRuntime();
    withTraining(runtime);
    chooseRole(runtime, 'manager');
    writeTrustEntry(runtime, '2026-11-12');
    const at = indexOfLine(runtime.document, `H1 ${AREA_TITLES[1]}`) + 2;
    execute(runtime, () =>
      DocumentApp.getActiveDocument()
        .getBody()
        .insertParagraph(at, 'We moved our one-on-ones to Monday mornings.'),
    );
    return runtime;
  }

  it('the verdict first, then a table of few columns with short area names', () => {
    const runtime = mixed();
    insertSummary(runtime);
    const all = lines(runtime.document);
    const heading = all.indexOf(`H2 ${HEADING}`);
    expect(all[heading + 1]).toBe(
      'Verdict: Not ready yet: 4 of 5 areas need more evidence.',
    );
    // The stage next, in step with the verdict.
    expect(all[heading + 2]).toMatch(/^Stage: Collecting evidence\. /);
    const rows = summaryTable(runtime);
    expect(rows[0]).toEqual(['Area', 'Status', 'Evidence']);
    expect(rows.map(row => row[0])).toEqual([
      'Area',
      'Performance review',
      'One-on-ones',
      'Leadership training',
      'Leadership skills',
      'Development process',
    ]);
    expect(rows.every(row => row.length <= 3)).toBe(true);
    // Then the weekly one-on-ones, in a line of its own.
    expect(all[heading + 4]).toBe('One-on-one log: no entries yet.');
  });

  it('keeps dates out of the narrow columns, and says in words who recorded the entries', () => {
    const runtime = mixed();
    insertSummary(runtime);
    const rows = summaryTable(runtime);
    for (const row of rows)
      for (const cell of row.slice(0, -1))
        expect(cell).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(rows[2]).toEqual([
      'One-on-ones',
      'In progress',
      '1 of 4 criteria covered. Still to cover: Gaining a shared context; Planning and supporting career growth; Solving problems. 2 entries: 1 recorded by the sponsoring manager, 1 that does not say who recorded it; 1 confirmed by the sponsoring manager; newest 2026-11-12.',
    ]);
    expect(rows[3]).toEqual([
      'Leadership training',
      'Evidenced',
      '1 entry, recorded by the candidate; none confirmed by the sponsoring manager; newest 2026-11-10.',
    ]);
  });

  it('never holds add-on instructions, nor speaks to its users', () => {
    const runtime = mixed();
    insertSummary(runtime);
    const all = lines(runtime.document);
    const summary = all.slice(all.indexOf(`H2 ${HEADING}`)).join('\n');
    expect(summary).not.toMatch(/set up|add-on|sidebar|check again|go to/i);
    expect(summary).not.toMatch(/\byou\b|\bboth\b/i);
  });

  it('says the people-leadership examples without contradicting the status', () => {
    const runtime = setUpRuntime();
    addEvidence(runtime, {sectionId: 'leadership-skills', kindId: 'general'});
    typeOverPrompt(
      runtime,
      'What happened',
      'Ran our first team offsite.',
      indexOfLine(runtime.document, `H3 ${TODAY} · General`),
    );
    const reply = insertSummary(runtime);
    expect(summaryTable(runtime)[4]).toEqual([
      'Leadership skills',
      'Evidenced',
      `Examples shown: 0 of 10 (any evidence counts). 1 entry, recorded by the candidate; none confirmed by the sponsoring manager; newest ${TODAY}.`,
    ]);
    const skills = reply.report.areas[3];
    expect(skills?.status).toBe('evidenced');
    expect(skills?.coverage).toBe(
      'Examples shown: 0 of 10 — evidence overall counts',
    );
  });
});
