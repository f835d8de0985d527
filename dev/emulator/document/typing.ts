/**
 * What a person's typing does to a Doc, in the Docs editor (not through Apps Script), for tests
 * and the local preview:
 * - typed at a caret, text takes the look of the character before it in the paragraph (the one
 *   after it at the paragraph's start; an empty paragraph's own look);
 * - typed over a selection, text takes the look of the selection's first character: writing
 *   typed over a grey italic prompt stays grey italic (issue 9, point 8).
 * Google's Apps Script reference documents scripts, not the editor, and is silent on both rules;
 * they are Docs' behaviour as people meet it, stated in shared/ENGINEERING.md ("Google Docs keeps
 * a selection's style when someone types over it"). Text a script inserts follows the same caret
 * rule in this emulation (Text.insertText, Paragraph.appendText).
 */
import type {DocNode} from './doc-node';
import type {EmulatedDocument} from './emulated-document';
import {TextView} from './text-view';

/**
 * Replaces `replaced` characters of a paragraph's text from `start` with `typed`, as typing does:
 * over a selection when `replaced` > 0, at a caret otherwise.
 */
export function typeInParagraph(
  paragraph: DocNode,
  start: number,
  replaced: number,
  typed: string,
): void {
  if (!paragraph.isParagraph)
    throw new Error('Typing goes into a paragraph or a list item.');
  const view = new TextView(paragraph);
  const selectionLook = replaced > 0 ? view.styleAt(start) : undefined;
  if (replaced > 0) view.delete(start, start + replaced - 1);
  if (typed !== '') view.insert(start, typed, selectionLook);
}

/** The paragraph the cursor is in, and the cursor's character offset in that paragraph. */
function caret(document: EmulatedDocument): {
  paragraph: DocNode;
  offset: number;
} {
  const cursor = document.cursor;
  const paragraph = cursor?.node.enclosingParagraph();
  if (!cursor || !paragraph)
    throw new Error('The Doc has no cursor in a line.');
  let offset = 0;
  for (const [index, child] of paragraph.children.entries()) {
    if (child === cursor.node)
      return {paragraph, offset: offset + cursor.offset};
    if (cursor.node === paragraph && index === cursor.offset) break;
    if (child.type === 'TEXT') offset += child.text.length;
  }
  return {paragraph, offset};
}

/** Types at the Doc's cursor (where the add-on put it), and leaves the cursor after the text. */
export function typeAtCursor(document: EmulatedDocument, typed: string): void {
  const {paragraph, offset} = caret(document);
  typeInParagraph(paragraph, offset, 0, typed);
  const texts = paragraph.children.filter(child => child.type === 'TEXT');
  if (texts.length === 1)
    document.cursor = {node: texts[0], offset: offset + typed.length};
}
