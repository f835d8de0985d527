/**
 * The tab that holds the program. Document's own content methods "access or modify content from
 * the active tab (in scripts bound to a document) or the first tab", so in a tabbed Doc the add-on
 * would read, write and score whichever tab the person views; it reads every tab's text instead
 * (one call each), lets the core choose the tab (core/program-tab.ts), and works in that tab's
 * body through Tab.asDocumentTab().
 * https://developers.google.com/apps-script/guides/docs/tabs
 * https://developers.google.com/apps-script/reference/document/tab
 */
import {chooseProgramTab} from '../core/program-tab';
import {PROGRAM} from '../core/program-data';
import type {Program} from '../core/program';

type Document = GoogleAppsScript.Document.Document;
type Tab = GoogleAppsScript.Document.Tab;

/** What makes positions and named ranges in one tab: a DocumentTab, or a one-tab Document. */
export type TabContent = Pick<
  GoogleAppsScript.Document.DocumentTab,
  'newPosition' | 'newRange' | 'addNamedRange' | 'getNamedRanges'
>;

export interface ProgramPlace {
  body: GoogleAppsScript.Document.Body;
  content: TabContent;
  /**
   * The tab's id when the Doc has more than one tab: the cursor "operates within the context of
   * the active tab", so placing it there needs setActiveTab first. Null in a Doc with one tab.
   */
  tabId: string | null;
  /** The program split over tabs, or in two: what the person should know, else null. */
  warning: string | null;
}

/** Every tab, a tab before its child tabs ("traverse the tree of child tabs"). */
function allTabs(document: Document): Tab[] {
  const tabs: Tab[] = [];
  const visit = (level: Tab[]) => {
    for (const tab of level) {
      tabs.push(tab);
      visit(tab.getChildTabs());
    }
  };
  visit(document.getTabs());
  return tabs;
}

/**
 * The program's tab, its body and what to tell the person. A Doc with one tab costs two calls
 * more than Document.getBody(); a tabbed one, about six calls per tab.
 */
export function findProgramPlace(
  document: Document,
  program: Program = PROGRAM,
): ProgramPlace {
  const tabs = allTabs(document);
  if (tabs.length === 1) {
    // The only tab is the active one: Document's own methods act on it.
    return {
      body: document.getBody(),
      content: document,
      tabId: null,
      warning: null,
    };
  }
  const contents = tabs.map(tab => tab.asDocumentTab());
  const bodies = contents.map(content => content.getBody());
  const ids = tabs.map(tab => tab.getId());
  const activeId = document.getActiveTab().getId();
  const choice = chooseProgramTab(
    program,
    tabs.map((tab, position) => ({
      // Read only when a warning names the tab: one call saved per tab otherwise.
      get title() {
        return tab.getTitle();
      },
      text: bodies[position].getText(),
    })),
    Math.max(0, ids.indexOf(activeId)),
  );
  return {
    body: bodies[choice.index],
    content: contents[choice.index],
    tabId: ids[choice.index],
    warning: choice.warning,
  };
}
