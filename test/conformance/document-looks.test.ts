/**
 * Conformance: the looks of new paragraphs, attribute maps, and what typing does. Where Google's
 * reference is silent, the test says so: those behaviours are modelled on the worst case the add-on
 * must survive (a public regression report, Docs as people use it), not on a documented rule.
 */
import {
  EmulatedDocument,
  typeAtCursor,
  typeInParagraph,
} from '../../dev/emulator/document';
import {REF, openDoc} from './document-fixture';

const GREY = '#80868b';

describe('DocumentApp conformance: the look of new paragraphs', () => {
  it(`a paragraph inserted after another takes the text attributes that end it; the reference is silent (${REF}body#insertParagraph(Integer,String)), a public regression test reports appendParagraph taking the previous paragraph's bold (issue 10)`, () => {
    const {body, DocumentApp} = openDoc([{text: 'Before'}]);
    body.getChild(0).asParagraph().editAsText().setBold(true);
    const appended = body.appendParagraph('After');
    const inserted = body.insertParagraph(1, 'Between');
    expect(appended.editAsText().isBold()).toBe(true);
    expect(inserted.editAsText().isBold()).toBe(true);
    // The first paragraph has nothing before it to take a look from.
    expect(body.insertParagraph(0, 'First').editAsText().isBold()).toBeNull();
    expect(appended.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
  });

  it(`the heading is not continued: the reference's sample appends "a regular paragraph" after a heading (${REF}paragraph)`, () => {
    const {body, DocumentApp} = openDoc();
    body
      .appendParagraph('Section 1')
      .setHeading(DocumentApp.ParagraphHeading.HEADING2);
    const regular = body.appendParagraph('This is a typical paragraph.');
    expect(regular.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
  });

  it(`one attribute map states every look; a null value clears an attribute so the paragraph style shows (${REF}paragraph#setAttributes(Object); the reference is silent on null: a row for the live self-test)`, () => {
    const {body, DocumentApp} = openDoc([
      {runs: [{text: 'Inherited', bold: true, underline: true, color: GREY}]},
    ]);
    const A = DocumentApp.Attribute;
    const paragraph = body.appendParagraph('Stated');
    paragraph.setAttributes({
      [A.HEADING]: DocumentApp.ParagraphHeading.HEADING3,
      [A.BOLD]: false,
      [A.UNDERLINE]: false,
      [A.FOREGROUND_COLOR]: null,
    });
    const text = paragraph.editAsText();
    expect(paragraph.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING3);
    expect(text.isBold()).toBe(false);
    expect(text.isUnderline()).toBe(false);
    expect(text.getForegroundColor()).toBeNull();
  });

  it(`a ranged attribute map on the Body's text spans paragraphs (${REF}attribute, whose sample styles a range of the document's text; ${REF}text#setAttributes(Integer,Integer,Object))`, () => {
    const {body, DocumentApp} = openDoc([{text: 'One'}, {text: 'Two'}]);
    // 'One\nTwo': characters 2..4 are 'e', the line break, 'T'.
    body
      .editAsText()
      .setAttributes(2, 4, {[DocumentApp.Attribute.ITALIC]: true});
    const first = body.getChild(0).asParagraph().editAsText();
    const second = body.getChild(1).asParagraph().editAsText();
    expect([first.isItalic(1), first.isItalic(2)]).toEqual([null, true]);
    expect([second.isItalic(0), second.isItalic(1)]).toEqual([true, null]);
  });
});

describe('Docs typing rule (the editor, not Apps Script: the reference is silent; shared/ENGINEERING.md, issue 9)', () => {
  function promptLine(): EmulatedDocument {
    return EmulatedDocument.fromBlocks([
      {
        runs: [
          {text: 'Observe: '},
          {text: 'What you saw.', italic: true, color: GREY},
          {text: ' '},
        ],
      },
    ]);
  }

  it('text typed over a selection takes the look of its first character', () => {
    const document = promptLine();
    const line = document.body.children[0];
    typeInParagraph(
      line,
      'Observe: '.length,
      'What you saw. '.length,
      'Kim spoke.',
    );
    expect(document.toJSON().body[0]).toEqual({
      type: 'paragraph',
      runs: [
        {text: 'Observe: '},
        {text: 'Kim spoke.', italic: true, color: GREY},
      ],
    });
  });

  it('text typed at a caret takes the look of the character before it (after it, at the start)', () => {
    const document = promptLine();
    const line = document.body.children[0];
    const [text] = line.children;
    document.cursor = {node: text, offset: 'Observe: What you saw. '.length};
    typeAtCursor(document, 'Kim spoke.');
    typeInParagraph(line, 0, 0, '» ');
    expect(document.toJSON().body[0]).toEqual({
      type: 'paragraph',
      runs: [
        {text: '» Observe: '},
        {text: 'What you saw.', italic: true, color: GREY},
        {text: ' Kim spoke.'},
      ],
    });
  });
});
