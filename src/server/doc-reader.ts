/**
 * Body -> DocumentModel. Every Document-service call crosses into Google's backend, so the reader
 * asks in bulk: the Body's paragraphs, its whole text and the starts of its style runs, its tables
 * and its images, each in one call; then one call per top-level paragraph (its heading), and a call
 * more only where the core can tell the difference (outline.ts colourCanMatter, kindCanMatter):
 * about 1.1 calls per Body child on a tracking Doc.
 *
 * The bulk results are lined up by position (the n-th paragraph is the n-th line of the Body's
 * text; a table's lines are its cells' paragraphs), which the reference implies but does not state
 * for every element kind; selftest/checks/bulk-read.ts checks it, on the emulation in npm test and on
 * real Google in the live self-test.
 * Where they do not line up (a table of contents, an empty table, anything unforeseen), the reader
 * falls back to reading child by child, which costs about 8 calls per child but needs no
 * alignment.
 */
import {
  HEADING_LEVELS,
  type Block,
  type DocumentModel,
  type HeadingLevel,
  type TextRun,
} from '../core/document-model';
import {colourCanMatter, kindCanMatter} from '../core/outline';
import {PROGRAM} from '../core/program-data';
import type {Program} from '../core/program';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;
type Table = GoogleAppsScript.Document.Table;
/** A Body child as the reader got it: a Paragraph, ListItem, Table or other Element. */
export type Child = Pick<GoogleAppsScript.Document.Element, 'removeFromParent'>;

/** A model and the Body children it was read from: children[i] is blocks[i]'s element. */
interface Read {
  model: DocumentModel;
  children: Child[];
}

/** A bulk read: also the Body's Text it was read from, whose lines are the model's blocks. */
interface BulkRead extends Read {
  text: Text;
}

export function readBody(
  body: Body,
  program: Program = PROGRAM,
): DocumentModel {
  const bulk = readInBulk(body, program);
  if (bulk) aligned.set(bulk.model, bulk.text);
  const {model, children} = bulk ?? readChildren(body);
  childrenRead.set(model, children);
  return model;
}

/** The Body's children each model was read from, in the model's order. */
const childrenRead = new WeakMap<DocumentModel, Child[]>();

/**
 * The element block `index` of `model` was read from, so a writer changes it without another
 * Body.getChild call; undefined for a model readBody did not make. The element stays bound to that
 * child while the Doc changes around it (the reference removes every image Body.getImages() gave
 * it, one by one, each removal changing the Body:
 * https://developers.google.com/apps-script/reference/document/container-element#removeFromParent()),
 * and selftest/checks/writer.ts checks it on real Google.
 */
export function childRead(
  model: DocumentModel,
  index: number,
): Child | undefined {
  return childrenRead.get(model)?.[index];
}

/** Models read in bulk, and the Body's Text each was read from. */
const aligned = new WeakMap<DocumentModel, Text>();

/**
 * The Body's Text when `model` was read in bulk, so a block's offset in it follows from the
 * texts of the blocks before it (the writer styles through it then); null otherwise. It is the
 * Body itself as Text ("a Text version of the current element"), so it shows the Body as it is
 * when used, after the writer's inserts: no second editAsText call. The reference is silent on a
 * Text used after its element changed; selftest/checks/writer.ts checks it on real Google.
 * https://developers.google.com/apps-script/reference/document/body#editAsText()
 */
export function alignedBodyText(model: DocumentModel): Text | null {
  return aligned.get(model) ?? null;
}

/** A stretch of the Body's text: a line (one paragraph) or a top-level table's lines. */
interface Slot {
  /** Index in Body.getParagraphs() of its first paragraph (= its first line). */
  line: number;
  /** The table's text, or null for a paragraph. */
  table: string | null;
}

/**
 * The bulk read, or null when the bulk results do not line up with the Body's children.
 * https://developers.google.com/apps-script/reference/document/body#getParagraphs()
 * https://developers.google.com/apps-script/reference/document/body#editAsText()
 * https://developers.google.com/apps-script/reference/document/text#getTextAttributeIndices()
 */
