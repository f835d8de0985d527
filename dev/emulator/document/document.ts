/**
 * Document and the classes that point into it: Position (also the cursor), Range, RangeBuilder,
 * NamedRange and Bookmark.
 * https://developers.google.com/apps-script/reference/document/document
 */
import {emulate} from '../service-calls';
import {
  Body,
  RangeElement,
  SESSION,
  Text,
  nodeOf,
  signatureError,
  wrap,
  type Element,
  assertOpen,
  type Session,
} from './elements';
import {
  DocNode,
  TextView,
  type EmulatedTab,
  type PositionState,
  type RangeElementState,
} from './model';
import {Tab} from './tab';

const STATE = Symbol('state');

function isInDocument(node: DocNode, session: Session): boolean {
  return session.document.tabOf(node) !== null;
}

/**
 * Document's own content methods "access or modify content from the active tab (in scripts
 * bound to a document) or the first tab"; "User selection, including cursor position and
 * selection range, operates within the context of the active tab".
 * https://developers.google.com/apps-script/guides/docs/tabs
 */
function isInActiveTab(node: DocNode, session: Session): boolean {
  return session.document.tabOf(node) === session.document.activeTab();
}

/**
 * A position in `tab` (Document.newPosition: the active tab; DocumentTab.newPosition: its own).
 * Offsets: characters for a Text element, children for any other element.
 * https://developers.google.com/apps-script/reference/document/document#newPosition(Element,Integer)
 * https://developers.google.com/apps-script/reference/document/document-tab#newPosition(Element,Integer)
 */
export function newPositionIn(
  tab: EmulatedTab,
  element: Element,
  offset: number,
  session: Session,
): Position {
  const node = nodeOf(element, 'Document.newPosition', [element, offset]);
  const limit = node.type === 'TEXT' ? node.text.length : node.children.length;
  if (session.document.tabOf(node) !== tab) {
    throw new Error(
      'Apps Script emulation: the element is not in this document tab.',
    );
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > limit) {
    throw new Error(
      `Invalid offset ${offset} for a position in ${node.type} (0..${limit}).`,
    );
  }
  return new Position({node, offset}, session);
}

function rangeElementOf(
  state: RangeElementState,
  session: Session,
): RangeElement {
  return new RangeElement(state.node, state.start, state.endInclusive, session);
}

/**
 * A place in the document: "offset: for a Text element, the number of characters before the
 * Position; for other elements, the number of child elements before the Position within the
 * same container element."
 * https://developers.google.com/apps-script/reference/document/document#newPosition(Element,Integer)
 */
export class Position {
  readonly [STATE]: PositionState;
  readonly [SESSION]: Session;

  constructor(state: PositionState, session: Session) {
    this[STATE] = state;
    this[SESSION] = session;
    return emulate(this, 'Position', session.counter, () =>
      assertOpen(session),
    );
  }

  getElement(): Element {
    return wrap(this[STATE].node, this[SESSION]);
  }

  getOffset(): number {
    return this[STATE].offset;
  }

  /**
   * "Creates an artificial Text element that represents the text and formatting of the
   * Paragraph or ListItem that contains the Position" (a copy: editing it changes nothing).
   * https://developers.google.com/apps-script/reference/document/position#getSurroundingText()
   */
  getSurroundingText(): Text {
    const paragraph = this[STATE].node.enclosingParagraph();
    return new Text(
      paragraph ? paragraph.clone() : DocNode.text(''),
      this[SESSION],
    );
  }

  /** The offset of this position within getSurroundingText(). */
  getSurroundingTextOffset(): number {
    const {node, offset} = this[STATE];
    const paragraph = node.enclosingParagraph();
    if (!paragraph) return 0;
    let before = 0;
    // Characters of the Text children before the position.
    const stop =
      node.type === 'TEXT' ? node : (paragraph.children[offset] ?? null);
    for (const child of paragraph.walk()) {
      if (child === stop) break;
      if (child.type === 'TEXT') before += child.text.length;
    }
    return node.type === 'TEXT' ? before + offset : before;
  }

