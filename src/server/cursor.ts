/**
 * Where the person's cursor goes: on a section or entry they jump to, and on the first prompt of
 * the entry they just added. The cursor "operates within the context of the active tab", so in a
 * tabbed Doc the program's tab is made active first.
 * https://developers.google.com/apps-script/guides/docs/tabs
 */
import {tabContent, type ProgramPlace, type TabContent} from './program-tab';

type Document = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
/** A written paragraph or list item: what the cursor can be placed in. */
type Line =
  GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;

/** Named ranges that mark a new entry until its cursor is placed: invisible to people. */
const NEW_ENTRY_MARK_PREFIX = 'lmp.new-entry.';

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
 * Marks the program body's child `index` (the new entry's first prompt, just written under the
 * lock) with a named range: a mark that moves with the entry when someone else writes before the
 * cursor step (which runs after the lock is released), where an index would point elsewhere.
 * Returns the mark's name, unique to this request.
 * https://developers.google.com/apps-script/reference/document/document-tab#addNamedRange(String,Range)
 */
export function markNewEntry(place: ProgramPlace, index: number): string {
  // Unique enough to tell two people's marks apart, without a service call.
  const name = `${NEW_ENTRY_MARK_PREFIX}${Date.now()}.${Math.random().toString(36).slice(2)}`;
  const range = place.content
    .newRange()
    .addElement(place.body.getChild(index))
    .build();
  place.content.addNamedRange(name, range);
  return name;
}

/**
 * Puts the cursor `offset` characters into the line marked `markName` in the tab `tabId` (null: a
 * Doc with one tab), and removes the mark. False when the mark is gone (the line was deleted
 * meanwhile): the cursor is then left alone.
 */
export function placeCursorOnMark(
  document: Document,
  tabId: string | null,
  markName: string,
  offset: number,
): boolean {
  const content = tabContent(document, tabId);
  const marks = content.getNamedRanges(markName);
  const element = marks[0]?.getRange().getRangeElements()[0]?.getElement();
  marks.forEach(mark => mark.remove());
  if (!element) return false;
  placeCursorIn(document, {content, tabId}, element, offset);
  return true;
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
