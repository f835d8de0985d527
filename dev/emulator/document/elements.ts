/**
 * DocumentApp elements (Body, Paragraph, ListItem, Text, Table, TableRow, TableCell,
 * HorizontalRule, InlineImage) and RangeElement, as thin wrappers over the nodes in model.ts.
 *
 * Like Apps Script, every call returns a new wrapper (`body.getChild(0) !== body.getChild(0)`);
 * identity lives in the node. The node and session sit under symbol keys so that they are not
 * API: the emulate() proxy lets symbols through, and any other unknown member throws
 * NotEmulatedError.
 */
import {emulate, type ServiceCallCounter} from '../service-calls';
import {
  Attribute,
  ElementType,
  isEnumValue,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  type AttributeName,
  type ElementTypeName,
  type GlyphTypeName,
  type HorizontalAlignmentName,
  type ParagraphHeadingName,
} from './enums';
import {
  DocNode,
  TEXT_ATTRIBUTES,
  TextView,
  isTextAttribute,
  type AttributeValue,
  type EmulatedDocument,
  type NodeType,
  type TextAttributeName,
} from './model';

export const NODE = Symbol('node');
export const SESSION = Symbol('session');
const OFFSETS = Symbol('offsets');

/** What every wrapper of one document shares. */
export interface Session {
  readonly document: EmulatedDocument;
  readonly counter: ServiceCallCounter;
  /** Set by Document.saveAndClose(): the Document and every element read through it are dead. */
  closed: boolean;
}

/**
 * "Document is closed, its contents cannot be updated.": what Apps Script throws for a Document
 * (and its elements) used after saveAndClose() in the same execution.
 * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 * (message as reported against live Apps Script: brucemcpherson/gas-fakes issue #45)
 */
export function assertOpen(session: Session): void {
  if (session.closed) {
    throw new Error('Document is closed, its contents cannot be updated.');
  }
}

/** Class names as scripts see them in toString() (Body prints as DocumentBodySection). */
const CLASS_NAMES: Record<NodeType, string> = {
  BODY_SECTION: 'Body',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  HORIZONTAL_RULE: 'HorizontalRule',
  INLINE_IMAGE: 'InlineImage',
};

/** Apps Script's message when arguments match no overload of a method. */
export function signatureError(
  member: string,
  args: readonly unknown[],
): Error {
  const types = args.map(describeArgument).join(',');
  return new Error(
    `The parameters (${types}) don't match the method signature for DocumentApp.${member}.`,
  );
}

function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return String(value);
  if (typeof value === 'number') return 'number';
  return typeof value === 'string' ? 'String' : typeof value;
}

/** The node behind an element argument, or a signature error. */
export function nodeOf(
  value: unknown,
  member: string,
  args: readonly unknown[],
): DocNode {
  if (typeof value === 'object' && value !== null && NODE in value) {
    const node = (value as {[NODE]: unknown})[NODE];
    if (node instanceof DocNode) return node;
  }
  throw signatureError(member, args);
}

/** The wrapper for a node, by its type. */
export function wrap(node: DocNode, session: Session): Element {
  switch (node.type) {
    case 'BODY_SECTION':
      return new Body(node, session);
    case 'PARAGRAPH':
      return new Paragraph(node, session);
    case 'LIST_ITEM':
      return new ListItem(node, session);
    case 'TABLE':
      return new Table(node, session);
    case 'TABLE_ROW':
      return new TableRow(node, session);
    case 'TABLE_CELL':
      return new TableCell(node, session);
    case 'TEXT':
      return new Text(node, session);
    case 'HORIZONTAL_RULE':
      return new HorizontalRule(node, session);
    case 'INLINE_IMAGE':
      return new InlineImage(node, session);
  }
}

function wrapAs<T extends Element>(
  node: DocNode,
  session: Session,
  type: new (node: DocNode, session: Session) => T,
): T {
  return new type(node, session);
}

/**
 * "Can't remove the last paragraph in a document section." A Body always ends with a paragraph
 * (https://developers.google.com/apps-script/reference/document/body#removeChild(Element)); a
 * table cell always keeps one.
 */
