/**
 * What the DocumentApp element classes share: the node and session behind a wrapper, and the
 * wrapper class for each node type.
 *
 * Like Apps Script, every call returns a new wrapper (`body.getChild(0) !== body.getChild(0)`);
 * identity lives in the node. A wrapper stays bound to its node while the Doc changes around it
 * (children inserted or removed before it): the reference's removeFromParent sample removes every
 * image one Body.getImages() call gave, one by one, each removal changing the Body
 * (https://developers.google.com/apps-script/reference/document/container-element#removeFromParent()).
 * A Text from editAsText() is its element viewed as text, computed when used (text-view.ts), so
 * the Body's Text shows the Body as it is then; the reference is silent on that after writes, and
 * selftest/checks/writer.ts checks both on real Google. The node and session sit under symbol keys so that they are not
 * API: the emulate() proxy lets symbols through, and any other unknown member throws
 * NotEmulatedError.
 *
 * Each class file registers itself here, so that Element (which needs every class for
 * getParent() and the as…() casts) does not import its own subclasses, a cycle that would leave
 * a base class undefined while a subclass extends it. elements.ts loads them all.
 */
import type {ServiceCallCounter} from '../service-calls';
import {DocNode, type NodeType} from './doc-node';
import type {EmulatedDocument} from './emulated-document';
import type {Element} from './element';
import type {ContainerElement} from './container-element';
import type {Body} from './body';
import type {Paragraph} from './paragraph';
import type {ListItem} from './list-item';
import type {Table} from './table';
import type {TableRow} from './table-row';
import type {TableCell} from './table-cell';
import type {Text} from './text';
import type {HorizontalRule} from './horizontal-rule';
import type {InlineImage} from './inline-image';

export const NODE = Symbol('node');
export const SESSION = Symbol('session');

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
export const CLASS_NAMES: Record<NodeType, string> = {
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

/** The wrapper class of each node type. */
export interface ElementClasses {
  BODY_SECTION: Body;
  PARAGRAPH: Paragraph;
  LIST_ITEM: ListItem;
  TABLE: Table;
  TABLE_ROW: TableRow;
  TABLE_CELL: TableCell;
  TEXT: Text;
  HORIZONTAL_RULE: HorizontalRule;
  INLINE_IMAGE: InlineImage;
}
type ElementClass<K extends NodeType> = new (
  node: DocNode,
  session: Session,
) => ElementClasses[K];

const CLASSES: {[K in NodeType]?: ElementClass<K>} = {};

/** Called by each class file when it loads. */
export function registerElementClass<K extends NodeType>(
  type: K,
  kind: ElementClass<K>,
): void {
  // Narrowed to K, the compiler can check that the class fits its type.
  const classes: {[P in K]?: ElementClass<P>} = CLASSES;
  classes[type] = kind;
}

/** A wrapper of the given class over a node (a Text over a paragraph for editAsText()). */
export function wrapAs<K extends NodeType>(
  node: DocNode,
  session: Session,
  type: K,
): ElementClasses[K] {
  const kind = CLASSES[type];
  if (!kind) {
    throw new Error(
      `DocumentApp emulation: the ${type} class is not loaded (import './elements').`,
    );
  }
  return new kind(node, session);
}

/** The wrapper for a node, by its type. */
export function wrap(node: DocNode, session: Session): Element {
  return wrapAs(node, session, node.type);
}

/** Node types that hold children: only these are parents. */
type ContainerType = Exclude<
  NodeType,
  'TEXT' | 'HORIZONTAL_RULE' | 'INLINE_IMAGE'
>;

function isContainerType(type: NodeType): type is ContainerType {
  return (
    type !== 'TEXT' && type !== 'HORIZONTAL_RULE' && type !== 'INLINE_IMAGE'
  );
}

/** The wrapper of a node that holds children (a parent). */
export function wrapContainer(
  node: DocNode,
  session: Session,
): ContainerElement {
  const type = node.type;
  if (!isContainerType(type)) throw new Error(`${type} holds no children.`);
  return wrapAs(node, session, type);
}

/** An element inserted again must be copy()-ed first. */
export function detached(node: DocNode): DocNode {
  if (node.parent) throw new Error('Element must be detached.');
  return node;
}
