import {
  HorizontalAlignment,
  ParagraphHeading,
  isEnumValue,
  type HorizontalAlignmentName,
  type ParagraphHeadingName,
} from './enums';
import {DocNode} from './doc-node';
import {TextView} from './text-view';
import {ContainerElement} from './container-element';
import {NODE, SESSION, signatureError, wrapAs} from './wrapping';
import type {Text} from './text';
import type {HorizontalRule} from './horizontal-rule';

/**
 * What Paragraph and ListItem share.
 * https://developers.google.com/apps-script/reference/document/paragraph
 */
export abstract class ParagraphElement extends ContainerElement {
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
    return wrapAs(node, this[SESSION], 'TEXT');
  }

  appendHorizontalRule(): HorizontalRule {
    return wrapAs(
      this[NODE].append(new DocNode('HORIZONTAL_RULE')),
      this[SESSION],
      'HORIZONTAL_RULE',
    );
  }

  clear(): this {
    for (const child of [...this[NODE].children]) this[NODE].remove(child);
    return this;
  }
}
