/**
 * The state behind an emulated Google Doc, one class per file: DocNode (the element tree),
 * TextView (its characters), EmulatedDocument (a Doc with its cursor, selection, named ranges
 * and bookmarks) and the plain JSON form.
 */
export * from './doc-node';
export * from './text-view';
export * from './document-json';
export * from './emulated-document';
