/**
 * Plain JSON form of a document, for the local preview's file and for building test documents.
 */
import type {GlyphTypeName, ParagraphHeadingName} from './enums';
import {
  DocNode,
  sameStyle,
  toParagraphText,
  type AttributeValue,
  type TextAttributeName,
  type TextStyle,
} from './doc-node';
import type {PositionState, RangeElementState} from './emulated-document';

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
export type PositionJSON = (
  {path: number[]; textOffset: number} | {path: number[]; childOffset: number}
) & {
  /** The tab whose body `path` starts from (absent: the first tab). */
  tabId?: string;
};
/** A whole element at path, or (with start/endInclusive) characters of the paragraph at path. */
export interface RangeElementJSON {
  path: number[];
  /** The tab whose body `path` starts from (absent: the first tab). */
  tabId?: string;
  start?: number;
  endInclusive?: number;
}
/** A Docs tab: its title, its body, and the tabs nested in it. */
export interface TabJSON {
  id: string;
  title: string;
  body: BlockJSON[];
  childTabs?: TabJSON[];
}
export interface DocumentJSON {
  version: 1;
  id: string;
  name: string;
  /** The first tab's body (the whole Doc's, when it has one tab). */
  body: BlockJSON[];
  /** Every tab, present when the Doc has more than one (then `body` repeats the first's). */
  tabs?: TabJSON[];
  /** The tab the user views (absent: the first). */
  activeTabId?: string;
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

export function positionToJSON(position: PositionState): PositionJSON {
  if (position.node.type === 'TEXT') {
    const {paragraph, offset} = paragraphOffset(position.node, position.offset);
    return {path: pathOf(paragraph), textOffset: offset};
  }
  return {path: pathOf(position.node), childOffset: position.offset};
}

export function positionFromJSON(
  body: DocNode,
  json: PositionJSON,
): PositionState {
  const node = nodeAt(body, json.path);
  if ('childOffset' in json) return {node, offset: json.childOffset};
  return textAt(node, json.textOffset) ?? {node, offset: 0};
}

export function rangeElementToJSON(
  element: RangeElementState,
): RangeElementJSON {
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

export function rangeElementFromJSON(
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
