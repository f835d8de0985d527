/**
 * The state behind an emulated Google Doc: a tree of plain nodes shaped like the DocumentApp
 * element tree (Body > Paragraph | ListItem | Table > TableRow > TableCell > Paragraph ...;
 * Paragraph > Text | InlineImage | HorizontalRule), with text kept per character so that ranged
 * styling, insertion and deletion are each one splice. The API classes in elements.ts are thin
 * wrappers that read and change these nodes.
 * https://developers.google.com/apps-script/guides/docs#structure_of_a_document
 */
import type {AttributeName, GlyphTypeName, ParagraphHeadingName} from './enums';

/** Attributes that belong to characters rather than to elements. */
export const TEXT_ATTRIBUTES = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'FONT_SIZE',
  'FONT_FAMILY',
  'LINK_URL',
] as const satisfies readonly AttributeName[];
export type TextAttributeName = (typeof TEXT_ATTRIBUTES)[number];
export type AttributeValue = string | number | boolean;
/** Only attributes set on the characters themselves; what is absent is inherited (null in API). */
export type TextStyle = Readonly<
  Partial<Record<TextAttributeName, AttributeValue>>
>;
const PLAIN: TextStyle = Object.freeze({});

export function isTextAttribute(name: string): name is TextAttributeName {
  return (TEXT_ATTRIBUTES as readonly string[]).includes(name);
}

export type NodeType =
  | 'BODY_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL'
  | 'TEXT'
  | 'HORIZONTAL_RULE'
  | 'INLINE_IMAGE';

export class DocNode {
  parent: DocNode | null = null;
  readonly children: DocNode[] = [];
  /** Element attributes set on this element (HEADING, HORIZONTAL_ALIGNMENT, NESTING_LEVEL ...). */
  readonly attributes = new Map<AttributeName, AttributeValue>();
  /** TEXT only: the characters and one style per character (UTF-16 units, as Apps Script). */
  text = '';
  styles: TextStyle[] = [];
  /** INLINE_IMAGE only: its alt title (not an Attribute). */
  alt: string | null = null;

  constructor(readonly type: NodeType) {}

  static text(value: string, style: TextStyle = PLAIN): DocNode {
    const node = new DocNode('TEXT');
    node.text = value;
    node.styles = Array.from({length: value.length}, () => style);
    return node;
  }

  static paragraph(
    type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH',
    text = '',
  ): DocNode {
    const node = new DocNode(type);
    if (text !== '') node.insert(0, DocNode.text(toParagraphText(text)));
    return node;
  }

  get isParagraph(): boolean {
    return this.type === 'PARAGRAPH' || this.type === 'LIST_ITEM';
  }

  get heading(): ParagraphHeadingName {
    return (
      (this.attributes.get('HEADING') as ParagraphHeadingName | undefined) ??
      'NORMAL'
    );
  }

  insert(index: number, child: DocNode): DocNode {
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }

  append(child: DocNode): DocNode {
    return this.insert(this.children.length, child);
  }

  remove(child: DocNode): void {
    const index = this.children.indexOf(child);
    if (index >= 0) this.children.splice(index, 1);
    child.parent = null;
  }

  /** Detached deep copy, as Element.copy() returns. */
  clone(): DocNode {
    const copy = new DocNode(this.type);
    this.attributes.forEach((value, name) => copy.attributes.set(name, value));
    copy.text = this.text;
    copy.styles = [...this.styles];
    copy.alt = this.alt;
    for (const child of this.children) copy.append(child.clone());
    return copy;
  }

  /** This node and its descendants in document order. */
  *walk(): Generator<DocNode> {
    yield this;
    for (const child of this.children) yield* child.walk();
  }

  root(): DocNode {
    return this.parent ? this.parent.root() : this;
  }

  /** The Paragraph or ListItem this node is in (itself if it is one). */
  enclosingParagraph(): DocNode | null {
    if (this.isParagraph) return this;
    return this.parent ? this.parent.enclosingParagraph() : null;
  }
}

/**
 * "Paragraphs may not contain new-line characters. New-line characters ("\n") are converted to
 * line-break characters ("\r")."
 * https://developers.google.com/apps-script/reference/document/paragraph
 */
