/**
 * The DocumentApp enums the add-on uses.
 *
 * In Apps Script each enum value is an object whose toString() is its name (the reference prints
 * e.g. `DocumentApp.ParagraphHeading.HEADING1` and code compares with `===`). Plain strings keep
 * both idioms working: `heading === DocumentApp.ParagraphHeading.HEADING1` and
 * `String(heading) === 'HEADING1'`, and they serve as object keys the way the real values do in
 * `{[DocumentApp.Attribute.BOLD]: true}`. Code must not rely on `typeof` of an enum value.
 * https://developers.google.com/apps-script/reference/document/paragraph-heading
 */

function enumOf<const Name extends string>(
  names: readonly Name[],
): {readonly [K in Name]: K} {
  const values: Partial<Record<Name, Name>> = {};
  for (const name of names) values[name] = name;
  return Object.freeze(values as {[K in Name]: K});
}

/** https://developers.google.com/apps-script/reference/document/paragraph-heading */
export const ParagraphHeading = enumOf([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export type ParagraphHeadingName = keyof typeof ParagraphHeading;

/** https://developers.google.com/apps-script/reference/document/element-type */
export const ElementType = enumOf([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'RICH_LINK',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);
export type ElementTypeName = keyof typeof ElementType;

/** https://developers.google.com/apps-script/reference/document/attribute */
export const Attribute = enumOf([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);
export type AttributeName = keyof typeof Attribute;

/** https://developers.google.com/apps-script/reference/document/glyph-type */
export const GlyphType = enumOf([
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export type GlyphTypeName = keyof typeof GlyphType;

/** https://developers.google.com/apps-script/reference/document/horizontal-alignment */
export const HorizontalAlignment = enumOf([
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
]);
export type HorizontalAlignmentName = keyof typeof HorizontalAlignment;

/** https://developers.google.com/apps-script/reference/document/text-alignment */
export const TextAlignment = enumOf(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);

/**
 * "There are currently no types other than DOCUMENT_TAB."
 * https://developers.google.com/apps-script/reference/document/tab-type
 */
export const TabType = enumOf(['DOCUMENT_TAB']);
export type TabTypeName = keyof typeof TabType;

/** Membership test for values that arrive from the code under test. */
export function isEnumValue<Name extends string>(
  enumeration: {readonly [K in Name]: K},
  value: unknown,
): value is Name {
  return (
    typeof value === 'string' &&
    Object.prototype.hasOwnProperty.call(enumeration, value)
  );
}
