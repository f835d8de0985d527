/**
 * Where the person's cursor goes: on a section or entry they jump to, and at the end of the first
 * prompt line of the entry they just added. The cursor "operates within the context of the active tab", so in a
 * tabbed Doc the program's tab is made active first.
 * https://developers.google.com/apps-script/guides/docs/tabs
 */
import type {ProgramPlace, TabContent} from './program-tab';

type Document = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
/** A written paragraph or list item: what the cursor can be placed in. */
type Line =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/**
 * Puts the cursor `offset` characters into the program body's child `index` (the start of a
 * section or entry to jump to).
 */
export function placeCursor(
  document: Document,
  place: ProgramPlace,
  index: number,
  offset = 0,
): void {
  placeCursorIn(document, place, place.body.getChild(index), offset);
}

/**
 * Puts the cursor `offset` characters into a line the add-on has just written (a new entry's
 * first prompt line), before the written Doc is saved and closed, under the document lock: the
 * cursor is set on the element itself, so nobody's later writing can move it elsewhere, and
 * nothing depends on what getActiveDocument() returns after saveAndClose() (undocumented). Whether
 * Google keeps a cursor set just before saveAndClose() ("pending updates to be flushed and
 * applied") is not documented either: the live self-test checks it (selftest/checks/writer.ts).
 * A written line's text is its first child, where character offsets count.
 * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 * https://developers.google.com/apps-script/reference/document/document#setCursor(Position)
 */
export function placeCursorOnWrittenLine(
  document: Document,
  place: ProgramPlace,
  line: Line,
  offset: number,
): void {
  if (place.tabId !== null) document.setActiveTab(place.tabId);
  const position =
    offset === 0
      ? place.content.newPosition(line, 0)
      : place.content.newPosition(line.getChild(0), offset);
  document.setCursor(position);
}

function placeCursorIn(
  document: Document,
  {content, tabId}: Pick<ProgramPlace, 'content' | 'tabId'>,
  element: Element,
  offset: number,
): void {
  if (tabId !== null) document.setActiveTab(tabId);
  const type = element.getType();
  const position =
    type === DocumentApp.ElementType.PARAGRAPH
      ? positionIn(content, element.asParagraph(), offset)
      : type === DocumentApp.ElementType.LIST_ITEM
        ? positionIn(content, element.asListItem(), offset)
        : content.newPosition(element, 0);
  document.setCursor(position);
}

/**
 * A position `offset` characters into a line. Character offsets belong to a Text element (the
 * line's own child); on the line itself an offset counts child elements, so a line without text
 * gets the position before its first child.
 * https://developers.google.com/apps-script/reference/document/document#newPosition(Element,Integer)
 */
function positionIn(
  content: TabContent,
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
    if (remaining <= length) return content.newPosition(text, remaining);
    remaining -= length;
  }
  return content.newPosition(line, 0);
}
