/**
 * The state behind an emulated Google Doc: a tree of plain nodes shaped like the DocumentApp
 * element tree (Body > Paragraph | ListItem | Table > TableRow > TableCell > Paragraph ...;
 * Paragraph > Text | InlineImage | HorizontalRule), with text kept per character so that ranged
 * styling, insertion and deletion are each one splice. The API classes (elements.ts) are thin wrappers
 * that read and change these nodes; text-view.ts reads and edits their characters.
 * https://developers.google.com/apps-script/guides/docs#structure_of_a_document
 */
import type {AttributeName, ParagraphHeadingName} from './enums';

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
export const PLAIN: TextStyle = Object.freeze({});

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