function readInBulk(body: Body, program: Program): BulkRead | null {
  const childCount = body.getNumChildren();
  const paragraphs = body.getParagraphs();
  const text = body.editAsText();
  const content = text.getText();
  const lines = content.split('\n');
  if (lines.length !== paragraphs.length) return null;

  const tables = new Map<number, {element: Table; text: string}>();
  for (const table of body.getTables()) {
    const index = childIndex(body, table);
    // A table inside a table cell is part of its outer table's text.
    if (index >= 0) tables.set(index, {element: table, text: table.getText()});
  }
  const slots: Slot[] = [];
  const children: Child[] = [];
  let line = 0;
  for (let index = 0; index < childCount; index += 1) {
    const table = tables.get(index);
    if (table === undefined) {
      slots.push({line, table: null});
      children.push(paragraphs[line]);
      line += 1;
      continue;
    }
    const count = table.text.split('\n').length;
    if (lines.slice(line, line + count).join('\n') !== table.text) return null;
    slots.push({line, table: table.text});
    children.push(table.element);
    line += count;
  }
  if (line !== lines.length) return null;

  const lineStarts = startsOf(lines);
  const runStarts = text.getTextAttributeIndices();
  let nextRun = 0;
  const blocks = slots.map(({line, table}): Block => {
    if (table !== null)
      return {type: 'table', heading: 'NORMAL', text: table, runs: []};
    const paragraph = paragraphs[line];
    const heading = headingLevel(paragraph.getHeading());
    const lineText = lines[line];
    const start = lineStarts[line];
    const end = start + lineText.length;
    // The style runs that start inside this line (the line's own start is always one).
    const starts = [start];
    while (nextRun < runStarts.length && runStarts[nextRun] < end) {
      if (runStarts[nextRun] > start) starts.push(runStarts[nextRun]);
      nextRun += 1;
    }
    const isListItem =
      kindCanMatter(program, heading, lineText) &&
      paragraph.getType() === DocumentApp.ElementType.LIST_ITEM;
    return {
      type: isListItem ? 'listItem' : 'paragraph',
      heading,
      text: lineText,
      runs:
        lineText === ''
          ? []
          : starts.map((runStart, position) => {
              const runText = content.slice(
                runStart,
                position + 1 < starts.length ? starts[position + 1] : end,
              );
              return {
                text: runText,
                color: colourCanMatter(program, runText, lineText)
                  ? lowerCase(text.getForegroundColor(runStart))
                  : null,
              };
            }),
    };
  });
  markImages(body, blocks);
  return {model: {blocks}, children, text};
}

/** Where each line starts in the text they were split from ("\n" between them). */
function startsOf(lines: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/**
 * The per-child reader: type, heading, text and every style run's colour of each Body child.
 * Needs no alignment, so it reads any Body, at about 8 calls per child; also the reference the
 * bulk read is tested against.
 */
export function readChildByChild(body: Body): DocumentModel {
  return readChildren(body).model;
}

function readChildren(body: Body): Read {
  const childCount = body.getNumChildren();
  const blocks: Block[] = [];
  const children: Child[] = [];
  for (let index = 0; index < childCount; index += 1) {
    const child = body.getChild(index);
    children.push(child);
    blocks.push(readBlock(child));
  }
  markImages(body, blocks);
  return {model: {blocks}, children};
}

function readBlock(element: GoogleAppsScript.Document.Element): Block {
  const type = element.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) {
    const paragraph = element.asParagraph();
    return readTextBlock(
      'paragraph',
      headingLevel(paragraph.getHeading()),
      paragraph.editAsText(),
    );
  }
  if (type === DocumentApp.ElementType.LIST_ITEM) {
    const item = element.asListItem();
    return readTextBlock(
      'listItem',
      headingLevel(item.getHeading()),
      item.editAsText(),
    );
  }
  if (type === DocumentApp.ElementType.TABLE) {
    return {
      type: 'table',
      heading: 'NORMAL',
      text: element.asTable().getText(),
      runs: [],
    };
  }
  return {type: 'other', heading: 'NORMAL', text: '', runs: []};
}

/** ParagraphHeading enum values print their names; anything unforeseen reads as body text. */
function headingLevel(
  heading: GoogleAppsScript.Document.ParagraphHeading,
): HeadingLevel {
  const name = String(heading);
  return HEADING_LEVELS.find(level => level === name) ?? 'NORMAL';
}

function lowerCase(color: string | null): string | null {
  return color ? color.toLowerCase() : null;
}

function readTextBlock(
  type: 'paragraph' | 'listItem',
  heading: HeadingLevel,
  text: Text,
): Block {
  const content = text.getText();
  return {
    type,
    heading,
    text: content,
    runs: content === '' ? [] : readRuns(text, content),
  };
}

/** Splits the text where its attributes change and reads each run's foreground colour. */
function readRuns(text: Text, content: string): TextRun[] {
  const starts = text.getTextAttributeIndices();
  return starts.map((start, position) => {
    const end =
      position + 1 < starts.length ? starts[position + 1] : content.length;
    return {
      text: content.slice(start, end),
      color: lowerCase(text.getForegroundColor(start)),
    };
  });
}

/**
 * An image is content even without text. Body.getImages() finds them all in one call; only images
 * standing in a top-level paragraph or list item are attributed to a block.
 */
function markImages(body: Body, blocks: Block[]): void {
  for (const image of body.getImages()) {
    const block = blocks[childIndex(body, image.getParent())];
    if (block) block.hasImage = true;
  }
}

/** The element's index among the Body's children, or -1 when it is not one of them. */
function childIndex(
  body: Body,
  element: GoogleAppsScript.Document.Element,
): number {
  try {
    return body.getChildIndex(element);
  } catch {
    // Not a child of the Body (e.g. inside a table cell).
    return -1;
  }
}
