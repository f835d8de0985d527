/**
 * The DocumentApp part of the Apps Script emulation.
 * https://developers.google.com/apps-script/reference/document/document-app
 */
import type {EmulationContext} from '../context';
import {emulate} from '../service-calls';
import {Document} from './document';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TabType,
  TextAlignment,
} from './enums';
import type {EmulatedDocument} from './model';

export interface DocumentAppOptions {
  /** The Doc the script is bound to (a function when the preview can swap it, e.g. on reset). */
  document: EmulatedDocument | (() => EmulatedDocument);
  /** The runtime's Ui for this container (DocumentApp.getUi()). */
  getUi: () => unknown;
}

const CONTEXT = Symbol('context');
const OPTIONS = Symbol('options');

/** The `DocumentApp` global. */
export class DocumentApp {
  readonly ParagraphHeading = ParagraphHeading;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly TextAlignment = TextAlignment;
  readonly TabType = TabType;
  readonly [CONTEXT]: EmulationContext;
  readonly [OPTIONS]: DocumentAppOptions;

  constructor(context: EmulationContext, options: DocumentAppOptions) {
    this[CONTEXT] = context;
    this[OPTIONS] = options;
    return emulate(this, 'DocumentApp', context.calls);
  }

  /**
   * Not available to an add-on's onOpen in AuthMode.NONE.
   * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
   */
  getActiveDocument(): Document {
    this[CONTEXT].requireAuthorization('DocumentApp.getActiveDocument');
    const source = this[OPTIONS].document;
    const document = typeof source === 'function' ? source() : source;
    return new Document({
      document,
      counter: this[CONTEXT].calls,
      closed: false,
    });
  }

  /** Building menus works in AuthMode.NONE, so getUi needs no authorisation. */
  getUi(): unknown {
    return this[OPTIONS].getUi();
  }

  toString(): string {
    return 'DocumentApp';
  }
}

export function createDocumentApp(
  context: EmulationContext,
  options: DocumentAppOptions,
): DocumentApp {
  return new DocumentApp(context, options);
}

export {
  Bookmark,
  Document,
  NamedRange,
  Position,
  Range,
  RangeBuilder,
} from './document';
export {DocumentTab, Tab} from './tab';
export {
  Body,
  ContainerElement,
  Element,
  HorizontalRule,
  InlineImage,
  ListItem,
  Paragraph,
  RangeElement,
  Table,
  TableCell,
  TableRow,
  Text,
} from './elements';
export * from './enums';
export {EmulatedDocument, type TabSpec} from './model';
export type {
  BlockJSON,
  CellJSON,
  DocumentJSON,
  HorizontalRuleJSON,
  InlineImageJSON,
  InlineJSON,
  ListItemJSON,
  ParagraphJSON,
  PositionJSON,
  RangeElementJSON,
  TableJSON,
  TabJSON,
  TextRunJSON,
} from './model';
export {renderDocumentHtml} from './render';
export {typeAtCursor, typeInParagraph} from './typing';
