/**
 * Writes planned insertions (pure core output) into the Body (the cursor: ./cursor.ts).
 * Callers hold the document lock (see ./document-session.ts).
 *
 * Every written element states each look the add-on relies on: a new paragraph may take the text
 * attributes of the paragraph before it (a public regression test reports appendParagraph taking
 * the previous paragraph's bold after a heading; the reference is silent), so an entry, a prompt
 * or the summary would otherwise look like whatever stands above it. Looks are set with one
 * attribute map per run (setAttributes), not attribute by attribute, because each call is a round
 * trip to Google's backend: https://developers.google.com/apps-script/reference/document/attribute
 */
import type {
  Block,
  DocumentModel,
  HeadingLevel,
  Insertion,
  TextRun,
} from '../core/document-model';
import {applyInsertions, insertionOrder, plannedIndex} from '../core/setup';
import {alignedBodyText, childRead} from './doc-reader';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;
/** A written paragraph or list item. */
export type Line =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
/** A block as written, with its element. */
type Written = {block: Block; table: Table} | {block: Block; line: Line};

/** An attribute map as setAttributes takes it: DocumentApp.Attribute name -> value (null: unset). */
type AttributeMap = Partial<
  Record<GoogleAppsScript.Document.Attribute, string | boolean | null>
>;

/**
 * The text attributes of a run, every one stated. Body text is neither bold, italic, underlined
 * nor struck through unless the run says so; a heading keeps what its named style gives (null
 * clears an inherited override). Colours, highlight, link, size and font are the paragraph
 * style's own (null).
 */
function textAttributes(run: TextRun, heading: HeadingLevel): AttributeMap {
  const off = heading === 'NORMAL' ? false : null;
  const A = DocumentApp.Attribute;
  return {
    [A.BOLD]: run.bold ?? off,
    [A.ITALIC]: run.italic ?? off,
    [A.UNDERLINE]: off,
    [A.STRIKETHROUGH]: off,
    [A.FOREGROUND_COLOR]: run.color ?? null,
    [A.BACKGROUND_COLOR]: null,
    [A.LINK_URL]: null,
    [A.FONT_SIZE]: null,
    [A.FONT_FAMILY]: null,
  };
}

const PLAIN: TextRun = {text: ''};

function sameAttributes(a: AttributeMap, b: AttributeMap): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A stretch of a written block's text with one look: characters start..end-1 of the block. */
interface Look {
  start: number;
  end: number;
  attributes: AttributeMap;
}

/** Characters of cells in a Text: each cell's paragraph, one line break between them. */
function cellsLength(cells: string[]): number {
  return cells.reduce((sum, cell) => sum + cell.length, cells.length - 1);
}

/** The length of a written block's text, as its element's (or the Body's) Text shows it. */
function writtenLength(block: Block): number {
  return block.type === 'table' && block.rows
    ? cellsLength(block.rows.flat())
    : block.text.length;
}

/**
 * How a written block looks: its base (what every character has unless a run says otherwise)
 * and the runs that differ from it. A table is plain, with a bold header row.
 */
function looksOf(block: Block): {base: AttributeMap; overlays: Look[]} {
  const base = textAttributes(PLAIN, block.heading);
  const overlays: Look[] = [];
  if (block.type === 'table') {
    const rows = block.rows ?? [[block.text]];
    if (rows.length > 1) {
      overlays.push({
        start: 0,
        end: cellsLength(rows[0]),
        attributes: textAttributes({text: '', bold: true}, 'NORMAL'),
      });
    }
    return {base, overlays};
  }
  let start = 0;
  for (const run of block.runs) {
    const end = start + run.text.length;
    const attributes = textAttributes(run, block.heading);
    if (end > start && !sameAttributes(attributes, base))
      overlays.push({start, end, attributes});
    start = end;
  }
  return {base, overlays};
}

/**
 * Applies insertions planned on `model`, the Body as it was read. Each index refers to that
 * Body, so they are applied from the highest index down (the same order as the core's
 * applyInsertions, so the Doc and the reply's model agree): an insertion never shifts one still
 * to come. Then gives every written block its look. Returns each written paragraph or list item
 * by its planned block, for the cursor.
 */