export function toParagraphText(text: string): string {
  return text.replace(/\r\n|\n/g, '\r');
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return TEXT_ATTRIBUTES.every(name => a[name] === b[name]);
}

/**
 * Apps Script's message for an offset past the end of a Text element, as scripts see it
 * ("Index (3) must be less than the content length (2).").
 * https://developers.google.com/apps-script/reference/document/text#setBold(Integer,Integer,Boolean)
 */
export function offsetError(offset: number, length: number): Error {
  return new Error(
    `Index (${offset}) must be less than the content length (${length}).`,
  );
}

interface Segment {
  /** The Paragraph or ListItem the characters are in. */
  paragraph: DocNode;
  /** The Text node holding them; null for a paragraph that has no text yet. */
  node: DocNode | null;
  /** Offset of the segment's first character in the view. */
  start: number;
}

/**
 * The characters of an element as one string, the way Text (from editAsText()) sees them: the
 * text of each Paragraph or ListItem inside, joined with "\n"; images and rules take no space.
 * https://developers.google.com/apps-script/reference/document/text
 */
export class TextView {
  constructor(readonly target: DocNode) {}

  private segments(): Segment[] {
    const segments: Segment[] = [];
    let offset = 0;
    const addParagraph = (paragraph: DocNode, only?: DocNode) => {
      if (segments.length > 0) offset += 1; // the "\n" between paragraphs
      const texts = only
        ? [only]
        : paragraph.children.filter(child => child.type === 'TEXT');
      if (texts.length === 0)
        segments.push({paragraph, node: null, start: offset});
      for (const node of texts) {
        segments.push({paragraph, node, start: offset});
        offset += node.text.length;
      }
    };
    if (this.target.type === 'TEXT') {
      addParagraph(
        this.target.enclosingParagraph() ?? this.target,
        this.target,
      );
    } else {
      for (const node of this.target.walk())
        if (node.isParagraph) addParagraph(node);
    }
    return segments;
  }

  getText(): string {
    let text = '';
    let previous: DocNode | null = null;
    for (const segment of this.segments()) {
      if (previous && previous !== segment.paragraph) text += '\n';
      text += segment.node?.text ?? '';
      previous = segment.paragraph;
    }
    return text;
  }

  get length(): number {
    return this.getText().length;
  }

  /** Each character in start..endInclusive that is stored in a Text node (not a separator). */
  private charsIn(
    start: number,
    endInclusive: number,
  ): Array<[DocNode, number]> {
    const chars: Array<[DocNode, number]> = [];
    for (const segment of this.segments()) {
      const node = segment.node;
      if (!node) continue;
      const from = Math.max(start, segment.start);
      const to = Math.min(endInclusive, segment.start + node.text.length - 1);
      for (let offset = from; offset <= to; offset++)
        chars.push([node, offset - segment.start]);
    }
    return chars;
  }

  /** Throws as Apps Script does for a range outside the text or reversed. */
  checkRange(start: number, endInclusive: number): void {
    const length = this.length;
    for (const offset of [start, endInclusive]) {
      if (!Number.isInteger(offset) || offset < 0 || offset >= length) {
        throw offsetError(offset, length);
      }
    }
    if (start > endInclusive) {
      throw new Error(
        `Invalid range: start offset (${start}) > end offset (${endInclusive}).`,
      );
    }
  }

  styleAt(offset: number): TextStyle {
    this.checkRange(offset, offset);
    const [char] = this.charsIn(offset, offset);
    return char ? char[0].styles[char[1]] : PLAIN;
  }

  /** The attribute's value over the whole text, or null when unset anywhere or mixed. */
  uniform(name: TextAttributeName): AttributeValue | null {
    const chars = this.charsIn(0, Number.MAX_SAFE_INTEGER);
    if (chars.length === 0) return null;
    const [firstNode, firstIndex] = chars[0];
    const first = firstNode.styles[firstIndex][name];
    if (first === undefined) return null;
    return chars.every(([node, index]) => node.styles[index][name] === first)
      ? first
      : null;
  }

