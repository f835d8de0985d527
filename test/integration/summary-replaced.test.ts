/**
 * Replacing today's readiness summary (a second Insert on the same day) leaves the Doc exactly as
 * a person would by inserting a new summary and deleting the old one by hand: the same text, the
 * same looks (headings, styles), the same mark in the Doc's properties and the same cursor. Each
 * case is run twice on identical Docs: once replaced by the add-on, once the other way (the old
 * summary dated the day before so it is history, a new one inserted after it, the old one
 * deleted), whether the summary grows or shrinks by a line, a person restyled it, bulleted a line
 * or left the cursor in it, and in a Doc with tabs.
 */
import {
  EmulatedDocument,
  type BlockJSON,
} from '../../dev/emulator/document/index';
import type {DocNode} from '../../dev/emulator/document/doc-node';
import type {Runtime} from '../../dev/emulator/runtime';
import type {SidebarState} from '../../src/contract';
import * as api from '../../src/server/api';
import * as completion from '../../src/server/completion-api';
import {
  TODAY,
  chooseRole,
  execute,
  lines,
  para,
  runtimeFor,
  setUpRuntime,
  snapshot,
  state,
  writeTrainingEntry,
  writeTrustEntry,
} from './fixture';

const HEADING = `Readiness summary — ${TODAY}`;
const YESTERDAY = '2026-11-23';
const ACTION = 'Run the next retrospective on your own';
const PROGRAM_TAB = 'Tracking';

type Body = GoogleAppsScript.Document.Body;

function insertSummary(runtime: Runtime): SidebarState {
  return execute(runtime, () => api.insertReadinessSummary({today: TODAY}));
}

/** The Body holding the program: the Doc's own, or the program tab's in a Doc with tabs. */
function programBody(): Body {
  const document = DocumentApp.getActiveDocument();
  const tabs = document.getTabs();
  if (tabs.length === 1) return document.getBody();
  const tab = tabs.find(candidate => candidate.getTitle() === PROGRAM_TAB);
  if (!tab) throw new Error(`No tab titled "${PROGRAM_TAB}".`);
  return tab.asDocumentTab().getBody();
}

/** The same, as the emulation's nodes (to put a person's cursor there). */
function programNode(runtime: Runtime): DocNode {
  const tab = runtime.document.tabs.find(
    candidate => candidate.title === PROGRAM_TAB,
  );
  return (tab ?? runtime.document.tabs[0]).body;
}

/** The index of the Body child whose text is `text` (inside execute()). */
function childWithText(body: Body, text: string): number {
  for (let index = 0; index < body.getNumChildren(); index += 1) {
    const child = body.getChild(index);
    const type = child.getType();
    const line =
      type === DocumentApp.ElementType.PARAGRAPH
        ? child.asParagraph()
        : type === DocumentApp.ElementType.LIST_ITEM
          ? child.asListItem()
          : null;
    if (line?.getText() === text) return index;
  }
  throw new Error(`No line "${text}".`);
}

/** The number of blocks today's summary has, from the mark the add-on stored. */
function summaryLength(runtime: Runtime): number {
  const stored = runtime.properties.document.get('lmp.summary');
  if (stored === undefined) throw new Error('No summary mark stored.');
  return (JSON.parse(stored) as {blocks: number}).blocks;
}

/** A person's cursor `offset` characters into the line starting with `start`. */
function putCursor(runtime: Runtime, start: string, offset: number): void {
  const line = programNode(runtime).children.find(child =>
    child.children.some(
      text => text.type === 'TEXT' && text.text.startsWith(start),
    ),
  );
  const text = line?.children.find(child => child.type === 'TEXT');
  if (!text) throw new Error(`No line starting "${start}".`);
  runtime.document.cursor = {node: text, offset};
}

/**
 * The other way round: today's summary dated the day before (so the add-on keeps it as history),
 * a new one inserted (after it, at the end of the review section), then the old one deleted.
 */
