import type {ElementTypeName} from './enums';
import {TextView} from './text-view';
import {Element, checkRemovable} from './element';
import {RangeElement, findTextIn} from './range-element';
import {NODE, SESSION, nodeOf, wrap, wrapAs} from './wrapping';
import type {Text} from './text';

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
    return wrapAs(this[NODE], this[SESSION], 'TEXT');
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
