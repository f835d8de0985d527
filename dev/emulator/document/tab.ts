/**
 * Tab and DocumentTab: a Doc's tabs, each with its own body, and the tabs nested in it.
 * https://developers.google.com/apps-script/guides/docs/tabs
 * https://developers.google.com/apps-script/reference/document/tab
 * https://developers.google.com/apps-script/reference/document/document-tab
 */
import {emulate} from '../service-calls';
import {
  RangeBuilder,
  addNamedRangeIn,
  namedRangesIn,
  newPositionIn,
  type NamedRange,
  type Position,
  type Range,
} from './document';
import {
  Body,
  SESSION,
  assertOpen,
  type Element,
  type Session,
} from './elements';
import {TabType, type TabTypeName} from './enums';
import type {EmulatedTab} from './model';

const TAB = Symbol('tab');

/** https://developers.google.com/apps-script/reference/document/tab */
export class Tab {
  readonly [TAB]: EmulatedTab;
  readonly [SESSION]: Session;

  constructor(tab: EmulatedTab, session: Session) {
    this[TAB] = tab;
    this[SESSION] = session;
    return emulate(this, 'Tab', session.counter, () => assertOpen(session));
  }

  getId(): string {
    return this[TAB].id;
  }

  getTitle(): string {
    return this[TAB].title;
  }

  /** "Retrieves the 0-based index of the tab within the parent." */
  getIndex(): number {
    const siblings =
      parentTab(this[SESSION], this[TAB])?.childTabs ??
      this[SESSION].document.tabs;
    return siblings.indexOf(this[TAB]);
  }

  /** "There are currently no types other than DOCUMENT_TAB." */
  getType(): TabTypeName {
    return TabType.DOCUMENT_TAB;
  }

  /** "Retrieves the child tabs nested within this tab." */
  getChildTabs(): Tab[] {
    return this[TAB].childTabs.map(child => new Tab(child, this[SESSION]));
  }

  asDocumentTab(): DocumentTab {
    return new DocumentTab(this[TAB], this[SESSION]);
  }

  toString(): string {
    return 'Tab';
  }
}

function parentTab(session: Session, tab: EmulatedTab): EmulatedTab | null {
  return (
    session.document.allTabs().find(each => each.childTabs.includes(tab)) ??
    null
  );
}

/** https://developers.google.com/apps-script/reference/document/document-tab */
export class DocumentTab {
  readonly [TAB]: EmulatedTab;
  readonly [SESSION]: Session;

  constructor(tab: EmulatedTab, session: Session) {
    this[TAB] = tab;
    this[SESSION] = session;
    return emulate(this, 'DocumentTab', session.counter, () =>
      assertOpen(session),
    );
  }

  /** This tab's own body, whichever tab the user views. */
  getBody(): Body {
    return new Body(this[TAB].body, this[SESSION]);
  }

  /** A position in this tab's content (the element must be in this tab). */
  newPosition(element: Element, offset: number): Position {
    return newPositionIn(this[TAB], element, offset, this[SESSION]);
  }

  newRange(): RangeBuilder {
    return new RangeBuilder(this[SESSION]);
  }

  addNamedRange(name: string, range: Range): NamedRange {
    return addNamedRangeIn(this[TAB], name, range, this[SESSION]);
  }

  getNamedRanges(name?: string): NamedRange[] {
    return namedRangesIn(this[TAB], name, this[SESSION]);
  }

  toString(): string {
    return 'DocumentTab';
  }
}
