/**
 * Compile-time check that the emulated DocumentApp classes match Google's own signatures
 * (@types/google-apps-script) for every member the add-on calls: a drift in either fails
 * `npm run typecheck`, not a test on real Google weeks later.
 *
 * For each member and each of Google's overloads, the emulated method must accept what Google's
 * accepts and return what Google's returns, with Google's types translated to the emulation's:
 * its interfaces to the emulated classes, its enums to their names (Apps Script's enum values
 * are objects whose toString() is the name; the emulation uses the names), and a return may be
 * null where Google's typings omit it (getParent() of a detached element).
 */
import type {Body} from './body';
import type {ContainerElement} from './container-element';
import type {
  Document,
  NamedRange,
  Position,
  Range,
  RangeBuilder,
} from './document';
import type {DocumentApp} from './index';
import type {Element} from './element';
import type {
  AttributeName,
  ElementTypeName,
  ParagraphHeadingName,
  TabTypeName,
} from './enums';
import type {DocumentTab, Tab} from './tab';
import type {InlineImage} from './inline-image';
import type {ListItem} from './list-item';
import type {Paragraph} from './paragraph';
import type {RangeElement} from './range-element';
import type {Table} from './table';
import type {TableCell} from './table-cell';
import type {TableRow} from './table-row';
import type {Text} from './text';
import type {LockService as LockServiceEmulation} from '../lock';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
/**
 * Google's enums are numeric, and a number assigns to a numeric enum (member) both ways, so a
 * plain number is told apart by accepting members of two different enums.
 */
type IsNumber<T> =
  Same<T, number> extends true
    ? [
        | GoogleAppsScript.Document.ElementType
        | GoogleAppsScript.Document.GlyphType,
      ] extends [T]
      ? true
      : false
    : false;

/** Google's type as the emulation spells it, member by member of a union. */
type Ours<T> = T extends unknown ? OursOne<T> : never;
type OursOne<T> =
  IsAny<T> extends true
    ? unknown
    : IsNumber<T> extends true
      ? number
      : T extends GoogleAppsScript.Document.ElementType
        ? ElementTypeName
        : T extends GoogleAppsScript.Document.ParagraphHeading
          ? ParagraphHeadingName
          : T extends GoogleAppsScript.Document.Attribute
            ? AttributeName
            : T extends GoogleAppsScript.Document.TabType
              ? TabTypeName
              : OursInterface<T>;
type OursInterface<T> =
  Same<T, GoogleAppsScript.Document.Text> extends true
    ? Text
    : Same<T, GoogleAppsScript.Document.Paragraph> extends true
      ? Paragraph
      : Same<T, GoogleAppsScript.Document.ListItem> extends true
        ? ListItem
        : Same<T, GoogleAppsScript.Document.Body> extends true
          ? Body
          : Same<T, GoogleAppsScript.Document.Table> extends true
            ? Table
            : Same<T, GoogleAppsScript.Document.TableRow> extends true
              ? TableRow
              : Same<T, GoogleAppsScript.Document.TableCell> extends true
                ? TableCell
                : Same<T, GoogleAppsScript.Document.InlineImage> extends true
                  ? InlineImage
                  : Same<
                        T,
                        GoogleAppsScript.Document.ContainerElement
                      > extends true
                    ? ContainerElement
                    : Same<T, GoogleAppsScript.Document.Element> extends true
                      ? Element
                      : Same<
                            T,
                            GoogleAppsScript.Document.RangeElement
                          > extends true
                        ? RangeElement
                        : Same<
                              T,
                              GoogleAppsScript.Document.Position
                            > extends true
                          ? Position
                          : Same<
                                T,
                                GoogleAppsScript.Document.Document
                              > extends true
                            ? Document
                            : OursTabsAndRanges<T>;
/** Continued: the tab and named-range classes. */
type OursTabsAndRanges<T> =
  Same<T, GoogleAppsScript.Document.Tab> extends true
    ? Tab
    : Same<T, GoogleAppsScript.Document.DocumentTab> extends true
      ? DocumentTab
      : Same<T, GoogleAppsScript.Document.Range> extends true
        ? Range
        : Same<T, GoogleAppsScript.Document.RangeBuilder> extends true
          ? RangeBuilder
          : Same<T, GoogleAppsScript.Document.NamedRange> extends true
            ? NamedRange
            : T extends readonly (infer Item)[]
              ? Ours<Item>[]
              : T;

/**
 * The typings allow null for every optional parameter; the add-on never passes null, and the
 * emulation does not promise to accept it, so null arguments are left out of the check.
 */
type OursArgs<A extends readonly unknown[]> = {
  [I in keyof A]: Ours<Exclude<A[I], null>>;
};

/** Up to three overloads of a method, as separate signatures. */
type Overloads<F> = F extends {
  (...args: infer A1): infer R1;
  (...args: infer A2): infer R2;
  (...args: infer A3): infer R3;
}
  ? [[A1, R1], [A2, R2], [A3, R3]][number]
  : F extends {(...args: infer A1): infer R1; (...args: infer A2): infer R2}
    ? [[A1, R1], [A2, R2]][number]
    : F extends (...args: infer A) => infer R
      ? [A, R]
      : never;