  setAttribute(
    name: TextAttributeName,
    value: AttributeValue | null,
    start = 0,
    endInclusive = this.length - 1,
  ): void {
    if (this.length === 0) return;
    this.checkRange(start, endInclusive);
    for (const [node, index] of this.charsIn(start, endInclusive)) {
      const style: Partial<Record<TextAttributeName, AttributeValue>> = {
        ...node.styles[index],
      };
      if (value === null) delete style[name];
      else style[name] = value;
      node.styles[index] = Object.freeze(style);
    }
  }

  /** Offsets where a run of distinct formatting starts (always including 0). */
  attributeIndices(): number[] {
    const indices = [0];
    let previous: TextStyle | null = null;
    for (const segment of this.segments()) {
      segment.node?.styles.forEach((style, index) => {
        const offset = segment.start + index;
        if (previous && offset > 0 && !sameStyle(previous, style))
          indices.push(offset);
        previous = style;
      });
    }
    return indices;
  }

  insert(offset: number, text: string): void {
    const length = this.length;
    if (!Number.isInteger(offset) || offset < 0 || offset > length) {
      throw offsetError(offset, length + 1);
    }
    const value = toParagraphText(text);
    const segment = this.segments().find(
      candidate =>
        offset <= candidate.start + (candidate.node?.text.length ?? 0),
    );
    if (!segment || value === '') return;
    const node = segment.node ?? segment.paragraph.append(DocNode.text('')); // an empty paragraph gets its first Text
    const local = offset - segment.start;
    // Typed text takes the formatting of the character before it (or after, at the start).
    const style = node.styles[local - 1] ?? node.styles[local] ?? PLAIN;
    node.text = node.text.slice(0, local) + value + node.text.slice(local);
    // Rebuilt, not splice(...spread): spreading a long text's styles as arguments overflows the stack.
    node.styles = node.styles.slice(0, local).concat(
      Array.from({length: value.length}, () => style),
      node.styles.slice(local),
    );
  }

  delete(start: number, endInclusive: number): void {
    this.checkRange(start, endInclusive);
    const chars = this.charsIn(start, endInclusive);
    if (chars.length !== endInclusive - start + 1) {
      throw new Error(
        'Apps Script emulation: Text.deleteText across paragraphs (merging them) is not emulated',
      );
    }
    // Delete from the end so that earlier indices stay valid.
    for (const [node, index] of chars.reverse()) {
      node.text = node.text.slice(0, index) + node.text.slice(index + 1);
      node.styles.splice(index, 1);
    }
    this.dropEmptyTexts();
  }

  /** Empty Text children vanish from a paragraph (the view's own Text node stays usable). */
  private dropEmptyTexts(): void {
    if (this.target.type === 'TEXT') return;
    for (const node of [...this.target.walk()]) {
      if (node.type === 'TEXT' && node.text === '' && node.parent)
        node.parent.remove(node);
    }
  }

  /** Replaces all characters with `text`, unstyled. */
  replaceAll(text: string): void {
    const value = toParagraphText(text);
    if (this.target.type === 'TEXT') {
      this.target.text = value;
      this.target.styles = Array.from({length: value.length}, () => PLAIN);
      return;
    }
    const paragraphs = [...this.target.walk()].filter(node => node.isParagraph);
    paragraphs.forEach((paragraph, index) => {
      for (const child of [...paragraph.children]) paragraph.remove(child);
      if (index === 0 && value !== '') paragraph.append(DocNode.text(value));
    });
  }

