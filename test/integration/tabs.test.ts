/**
 * Docs with tabs. Document's own methods "access or modify content from the active tab (in
 * scripts bound to a document) or the first tab"
 * (https://developers.google.com/apps-script/guides/docs/tabs): the add-on instead finds the tab
 * that holds the program (child tabs too) and reads, writes and scores it whatever tab the person
 * views, puts the cursor there, and says so when the program is split over tabs or appears in two.
 */
import {
  EmulatedDocument,
  type BlockJSON,
  type TabSpec,
} from '../../dev/emulator/document/index';
import type {TabJSON} from '../../dev/emulator/document/model';
import type {Runtime} from '../../dev/emulator/runtime';
import * as api from '../../src/server/api';
import {
  AREA_TITLES,
  TODAY,
  addEvidence,
  area,
  blockLine,
  chooseRole,
  execute,
  para,
  runtimeFor,
  setUp,
  setUpRuntime,
  state,
  withoutNotice,
} from './fixture';

/** The blocks of a Doc the add-on set up, with a role chosen (to build tabs from). */
function setUpBlocks(): BlockJSON[] {
  return setUpRuntime().document.toJSON().body;
}

const NOTES: BlockJSON[] = [para('Team notes, not part of the program.')];

function findTab(tabs: readonly TabJSON[], title: string): TabJSON | null {
  for (const tab of tabs) {
    if (tab.title === title) return tab;
    const child = findTab(tab.childTabs ?? [], title);
    if (child) return child;
  }
  return null;
}

/** One line per Body child of the tab titled `title`, as fixture.lines() shows a Doc. */
function tabLines(document: EmulatedDocument, title: string): string[] {
  const tab = findTab(document.toJSON().tabs ?? [], title);
  if (!tab) throw new Error(`No tab titled "${title}".`);
  return tab.body.map(blockLine);
}

function activeTitle(document: EmulatedDocument): string {
  return document.activeTab().title;
}

/** The tab and line the cursor is on, and its offset in that line. */
function cursorPlace(
  document: EmulatedDocument,
): {tab: string; line: string; offset: number} | null {
  const json = document.toJSON();
  const cursor = json.cursor;
  if (!cursor) return null;
  const tab = cursor.tabId ? document.tabById(cursor.tabId) : document.tabs[0];
  if (!tab) return null;
  const offset =
    'textOffset' in cursor ? cursor.textOffset : cursor.childOffset;
  const lines = tabLines(document, tab.title);
  return {tab: tab.title, line: lines[cursor.path[0]], offset};
}

function tabbedRuntime(
  specs: TabSpec[],
  viewing: string,
  role: 'candidate' | 'manager' | null = 'candidate',
): Runtime {
  const runtime = runtimeFor(
    EmulatedDocument.withTabs(specs, {activeTitle: viewing}),
  );
  if (role) chooseRole(runtime, role);
  return runtime;
}

describe('The program in the first tab while the person views another', () => {
  function programFirst(): Runtime {
    return tabbedRuntime(
      [
        {title: 'Tracking', blocks: setUpBlocks()},
        {title: 'Notes', blocks: NOTES},
      ],
      'Notes',
    );
  }

  it('reads the program tab: the same readiness as viewing it, Set up adds nothing', () => {
    const runtime = programFirst();
    const fromNotes = state(runtime);
    expect(fromNotes.documentReady).toBe(true);
    expect(fromNotes.notice).toBeNull();
    runtime.document.activeTabId = runtime.document.tabs[0].id;
    expect(state(runtime)).toEqual(fromNotes);

    runtime.document.activeTabId = runtime.document.tabs[1].id;
    const notesBefore = tabLines(runtime.document, 'Notes');
    const reply = setUp(runtime);
    expect(reply.notice?.text).toBe(
      'The document already has every section. Nothing was changed.',
    );
    expect(tabLines(runtime.document, 'Notes')).toEqual(notesBefore);
  });

  it('Add evidence writes in the program tab, opens it and puts the cursor on the first prompt', () => {
    const runtime = programFirst();
    const reply = addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });

    expect(tabLines(runtime.document, 'Notes')).toEqual(NOTES.map(blockLine));
    expect(tabLines(runtime.document, 'Tracking')).toContain(
      `H3 ${TODAY} · Training`,
    );
    expect(area(reply, 'leadership-training').drafts).toHaveLength(1);
    expect(reply.notice?.text).toMatch(/The cursor is on its first prompt\.$/);
    expect(activeTitle(runtime.document)).toBe('Tracking');
    expect(cursorPlace(runtime.document)).toEqual({
      tab: 'Tracking',
      line: 'Name: The training and who ran it. ',
      offset: 'Name: The training and who ran it. '.length,
    });
  });

  it('the readiness summary goes into the program tab; a jump opens that tab', () => {
    const runtime = programFirst();
    execute(runtime, () => api.insertReadinessSummary({today: TODAY}));
    expect(
      tabLines(runtime.document, 'Tracking').some(line =>
        line.includes(`Readiness summary — ${TODAY}`),
      ),
    ).toBe(true);
    expect(tabLines(runtime.document, 'Notes')).toEqual(NOTES.map(blockLine));

    runtime.document.activeTabId = runtime.document.tabs[1].id;
    execute(runtime, () =>
      api.jumpTo({today: TODAY, target: {sectionId: 'leadership-skills'}}),
    );
    expect(cursorPlace(runtime.document)).toEqual({
      tab: 'Tracking',
      line: `H1 ${AREA_TITLES[3]}`,
      offset: 0,
    });
  });
});

