/**
 * The DocumentApp element classes, one per file, as thin wrappers over the nodes in doc-node.ts.
 * Importing this module loads (and so registers, see wrapping.ts) every one of them.
 */
export {Element} from './element';
export {ContainerElement} from './container-element';
export {Body} from './body';
export {Paragraph} from './paragraph';
export {ListItem} from './list-item';
export {Table} from './table';
export {TableRow} from './table-row';
export {TableCell} from './table-cell';
export {Text} from './text';
export {HorizontalRule} from './horizontal-rule';
export {InlineImage} from './inline-image';
export {RangeElement} from './range-element';
export {
  NODE,
  SESSION,
  assertOpen,
  nodeOf,
  signatureError,
  wrap,
  type Session,
} from './wrapping';
