import {
  DocNode,
  PLAIN,
  sameStyle,
  toParagraphText,
  type AttributeValue,
  type TextAttributeName,
  type TextStyle,
} from './doc-node';

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

  /**
   * Inserts text; without `style`, it takes the formatting of the character before it (or after,
   * at the start), as text typed at a caret does (see typing.ts).
   */
  insert(offset: number, text: string, style?: TextStyle): void {
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
    const look = style ?? node.styles[local - 1] ?? node.styles[local] ?? PLAIN;
    node.text = node.text.slice(0, local) + value + node.text.slice(local);
    // Rebuilt, not splice(...spread): spreading a long text's styles as arguments overflows the stack.
    node.styles = node.styles.slice(0, local).concat(
      Array.from({length: value.length}, () => look),
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