function checkRemovable(parent: DocNode, child: DocNode): void {
  const isLast = parent.children[parent.children.length - 1] === child;
  if (
    (parent.type === 'BODY_SECTION' && isLast) ||
    (parent.type === 'TABLE_CELL' && parent.children.length === 1)
  ) {
    throw new Error("Can't remove the last paragraph in a document section.");
  }
}

/**
 * The generic Element: navigation, copy, removal, attributes and casts.
 * https://developers.google.com/apps-script/reference/document/element
 */
export abstract class Element {
  readonly [NODE]: DocNode;
  readonly [SESSION]: Session;

  constructor(node: DocNode, session: Session, typeName: string) {
    this[NODE] = node;
    this[SESSION] = session;
    return emulate(this, typeName, session.counter, () => assertOpen(session));
  }

  getType(): ElementTypeName {
    return ElementType[this[NODE].type];
  }

  getParent(): Element | null {
    const parent = this[NODE].parent;
    return parent ? wrap(parent, this[SESSION]) : null;
  }

  getNextSibling(): Element | null {
    return siblingOf(this, 1);
  }

  getPreviousSibling(): Element | null {
    return siblingOf(this, -1);
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): this {
    // Same class as this element (a Paragraph's copy is a Paragraph).
    const kind = this.constructor as new (
      node: DocNode,
      session: Session,
    ) => this;
    return new kind(this[NODE].clone(), this[SESSION]);
  }

  /** Returns the removed element; the last paragraph of a section cannot be removed. */
  removeFromParent(): Element {
    const node = this[NODE];
    if (node.parent) {
      checkRemovable(node.parent, node);
      node.parent.remove(node);
    }
    return this;
  }

  /** "Determines whether the element is at the end of the Document." */
  isAtDocumentEnd(): boolean {
    let node = this[NODE];
    while (node.parent) {
      const siblings = node.parent.children;
      if (siblings[siblings.length - 1] !== node) return false;
      node = node.parent;
    }
    return node === this[SESSION].document.body;
  }

  /**
   * Attributes set on the element itself; null for what it inherits (from its heading's named
   * style, or the document defaults). Text attributes are the text's own value where all of it
   * agrees, else null.
   * https://developers.google.com/apps-script/reference/document/paragraph#getAttributes()
   */
  getAttributes(): Record<AttributeName, AttributeValue | null> {
    const node = this[NODE];
    const view = new TextView(node);
    const attributes = {} as Record<AttributeName, AttributeValue | null>;
    for (const name of Object.values(Attribute)) {
      attributes[name] = isTextAttribute(name)
        ? view.uniform(name)
        : (node.attributes.get(name) ?? null);
    }
    if (node.isParagraph) attributes.HEADING = node.heading;
    return attributes;
  }

  /** Text attributes apply to all the element's text; null clears an attribute. */
  setAttributes(
    attributes: Partial<Record<AttributeName, AttributeValue | null>>,
  ): this {
    if (typeof attributes !== 'object' || attributes === null) {
      throw signatureError(`${this.toString()}.setAttributes`, [attributes]);
    }
    applyAttributes(this[NODE], attributes);
    return this;
  }

  asBody(): Body {
    return castTo(this, 'BODY_SECTION', Body);
  }
  asParagraph(): Paragraph {
    return castTo(this, 'PARAGRAPH', Paragraph);
  }
  asListItem(): ListItem {
    return castTo(this, 'LIST_ITEM', ListItem);
  }
  asTable(): Table {
    return castTo(this, 'TABLE', Table);
  }
  asTableRow(): TableRow {
    return castTo(this, 'TABLE_ROW', TableRow);
  }
  asTableCell(): TableCell {
    return castTo(this, 'TABLE_CELL', TableCell);
  }
  asText(): Text {
    return castTo(this, 'TEXT', Text);
  }
  asHorizontalRule(): HorizontalRule {
    return castTo(this, 'HORIZONTAL_RULE', HorizontalRule);
  }
  asInlineImage(): InlineImage {
    return castTo(this, 'INLINE_IMAGE', InlineImage);
  }

  toString(): string {
    return this[NODE].type === 'BODY_SECTION'
      ? 'DocumentBodySection'
      : CLASS_NAMES[this[NODE].type];
  }
}

// Helpers are module functions, not methods, so that they are not API (see emulate()).