export function writeInsertions(
  body: Body,
  model: DocumentModel,
  insertions: Insertion[],
): Map<Block, Line> {
  const written: Written[] = [];
  for (const position of insertionOrder(insertions)) {
    const {index, blocks, replaces = 0} = insertions[position];
    // The new blocks go after the ones they replace, which are then removed: the Body never has
    // to end with a removed paragraph ("Can't remove the last paragraph in a document section").
    // Each is removed through the element the reader got it as: one call, not two with getChild.
    // https://developers.google.com/apps-script/reference/document/table#removeFromParent()
    const at = index + replaces;
    blocks.forEach((block, offset) =>
      written.push(writeBlock(body, at + offset, block)),
    );
    for (let old = at - 1; old >= index; old -= 1)
      (childRead(model, old) ?? body.getChild(old)).removeFromParent();
  }
  const text = alignedBodyText(model);
  if (text) styleThroughBody(text, model, insertions);
  else written.forEach(styleElement);
  return new Map(
    written.flatMap(entry =>
      'line' in entry ? [[entry.block, entry.line]] : [],
    ),
  );
}

/**
 * Inserts the block's element with its text; a heading gets its style and its text attributes in
 * one map. Body text is styled afterwards (styleThroughBody or styleElement).
 */
function writeBlock(body: Body, index: number, block: Block): Written {
  if (block.type === 'table')
    return {
      block,
      table: body.insertTable(index, block.rows ?? [[block.text]]),
    };
  const line =
    block.type === 'listItem'
      ? body.insertListItem(index, block.text)
      : body.insertParagraph(index, block.text);
  // A new paragraph is a regular one whatever precedes it (the reference's Paragraph sample
  // appends one after a heading): only other styles are stated.
  // https://developers.google.com/apps-script/reference/document/paragraph
  if (block.heading !== 'NORMAL') {
    line.setAttributes({
      ...textAttributes(PLAIN, block.heading),
      [DocumentApp.Attribute.HEADING]:
        DocumentApp.ParagraphHeading[block.heading],
    });
  }
  return {block, line};
}

/**
 * Styles every written block through the Body's Text, whose offsets the model gives when the
 * reader found the Body's text lined up with its children (doc-reader.ts): one call for the base
 * look of each stretch of written body text (consecutive blocks share it), one per run that
 * differs. https://developers.google.com/apps-script/reference/document/text#setAttributes(Integer,Integer,Object)
 */
function styleThroughBody(
  text: Text,
  model: DocumentModel,
  insertions: Insertion[],
): void {
  const blocks = applyInsertions(model, insertions).blocks;
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += writtenLength(block) + 1;
  }
  const writtenIndices = insertions
    .flatMap((insertion, position) =>
      insertion.blocks.map((_, block) =>
        plannedIndex(insertions, {insertion: position, block, offset: 0}),
      ),
    )
    .sort((a, b) => a - b);
  const bases: Look[] = [];
  const overlays: Look[] = [];
  for (const index of writtenIndices) {
    const block = blocks[index];
    const start = starts[index];
    const end = start + writtenLength(block);
    const look = looksOf(block);
    if (block.heading === 'NORMAL') {
      const last = bases[bases.length - 1];
      // Consecutive blocks of one look share a call (the "\n" between them is part of it).
      if (
        last &&
        last.end + 1 === start &&
        sameAttributes(last.attributes, look.base)
      )
        last.end = end;
      else if (end > start) bases.push({start, end, attributes: look.base});
    }
    for (const overlay of look.overlays)
      overlays.push({
        start: start + overlay.start,
        end: start + overlay.end,
        attributes: overlay.attributes,
      });
  }
  for (const look of [...bases, ...overlays])
    if (look.end > look.start)
      text.setAttributes(look.start, look.end - 1, look.attributes);
}

/** Styles one written element through its own Text (when the Body's offsets are not known). */
function styleElement(written: Written): void {
  const look = looksOf(written.block);
  if ('table' in written) {
    written.table.setAttributes(look.base);
    const header = look.overlays[0];
    if (header) written.table.getRow(0).setAttributes(header.attributes);
    return;
  }
  const {block, line} = written;
  if (block.heading === 'NORMAL') line.setAttributes(look.base);
  if (look.overlays.length === 0) return;
  const text: Text = line.editAsText();
  for (const overlay of look.overlays)
    text.setAttributes(overlay.start, overlay.end - 1, overlay.attributes);
}
