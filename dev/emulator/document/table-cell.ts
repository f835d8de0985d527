import type {DocNode} from './doc-node';
import {SectionElement} from './section-element';
import {
  NODE,
  SESSION,
  registerElementClass,
  wrapAs,
  type Session,
} from './wrapping';
import type {Table} from './table';
import type {TableRow} from './table-row';

/** https://developers.google.com/apps-script/reference/document/table-cell */
export class TableCell extends SectionElement {
  constructor(node: DocNode, session: Session) {
    super(node, session, 'TableCell');
  }

  getParentRow(): TableRow | null {
    const parent = this[NODE].parent;
    return parent ? wrapAs(parent, this[SESSION], 'TABLE_ROW') : null;
  }

  getParentTable(): Table | null {
    const table = this[NODE].parent?.parent;
    return table ? wrapAs(table, this[SESSION], 'TABLE') : null;
  }

  getBackgroundColor(): string | null {
    const value = this[NODE].attributes.get('BACKGROUND_COLOR');
    return typeof value === 'string' ? value : null;
  }

  setBackgroundColor(color: string): this {
    this[NODE].attributes.set('BACKGROUND_COLOR', color);
    return this;
  }
}

registerElementClass('TABLE_CELL', TableCell);