  /**
   * "Inserts the specified text at this position. This method creates a new Text element, even
   * if the string is inserted within an existing Text element, so that the user can easily
   * style it."
   * https://developers.google.com/apps-script/reference/document/position#insertText(String)
   */
  insertText(text: string): Text {
    const {node, offset} = this[STATE];
    const value = String(text).replace(/\n/g, '\r');
    if (node.type === 'TEXT' && node.parent) {
      const parent = node.parent;
      const index = parent.children.indexOf(node);
      const style = node.styles[offset - 1] ?? node.styles[offset];
      const inserted = DocNode.text(value, style);
      if (offset >= node.text.length) {
        parent.insert(index + 1, inserted);
      } else if (offset === 0) {
        parent.insert(index, inserted);
      } else {
        // Split the Text element around the new one.
        const after = DocNode.text(node.text.slice(offset));
        after.styles = node.styles.slice(offset);
        node.text = node.text.slice(0, offset);
        node.styles = node.styles.slice(0, offset);
        parent.insert(index + 1, inserted);
        parent.insert(index + 2, after);
      }
      return new Text(inserted, this[SESSION]);
    }
    const paragraph = node.isParagraph ? node : null;
    if (!paragraph) {
      throw new Error(
        'Apps Script emulation: Position.insertText outside a paragraph is not emulated',
      );
    }
    return new Text(
      paragraph.insert(offset, DocNode.text(value)),
      this[SESSION],
    );
  }

  insertBookmark(): Bookmark {
    return addBookmark(this[STATE], this[SESSION]);
  }

  toString(): string {
    return 'Position';
  }
}

/** https://developers.google.com/apps-script/reference/document/range */
export class Range {
  readonly [STATE]: readonly RangeElementState[];
  readonly [SESSION]: Session;

  constructor(elements: readonly RangeElementState[], session: Session) {
    this[STATE] = elements;
    this[SESSION] = session;
    return emulate(this, 'Range', session.counter, () => assertOpen(session));
  }

  getRangeElements(): RangeElement[] {
    return this[STATE].map(state => rangeElementOf(state, this[SESSION]));
  }

  toString(): string {
    return 'Range';
  }
}

/** https://developers.google.com/apps-script/reference/document/range-builder */
export class RangeBuilder {
  readonly [STATE]: RangeElementState[] = [];
  readonly [SESSION]: Session;

  constructor(session: Session) {
    this[SESSION] = session;
    return emulate(this, 'RangeBuilder', session.counter, () =>
      assertOpen(session),
    );
  }

  /** A whole element, or (with offsets, inclusive) part of a Text element. */
  addElement(
    element: Element,
    startOffset?: number,
    endOffsetInclusive?: number,
  ): this {
    const args =
      startOffset === undefined
        ? [element]
        : [element, startOffset, endOffsetInclusive];
    const node = nodeOf(element, 'RangeBuilder.addElement', args);
    if (startOffset === undefined) {
      this[STATE].push({node, start: -1, endInclusive: -1});
      return this;
    }
    if (node.type !== 'TEXT' || endOffsetInclusive === undefined) {
      throw signatureError('RangeBuilder.addElement', args);
    }
    new TextView(node).checkRange(startOffset, endOffsetInclusive);
    this[STATE].push({
      node,
      start: startOffset,
      endInclusive: endOffsetInclusive,
    });
    return this;
  }

  addRange(range: Range): this {
    if (!(typeof range === 'object' && range !== null && STATE in range)) {
      throw signatureError('RangeBuilder.addRange', [range]);
    }
    this[STATE].push(...range[STATE]);
    return this;
  }

  getRangeElements(): RangeElement[] {
    return this[STATE].map(state => rangeElementOf(state, this[SESSION]));
  }

  build(): Range {
    return new Range([...this[STATE]], this[SESSION]);
  }

  toString(): string {
    return 'RangeBuilder';
  }
}

/** https://developers.google.com/apps-script/reference/document/named-range */
export class NamedRange {
  readonly [STATE]: {id: string; name: string; elements: RangeElementState[]};
  readonly [SESSION]: Session;

  constructor(
    state: {id: string; name: string; elements: RangeElementState[]},
    session: Session,
  ) {
    this[STATE] = state;
    this[SESSION] = session;
    return emulate(this, 'NamedRange', session.counter, () =>
      assertOpen(session),
    );
  }

  getId(): string {
    return this[STATE].id;
  }

  getName(): string {
    return this[STATE].name;
  }