function insertNewAndDeleteOld(runtime: Runtime): SidebarState {
  const length = summaryLength(runtime);
  execute(runtime, () => {
    const body = programBody();
    const heading = body
      .getChild(childWithText(body, HEADING))
      .asParagraph()
      .editAsText();
    const date = HEADING.length - TODAY.length;
    heading.deleteText(date, HEADING.length - 1).appendText(YESTERDAY);
  });
  const reply = insertSummary(runtime);
  execute(runtime, () => {
    const body = programBody();
    const old = childWithText(body, `Readiness summary — ${YESTERDAY}`);
    for (let index = old + length - 1; index >= old; index -= 1)
      body.getChild(index).removeFromParent();
  });
  return reply;
}

/**
 * Builds the same Doc twice (`build` leaves today's summary in it, and a change since), lets
 * `edit` do a person's edits to each, then replaces the summary in one and goes the other way in
 * the other: the two Docs and their stored marks must be the same.
 */
function expectReplacedAsByHand(
  build: () => Runtime,
  edit: (runtime: Runtime) => void = () => {},
): {runtime: Runtime; before: number; after: number} {
  const replaced = build();
  const byHand = build();
  edit(replaced);
  edit(byHand);
  const before = summaryLength(replaced);

  const reply = insertSummary(replaced);
  expect(reply.notice?.text).toBe(
    `Readiness summary for ${TODAY} updated with the current check.`,
  );
  expect(insertNewAndDeleteOld(byHand).notice?.text).toBe(
    `Readiness summary for ${TODAY} inserted in the review section.`,
  );

  expect(snapshot(replaced.document)).toEqual(snapshot(byHand.document));
  expect(replaced.properties.document).toEqual(byHand.properties.document);
  return {runtime: replaced, before, after: summaryLength(replaced)};
}

/** Set up, today's summary inserted, then training evidenced: a History line appears. */
function growing(): Runtime {
  const runtime = setUpRuntime();
  insertSummary(runtime);
  writeTrainingEntry(runtime, TODAY);
  return runtime;
}

/**
 * A review outcome recorded when today's summary is inserted, then deleted by hand (the manager
 * recorded it by mistake): the summary's line on that review goes.
 */
function shrinking(): Runtime {
  const runtime = setUpRuntime();
  writeTrainingEntry(runtime, '2026-11-10');
  chooseRole(runtime, 'manager');
  execute(runtime, () =>
    completion.recordReviewOutcome({
      today: TODAY,
      outcome: 'further-actions',
      actions: [ACTION],
    }),
  );
  insertSummary(runtime);
  execute(runtime, () => {
    const body = programBody();
    for (const line of [
      `Leadership group decision on ${TODAY}: further targeted actions.`,
      `Targeted action (${TODAY}): ${ACTION}`,
    ])
      body.getChild(childWithText(body, line)).removeFromParent();
  });
  return runtime;
}

/** Training evidenced, today's summary inserted, then building trust evidenced: same length. */
function sameLength(): Runtime {
  const runtime = setUpRuntime();
  writeTrainingEntry(runtime, '2026-11-10');
  insertSummary(runtime);
  writeTrustEntry(runtime, TODAY);
  return runtime;
}

/**
 * What a person may do to the add-on's summary that leaves its words as they were (so it is still
 * the add-on's own): restyle words and lines, centre a line, change punctuation, make a line a
 * bullet.
 */
function restyleSummary(runtime: Runtime): void {
  execute(runtime, () => {
    const body = programBody();
    const heading = childWithText(body, HEADING);
    body.getChild(heading).asParagraph().editAsText().setItalic(true);
    const verdict = body.getChild(heading + 1).asParagraph();
    verdict.editAsText().setBold(0, 3, false).setForegroundColor('#d93025');
    verdict.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    const end = verdict.getText().length - 1;
    verdict.editAsText().deleteText(end, end).appendText('!');
    const table = body.getChild(heading + 3).asTable();
    table.getCell(1, 1).editAsText().setUnderline(true);
    const log = body.getChild(heading + 4).asParagraph();
    const text = log.getText();
    log.removeFromParent();
    body.insertListItem(heading + 4, text);
  });
}

