/**
 * Tabs, as src/server/program-tab.ts and cursor.ts use them. These need a Doc with a second tab
 * that has a child tab (README: "The live self-test"); Apps Script cannot add tabs itself.
 */
import {TABS_GUIDE, REF, expectEqual, type Check} from '../check';

type Document = GoogleAppsScript.Document.Document;
type Tab = GoogleAppsScript.Document.Tab;

export const TAB_LAYOUT =
  'a Doc with at least two tabs, the second with a child tab (README: "The live self-test")';

/** The second top-level tab and its first child tab, or a failure naming the layout needed. */
export function secondTabAndChild(document: Document): {
  second: Tab;
  child: Tab;
} {
  const second = document.getTabs()[1];
  const child = second?.getChildTabs()[0];
  if (!second || !child) throw new Error(`This check needs ${TAB_LAYOUT}.`);
  return {second, child};
}

export const TAB_CHECKS: Check[] = [
  {
    name: 'Document.getTabs() lists the top-level tabs, Tab.getChildTabs() the nested ones, each a DOCUMENT_TAB',
    source: `${TABS_GUIDE}, ${REF}tab`,
    run({document}) {
      const {second, child} = secondTabAndChild(document);
      expectEqual(
        [second.getIndex(), child.getIndex()],
        [1, 0],
        'Tab.getIndex() within the parent',
      );
      expectEqual(
        [String(second.getType()), String(child.getType())],
        ['DOCUMENT_TAB', 'DOCUMENT_TAB'],
        'Tab.getType()',
      );
      expectEqual(
        document.getTabs().some(tab => tab.getId() === child.getId()),
        false,
        'a child tab among the top-level tabs',
      );
    },
  },
  {
    name: "Tab.asDocumentTab().getBody() is that tab's own content; Document.getBody() is the active tab's",
    source: `${TABS_GUIDE} ("Existing methods on Document … access or modify content from the active tab")`,
    run({document, scratch}) {
      const {second, child} = secondTabAndChild(document);
      const secondBody = second.asDocumentTab().getBody();
      const childBody = child.asDocumentTab().getBody();
      scratch.setText('in the first tab');
      secondBody.setText('in the second tab');
      childBody.setText('in the child tab');
      try {
        expectEqual(
          [scratch.getText(), secondBody.getText(), childBody.getText()],
          ['in the first tab', 'in the second tab', 'in the child tab'],
          "each tab's body",
        );
        expectEqual(
          document.getBody().getText(),
          'in the first tab',
          'Document.getBody() with the first tab active',
        );
        document.setActiveTab(child.getId());
        expectEqual(
          document.getActiveTab().getId(),
          child.getId(),
          'getActiveTab() after setActiveTab()',
        );
        expectEqual(
          document.getBody().getText(),
          'in the child tab',
          'Document.getBody() after setActiveTab()',
        );
      } finally {
        secondBody.clear();
        childBody.clear();
      }
    },
  },
  {
    name: 'After setActiveTab(), setCursor() places the cursor at a position made by that tab',
    source: `${TABS_GUIDE} ("User selection … operates within the context of the active tab"), ${REF}document-tab#newPosition(Element,Integer)`,
    run({document}) {
      const {second} = secondTabAndChild(document);
      const content = second.asDocumentTab();
      const line = content.getBody().appendParagraph('target');
      try {
        document.setActiveTab(second.getId());
        document.setCursor(content.newPosition(line.getChild(0).asText(), 3));
        const cursor = document.getCursor();
        expectEqual(
          cursor
            ? [cursor.getOffset(), cursor.getSurroundingText().getText()]
            : null,
          [3, 'target'],
          'the cursor',
        );
      } finally {
        content.getBody().clear();
      }
    },
  },
];