  getRange(): Range {
    return new Range(this[STATE].elements, this[SESSION]);
  }

  remove(): void {
    const ranges = this[SESSION].document.namedRanges;
    const index = ranges.indexOf(this[STATE]);
    if (index >= 0) ranges.splice(index, 1);
  }

  toString(): string {
    return 'NamedRange';
  }
}

/** https://developers.google.com/apps-script/reference/document/bookmark */
export class Bookmark {
  readonly [STATE]: {id: string; position: PositionState};
  readonly [SESSION]: Session;

  constructor(state: {id: string; position: PositionState}, session: Session) {
    this[STATE] = state;
    this[SESSION] = session;
    return emulate(this, 'Bookmark', session.counter, () =>
      assertOpen(session),
    );
  }

  getId(): string {
    return this[STATE].id;
  }

  getPosition(): Position {
    return new Position(this[STATE].position, this[SESSION]);
  }

  remove(): void {
    const bookmarks = this[SESSION].document.bookmarks;
    const index = bookmarks.indexOf(this[STATE]);
    if (index >= 0) bookmarks.splice(index, 1);
  }

  toString(): string {
    return 'Bookmark';
  }
}

function addBookmark(position: PositionState, session: Session): Bookmark {
  const state = {id: session.document.newId('id'), position: {...position}};
  session.document.bookmarks.push(state);
  return new Bookmark(state, session);
}

/**
 * Adds a named range in `tab` (Document: the active tab; DocumentTab: its own): its elements must
 * be in that tab.
 * https://developers.google.com/apps-script/reference/document/document-tab#addNamedRange(String,Range)
 */
export function addNamedRangeIn(
  tab: EmulatedTab,
  name: string,
  range: Range,
  session: Session,
): NamedRange {
  if (typeof name !== 'string' || name.length < 1 || name.length > 256) {
    throw signatureError('Document.addNamedRange', [name, range]);
  }
  if (!(typeof range === 'object' && range !== null && STATE in range)) {
    throw signatureError('Document.addNamedRange', [name, range]);
  }
  if (
    range[STATE].some(element => session.document.tabOf(element.node) !== tab)
  ) {
    throw new Error(
      'Apps Script emulation: a named range over another tab than its own is not emulated.',
    );
  }
  const state = {
    id: session.document.newId('kix'),
    name,
    elements: [...range[STATE]],
  };
  session.document.namedRanges.push(state);
  return new NamedRange(state, session);
}

/**
 * The named ranges (with this name) in `tab`. One whose elements are no longer in any tab is
 * listed nowhere in the emulation.
 * https://developers.google.com/apps-script/reference/document/document-tab#getNamedRanges(String)
 */
export function namedRangesIn(
  tab: EmulatedTab,
  name: string | undefined,
  session: Session,
): NamedRange[] {
  return session.document.namedRanges
    .filter(
      range =>
        (name === undefined || range.name === name) &&
        range.elements.some(
          element => session.document.tabOf(element.node) === tab,
        ),
    )
    .map(range => new NamedRange(range, session));
}

function positionState(position: unknown, member: string): PositionState {
  if (typeof position === 'object' && position !== null && STATE in position) {
    const state = (position as {[STATE]: unknown})[STATE];
    if (typeof state === 'object' && state !== null && 'offset' in state) {
      return state as PositionState;
    }
  }
  throw signatureError(member, [position]);
}

/** https://developers.google.com/apps-script/reference/document/document */
export class Document {
  readonly [SESSION]: Session;

  constructor(session: Session) {
    this[SESSION] = session;
    return emulate(this, 'Document', session.counter, () =>
      assertOpen(session),
    );
  }

  /** The active tab's body (the whole Doc's when it has one tab). */
  getBody(): Body {
    return new Body(this[SESSION].document.activeTab().body, this[SESSION]);
  }

  /**
   * "Document.getTabs() … returns a list of Tabs": the top-level ones; child tabs come from
   * Tab.getChildTabs(). https://developers.google.com/apps-script/guides/docs/tabs
   */
  getTabs(): Tab[] {
    return this[SESSION].document.tabs.map(tab => new Tab(tab, this[SESSION]));
  }

  /** The tab (at any depth) with this id; null when there is none. */
  getTab(tabId: string): Tab | null {
    const tab = this[SESSION].document.tabById(String(tabId));
    return tab ? new Tab(tab, this[SESSION]) : null;
  }

