import {DocNode} from './doc-node';
import {ContainerElement} from './container-element';
import {
  NODE,
  SESSION,
  detached,
  nodeOf,
  registerElementClass,
  wrapAs,
  type Session,
} from './wrapping';
import type {TableRow} from './table-row';
import type {TableCell} from './table-cell';

/** https://developers.google.com/apps-script/reference/document/table */
export class Table extends ContainerElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'Table');
  }

  getNumRows(): number {
    return this[NODE].children.length;
  }

  getRow(rowIndex: number): TableRow {
    return this.getChild(rowIndex).asTableRow();
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  appendTableRow(tableRow?: TableRow): TableRow {
    return this.insertTableRow(this[NODE].children.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    const node = tableRow
      ? detached(
          nodeOf(tableRow, 'Table.insertTableRow', [childIndex, tableRow]),
        )
      : new DocNode('TABLE_ROW');
    if (
      !Number.isInteger(childIndex) ||
      childIndex < 0 ||
      childIndex > this[NODE].children.length
    ) {
      throw new Error(
        `Child index (${childIndex}) must be less than or equal to the number of child elements (${this[NODE].children.length}).`,
      );
    }
    return wrapAs(
      this[NODE].insert(childIndex, node),
      this[SESSION],
      'TABLE_ROW',
    );
  }

  removeRow(rowIndex: number): TableRow {
    const row = this.getRow(rowIndex);
    this[NODE].remove(row[NODE]);
    return row;
  }
}

registerElementClass('TABLE', Table);
