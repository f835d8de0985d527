import type {DocNode} from './doc-node';
import {ContainerElement} from './container-element';
import {newCell} from './section-element';
import {
  NODE,
  SESSION,
  detached,
  nodeOf,
  registerElementClass,
  wrapAs,
  type Session,
} from './wrapping';
import type {Table} from './table';
import type {TableCell} from './table-cell';

/** https://developers.google.com/apps-script/reference/document/table-row */
export class TableRow extends ContainerElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'TableRow');
  }

  getNumCells(): number {
    return this[NODE].children.length;
  }

  getCell(cellIndex: number): TableCell {
    return this.getChild(cellIndex).asTableCell();
  }

  appendTableCell(textOrCell?: string | TableCell): TableCell {
    const node =
      typeof textOrCell === 'object'
        ? detached(nodeOf(textOrCell, 'TableRow.appendTableCell', [textOrCell]))
        : newCell(textOrCell ?? '');
    return wrapAs(this[NODE].append(node), this[SESSION], 'TABLE_CELL');
  }

  removeCell(cellIndex: number): TableCell {
    const cell = this.getCell(cellIndex);
    this[NODE].remove(cell[NODE]);
    return cell;
  }

  getParentTable(): Table | null {
    const parent = this[NODE].parent;
    return parent ? wrapAs(parent, this[SESSION], 'TABLE') : null;
  }
}

registerElementClass('TABLE_ROW', TableRow);