describe("Replacing today's summary leaves the Doc as inserting a new one and deleting the old by hand", () => {
  it('when the new summary has a line more than the old', () => {
    const {before, after} = expectReplacedAsByHand(growing);
    expect([before, after]).toEqual([5, 6]);
  });

  it('when the new summary has a line fewer than the old', () => {
    const {before, after} = expectReplacedAsByHand(shrinking);
    expect([before, after]).toEqual([7, 6]);
  });

  it('when a person restyled it, centred a line, changed punctuation and made a line a bullet', () => {
    const {runtime} = expectReplacedAsByHand(sameLength, restyleSummary);
    const all = lines(runtime.document);
    const heading = all.indexOf(`H2 ${HEADING}`);
    expect(all[heading + 1]).toBe(
      'Verdict: Not ready yet: 4 of 5 areas need more evidence.',
    );
    expect(all[heading + 4]).toMatch(/^One-on-one log: /);
  });

  it("with the person's cursor in the old summary: it is not left in a removed line", () => {
    const {runtime} = expectReplacedAsByHand(sameLength, person =>
      putCursor(person, 'One-on-one log:', 4),
    );
    expect(runtime.document.toJSON().cursor).toBeNull();
  });

  it("with the person's cursor above the summary: it stays where it was", () => {
    const {runtime} = expectReplacedAsByHand(sameLength, person =>
      putCursor(person, 'Candidate:', 3),
    );
    const cursor = runtime.document.toJSON().cursor;
    expect(cursor && lines(runtime.document)[cursor.path[0] ?? -1]).toMatch(
      /^Candidate: /,
    );
  });

  it('in a Doc with tabs, the program in one tab while the person views and types in another', () => {
    const tabbed = (): Runtime => {
      const setUp: BlockJSON[] = setUpRuntime().document.toJSON().body;
      const runtime = runtimeFor(
        EmulatedDocument.withTabs(
          [
            {title: PROGRAM_TAB, blocks: setUp},
            {title: 'Notes', blocks: [para('Team notes.')]},
          ],
          {activeTitle: 'Notes'},
        ),
      );
      chooseRole(runtime, 'candidate');
      writeTrainingEntry(runtime, '2026-11-10');
      insertSummary(runtime);
      writeTrustEntry(runtime, TODAY);
      const notes = runtime.document.tabs[1].body.children[0].children[0];
      runtime.document.cursor = {node: notes, offset: 4};
      return runtime;
    };
    const {runtime} = expectReplacedAsByHand(tabbed, restyleSummary);
    const json = runtime.document.toJSON();
    const program = json.tabs?.find(tab => tab.title === PROGRAM_TAB);
    expect(
      program?.body.filter(block =>
        JSON.stringify(block).includes('Readiness summary'),
      ),
    ).toHaveLength(1);
    expect(json.cursor).toMatchObject({tabId: runtime.document.tabs[1].id});
  });
});

describe("Replacing today's summary through what the read got", () => {
  it('removes the old lines without looking any of them up again (no Body.getChild)', () => {
    const runtime = sameLength();
    runtime.calls.reset();
    insertSummary(runtime);
    expect(runtime.calls.count('Body.getChild')).toBe(0);
    expect(
      lines(runtime.document).filter(line => line.endsWith(HEADING)),
    ).toHaveLength(1);
  });

  it('is the same when the Doc is read child by child (its text does not line up)', () => {
    // A table with no rows has no line in the Body's text: the reader reads child by child.
    const runtime = sameLength();
    execute(runtime, () => programBody().insertTable(1));
    runtime.calls.reset();
    state(runtime);
    expect(runtime.calls.count('Body.getChild')).toBeGreaterThan(0);
    expectReplacedAsByHand(() => {
      const copy = runtimeFor(
        EmulatedDocument.fromJSON(runtime.document.toJSON()),
      );
      for (const [key, value] of runtime.properties.document)
        copy.properties.document.set(key, value);
      chooseRole(copy, 'candidate');
      return copy;
    });
  });
});