function siblingOf(element: Element, step: number): Element | null {
  const node = element[NODE];
  const siblings = node.parent?.children ?? [];
  const next = siblings[siblings.indexOf(node) + step];
  return next ? wrap(next, element[SESSION]) : null;
}

/** Casting to another element type fails (the wording is the emulation's own). */
function castTo<T extends Element>(
  element: Element,
  type: NodeType,
  kind: new (node: DocNode, session: Session) => T,
): T {
  if (element.getType() !== type) {
    throw new Error(
      `Cannot cast ${element.getType()} to ${CLASS_NAMES[type]}.`,
    );
  }
  return wrapAs(element[NODE], element[SESSION], kind);
}

function applyAttributes(
  node: DocNode,
  attributes: Partial<Record<string, AttributeValue | null>>,
): void {
  const view = new TextView(node);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || !isEnumValue(Attribute, name)) continue;
    if (isTextAttribute(name)) {
      view.setAttribute(name, value);
    } else if (value === null) {
      node.attributes.delete(name);
    } else if (name !== 'HEADING' || node.isParagraph) {
      node.attributes.set(name, value);
    }
  }
}

/**
 * Elements with children.
 * https://developers.google.com/apps-script/reference/document/container-element
 */
export abstract class ContainerElement extends Element {
  getNumChildren(): number {
    return this[NODE].children.length;
  }