type Fits<Method, Signature> = Signature extends [
  infer A extends readonly unknown[],
  infer R,
]
  ? Method extends (...args: OursArgs<A>) => Ours<R> | null
    ? never
    : 'no'
  : never;

/** The members (of those listed) whose emulation does not fit Google's signatures. */
type Misfits<
  Emulated,
  Google,
  Members extends keyof Emulated & keyof Google,
> = {
  [M in Members]: [Overloads<Google[M]>] extends [never]
    ? M // not a method: nothing would be checked
    : [Fits<Emulated[M], Overloads<Google[M]>>] extends [never]
      ? never
      : M;
}[Members];

/** Compiles only when nothing misfits; the error names the members that do. */
type Check<Misfit extends never> = Misfit;

/** The members src/server calls, per class (grow these lists when the add-on calls more). */
export type DocumentApiChecks = [
  Check<
    Misfits<
      DocumentApp,
      GoogleAppsScript.Document.DocumentApp,
      'getActiveDocument'
    >
  >,
  Check<
    Misfits<
      LockServiceEmulation,
      GoogleAppsScript.Lock.LockService,
      'getDocumentLock'
    >
  >,
  Check<
    Misfits<
      Document,
      GoogleAppsScript.Document.Document,
      | 'getBody'
      | 'getId'
      | 'getCursor'
      | 'setCursor'
      | 'newPosition'
      | 'saveAndClose'
      | 'getTabs'
      | 'getActiveTab'
      | 'setActiveTab'
    >
  >,
  Check<
    Misfits<
      Tab,
      GoogleAppsScript.Document.Tab,
      'asDocumentTab' | 'getChildTabs' | 'getId' | 'getTitle' | 'getType'
    >
  >,
  Check<
    Misfits<
      DocumentTab,
      GoogleAppsScript.Document.DocumentTab,
      | 'getBody'
      | 'newPosition'
      | 'newRange'
      | 'addNamedRange'
      | 'getNamedRanges'
    >
  >,
  Check<
    Misfits<
      RangeBuilder,
      GoogleAppsScript.Document.RangeBuilder,
      'addElement' | 'build'
    >
  >,
  Check<Misfits<Range, GoogleAppsScript.Document.Range, 'getRangeElements'>>,
  Check<
    Misfits<
      NamedRange,
      GoogleAppsScript.Document.NamedRange,
      'getRange' | 'remove'
    >
  >,
  Check<
    Misfits<RangeElement, GoogleAppsScript.Document.RangeElement, 'getElement'>
  >,
  Check<
    Misfits<
      Body,
      GoogleAppsScript.Document.Body,
      | 'getNumChildren'
      | 'getChild'
      | 'getChildIndex'
      | 'getImages'
      | 'getParagraphs'
      | 'getTables'
      | 'getText'
      | 'insertParagraph'
      | 'insertListItem'
      | 'insertTable'
      | 'appendParagraph'
    >
  >,
  Check<
    Misfits<
      Element,
      GoogleAppsScript.Document.Element,
      | 'getType'
      | 'getParent'
      | 'asParagraph'
      | 'asListItem'
      | 'asTable'
      | 'asText'
    >
  >,
  Check<
    Misfits<
      Paragraph,
      GoogleAppsScript.Document.Paragraph,
      | 'getHeading'
      | 'setHeading'
      | 'editAsText'
      | 'getNumChildren'
      | 'getChild'
      | 'getText'
    >
  >,
  Check<
    Misfits<
      ListItem,
      GoogleAppsScript.Document.ListItem,
      | 'getHeading'
      | 'setHeading'
      | 'editAsText'
      | 'getNumChildren'
      | 'getChild'
      | 'getText'
    >
  >,
  Check<
    Misfits<
      Table,
      GoogleAppsScript.Document.Table,
      'getNumRows' | 'getRow' | 'getText' | 'editAsText'
    >
  >,
  Check<
    Misfits<
      TableRow,
      GoogleAppsScript.Document.TableRow,
      'editAsText' | 'getNumCells' | 'getCell'
    >
  >,
  Check<
    Misfits<
      TableCell,
      GoogleAppsScript.Document.TableCell,
      'getText' | 'getNumChildren' | 'getChild'
    >
  >,
  Check<
    Misfits<InlineImage, GoogleAppsScript.Document.InlineImage, 'getParent'>
  >,
  Check<
    Misfits<
      Text,
      GoogleAppsScript.Document.Text,
      | 'getText'
      | 'getTextAttributeIndices'
      | 'getForegroundColor'
      | 'isBold'
      | 'isItalic'
      | 'setBold'
      | 'setItalic'
      | 'setForegroundColor'
    >
  >,
];

/** The check can fail: a Text whose setBold takes no range misfits Google's overloads. */
type NarrowText = Omit<Text, 'setBold'> & {setBold(bold: boolean): Text};
export type CheckCanFail = [
  // @ts-expect-error setBold(start, end, bold) is missing
  Check<Misfits<NarrowText, GoogleAppsScript.Document.Text, 'setBold'>>,
];
