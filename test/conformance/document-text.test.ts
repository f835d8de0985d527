/** Conformance: text, formatting and attributes as DocumentApp shows them. */
import {GAS_FAKES, REF, openDoc} from './document-fixture';

describe('DocumentApp conformance: text and attributes', () => {
  it(`ranged setters take an inclusive end offset (${REF}text#setForegroundColor(Integer,Integer,String))`, () => {
    const {body} = openDoc();
    const text = body.appendParagraph('abcdef').editAsText();
    text
      .setForegroundColor(1, 3, '#80868b')
      .setItalic(1, 3, true)
      .setBold(0, 0, true);
    expect(text.getForegroundColor(0)).toBeNull();
    expect(text.getForegroundColor(1)).toBe('#80868b');
    expect(text.getForegroundColor(3)).toBe('#80868b');
    expect(text.getForegroundColor(4)).toBeNull();
    expect(text.isItalic(3)).toBe(true);
    expect(text.isBold(0)).toBe(true);
    expect(text.getTextAttributeIndices()).toEqual([0, 1, 4]);
  });

  it(`offsets outside the text throw "Index (n) must be less than the content length (m)." (${REF}text#setBold(Integer,Integer,Boolean))`, () => {
    const {body} = openDoc();
    const text = body.appendParagraph('ab').editAsText();
    expect(() => text.setBold(0, 2, true)).toThrow(
      'Index (2) must be less than the content length (2).',
    );
    expect(() => text.getFontSize(3)).toThrow(
      'Index (3) must be less than the content length (2).',
    );
    expect(() => text.setItalic(-1, 0, true)).toThrow();
    expect(() => text.deleteText(1, 0)).toThrow();
  });

  it(`whole-element getters return the value, or null when mixed or unset (${REF}text#isBold())`, () => {
    const {body} = openDoc();
    const text = body.appendParagraph('abc').editAsText();
    expect(text.isBold()).toBeNull();
    text.setBold(true).setLinkUrl('https://example.com').setFontSize(14);
    expect(text.isBold()).toBe(true);
    expect(text.getLinkUrl()).toBe('https://example.com');
    expect(text.getFontSize()).toBe(14);
    text.setBold(0, 0, false);
    expect(text.isBold()).toBeNull();
    text.setLinkUrl(null);
    expect(text.getLinkUrl()).toBeNull();
  });

  it(`getAttributes returns null for what a heading paragraph inherits and for unset text attributes (${REF}paragraph#getAttributes(), ${GAS_FAKES}testdocsstyles.js "Heading style and attribute methods")`, () => {
    const {body, DocumentApp} = openDoc();
    const heading = body
      .appendParagraph('Goals')
      .setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const attributes = heading.getAttributes();
    expect(attributes[DocumentApp.Attribute.HEADING]).toBe(
      DocumentApp.ParagraphHeading.HEADING1,
    );
    expect(attributes[DocumentApp.Attribute.BOLD]).toBeNull();
    expect(attributes[DocumentApp.Attribute.FONT_SIZE]).toBeNull();
    expect(attributes[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]).toBeNull();
    heading.setAttributes({[DocumentApp.Attribute.BOLD]: true});
    expect(heading.getAttributes()[DocumentApp.Attribute.BOLD]).toBe(true);
    expect(heading.editAsText().isBold(0)).toBe(true);
  });

  it(`Paragraph.setText replaces the contents with plain text and keeps the heading (${REF}paragraph#setText(String))`, () => {
    const {body} = openDoc([
      {
        heading: 'HEADING2',
        runs: [{text: 'grey', italic: true, color: '#80868b'}],
      },
    ]);
    const paragraph = body.getChild(0).asParagraph();
    paragraph.setText('typed');
    expect(paragraph.getText()).toBe('typed');
    expect(paragraph.getHeading()).toBe('HEADING2');
    expect(paragraph.editAsText().isItalic(0)).toBeNull();
    expect(paragraph.editAsText().getForegroundColor()).toBeNull();
    expect(paragraph.getNumChildren()).toBe(1);
    paragraph.setText('');
    expect(paragraph.getNumChildren()).toBe(0);
  });

  it(`new-line characters in a paragraph become line breaks ("\\r") (${REF}paragraph)`, () => {
    const {body} = openDoc();
    const paragraph = body.appendParagraph('one\ntwo');
    expect(paragraph.getText()).toBe('one\rtwo');
    expect(body.getNumChildren()).toBe(2);
  });

  it(`editAsText() is a Text view of the whole element: edits change the element (${REF}paragraph#editAsText())`, () => {
    const {body} = openDoc();
    const paragraph = body.appendParagraph('Hello world');
    const text = paragraph.editAsText();
    expect(text.getType()).toBe('TEXT');
    text.insertText(5, ',').deleteText(0, 0).insertText(0, 'J').appendText('!');
    expect(paragraph.getText()).toBe('Jello, world!');
    const empty = body.appendParagraph('');
    expect(empty.getNumChildren()).toBe(0);
    empty.editAsText().appendText('now');
    expect(empty.getNumChildren()).toBe(1);
    expect(empty.getChild(0).asText().getText()).toBe('now');
  });

  it(`Paragraph.appendText returns the new Text, which continues the preceding formatting (${REF}paragraph#appendText(String))`, () => {
    const {body} = openDoc();
    const paragraph = body.appendParagraph('');
    paragraph
      .appendText('Prompt')
      .setItalic(true)
      .setForegroundColor('#80868b');
    const answer = paragraph.appendText(' answer');
    expect(answer.isItalic()).toBe(true);
    answer.setItalic(false).setForegroundColor(null);
    expect(paragraph.getText()).toBe('Prompt answer');
    expect(paragraph.getNumChildren()).toBe(2);
    expect(paragraph.editAsText().getTextAttributeIndices()).toEqual([0, 6]);
  });

  it(`Body.editAsText() joins paragraphs with "\\n" and styles across them (${REF}text)`, () => {
    const {body} = openDoc([{text: 'ab'}, {text: 'cd'}]);
    const text = body.editAsText();
    expect(text.getText()).toBe('ab\ncd');
    text.setBold(1, 3, true);
    expect(body.getChild(0).asParagraph().editAsText().isBold(1)).toBe(true);
    expect(body.getChild(1).asParagraph().editAsText().isBold(0)).toBe(true);
    expect(body.getChild(1).asParagraph().editAsText().isBold(1)).toBeNull();
  });

  it(`findText searches with a regular expression and returns a partial RangeElement on a Text, continuing from a previous result (${REF}body#findText(String,RangeElement))`, () => {
    const {body} = openDoc([
      {text: 'Impact: x'},
      {type: 'table', rows: [['Impact: y']]},
    ]);
    const first = body.findText('Impact: \\w');
    expect(first?.getElement().getType()).toBe('TEXT');
    expect(first?.getStartOffset()).toBe(0);
    expect(first?.getEndOffsetInclusive()).toBe(8);
    expect(first?.isPartial()).toBe(true);
    const second = body.findText('Impact: \\w', first ?? undefined);
    expect(second?.getElement().asText().getText()).toBe('Impact: y');
    expect(body.findText('Impact: \\w', second ?? undefined)).toBeNull();
  });

  it(`Paragraph link: setLinkUrl/getLinkUrl on the whole element (${REF}paragraph#setLinkUrl(String))`, () => {
    const {body} = openDoc();
    const paragraph = body.appendParagraph('Section');
    paragraph.setLinkUrl('#heading=h.abc');
    expect(paragraph.getLinkUrl()).toBe('#heading=h.abc');
    expect(paragraph.editAsText().getLinkUrl(3)).toBe('#heading=h.abc');
  });

  it(`Text.getAttributes(offset) gives the attributes at that character (${REF}text#getAttributes(Integer))`, () => {
    const {body, DocumentApp} = openDoc([
      {runs: [{text: 'a'}, {text: 'b', bold: true, fontSize: 9}]},
    ]);
    const text = body.getChild(0).asParagraph().editAsText();
    expect(text.getAttributes(1)[DocumentApp.Attribute.BOLD]).toBe(true);
    expect(text.getAttributes(1)[DocumentApp.Attribute.FONT_SIZE]).toBe(9);
    expect(text.getAttributes(0)[DocumentApp.Attribute.BOLD]).toBeNull();
  });
});