describe('The program in a child tab', () => {
  it('is found under its parent tab, read and written there', () => {
    const runtime = tabbedRuntime(
      [
        {
          title: 'Overview',
          blocks: NOTES,
          childTabs: [{title: '2026 tracking', blocks: setUpBlocks()}],
        },
      ],
      'Overview',
    );
    expect(state(runtime).documentReady).toBe(true);

    addEvidence(runtime, {
      sectionId: 'one-on-ones',
      criterionId: 'building-trust',
      kindId: 'general',
    });

    expect(tabLines(runtime.document, '2026 tracking')).toContain(
      `H3 ${TODAY} · Building trust`,
    );
    expect(tabLines(runtime.document, 'Overview')).toEqual(
      NOTES.map(blockLine),
    );
    expect(cursorPlace(runtime.document)?.tab).toBe('2026 tracking');
    expect(activeTitle(runtime.document)).toBe('2026 tracking');
  });
});

describe('Two copies of the program in two tabs', () => {
  it('uses the first, writes only there, and says which tab it uses', () => {
    const runtime = tabbedRuntime(
      [
        {title: 'Tracking', blocks: setUpBlocks()},
        {title: 'Tracking (copy)', blocks: setUpBlocks()},
      ],
      'Tracking (copy)',
    );
    const copyBefore = tabLines(runtime.document, 'Tracking (copy)');

    const opened = state(runtime);
    expect(opened.notice).toEqual({
      tone: 'info',
      text: 'The program appears in more than one tab: "Tracking" and "Tracking (copy)". The add-on reads and writes only "Tracking" (it has the most sections); move anything written in the other copy there, then delete that copy.',
    });
    const reply = addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });

    expect(reply.notice?.tone).toBe('success');
    expect(reply.notice?.text).toMatch(
      /first prompt\. The program appears in more than one tab/,
    );
    expect(tabLines(runtime.document, 'Tracking (copy)')).toEqual(copyBefore);
    expect(tabLines(runtime.document, 'Tracking')).toContain(
      `H3 ${TODAY} · Training`,
    );
  });
});

describe('The program split over tabs', () => {
  it('uses the tab with most of it and says the rest is not counted', () => {
    const blocks = setUpBlocks();
    const lines = blocks.map(blockLine);
    // The first three areas in one tab, the rest of the program in another.
    const split = lines.indexOf(`H1 ${AREA_TITLES[3]}`);
    const runtime = tabbedRuntime(
      [
        {title: 'Areas 1-3', blocks: blocks.slice(0, split)},
        {title: 'Areas 4-5', blocks: blocks.slice(split)},
      ],
      'Areas 4-5',
    );

    const opened = state(runtime);
    expect(opened.notice?.text).toBe(
      'The program is split over tabs: "Areas 4-5" and "Areas 1-3". The add-on reads and writes only "Areas 4-5"; evidence in the other tabs is not counted. Move those sections into "Areas 4-5".',
    );
    expect(opened.documentReady).toBe(false);
  });
});

describe('No program in any tab yet', () => {
  it('Set up writes into the tab the person views, and later reads find it there', () => {
    const runtime = tabbedRuntime(
      [
        {title: 'Notes', blocks: NOTES},
        {title: 'Mentorship', blocks: []},
      ],
      'Mentorship',
      null,
    );
    setUp(runtime);
    expect(tabLines(runtime.document, 'Notes')).toEqual(NOTES.map(blockLine));
    expect(tabLines(runtime.document, 'Mentorship')).toContain(
      `H1 ${AREA_TITLES[0]}`,
    );

    // Someone else, viewing Notes, sees the program.
    runtime.document.activeTabId = runtime.document.tabs[0].id;
    const reply = state(runtime);
    expect(reply.documentReady).toBe(true);
    expect(reply.notice).toBeNull();
  });
});

describe('A Doc without tabs behaves as before', () => {
  it('same reply, no tab switching, and the tab lookup costs a constant few calls', () => {
    const runtime = setUpRuntime();
    runtime.calls.reset();
    const reply = addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    expect(runtime.calls.count('Document.setActiveTab')).toBe(0);
    // One look at the tabs (two calls), for the one read; the cursor goes on the line just written.
    expect(runtime.calls.count('Document.getTabs')).toBe(1);
    expect(runtime.calls.count('Tab.getChildTabs')).toBe(1);
    expect(withoutNotice(reply)).toEqual(withoutNotice(state(runtime)));
    expect(runtime.document.toJSON().tabs).toBeUndefined();
  });
});
