/**
 * Writes planned insertions (pure core output) into the Body (the cursor: ./cursor.ts).
 * Callers hold the document lock (see ./document-session.ts).
 */
import type {Block, Insertion, TextRun} from '../core/document-model';
import {insertionOrder} from '../core/setup';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

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
