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
  type PositionJSON,
  type RangeElementJSON,
  type TabJSON,
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

/**
 * A Docs tab: "Each tab has its own title and an ID … A tab can also have child tabs, which are
 * tabs that are nested beneath another tab." Its content is its own body.
 * https://developers.google.com/apps-script/guides/docs/tabs
 */
export interface EmulatedTab {
  readonly id: string;
  title: string;
  readonly body: DocNode;
  readonly childTabs: EmulatedTab[];
}

/** A tab to build a test Doc from: its title, its blocks, and its child tabs. */
export interface TabSpec {
  title: string;
  blocks: readonly BlockJSON[];
  childTabs?: readonly TabSpec[];
  id?: string;
}

/** A body holding exactly these blocks; a final table gets the paragraph Docs puts after it. */
function bodyOf(blocks: readonly BlockJSON[]): DocNode {
  const body = new DocNode('BODY_SECTION');
  for (const block of blocks) body.append(blockToNode(block));
  const last = body.children[body.children.length - 1];
  if (!last || !last.isParagraph) body.append(DocNode.paragraph());
  return body;
}

/** Tab ids as Docs shows them in the URL ('t.0' for the first tab). */
function tabsOf(specs: readonly TabSpec[], prefix: string): EmulatedTab[] {
  return specs.map((spec, index) => {
    const id = spec.id ?? `${prefix}${index}`;
    return {
      id,
      title: spec.title,
      body: bodyOf(spec.blocks),
      childTabs: tabsOf(spec.childTabs ?? [], `${id}.`),
    };
  });
}

function tabsFromJSON(tabs: readonly TabJSON[]): TabSpec[] {
  return tabs.map(tab => ({
    id: tab.id,
    title: tab.title,
    blocks: tab.body,
    childTabs: tabsFromJSON(tab.childTabs ?? []),
  }));
}

function tabToJSON(tab: EmulatedTab): TabJSON {
  return {
    id: tab.id,
    title: tab.title,
    body: tab.body.children.map(nodeToBlock),
    ...(tab.childTabs.length > 0
      ? {childTabs: tab.childTabs.map(tabToJSON)}
      : {}),
  };
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
  /** The top-level tabs, in order; a Doc without tabs of its own has one. */
  readonly tabs: EmulatedTab[];
  /** The tab the user views: what Document's own content methods act on in a bound script. */
  activeTabId: string;
  private idCounter = 0;

  constructor(
    public id: string,
    public name: string,
    body: DocNode,
    tabs?: EmulatedTab[],
  ) {
    this.tabs = tabs ?? [{id: 't.0', title: 'Tab 1', body, childTabs: []}];
    this.activeTabId = this.tabs[0].id;
  }

  /** The first tab's body (the whole content of a Doc with one tab). */
  get body(): DocNode {
    return this.tabs[0].body;
  }

  /** Every tab, depth first: a tab, then its child tabs, then the next tab. */
  allTabs(): EmulatedTab[] {
    const all: EmulatedTab[] = [];
    const visit = (tabs: readonly EmulatedTab[]) => {
      for (const tab of tabs) {
        all.push(tab);
        visit(tab.childTabs);
      }
    };
    visit(this.tabs);
    return all;
  }

  tabById(id: string): EmulatedTab | null {
    return this.allTabs().find(tab => tab.id === id) ?? null;
  }

  activeTab(): EmulatedTab {
    return this.tabById(this.activeTabId) ?? this.tabs[0];
  }

  /** The tab whose body holds `node`, or null for a detached node. */
  tabOf(node: DocNode): EmulatedTab | null {
    const root = node.root();
    return this.allTabs().find(tab => tab.body === root) ?? null;
  }

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
    return new EmulatedDocument(id, name, bodyOf(blocks));
  }

  /**
   * A Doc with these tabs (child tabs nested), viewing the tab titled `activeTitle` (the first
   * by default): `withTabs([{title: 'Notes', blocks: []}, {title: 'Q1', blocks, childTabs}])`.
   */
  static withTabs(
    specs: readonly TabSpec[],
    options: {activeTitle?: string; name?: string; id?: string} = {},
  ): EmulatedDocument {
    if (specs.length === 0) throw new Error('A Doc has at least one tab.');
    const tabs = tabsOf(specs, 't.');
    const document = new EmulatedDocument(
      options.id ?? 'emulated-document',
      options.name ?? 'Test document',
      tabs[0].body,
      tabs,
    );
    if (options.activeTitle !== undefined) {
      const active = document
        .allTabs()
        .find(tab => tab.title === options.activeTitle);
      if (!active) throw new Error(`No tab titled "${options.activeTitle}".`);
      document.activeTabId = active.id;
    }
    return document;
  }

  static fromJSON(json: DocumentJSON): EmulatedDocument {
    if (json?.version !== 1 || !Array.isArray(json.body)) {
      throw new Error('Document JSON: expected {version: 1, body: [...]}');
    }
    const document = json.tabs
      ? EmulatedDocument.withTabs(tabsFromJSON(json.tabs), {
          name: json.name,
          id: json.id,
        })
      : EmulatedDocument.fromBlocks(json.body, json.name, json.id);
    if (json.activeTabId && document.tabById(json.activeTabId))
      document.activeTabId = json.activeTabId;
    const bodyFor = (place: {tabId?: string}) =>
      (place.tabId ? document.tabById(place.tabId) : null)?.body ??
      document.body;
    const position = (place: PositionJSON) =>
      positionFromJSON(bodyFor(place), place);
    const element = (place: RangeElementJSON) =>
      rangeElementFromJSON(bodyFor(place), place);
    document.cursor = json.cursor ? position(json.cursor) : null;
    document.selection = json.selection ? json.selection.map(element) : null;
    for (const range of json.namedRanges ?? []) {
      document.namedRanges.push({
        id: range.id,
        name: range.name,
        elements: range.elements.map(element),
      });
    }
    for (const bookmark of json.bookmarks ?? []) {
      document.bookmarks.push({
        id: bookmark.id,
        position: position(bookmark.position),
      });
    }
    document.idCounter = json.namedRanges.length + json.bookmarks.length;
    return document;
  }

  toJSON(): DocumentJSON {
    const attached = (node: DocNode) => this.tabOf(node) !== null;
    const tabbed = this.allTabs().length > 1;
    // Places in a tab other than the first name their tab.
    const tabIdOf = (node: DocNode) => {
      const tab = this.tabOf(node);
      return tab && tab !== this.tabs[0] ? {tabId: tab.id} : {};
    };
    const position = (place: PositionState): PositionJSON => ({
      ...positionToJSON(place),
      ...tabIdOf(place.node),
    });
    const liveElements = (elements: RangeElementState[]) =>
      elements
        .filter(element => attached(element.node))
        .map(element => ({
          ...rangeElementToJSON(element),
          ...tabIdOf(element.node),
        }));
    return {
      version: 1,
      id: this.id,
      name: this.name,
      body: this.body.children.map(nodeToBlock),
      ...(tabbed
        ? {tabs: this.tabs.map(tabToJSON), activeTabId: this.activeTabId}
        : {}),
      cursor:
        this.cursor && attached(this.cursor.node)
          ? position(this.cursor)
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
          position: position(bookmark.position),
        })),
    };
  }

  /** Ids shaped like the real ones ('kix.…' for named ranges, 'id.…' for bookmarks). */
  newId(prefix: 'kix' | 'id'): string {
    this.idCounter += 1;
    return `${prefix}.emulated${this.idCounter}`;
  }
}
