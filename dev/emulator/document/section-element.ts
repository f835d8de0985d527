import {DocNode, type NodeType} from './doc-node';
import {TextView} from './text-view';
import {ContainerElement} from './container-element';
import {NODE, SESSION, nodeOf, signatureError, wrap, wrapAs} from './wrapping';
import type {Paragraph} from './paragraph';
import type {ListItem} from './list-item';
import type {Table} from './table';
import type {HorizontalRule} from './horizontal-rule';
import type {InlineImage} from './inline-image';

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
    continueNeighbourStyle(parent, childIndex, node);
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

/**
 * A paragraph or list item made from a string takes the text attributes that end the paragraph
 * before it, as typing Enter there would: a public regression test reports appendParagraph taking
 * the previous paragraph's bold after a heading (issue 10). The reference is silent on a new
 * paragraph's text attributes; it shows a paragraph appended after a heading as "a regular
 * paragraph", so the heading itself is not continued.
 * https://developers.google.com/apps-script/reference/document/paragraph (the class sample)
 * https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String)
 * Scripts that rely on a look state it (setAttributes); the emulation takes the worst case, so a
 * look left unstated shows in the tests.
 */
function continueNeighbourStyle(
  parent: DocNode,
  childIndex: number,
  node: DocNode,
): void {
  const previous = parent.children[childIndex - 1];
  if (!previous?.isParagraph || !node.isParagraph) return;
  const texts = previous.children.filter(child => child.type === 'TEXT');
  const last = texts[texts.length - 1];
  const style = last?.styles[last.styles.length - 1];
  if (!style) return;
  for (const child of node.children)
    if (child.type === 'TEXT') child.styles = child.styles.map(() => style);
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
  return wrapAs(node, section[SESSION], 'TABLE');
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
  return wrapAs(rule, section[SESSION], 'HORIZONTAL_RULE');
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

export function newCell(text: string): DocNode {
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
export abstract class SectionElement extends ContainerElement {
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
    return wrapAs(node, this[SESSION], 'PARAGRAPH');
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
    return wrapAs(node, this[SESSION], 'PARAGRAPH');
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
    return wrapAs(node, this[SESSION], 'LIST_ITEM');
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
    return wrapAs(node, this[SESSION], 'LIST_ITEM');
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
      wrapAs(node, this[SESSION], 'LIST_ITEM'),
    );
  }

  getTables(): Table[] {
    return descendants(this[NODE], ['TABLE']).map(node =>
      wrapAs(node, this[SESSION], 'TABLE'),
    );
  }

  getImages(): InlineImage[] {
    return descendants(this[NODE], ['INLINE_IMAGE']).map(node =>
      wrapAs(node, this[SESSION], 'INLINE_IMAGE'),
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
