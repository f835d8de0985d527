/**
 * Conformance: Docs with tabs, as the emulation models them beyond what selftest/checks/tabs.ts
 * checks on both (live-checks.test.ts): Document's own methods act on the active tab, a cursor
 * outside it is not modelled (and fails loudly), and the JSON form keeps the tabs.
 * https://developers.google.com/apps-script/guides/docs/tabs
 */
import {EmulatedDocument} from '../../dev/emulator/document';
import {REF, openDoc} from './document-fixture';

const GUIDE = 'https://developers.google.com/apps-script/guides/docs/tabs';

function tabbed() {
  return openDoc(
    EmulatedDocument.withTabs([
      {title: 'Notes', blocks: [{text: 'note'}]},
      {
        title: 'Tracking',
        blocks: [{text: 'program'}],
        childTabs: [{title: 'Q1', blocks: [{text: 'q1'}]}],
      },
    ]),
  );
}

describe('DocumentApp conformance: tabs', () => {
  it(`tab ids, titles and indexes; getTab finds a child tab by id (${REF}document#getTab(String), ${REF}tab)`, () => {
    const {doc} = tabbed();
    const [notes, tracking] = doc.getTabs();
    const [q1] = tracking.getChildTabs();
    expect([notes.getId(), tracking.getId(), q1.getId()]).toEqual([
      't.0',
      't.1',
      't.1.0',
    ]);
    expect([notes.getTitle(), q1.getTitle(), q1.getIndex()]).toEqual([
      'Notes',
      'Q1',
      0,
    ]);
    expect(doc.getTab('t.1.0')?.getTitle()).toBe('Q1');
    expect(String(notes)).toBe('Tab');
    expect(String(notes.asDocumentTab())).toBe('DocumentTab');
  });

  it(`Document's positions, named ranges and cursor are the active tab's ("Existing methods on Document … access or modify content from the active tab") (${GUIDE})`, () => {
    const {doc} = tabbed();
    const tracking = doc.getTabs()[1].asDocumentTab();
    const line = tracking.getBody().getChild(0).asParagraph();
    // With Notes active, an element of Tracking is not Document's to point at.
    expect(() => doc.newPosition(line, 0)).toThrow(/not in this document tab/);
    const position = tracking.newPosition(line.getChild(0), 2);
    expect(() => doc.setCursor(position)).toThrow(/call setActiveTab first/);
    tracking.addNamedRange(
      'mark',
      tracking.newRange().addElement(line).build(),
    );
    expect(doc.getNamedRanges('mark')).toHaveLength(0);
    expect(tracking.getNamedRanges('mark')).toHaveLength(1);

    doc.setActiveTab('t.1');
    doc.setCursor(position);
    expect(doc.getCursor()?.getOffset()).toBe(2);
    expect(doc.getNamedRanges('mark')).toHaveLength(1);
    // Back on Notes, the cursor in Tracking is not Notes' cursor.
    doc.setActiveTab('t.0');
    expect(doc.getCursor()).toBeNull();
    expect(() => doc.setActiveTab('t.9')).toThrow(/no tab with the id/);
  });

  it('the JSON form keeps the tabs, the active tab and a cursor in a child tab; a Doc with one tab keeps its old form', () => {
    const {state, doc} = tabbed();
    const q1 = doc.getTab('t.1.0')?.asDocumentTab();
    const text = q1?.getBody().getChild(0).asParagraph().getChild(0);
    if (!q1 || !text) throw new Error('no Q1 tab');
    doc.setActiveTab('t.1.0');
    doc.setCursor(q1.newPosition(text, 1));
    const json = state.toJSON();
    expect(json.activeTabId).toBe('t.1.0');
    expect(json.cursor).toEqual({path: [0], textOffset: 1, tabId: 't.1.0'});
    expect(json.tabs?.map(tab => tab.title)).toEqual(['Notes', 'Tracking']);
    expect(EmulatedDocument.fromJSON(json).toJSON()).toEqual(json);

    const single = EmulatedDocument.fromBlocks([{text: 'one tab'}]).toJSON();
    expect(single.tabs).toBeUndefined();
    expect(single.activeTabId).toBeUndefined();
  });
});
