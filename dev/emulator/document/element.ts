/**
 * The generic Element: navigation, copy, removal, attributes and casts, shared by every
 * DocumentApp element class (one class per file, as brucemcpherson/gas-fakes keeps them).
 */
import {emulate} from '../service-calls';
import {
  Attribute,
  ElementType,
  isEnumValue,
  type AttributeName,
  type ElementTypeName,
} from './enums';
import {
  DocNode,
  isTextAttribute,
  type AttributeValue,
  type NodeType,
} from './doc-node';
import {TextView} from './text-view';
import {
  CLASS_NAMES,
  NODE,
  SESSION,
  assertOpen,
  signatureError,
  wrap,
  wrapAs,
  wrapContainer,
  type ElementClasses,
  type Session,
} from './wrapping';
import type {Body} from './body';
import type {ContainerElement} from './container-element';
import type {Paragraph} from './paragraph';
import type {ListItem} from './list-item';
import type {Table} from './table';
import type {TableRow} from './table-row';
import type {TableCell} from './table-cell';
import type {Text} from './text';
import type {HorizontalRule} from './horizontal-rule';
import type {InlineImage} from './inline-image';

/**
 * "Can't remove the last paragraph in a document section." A Body always ends with a paragraph
 * (https://developers.google.com/apps-script/reference/document/body#removeChild(Element)); a
 * table cell always keeps one.
 */
export function checkRemovable(parent: DocNode, child: DocNode): void {
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

  /** "Retrieves the element's parent element": always a ContainerElement. */
  getParent(): ContainerElement | null {
    const parent = this[NODE].parent;
    return parent ? wrapContainer(parent, this[SESSION]) : null;
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
    return this[SESSION].document.tabOf(node) !== null;
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
    return castTo(this, 'BODY_SECTION');
  }
  asParagraph(): Paragraph {
    return castTo(this, 'PARAGRAPH');
  }
  asListItem(): ListItem {
    return castTo(this, 'LIST_ITEM');
  }
  asTable(): Table {
    return castTo(this, 'TABLE');
  }
  asTableRow(): TableRow {
    return castTo(this, 'TABLE_ROW');
  }
  asTableCell(): TableCell {
    return castTo(this, 'TABLE_CELL');
  }
  asText(): Text {
    return castTo(this, 'TEXT');
  }
  asHorizontalRule(): HorizontalRule {
    return castTo(this, 'HORIZONTAL_RULE');
  }
  asInlineImage(): InlineImage {
    return castTo(this, 'INLINE_IMAGE');
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
function castTo<K extends NodeType>(
  element: Element,
  type: K,
): ElementClasses[K] {
  if (element.getType() !== type) {
    throw new Error(
      `Cannot cast ${element.getType()} to ${CLASS_NAMES[type]}.`,
    );
  }
  return wrapAs(element[NODE], element[SESSION], type);
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