  /** "Returns the user's active tab. Only works in scripts bound to a document." */
  getActiveTab(): Tab {
    return new Tab(this[SESSION].document.activeTab(), this[SESSION]);
  }

  /**
   * "Sets the user's selected tab in the current document to the tab with the specified ID."
   * https://developers.google.com/apps-script/reference/document/document#setActiveTab(String)
   */
  setActiveTab(tabId: string): void {
    const tab = this[SESSION].document.tabById(String(tabId));
    if (!tab) {
      throw new Error(`Apps Script emulation: no tab with the id "${tabId}".`);
    }
    this[SESSION].document.activeTabId = tab.id;
  }

  getId(): string {
    return this[SESSION].document.id;
  }

  getName(): string {
    return this[SESSION].document.name;
  }

  setName(name: string): this {
    this[SESSION].document.name = String(name);
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/document/d/${this[SESSION].document.id}/edit`;
  }

  /** Null when the user's cursor is not in the document (or the script has no user). */
  getCursor(): Position | null {
    const cursor = this[SESSION].document.cursor;
    return cursor && isInActiveTab(cursor.node, this[SESSION])
      ? new Position(cursor, this[SESSION])
      : null;
  }

  /**
   * https://developers.google.com/apps-script/reference/document/document#setCursor(Position)
   * The cursor "operates within the context of the active tab": what Docs does with a position
   * in another tab is not modelled, so it fails loudly (call setActiveTab first).
   */
  setCursor(position: Position): this {
    const state = positionState(position, 'Document.setCursor');
    if (!isInActiveTab(state.node, this[SESSION])) {
      throw new Error(
        'Apps Script emulation: setCursor on a position outside the active tab is not emulated; call setActiveTab first.',
      );
    }
    this[SESSION].document.cursor = {...state};
    return this;
  }

  getSelection(): Range | null {
    const selection = this[SESSION].document.selection;
    return selection ? new Range(selection, this[SESSION]) : null;
  }

  setSelection(range: Range): this {
    if (!(typeof range === 'object' && range !== null && STATE in range)) {
      throw signatureError('Document.setSelection', [range]);
    }
    this[SESSION].document.selection = [...range[STATE]];
    return this;
  }

  /** A position in the active tab: the element must be in it. */
  newPosition(element: Element, offset: number): Position {
    return newPositionIn(
      this[SESSION].document.activeTab(),
      element,
      offset,
      this[SESSION],
    );
  }

  newRange(): RangeBuilder {
    return new RangeBuilder(this[SESSION]);
  }

  /** https://developers.google.com/apps-script/reference/document/document#addNamedRange(String,Range) */
  addNamedRange(name: string, range: Range): NamedRange {
    return addNamedRangeIn(
      this[SESSION].document.activeTab(),
      name,
      range,
      this[SESSION],
    );
  }

  /** The active tab's named ranges (with this name). */
  getNamedRanges(name?: string): NamedRange[] {
    return namedRangesIn(
      this[SESSION].document.activeTab(),
      name,
      this[SESSION],
    );
  }

  getNamedRangeById(id: string): NamedRange | null {
    const range = this[SESSION].document.namedRanges.find(
      candidate => candidate.id === id,
    );
    return range ? new NamedRange(range, this[SESSION]) : null;
  }

  addBookmark(position: Position): Bookmark {
    return addBookmark(
      positionState(position, 'Document.addBookmark'),
      this[SESSION],
    );
  }

  getBookmarks(): Bookmark[] {
    return this[SESSION].document.bookmarks
      .filter(bookmark => isInDocument(bookmark.position.node, this[SESSION]))
      .map(bookmark => new Bookmark(bookmark, this[SESSION]));
  }

  getBookmark(id: string): Bookmark | null {
    const bookmark = this[SESSION].document.bookmarks.find(
      candidate => candidate.id === id,
    );
    return bookmark ? new Bookmark(bookmark, this[SESSION]) : null;
  }

  /**
   * Nothing to flush in memory (the preview saves the EmulatedDocument itself), but the Document
   * is closed: any later call through it, or an element read from it, throws.
   */
  saveAndClose(): void {
    this[SESSION].closed = true;
  }

  toString(): string {
    return 'Document';
  }
}
