import type {AttributeName, ElementTypeName} from './enums';
import {
  TEXT_ATTRIBUTES,
  isTextAttribute,
  type AttributeValue,
  type DocNode,
  type TextAttributeName,
} from './doc-node';
import {TextView} from './text-view';
import {Element} from './element';
import {RangeElement, findTextIn} from './range-element';
import {
  NODE,
  SESSION,
  registerElementClass,
  signatureError,
  type Session,
} from './wrapping';

/** An optional offset; passing undefined is the same as passing none. */
type Offsets = [offset?: number];
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
    const at = offset[0];
    if (at === undefined) return super.getAttributes();
    const style = new TextView(this[NODE]).styleAt(at);
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
  const at = offset[0];
  return at === undefined
    ? view.uniform(name)
    : (view.styleAt(at)[name] ?? null);
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

registerElementClass('TEXT', Text);
