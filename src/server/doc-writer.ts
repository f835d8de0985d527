/**
 * Writes planned insertions (pure core output) into the Body, and places the cursor.
 * Callers hold the document lock (see ./document-session.ts).
 */
import type {Block, Insertion, TextRun} from '../core/document-model';
import {insertionOrder} from '../core/setup';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;
type Text = GoogleAppsScript.Document.Text;
/** A written paragraph or list item: what the cursor can be placed in. */
type Line =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/**
 * Applies insertions planned on the current Body. Each index refers to the Body as it was read,
 * so they are applied from the highest index down (the same order as the core's applyInsertions,
 * so the Doc and the reply's model agree): an insertion never shifts one still to come.
 */
export function writeInsertions(body: Body, insertions: Insertion[]): void {
  for (const position of insertionOrder(insertions)) {
    const {index, blocks, replaces = 0} = insertions[position];
    // The new blocks go after the ones they replace, which are then removed: the Body never has
    // to end with a removed paragraph ("Can't remove the last paragraph in a document section").
    // https://developers.google.com/apps-script/reference/document/table#removeFromParent()
    const at = index + replaces;
    blocks.forEach((block, offset) => writeBlock(body, at + offset, block));
    for (let old = at - 1; old >= index; old -= 1)
      body.getChild(old).removeFromParent();
  }
}

function writeBlock(body: Body, index: number, block: Block): void {
  if (block.type === 'table') {
    const table = body.insertTable(index, block.rows ?? [[block.text]]);
    if (table.getNumRows() > 1) table.getRow(0).editAsText().setBold(true);
    return;
  }
  const element =
    block.type === 'listItem'
      ? body.insertListItem(index, block.text)
      : body.insertParagraph(index, block.text);
  element.setHeading(DocumentApp.ParagraphHeading[block.heading]);
  styleRuns(element.editAsText(), block.runs);
}

/** Sets only the attributes a run states; unset (or a null colour) means "as the paragraph has it". */
function styleRuns(text: Text, runs: TextRun[]): void {
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length - 1;
    if (end >= start) {
      if (run.bold !== undefined) text.setBold(start, end, run.bold);
      if (run.italic !== undefined) text.setItalic(start, end, run.italic);
      if (run.color) text.setForegroundColor(start, end, run.color);
    }
    start = end + 1;
  }
}

/**
 * Puts the user's cursor `offset` characters into the Body's child `index` (the first prompt of a
 * new entry, or the start of a section or entry to jump to).
 */
export function placeCursor(
  document: Document,
  body: Body,
  index: number,
  offset = 0,
): void {
  const child = body.getChild(index);
  const type = child.getType();
  const position =
    type === DocumentApp.ElementType.PARAGRAPH
      ? positionIn(document, child.asParagraph(), offset)
      : type === DocumentApp.ElementType.LIST_ITEM
        ? positionIn(document, child.asListItem(), offset)
        : document.newPosition(child, 0);
  document.setCursor(position);
}

/**
 * A position `offset` characters into a paragraph. Character offsets belong to a Text element
 * (the paragraph's own child); on the paragraph itself an offset counts child elements, so a
 * paragraph without text gets the position before its first child.
 * https://developers.google.com/apps-script/reference/document/document#newPosition(Element,Integer)
 */
function positionIn(
  document: Document,
  line: Line,
  offset: number,
): GoogleAppsScript.Document.Position {
  let remaining = offset;
  const count = line.getNumChildren();
  for (let index = 0; index < count; index += 1) {
    const child = line.getChild(index);
    if (child.getType() !== DocumentApp.ElementType.TEXT) continue;
    const text = child.asText();
    const length = text.getText().length;
    if (remaining <= length) return document.newPosition(text, remaining);
    remaining -= length;
  }
  return document.newPosition(line, 0);
}