  /** First match of a regular expression inside one Text node, after `after` if given. */
  find(
    pattern: string,
    after?: {node: DocNode; endInclusive: number},
  ): {node: DocNode; start: number; endInclusive: number} | null {
    const expression = new RegExp(pattern, 'g');
    let passed = after === undefined;
    for (const node of this.target.walk()) {
      if (node.type !== 'TEXT') continue;
      let from = 0;
      if (!passed) {
        if (!after || node !== after.node) continue;
        passed = true;
        from = after.endInclusive + 1;
      }
      expression.lastIndex = from;
      const match = expression.exec(node.text);
      if (match && match[0].length > 0) {
        return {
          node,
          start: match.index,
          endInclusive: match.index + match[0].length - 1,
        };
      }
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Plain JSON form of a document, for the local preview's file and for building test documents.
// ---------------------------------------------------------------------------------------------

/** A run of text with its formatting; absent fields are unset (inherited). */
export interface TextRunJSON {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  /** Foreground colour, CSS hex like '#80868b'. */
  color?: string;
  background?: string;
  link?: string;
  fontSize?: number;
  fontFamily?: string;
}
export interface InlineImageJSON {
  type: 'image';
  alt?: string;
  width?: number;
  height?: number;
}
export interface HorizontalRuleJSON {
  type: 'horizontalRule';
}
/** What a paragraph holds, in order. */
export type InlineJSON = TextRunJSON | InlineImageJSON | HorizontalRuleJSON;

export interface ParagraphJSON {
  type?: 'paragraph';
  /** ParagraphHeading name; NORMAL when absent. */
  heading?: ParagraphHeadingName;
  alignment?: string;
  /** Shorthand for one unformatted run. */
  text?: string;
  runs?: InlineJSON[];
}
export interface ListItemJSON extends Omit<ParagraphJSON, 'type'> {
  type: 'listItem';
  nestingLevel?: number;
  glyphType?: GlyphTypeName;
  listId?: string;
}
/** A cell is a string (one paragraph) or the blocks it holds (paragraphs, list items). */
export type CellJSON = string | BlockJSON[];
export interface TableJSON {
  type: 'table';
  rows: CellJSON[][];
}
/** Body-level shorthands: a paragraph holding only a rule or only an image. */
export type BlockJSON =
  | ParagraphJSON
  | ListItemJSON
  | TableJSON
  | HorizontalRuleJSON
  | InlineImageJSON;

/**
 * A place in the document. `path` is the element's child indexes from the body. With
 * `textOffset`, path names a Paragraph/ListItem and the offset counts characters in its text;
 * with `childOffset`, the offset counts children of the element at path (as Position does).
 */
export type PositionJSON =
  {path: number[]; textOffset: number} | {path: number[]; childOffset: number};
/** A whole element at path, or (with start/endInclusive) characters of the paragraph at path. */
export interface RangeElementJSON {
  path: number[];
  start?: number;
  endInclusive?: number;
}
export interface DocumentJSON {
  version: 1;
  id: string;
  name: string;
  body: BlockJSON[];
  cursor: PositionJSON | null;
  selection: RangeElementJSON[] | null;
  namedRanges: Array<{id: string; name: string; elements: RangeElementJSON[]}>;
  bookmarks: Array<{id: string; position: PositionJSON}>;
}

const RUN_FIELDS = {
  bold: 'BOLD',
  italic: 'ITALIC',
  underline: 'UNDERLINE',
  strikethrough: 'STRIKETHROUGH',
  color: 'FOREGROUND_COLOR',
  background: 'BACKGROUND_COLOR',
  link: 'LINK_URL',
  fontSize: 'FONT_SIZE',
  fontFamily: 'FONT_FAMILY',
} as const satisfies Record<
  Exclude<keyof TextRunJSON, 'text'>,
  TextAttributeName
>;
type RunField = keyof typeof RUN_FIELDS;
const RUN_FIELD_NAMES = Object.keys(RUN_FIELDS) as RunField[];

function runStyle(run: TextRunJSON): TextStyle {
  const style: Partial<Record<TextAttributeName, AttributeValue>> = {};
  for (const field of RUN_FIELD_NAMES) {
    const value = run[field];
    if (value !== undefined) style[RUN_FIELDS[field]] = value;
  }
  return Object.freeze(style);
}

function fillParagraph(
  paragraph: DocNode,
  block: ParagraphJSON | ListItemJSON,
): DocNode {
  if (block.heading && block.heading !== 'NORMAL')
    paragraph.attributes.set('HEADING', block.heading);
  if (block.alignment)
    paragraph.attributes.set('HORIZONTAL_ALIGNMENT', block.alignment);
  const runs: InlineJSON[] =
    block.runs ?? (block.text ? [{text: block.text}] : []);
  for (const run of runs) {
    if ('type' in run) {
      paragraph.append(inlineNode(run));
      continue;
    }
    const last = paragraph.children[paragraph.children.length - 1];
    const node =
      last?.type === 'TEXT' ? last : paragraph.append(DocNode.text(''));
    const text = toParagraphText(run.text);
    node.text += text;
    const style = runStyle(run);
    // concat, not push(...): spreading a long run's styles as arguments overflows the stack.
    node.styles = node.styles.concat(
      Array.from({length: text.length}, () => style),
    );
  }
  return paragraph;
}

function inlineNode(item: InlineImageJSON | HorizontalRuleJSON): DocNode {
  if (item.type === 'horizontalRule') return new DocNode('HORIZONTAL_RULE');
  const image = new DocNode('INLINE_IMAGE');
  if (item.alt !== undefined) image.alt = item.alt;
  if (item.width !== undefined) image.attributes.set('WIDTH', item.width);
  if (item.height !== undefined) image.attributes.set('HEIGHT', item.height);
  return image;
}

export function blockToNode(block: BlockJSON): DocNode {
  switch (block.type) {
    case 'table': {
      const table = new DocNode('TABLE');
      for (const cells of block.rows) {
        const row = table.append(new DocNode('TABLE_ROW'));
        for (const cell of cells) {
          const cellNode = row.append(new DocNode('TABLE_CELL'));
          const blocks = typeof cell === 'string' ? [{text: cell}] : cell;
          for (const inner of blocks) cellNode.append(blockToNode(inner));
          // A cell always holds at least one paragraph.
          if (cellNode.children.length === 0)
            cellNode.append(DocNode.paragraph());
        }
      }
      return table;
    }
    case 'listItem': {
      const item = fillParagraph(new DocNode('LIST_ITEM'), block);
      item.attributes.set('NESTING_LEVEL', block.nestingLevel ?? 0);
      item.attributes.set('GLYPH_TYPE', block.glyphType ?? 'BULLET');
      item.attributes.set('LIST_ID', block.listId ?? 'kix.list.1');
      return item;
    }
    case 'horizontalRule':
    case 'image': {
      const paragraph = DocNode.paragraph();
      paragraph.append(inlineNode(block));
      return paragraph;
    }
    default:
      return fillParagraph(new DocNode('PARAGRAPH'), block);
  }
}

function paragraphToJSON(node: DocNode): ParagraphJSON | ListItemJSON {
  const runs: InlineJSON[] = [];
  for (const child of node.children) {
    if (child.type === 'HORIZONTAL_RULE') runs.push({type: 'horizontalRule'});
    if (child.type === 'INLINE_IMAGE') runs.push(imageToJSON(child));
    if (child.type !== 'TEXT') continue;
    for (let index = 0; index < child.text.length; index++) {
      const style = child.styles[index];
      const last = runs[runs.length - 1];
      // Adjacent Text nodes merge, as they do when a Doc is saved and opened again.
      if (last && !('type' in last) && sameStyle(runStyle(last), style)) {
        last.text += child.text[index];
        continue;
      }
      const run: TextRunJSON = {text: child.text[index]};
      for (const field of RUN_FIELD_NAMES) {
        const value = style[RUN_FIELDS[field]];
        if (value !== undefined) Object.assign(run, {[field]: value});
      }
      runs.push(run);
    }
  }
  const heading = node.heading;
  const alignment = node.attributes.get('HORIZONTAL_ALIGNMENT');
  const common = {
    ...(heading !== 'NORMAL' ? {heading} : {}),
    ...(typeof alignment === 'string' ? {alignment} : {}),
    runs,
  };
  if (node.type === 'PARAGRAPH') return {type: 'paragraph', ...common};
  return {
    type: 'listItem',
    ...common,
    nestingLevel: Number(node.attributes.get('NESTING_LEVEL') ?? 0),
    glyphType: (node.attributes.get('GLYPH_TYPE') ?? 'BULLET') as GlyphTypeName,
    listId: String(node.attributes.get('LIST_ID') ?? 'kix.list.1'),
  };
}

function imageToJSON(node: DocNode): InlineImageJSON {
  const image: InlineImageJSON = {type: 'image'};
  if (node.alt !== null) image.alt = node.alt;
  const width = node.attributes.get('WIDTH');
  const height = node.attributes.get('HEIGHT');
  if (typeof width === 'number') image.width = width;
  if (typeof height === 'number') image.height = height;
  return image;
}

export function nodeToBlock(node: DocNode): BlockJSON {
  if (node.type !== 'TABLE') return paragraphToJSON(node);
  return {
    type: 'table',
    rows: node.children.map(row =>
      row.children.map(cell => cell.children.map(nodeToBlock)),
    ),
  };
}

/** Child indexes from the body down to `node`. */
export function pathOf(node: DocNode): number[] {
  const path: number[] = [];
  let current = node;
  while (current.parent) {
    path.unshift(current.parent.children.indexOf(current));
    current = current.parent;
  }
  return path;
}

export function nodeAt(body: DocNode, path: readonly number[]): DocNode {
  let node = body;
  for (const index of path) {
    const child = node.children[index];
    if (!child)
      throw new Error(`Document JSON: no element at path [${path.join(', ')}]`);
    node = child;
  }
  return node;
}

/** Character offset within the paragraph of a character of one of its Text nodes. */
function paragraphOffset(
  textNode: DocNode,
  offset: number,
): {paragraph: DocNode; offset: number} {
  const paragraph = textNode.enclosingParagraph() ?? textNode;
  let before = 0;
  for (const child of paragraph.children) {
    if (child === textNode) break;
    if (child.type === 'TEXT') before += child.text.length;
  }
  return {paragraph, offset: before + offset};
}

/** The Text node and local offset of a paragraph character offset (end of text allowed). */
function textAt(
  paragraph: DocNode,
  offset: number,
): {node: DocNode; offset: number} | null {
  let remaining = offset;
  const texts = paragraph.children.filter(child => child.type === 'TEXT');
  for (const [index, node] of texts.entries()) {
    const last = index === texts.length - 1;
    if (
      remaining < node.text.length ||
      (last && remaining <= node.text.length)
    ) {
      return {node, offset: remaining};
    }
    remaining -= node.text.length;
  }
  return null;
}

/** A position as the emulation keeps it: an element and an offset as Position defines it. */
export interface PositionState {
  node: DocNode;
  offset: number;
}
/** A range element: a whole element (start -1) or characters start..endInclusive of a Text. */
export interface RangeElementState {
  node: DocNode;
  start: number;
  endInclusive: number;
}

export class EmulatedDocument {
  cursor: PositionState | null = null;
  selection: RangeElementState[] | null = null;
  readonly namedRanges: Array<{
    id: string;
    name: string;
    elements: RangeElementState[];
  }> = [];
  readonly bookmarks: Array<{id: string; position: PositionState}> = [];
  private idCounter = 0;

  constructor(
    public id: string,
    public name: string,
    readonly body: DocNode,
  ) {}

  /** A new Doc: "a new Doc has one empty paragraph". */
  static blank(
    name = 'Untitled document',
    id = 'emulated-document',
  ): EmulatedDocument {
    const body = new DocNode('BODY_SECTION');
    body.append(DocNode.paragraph());
    return new EmulatedDocument(id, name, body);
  }

  /**
   * A Doc holding exactly these blocks (no extra leading paragraph), for tests:
   * `fromBlocks([{heading: 'HEADING1', text: 'Goals'}, {type: 'table', rows: [['a', 'b']]},
   * {type: 'listItem', text: 'one'}, {runs: [{text: 'x', italic: true, color: '#80868b'}]}])`.
   * A final table gets the paragraph Docs always puts after it.
   */
  static fromBlocks(
    blocks: readonly BlockJSON[],
    name = 'Test document',
    id = 'emulated-document',
  ): EmulatedDocument {
    const body = new DocNode('BODY_SECTION');
    for (const block of blocks) body.append(blockToNode(block));
    const last = body.children[body.children.length - 1];
    if (!last || !last.isParagraph) body.append(DocNode.paragraph());
    return new EmulatedDocument(id, name, body);
  }

  static fromJSON(json: DocumentJSON): EmulatedDocument {
    if (json?.version !== 1 || !Array.isArray(json.body)) {
      throw new Error('Document JSON: expected {version: 1, body: [...]}');
    }
    const document = EmulatedDocument.fromBlocks(json.body, json.name, json.id);
    const body = document.body;
    document.cursor = json.cursor ? positionFromJSON(body, json.cursor) : null;
    document.selection = json.selection
      ? json.selection.map(element => rangeElementFromJSON(body, element))
      : null;
    for (const range of json.namedRanges ?? []) {
      document.namedRanges.push({
        id: range.id,
        name: range.name,
        elements: range.elements.map(element =>
          rangeElementFromJSON(body, element),
        ),
      });
    }
    for (const bookmark of json.bookmarks ?? []) {
      document.bookmarks.push({
        id: bookmark.id,
        position: positionFromJSON(body, bookmark.position),
      });
    }
    document.idCounter = json.namedRanges.length + json.bookmarks.length;
    return document;
  }

  toJSON(): DocumentJSON {
    const attached = (node: DocNode) => node.root() === this.body;
    const liveElements = (elements: RangeElementState[]) =>
      elements
        .filter(element => attached(element.node))
        .map(rangeElementToJSON);
    return {
      version: 1,
      id: this.id,
      name: this.name,
      body: this.body.children.map(nodeToBlock),
      cursor:
        this.cursor && attached(this.cursor.node)
          ? positionToJSON(this.cursor)
          : null,
      selection: this.selection ? liveElements(this.selection) : null,
      namedRanges: this.namedRanges.map(range => ({
        id: range.id,
        name: range.name,
        elements: liveElements(range.elements),
      })),
      bookmarks: this.bookmarks
        .filter(bookmark => attached(bookmark.position.node))
        .map(bookmark => ({
          id: bookmark.id,
          position: positionToJSON(bookmark.position),
        })),
    };
  }

  /** Ids shaped like the real ones ('kix.…' for named ranges, 'id.…' for bookmarks). */
  newId(prefix: 'kix' | 'id'): string {
    this.idCounter += 1;
    return `${prefix}.emulated${this.idCounter}`;
  }
}

function positionToJSON(position: PositionState): PositionJSON {
  if (position.node.type === 'TEXT') {
    const {paragraph, offset} = paragraphOffset(position.node, position.offset);
    return {path: pathOf(paragraph), textOffset: offset};
  }
  return {path: pathOf(position.node), childOffset: position.offset};
}

function positionFromJSON(body: DocNode, json: PositionJSON): PositionState {
  const node = nodeAt(body, json.path);
  if ('childOffset' in json) return {node, offset: json.childOffset};
  return textAt(node, json.textOffset) ?? {node, offset: 0};
}

function rangeElementToJSON(element: RangeElementState): RangeElementJSON {
  if (element.node.type !== 'TEXT') return {path: pathOf(element.node)};
  const whole = element.start < 0;
  const start = paragraphOffset(element.node, whole ? 0 : element.start);
  const end = whole ? element.node.text.length - 1 : element.endInclusive;
  return {
    path: pathOf(start.paragraph),
    start: start.offset,
    endInclusive: start.offset + (end - (whole ? 0 : element.start)),
  };
}

function rangeElementFromJSON(
  body: DocNode,
  json: RangeElementJSON,
): RangeElementState {
  const node = nodeAt(body, json.path);
  if (json.start === undefined || json.endInclusive === undefined) {
    return {node, start: -1, endInclusive: -1};
  }
  const start = textAt(node, json.start);
  if (!start) throw new Error(`Document JSON: no text at offset ${json.start}`);
  const endInclusive = Math.min(
    start.offset + json.endInclusive - json.start,
    start.node.text.length - 1,
  );
  const whole =
    start.offset === 0 && endInclusive === start.node.text.length - 1;
  return whole
    ? {node: start.node, start: -1, endInclusive: -1}
    : {node: start.node, start: start.offset, endInclusive};
}
