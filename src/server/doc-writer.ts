/**
 * Writes planned insertions (pure core output) into the Body, and places the cursor.
 * Callers hold the document lock (see ./document-session.ts).
 */
import type {
  Block,
  Insertion,
  PlannedCursor,
  TextRun,
} from '../core/document-model';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;
type Text = GoogleAppsScript.Document.Text;

/**
 * Applies insertions planned on the current Body. Each index refers to the Body as it was read,
 * so they are applied from the highest index down: an insertion never shifts one still to come.
 * Returns the Text of every inserted paragraph block, by [insertion][block], for the cursor.
 */
export function writeInsertions(
  body: Body,
  insertions: Insertion[],
): Array<Array<Text | null>> {
  const written: Array<Array<Text | null>> = insertions.map(() => []);
  const order = insertions
    .map((_, position) => position)
    .sort((a, b) => insertions[b].index - insertions[a].index);
  for (const position of order) {
    const {index, blocks} = insertions[position];
    written[position] = blocks.map((block, offset) =>
      writeBlock(body, index + offset, block),
    );
  }
  return written;
}

function writeBlock(body: Body, index: number, block: Block): Text | null {
  if (block.type === 'table') {
    const table = body.insertTable(index, block.rows ?? [[block.text]]);
    if (table.getNumRows() > 1) table.getRow(0).editAsText().setBold(true);
    return null;
  }
  const element =
    block.type === 'listItem'
      ? body.insertListItem(index, block.text)
      : body.insertParagraph(index, block.text);
  element.setHeading(DocumentApp.ParagraphHeading[block.heading]);
  const text = element.editAsText();
  styleRuns(text, block.runs);
  return text;
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

/** Puts the user's cursor at a planned place in what was just written. */
export function placeCursor(
  document: Document,
  written: Array<Array<Text | null>>,
  cursor: PlannedCursor,
): void {
  const text = written[cursor.insertion]?.[cursor.block];
  if (text) document.setCursor(document.newPosition(text, cursor.offset));
}

/** Puts the cursor at the start of the Body's child `index` (a jump to a section or entry). */
export function placeCursorAtBlock(
  document: Document,
  body: Body,
  index: number,
): void {
  const child = body.getChild(index);
  const type = child.getType();
  const element =
    type === DocumentApp.ElementType.PARAGRAPH
      ? child.asParagraph().editAsText()
      : type === DocumentApp.ElementType.LIST_ITEM
        ? child.asListItem().editAsText()
        : child;
  document.setCursor(document.newPosition(element, 0));
}
