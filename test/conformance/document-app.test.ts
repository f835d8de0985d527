/**
 * Conformance: the DocumentApp global, its enums, authorisation, call counting, and the places
 * (Position, cursor, selection, named ranges, bookmarks) that point into a Doc.
 */
import {EmulationContext} from '../../dev/emulator/context';
import {NotEmulatedError} from '../../dev/emulator/service-calls';
import {createDocumentApp, EmulatedDocument} from '../../dev/emulator/document';
import {GAS_FAKES, REF, openDoc} from './document-fixture';

describe('DocumentApp conformance: the service', () => {
  it(`enum values compare with === and print their names (${REF}paragraph-heading)`, () => {
    const {body, DocumentApp} = openDoc([{heading: 'HEADING1', text: 'Goals'}]);
    const heading = body.getChild(0).asParagraph().getHeading();
    expect(heading === DocumentApp.ParagraphHeading.HEADING1).toBe(true);
    expect(String(heading)).toBe('HEADING1');
    expect(String(DocumentApp.ElementType.LIST_ITEM)).toBe('LIST_ITEM');
    expect(DocumentApp.GlyphType.BULLET).toBe('BULLET');
    expect(DocumentApp.HorizontalAlignment.CENTER).toBe('CENTER');
    expect(DocumentApp.Attribute.FOREGROUND_COLOR).toBe('FOREGROUND_COLOR');
    expect(Object.keys(DocumentApp.ParagraphHeading)).toEqual([
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
  });

  it('getActiveDocument needs authorisation; getUi works in AuthMode.NONE (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes)', () => {
    const context = new EmulationContext();
    context.authMode = 'NONE';
    const DocumentApp = createDocumentApp(context, {
      document: EmulatedDocument.blank(),
      getUi: () => 'the Ui',
    });
    expect(DocumentApp.getUi()).toBe('the Ui');
    expect(() => DocumentApp.getActiveDocument()).toThrow(
      /You do not have permission to call DocumentApp.getActiveDocument/,
    );
  });

  it('every call a script makes is counted once, however much it does inside', () => {
    const {body, context} = openDoc([{text: 'one'}, {text: 'two'}]);
    expect(body.getChild(0).asParagraph().getText()).toBe('one');
    expect(context.calls.total).toBe(3);
    expect(context.calls.count('Body.getChild')).toBe(1);
    expect(context.calls.count('Paragraph.asParagraph')).toBe(1);
    expect(context.calls.count('Paragraph.getText')).toBe(1);
    context.calls.reset();
    body.appendTable([['a']]); // inserts a table and a paragraph: still one call
    expect(context.calls.total).toBe(1);
  });

  it('a member that is not emulated throws with its name', () => {
    const {body} = openDoc();
    const paragraph = body.getChild(0) as unknown as Record<string, unknown>;
    expect(() => paragraph.addPositionedImage).toThrow(NotEmulatedError);
    expect(() => paragraph.addPositionedImage).toThrow(
      'Apps Script emulation: Paragraph.addPositionedImage is not emulated',
    );
    const text = body.editAsText() as unknown as Record<string, unknown>;
    expect(() => text.appendParagraph).toThrow(
      'Text.appendParagraph is not emulated',
    );
  });

  it(`Document basics: name, id, url (${REF}document#getUrl())`, () => {
    const {doc} = openDoc(EmulatedDocument.blank('Tracking doc', 'doc123'));
    expect(doc.getName()).toBe('Tracking doc');
    expect(doc.getId()).toBe('doc123');
    expect(doc.getUrl()).toBe('https://docs.google.com/document/d/doc123/edit');
  });
});

describe('DocumentApp conformance: positions, cursor, selection, named ranges, bookmarks', () => {
  it(`a Position's offset counts characters in a Text and children in other elements (${REF}document#newPosition(Element,Integer))`, () => {
    const {body, doc} = openDoc([{text: 'Hello'}, {text: ''}]);
    const text = body.getChild(0).asParagraph().getChild(0).asText();
    const inText = doc.newPosition(text, 2);
    expect(inText.getOffset()).toBe(2);
    expect(inText.getElement().getType()).toBe('TEXT');
    expect(inText.getSurroundingText().getText()).toBe('Hello');
    expect(inText.getSurroundingTextOffset()).toBe(2);
    const inBody = doc.newPosition(body, 1);
    expect(inBody.getElement().getType()).toBe('BODY_SECTION');
    expect(() => doc.newPosition(text, 6)).toThrow();
    expect(() => doc.newPosition(body.getChild(0).copy(), 0)).toThrow();
  });

  it(`setCursor/getCursor; getCursor is null when there is no cursor (${REF}document#getCursor())`, () => {
    const {body, doc} = openDoc([{text: 'Hello'}]);
    expect(doc.getCursor()).toBeNull();
    doc.setCursor(
      doc.newPosition(body.getChild(0).asParagraph().getChild(0), 5),
    );
    const cursor = doc.getCursor();
    expect(cursor?.getOffset()).toBe(5);
    expect(cursor?.getElement().asText().getText()).toBe('Hello');
  });

  it(`Position.insertText creates a new Text element at the position (${REF}position#insertText(String))`, () => {
    const {body, doc} = openDoc([{text: 'Helloworld'}]);
    const paragraph = body.getChild(0).asParagraph();
    const inserted = doc.newPosition(paragraph.getChild(0), 5).insertText(', ');
    inserted.setBold(true);
    expect(paragraph.getText()).toBe('Hello, world');
    expect(paragraph.getNumChildren()).toBe(3);
    expect(paragraph.editAsText().isBold(5)).toBe(true);
    expect(paragraph.editAsText().isBold(7)).toBeNull();
    const empty = body.appendParagraph('');
    doc.newPosition(empty, 0).insertText('typed');
    expect(empty.getText()).toBe('typed');
  });

  it(`newRange builds ranges of whole elements and partial text; setSelection/getSelection (${REF}range-builder, ${GAS_FAKES}testdocsnext.js "newRange and builders")`, () => {
    const {body, doc} = openDoc([{text: 'p1'}, {text: 'p2'}]);
    expect(doc.newRange().build().getRangeElements()).toHaveLength(0);
    expect(doc.getSelection()).toBeNull();
    const text = body.getChild(1).asParagraph().editAsText();
    const range = doc
      .newRange()
      .addElement(body.getChild(0))
      .addElement(body.getChild(1).asParagraph().getChild(0).asText(), 0, 0)
      .build();
    doc.setSelection(range);
    const elements = doc.getSelection()?.getRangeElements() ?? [];
    expect(elements.map(element => element.isPartial())).toEqual([false, true]);
    expect(elements[0].getStartOffset()).toBe(-1);
    expect(elements[1].getEndOffsetInclusive()).toBe(0);
    expect(text.getText()).toBe('p2');
  });

  it(`named ranges: add, list by name, find by id, remove (${REF}document#addNamedRange(String,Range))`, () => {
    const {body, doc} = openDoc([{heading: 'HEADING2', text: 'Area'}]);
    const range = doc.newRange().addElement(body.getChild(0)).build();
    const named = doc.addNamedRange('lmp-area-1', range);
    expect(named.getName()).toBe('lmp-area-1');
    expect(doc.getNamedRanges('lmp-area-1')).toHaveLength(1);
    expect(doc.getNamedRanges('other')).toHaveLength(0);
    const found = doc.getNamedRangeById(named.getId());
    expect(
      found
        ?.getRange()
        .getRangeElements()[0]
        .getElement()
        .asParagraph()
        .getText(),
    ).toBe('Area');
    named.remove();
    expect(doc.getNamedRanges()).toHaveLength(0);
    expect(doc.getNamedRangeById(named.getId())).toBeNull();
  });

  it(`bookmarks: add at a position, list, get by id, remove (${GAS_FAKES}testdocsextra.js "Bookmark methods")`, () => {
    const {body, doc} = openDoc();
    const p1 = body.appendParagraph('Para 1');
    const bookmark = doc.addBookmark(doc.newPosition(p1, 0));
    expect(bookmark.getPosition().getElement().asParagraph().getText()).toBe(
      'Para 1',
    );
    expect(bookmark.getPosition().getOffset()).toBe(0);
    expect(doc.getBookmarks()).toHaveLength(1);
    const id = bookmark.getId();
    bookmark.remove();
    expect(doc.getBookmark(id)).toBeNull();
  });
});

describe('DocumentApp conformance: saveAndClose', () => {
  it(`closes the Document: later calls through it or its elements throw, the changes stay (${REF}document#saveAndClose(); message: ${GAS_FAKES} issue #45)`, () => {
    const {doc, body, state, DocumentApp} = openDoc([{text: 'Before'}]);
    body.appendParagraph('Written before closing');
    const paragraph = body.getChild(0).asParagraph();
    doc.saveAndClose();
    const closed = 'Document is closed, its contents cannot be updated.';
    expect(() => body.appendParagraph('After')).toThrow(closed);
    expect(() => paragraph.setText('After')).toThrow(closed);
    expect(() => doc.getBody()).toThrow(closed);
    // The flushed changes are kept, and the Doc can be opened again in the same execution.
    expect(EmulatedDocument.fromJSON(state.toJSON()).toJSON()).toEqual(
      state.toJSON(),
    );
    const reopened = DocumentApp.getActiveDocument().getBody();
    expect(reopened.getText()).toBe('Before\nWritten before closing');
  });
});
