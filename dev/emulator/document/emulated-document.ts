import {DocNode} from './doc-node';
import {
  blockToNode,
  nodeToBlock,
  positionFromJSON,
  positionToJSON,
  rangeElementFromJSON,
  rangeElementToJSON,
  type BlockJSON,
  type DocumentJSON,
} from './document-json';

export interface PositionState {
  node: DocNode;
  offset: number;
}
/** A range element: a whole element (start -1) or characters start..endInclusive of a Text. */
export interface RangeElementState {
  node: DocNode;
  start: number;
  endInclusive: number;
}

export class EmulatedDocument {
  cursor: PositionState | null = null;
  selection: RangeElementState[] | null = null;
  readonly namedRanges: Array<{
    id: string;
    name: string;
    elements: RangeElementState[];
  }> = [];
  readonly bookmarks: Array<{id: string; position: PositionState}> = [];
  private idCounter = 0;

  constructor(
    public id: string,
    public name: string,
    readonly body: DocNode,
  ) {}

  /** A new Doc: "a new Doc has one empty paragraph". */
  static blank(
    name = 'Untitled document',
    id = 'emulated-document',
  ): EmulatedDocument {
    const body = new DocNode('BODY_SECTION');
    body.append(DocNode.paragraph());
    return new EmulatedDocument(id, name, body);
  }

  /**
   * A Doc holding exactly these blocks (no extra leading paragraph), for tests:
   * `fromBlocks([{heading: 'HEADING1', text: 'Goals'}, {type: 'table', rows: [['a', 'b']]},
   * {type: 'listItem', text: 'one'}, {runs: [{text: 'x', italic: true, color: '#80868b'}]}])`.
   * A final table gets the paragraph Docs always puts after it.
   */
  static fromBlocks(
    blocks: readonly BlockJSON[],
    name = 'Test document',
    id = 'emulated-document',
  ): EmulatedDocument {
    const body = new DocNode('BODY_SECTION');
    for (const block of blocks) body.append(blockToNode(block));
    const last = body.children[body.children.length - 1];
    if (!last || !last.isParagraph) body.append(DocNode.paragraph());
    return new EmulatedDocument(id, name, body);
  }

  static fromJSON(json: DocumentJSON): EmulatedDocument {
    if (json?.version !== 1 || !Array.isArray(json.body)) {
      throw new Error('Document JSON: expected {version: 1, body: [...]}');
    }
    const document = EmulatedDocument.fromBlocks(json.body, json.name, json.id);
    const body = document.body;
    document.cursor = json.cursor ? positionFromJSON(body, json.cursor) : null;
    document.selection = json.selection
      ? json.selection.map(element => rangeElementFromJSON(body, element))
      : null;
    for (const range of json.namedRanges ?? []) {
      document.namedRanges.push({
        id: range.id,
        name: range.name,
        elements: range.elements.map(element =>
          rangeElementFromJSON(body, element),
        ),
      });
    }
    for (const bookmark of json.bookmarks ?? []) {
      document.bookmarks.push({
        id: bookmark.id,
        position: positionFromJSON(body, bookmark.position),
      });
    }
    document.idCounter = json.namedRanges.length + json.bookmarks.length;
    return document;
  }

  toJSON(): DocumentJSON {
    const attached = (node: DocNode) => node.root() === this.body;
    const liveElements = (elements: RangeElementState[]) =>
      elements
        .filter(element => attached(element.node))
        .map(rangeElementToJSON);
    return {
      version: 1,
      id: this.id,
      name: this.name,
      body: this.body.children.map(nodeToBlock),
      cursor:
        this.cursor && attached(this.cursor.node)
          ? positionToJSON(this.cursor)
          : null,
      selection: this.selection ? liveElements(this.selection) : null,
      namedRanges: this.namedRanges.map(range => ({
        id: range.id,
        name: range.name,
        elements: liveElements(range.elements),
      })),
      bookmarks: this.bookmarks
        .filter(bookmark => attached(bookmark.position.node))
        .map(bookmark => ({
          id: bookmark.id,
          position: positionToJSON(bookmark.position),
        })),
    };
  }

  /** Ids shaped like the real ones ('kix.…' for named ranges, 'id.…' for bookmarks). */
  newId(prefix: 'kix' | 'id'): string {
    this.idCounter += 1;
    return `${prefix}.emulated${this.idCounter}`;
  }
}