  getChild(childIndex: number): Element {
    const children = this[NODE].children;
    const child = Number.isInteger(childIndex)
      ? children[childIndex]
      : undefined;
    if (!child) {
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${children.length}).`,
      );
    }
    return wrap(child, this[SESSION]);
  }

  getChildIndex(child: Element): number {
    const index = this[NODE].children.indexOf(
      nodeOf(child, `${this.toString()}.getChildIndex`, [child]),
    );
    if (index < 0)
      throw new Error('Element does not contain the specified child element.');
    return index;
  }

  removeChild(child: Element): this {
    const node = nodeOf(child, `${this.toString()}.removeChild`, [child]);
    if (node.parent !== this[NODE]) {
      throw new Error('Element does not contain the specified child element.');
    }
    checkRemovable(this[NODE], node);
    this[NODE].remove(node);
    return this;
  }

  /** The text of the children, paragraphs joined with "\n" (see Body.getText in the tests). */
  getText(): string {
    return new TextView(this[NODE]).getText();
  }

  /** "Obtains a Text version of the current element, for editing." */
  editAsText(): Text {
    return new Text(this[NODE], this[SESSION]);
  }

  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findTextIn(this[NODE], this[SESSION], searchPattern, from);
  }

  /** The next descendant of a type, after `from` if given. */
  findElement(
    elementType: ElementTypeName,
    from?: RangeElement,
  ): RangeElement | null {
    let passed = from === undefined;
    const after = from ? from[NODE] : null;
    for (const node of this[NODE].walk()) {
      if (node === this[NODE]) continue;
      if (!passed) {
        passed = node === after;
        continue;
      }
      if (node.type === elementType)
        return new RangeElement(node, -1, -1, this[SESSION]);
    }
    return null;
  }

  getLinkUrl(): string | null {
    const value = new TextView(this[NODE]).uniform('LINK_URL');
    return typeof value === 'string' ? value : null;
  }

  setLinkUrl(url: string | null): this {
    new TextView(this[NODE]).setAttribute('LINK_URL', url === '' ? null : url);
    return this;
  }
}

function findTextIn(
  target: DocNode,
  session: Session,
  searchPattern: string,
  from: RangeElement | undefined,
): RangeElement | null {
  const after = from
    ? {node: from[NODE], endInclusive: from.getEndOffsetInclusive()}
    : undefined;
  const match = new TextView(target).find(searchPattern, after);
  return match
    ? new RangeElement(match.node, match.start, match.endInclusive, session)
    : null;
}

/** Inserts a block (paragraph, list item, table) into a Body or TableCell. */
function insertBlock(
  container: ContainerElement,
  member: string,
  index: number | null,
  content: unknown,
  create: (text: string) => DocNode,
  expectedType: NodeType,
  args: readonly unknown[],
): DocNode {
  const parent = container[NODE];
  const childIndex = index ?? parent.children.length;
  // https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,Paragraph)
  if (
    !Number.isInteger(childIndex) ||
    childIndex < 0 ||
    childIndex > parent.children.length
  ) {
    throw new Error(
      `Child index (${childIndex}) must be less than or equal to the number of child elements (${parent.children.length}).`,
    );
  }
  let node: DocNode;
  if (typeof content === 'string') {
    node = create(content);
  } else if (content instanceof DocNode) {
    node = content; // built by the caller from its arguments
  } else {
    node = nodeOf(content, `${container.toString()}.${member}`, args);
    if (node.type !== expectedType)
      throw signatureError(`${container.toString()}.${member}`, args);
    // An element already in a document must be copy()-ed first.
    if (node.parent) throw new Error('Element must be detached.');
  }
  parent.insert(childIndex, node);
  // Docs never lets a table end a section: a paragraph follows it.
  if (node.type === 'TABLE' && childIndex === parent.children.length - 1) {
    parent.append(DocNode.paragraph());
  }
  return node;
}

function newParagraph(text: string): DocNode {
  return DocNode.paragraph('PARAGRAPH', text);
}

function insertTableInto(
  section: ContainerElement,
  index: number | null,
  cells: unknown,
  member: string,
  args: readonly unknown[],
): Table {
  const content =
    cells === undefined || Array.isArray(cells)
      ? newTable(cells, `${section.toString()}.${member}`, args)
      : cells;
  const node = insertBlock(
    section,
    member,
    index,
    content,
    () => new DocNode('TABLE'),
    'TABLE',
    args,
  );
  return wrapAs(node, section[SESSION], Table);
}

function insertRuleInto(
  section: ContainerElement,
  index: number | null,
): HorizontalRule {
  const member =
    index === null ? 'appendHorizontalRule' : 'insertHorizontalRule';
  const paragraph = insertBlock(
    section,
    member,
    index,
    '',
    newParagraph,
    'PARAGRAPH',
    [index],
  );
  const rule = paragraph.append(new DocNode('HORIZONTAL_RULE'));
  return wrapAs(rule, section[SESSION], HorizontalRule);
}

function newListItem(text: string): DocNode {
  const item = DocNode.paragraph('LIST_ITEM', text);
  item.attributes.set('NESTING_LEVEL', 0);
  item.attributes.set('GLYPH_TYPE', 'BULLET');
  item.attributes.set('LIST_ID', 'kix.list.1');
  return item;
}

function newTable(
  cells: unknown,
  member: string,
  args: readonly unknown[],
): DocNode {
  const table = new DocNode('TABLE');
  if (cells === undefined) return table; // appendTable() makes a table with no rows
  if (!Array.isArray(cells) || !cells.every(row => Array.isArray(row))) {
    throw signatureError(member, args);
  }
  for (const row of cells as unknown[][]) {
    const rowNode = table.append(new DocNode('TABLE_ROW'));
    for (const cell of row) rowNode.append(newCell(String(cell)));
  }
  return table;
}

function newCell(text: string): DocNode {
  const cell = new DocNode('TABLE_CELL');
  cell.append(DocNode.paragraph('PARAGRAPH', text));
  return cell;
}

function descendants(node: DocNode, types: readonly NodeType[]): DocNode[] {
  return [...node.walk()].filter(
    child => child !== node && types.includes(child.type),
  );
}

/**
 * What Body and TableCell share: they hold paragraphs, list items and tables.
 * https://developers.google.com/apps-script/reference/document/body
 */
abstract class SectionElement extends ContainerElement {
  appendParagraph(paragraph: string | Paragraph): Paragraph {
    const node = insertBlock(
      this,
      'appendParagraph',
      null,
      paragraph,
      newParagraph,
      'PARAGRAPH',
      [paragraph],
    );
    return wrapAs(node, this[SESSION], Paragraph);
  }

  insertParagraph(
    childIndex: number,
    paragraph: string | Paragraph,
  ): Paragraph {
    const args = [childIndex, paragraph];
    const node = insertBlock(
      this,
      'insertParagraph',
      childIndex,
      paragraph,
      newParagraph,
      'PARAGRAPH',
      args,
    );
    return wrapAs(node, this[SESSION], Paragraph);
  }

  appendListItem(listItem: string | ListItem): ListItem {
    const node = insertBlock(
      this,
      'appendListItem',
      null,
      listItem,
      newListItem,
      'LIST_ITEM',
      [listItem],
    );
    return wrapAs(node, this[SESSION], ListItem);
  }

  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const args = [childIndex, listItem];
    const node = insertBlock(
      this,
      'insertListItem',
      childIndex,
      listItem,
      newListItem,
      'LIST_ITEM',
      args,
    );
    return wrapAs(node, this[SESSION], ListItem);
  }

  appendTable(cells?: string[][] | Table): Table {
    return insertTableInto(
      this,
      null,
      cells,
      'appendTable',
      cells === undefined ? [] : [cells],
    );
  }

  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    const args = cells === undefined ? [childIndex] : [childIndex, cells];
    return insertTableInto(this, childIndex, cells, 'insertTable', args);
  }

  /** "The HorizontalRule will be contained in a new Paragraph." */
  appendHorizontalRule(): HorizontalRule {
    return insertRuleInto(this, null);
  }

  insertHorizontalRule(childIndex: number): HorizontalRule {
    return insertRuleInto(this, childIndex);
  }

  /** All paragraphs, list items included, tables' contents included. */
  getParagraphs(): Paragraph[] {
    return descendants(this[NODE], ['PARAGRAPH', 'LIST_ITEM']).map(
      node => wrap(node, this[SESSION]) as Paragraph,
    );
  }

  getListItems(): ListItem[] {
    return descendants(this[NODE], ['LIST_ITEM']).map(node =>
      wrapAs(node, this[SESSION], ListItem),
    );
  }

  getTables(): Table[] {
    return descendants(this[NODE], ['TABLE']).map(node =>
      wrapAs(node, this[SESSION], Table),
    );
  }

  getImages(): InlineImage[] {
    return descendants(this[NODE], ['INLINE_IMAGE']).map(node =>
      wrapAs(node, this[SESSION], InlineImage),
    );
  }

  /** Leaves one empty paragraph, as a section always holds one. */
  clear(): this {
    const node = this[NODE];
    for (const child of [...node.children]) node.remove(child);
    node.append(DocNode.paragraph());
    return this;
  }

  /** "Sets the contents as plain text": one paragraph holding the text. */
  setText(text: string): this {
    this.clear();
    new TextView(this[NODE]).insert(0, String(text));
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/document/body */
export class Body extends SectionElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Body');
  }
}

/**
 * What Paragraph and ListItem share.
 * https://developers.google.com/apps-script/reference/document/paragraph
 */
abstract class ParagraphElement extends ContainerElement {
  getHeading(): ParagraphHeadingName {
    return this[NODE].heading;
  }

  setHeading(heading: ParagraphHeadingName): this {
    if (!isEnumValue(ParagraphHeading, heading)) {
      throw signatureError(`${this.toString()}.setHeading`, [heading]);
    }
    this[NODE].attributes.set('HEADING', heading);
    return this;
  }

  getAlignment(): HorizontalAlignmentName | null {
    const value = this[NODE].attributes.get('HORIZONTAL_ALIGNMENT');
    return isEnumValue(HorizontalAlignment, value) ? value : null;
  }

  setAlignment(alignment: HorizontalAlignmentName): this {
    if (!isEnumValue(HorizontalAlignment, alignment)) {
      throw signatureError(`${this.toString()}.setAlignment`, [alignment]);
    }
    this[NODE].attributes.set('HORIZONTAL_ALIGNMENT', alignment);
    return this;
  }

  /** Replaces the contents with plain text: inline formatting is gone, the heading stays. */
  setText(text: string): this {
    new TextView(this[NODE]).replaceAll(String(text));
    return this;
  }

  /**
   * A new Text element at the end. Like typing, it continues the formatting of the text before
   * it (the reason scripts call setBold(false) after a bold run).
   * https://developers.google.com/apps-script/reference/document/paragraph#appendText(String)
   */
  appendText(text: string): Text {
    return this.insertText(this[NODE].children.length, text);
  }

  /** https://developers.google.com/apps-script/reference/document/paragraph#insertText(Integer,String) */
  insertText(childIndex: number, text: string): Text {
    const paragraph = this[NODE];
    if (
      !Number.isInteger(childIndex) ||
      childIndex < 0 ||
      childIndex > paragraph.children.length
    ) {
      throw new Error(
        `Child index (${childIndex}) must be less than or equal to the number of child elements (${paragraph.children.length}).`,
      );
    }
    const before = paragraph.children
      .slice(0, childIndex)
      .filter(child => child.type === 'TEXT');
    const previous = before[before.length - 1];
    const style = previous?.styles[previous.styles.length - 1];
    const node = paragraph.insert(
      childIndex,
      DocNode.text(String(text).replace(/\n/g, '\r'), style),
    );
    return wrapAs(node, this[SESSION], Text);
  }

  appendHorizontalRule(): HorizontalRule {
    return wrapAs(
      this[NODE].append(new DocNode('HORIZONTAL_RULE')),
      this[SESSION],
      HorizontalRule,
    );
  }

  clear(): this {
    for (const child of [...this[NODE].children]) this[NODE].remove(child);
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/document/paragraph */
export class Paragraph extends ParagraphElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Paragraph');
  }
}

/** https://developers.google.com/apps-script/reference/document/list-item */
export class ListItem extends ParagraphElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'ListItem');
  }

  getNestingLevel(): number {
    return Number(this[NODE].attributes.get('NESTING_LEVEL') ?? 0);
  }

  setNestingLevel(nestingLevel: number): this {
    if (
      !Number.isInteger(nestingLevel) ||
      nestingLevel < 0 ||
      nestingLevel > 8
    ) {
      throw signatureError('ListItem.setNestingLevel', [nestingLevel]);
    }
    this[NODE].attributes.set('NESTING_LEVEL', nestingLevel);
    return this;
  }

  getGlyphType(): GlyphTypeName | null {
    const value = this[NODE].attributes.get('GLYPH_TYPE');
    return isEnumValue(GlyphType, value) ? value : null;
  }

  setGlyphType(glyphType: GlyphTypeName): this {
    if (!isEnumValue(GlyphType, glyphType)) {
      throw signatureError('ListItem.setGlyphType', [glyphType]);
    }
    this[NODE].attributes.set('GLYPH_TYPE', glyphType);
    return this;
  }

  getListId(): string {
    return String(this[NODE].attributes.get('LIST_ID') ?? '');
  }

  /** Joins the list of another list item. */
  setListId(listItem: ListItem): this {
    const other = nodeOf(listItem, 'ListItem.setListId', [listItem]);
    this[NODE].attributes.set(
      'LIST_ID',
      String(other.attributes.get('LIST_ID') ?? ''),
    );
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/document/table */
export class Table extends ContainerElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Table');
  }

  getNumRows(): number {
    return this[NODE].children.length;
  }

  getRow(rowIndex: number): TableRow {
    return this.getChild(rowIndex).asTableRow();
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  appendTableRow(tableRow?: TableRow): TableRow {
    return this.insertTableRow(this[NODE].children.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    const node = tableRow
      ? detached(
          nodeOf(tableRow, 'Table.insertTableRow', [childIndex, tableRow]),
        )
      : new DocNode('TABLE_ROW');
    if (
      !Number.isInteger(childIndex) ||
      childIndex < 0 ||
      childIndex > this[NODE].children.length
    ) {
      throw new Error(
        `Child index (${childIndex}) must be less than or equal to the number of child elements (${this[NODE].children.length}).`,
      );
    }
    return wrapAs(this[NODE].insert(childIndex, node), this[SESSION], TableRow);
  }

  removeRow(rowIndex: number): TableRow {
    const row = this.getRow(rowIndex);
    this[NODE].remove(row[NODE]);
    return row;
  }
}

function detached(node: DocNode): DocNode {
  if (node.parent) throw new Error('Element must be detached.');
  return node;
}

/** https://developers.google.com/apps-script/reference/document/table-row */
export class TableRow extends ContainerElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'TableRow');
  }

  getNumCells(): number {
    return this[NODE].children.length;
  }

  getCell(cellIndex: number): TableCell {
    return this.getChild(cellIndex).asTableCell();
  }

  appendTableCell(textOrCell?: string | TableCell): TableCell {
    const node =
      typeof textOrCell === 'object'
        ? detached(nodeOf(textOrCell, 'TableRow.appendTableCell', [textOrCell]))
        : newCell(textOrCell ?? '');
    return wrapAs(this[NODE].append(node), this[SESSION], TableCell);
  }

  removeCell(cellIndex: number): TableCell {
    const cell = this.getCell(cellIndex);
    this[NODE].remove(cell[NODE]);
    return cell;
  }

  getParentTable(): Table | null {
    const parent = this[NODE].parent;
    return parent ? wrapAs(parent, this[SESSION], Table) : null;
  }
}

/** https://developers.google.com/apps-script/reference/document/table-cell */
export class TableCell extends SectionElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'TableCell');
  }

  getParentRow(): TableRow | null {
    const parent = this[NODE].parent;
    return parent ? wrapAs(parent, this[SESSION], TableRow) : null;
  }

  getParentTable(): Table | null {
    const table = this[NODE].parent?.parent;
    return table ? wrapAs(table, this[SESSION], Table) : null;
  }

  getBackgroundColor(): string | null {
    const value = this[NODE].attributes.get('BACKGROUND_COLOR');
    return typeof value === 'string' ? value : null;
  }

  setBackgroundColor(color: string): this {
    this[NODE].attributes.set('BACKGROUND_COLOR', color);
    return this;
  }
}

/** https://developers.google.com/apps-script/reference/document/horizontal-rule */
export class HorizontalRule extends Element {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'HorizontalRule');
  }
}

/** An image in a paragraph; enough to be found and measured (no blob data). */
export class InlineImage extends Element {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'InlineImage');
  }

  getAltTitle(): string | null {
    return this[NODE].alt;
  }

  getWidth(): number {
    return Number(this[NODE].attributes.get('WIDTH') ?? 0);
  }

  getHeight(): number {
    return Number(this[NODE].attributes.get('HEIGHT') ?? 0);
  }
}

type Offsets = [] | [number];
type RangedSetter<V> = [V] | [number, number, V];

/**
 * A rich text region: a Text element, or the Text view of a whole element from editAsText().
 * Ranged methods take inclusive end offsets; offsets outside the text throw.
 * https://developers.google.com/apps-script/reference/document/text
 */
export class Text extends Element {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Text');
  }

  getType(): ElementTypeName {
    return 'TEXT';
  }

  getText(): string {
    return new TextView(this[NODE]).getText();
  }

  setText(text: string): this {
    new TextView(this[NODE]).replaceAll(String(text));
    return this;
  }

  /** "Adds the specified text to the end of this text region." */
  appendText(text: string): this {
    const view = new TextView(this[NODE]);
    view.insert(view.length, String(text));
    return this;
  }

  insertText(offset: number, text: string): this {
    new TextView(this[NODE]).insert(offset, String(text));
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): this {
    new TextView(this[NODE]).delete(startOffset, endOffsetInclusive);
    return this;
  }

  editAsText(): Text {
    return this;
  }

  getTextAttributeIndices(): number[] {
    return new TextView(this[NODE]).attributeIndices();
  }

  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findTextIn(this[NODE], this[SESSION], searchPattern, from);
  }

  getAttributes(
    ...offset: Offsets
  ): Record<AttributeName, AttributeValue | null> {
    if (offset.length === 0) return super.getAttributes();
    const style = new TextView(this[NODE]).styleAt(offset[0]);
    const attributes = super.getAttributes();
    for (const name of TEXT_ATTRIBUTES) attributes[name] = style[name] ?? null;
    return attributes;
  }

  setAttributes(
    ...args:
      | [Partial<Record<AttributeName, AttributeValue | null>>]
      | [number, number, Partial<Record<AttributeName, AttributeValue | null>>]
  ): this {
    if (args.length === 1) return super.setAttributes(args[0]);
    const [start, endInclusive, attributes] = args;
    const view = new TextView(this[NODE]);
    view.checkRange(start, endInclusive);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== undefined && isTextAttribute(name)) {
        view.setAttribute(name, value, start, endInclusive);
      }
    }
    return this;
  }

  isBold(...offset: Offsets): boolean | null {
    return readAttribute(this, 'BOLD', offset) as boolean | null;
  }
  isItalic(...offset: Offsets): boolean | null {
    return readAttribute(this, 'ITALIC', offset) as boolean | null;
  }
  isUnderline(...offset: Offsets): boolean | null {
    return readAttribute(this, 'UNDERLINE', offset) as boolean | null;
  }
  isStrikethrough(...offset: Offsets): boolean | null {
    return readAttribute(this, 'STRIKETHROUGH', offset) as boolean | null;
  }
  getForegroundColor(...offset: Offsets): string | null {
    return readAttribute(this, 'FOREGROUND_COLOR', offset) as string | null;
  }
  getBackgroundColor(...offset: Offsets): string | null {
    return readAttribute(this, 'BACKGROUND_COLOR', offset) as string | null;
  }
  getLinkUrl(...offset: Offsets): string | null {
    return readAttribute(this, 'LINK_URL', offset) as string | null;
  }
  getFontSize(...offset: Offsets): number | null {
    return readAttribute(this, 'FONT_SIZE', offset) as number | null;
  }
  getFontFamily(...offset: Offsets): string | null {
    return readAttribute(this, 'FONT_FAMILY', offset) as string | null;
  }

  setBold(...args: RangedSetter<boolean | null>): this {
    writeAttribute(this, 'BOLD', 'boolean', args);
    return this;
  }
  setItalic(...args: RangedSetter<boolean | null>): this {
    writeAttribute(this, 'ITALIC', 'boolean', args);
    return this;
  }
  setUnderline(...args: RangedSetter<boolean | null>): this {
    writeAttribute(this, 'UNDERLINE', 'boolean', args);
    return this;
  }
  setStrikethrough(...args: RangedSetter<boolean | null>): this {
    writeAttribute(this, 'STRIKETHROUGH', 'boolean', args);
    return this;
  }
  setForegroundColor(...args: RangedSetter<string | null>): this {
    writeAttribute(this, 'FOREGROUND_COLOR', 'string', args);
    return this;
  }
  setBackgroundColor(...args: RangedSetter<string | null>): this {
    writeAttribute(this, 'BACKGROUND_COLOR', 'string', args);
    return this;
  }
  setLinkUrl(...args: RangedSetter<string | null>): this {
    writeAttribute(this, 'LINK_URL', 'string', args);
    return this;
  }
  setFontSize(...args: RangedSetter<number | null>): this {
    writeAttribute(this, 'FONT_SIZE', 'number', args);
    return this;
  }
  setFontFamily(...args: RangedSetter<string | null>): this {
    writeAttribute(this, 'FONT_FAMILY', 'string', args);
    return this;
  }
}

/** Without an offset: the value over all the text, null if mixed or unset. */
function readAttribute(
  text: Text,
  name: TextAttributeName,
  offset: Offsets,
): AttributeValue | null {
  const view = new TextView(text[NODE]);
  return offset.length === 0
    ? view.uniform(name)
    : (view.styleAt(offset[0])[name] ?? null);
}

function writeAttribute(
  text: Text,
  name: TextAttributeName,
  valueType: 'boolean' | 'string' | 'number',
  args: RangedSetter<AttributeValue | null>,
): Text {
  const value = args.length === 1 ? args[0] : args[2];
  if (value !== null && typeof value !== valueType)
    throw signatureError(`Text.set…(${name})`, args);
  // An empty link or colour clears the attribute, as null does.
  const stored = value === '' ? null : value;
  const view = new TextView(text[NODE]);
  if (args.length === 1) view.setAttribute(name, stored);
  else view.setAttribute(name, stored, args[0], args[1]);
  return text;
}

/**
 * A whole element, or part of a Text element (offsets inclusive; -1 when whole).
 * https://developers.google.com/apps-script/reference/document/range-element
 */
export class RangeElement {
  readonly [NODE]: DocNode;
  readonly [SESSION]: Session;
  readonly [OFFSETS]: {start: number; endInclusive: number};

  constructor(
    node: DocNode,
    start: number,
    endInclusive: number,
    session: Session,
  ) {
    this[NODE] = node;
    this[SESSION] = session;
    this[OFFSETS] = {start, endInclusive};
    return emulate(this, 'RangeElement', session.counter, () =>
      assertOpen(session),
    );
  }

  getElement(): Element {
    return wrap(this[NODE], this[SESSION]);
  }

  getStartOffset(): number {
    return this[OFFSETS].start;
  }

  getEndOffsetInclusive(): number {
    return this[OFFSETS].endInclusive;
  }

  isPartial(): boolean {
    return this[OFFSETS].start >= 0;
  }

  toString(): string {
    return 'RangeElement';
  }
}
