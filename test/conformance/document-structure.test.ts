/**
 * Conformance: the shape of a Doc's Body as DocumentApp shows it (children, inserts, removal,
 * tables), each behaviour with the page that states it.
 */
import {GAS_FAKES, REF, openDoc} from './document-fixture';

describe('DocumentApp conformance: body structure', () => {
  it(`a new Doc has one empty paragraph and appendParagraph does not reuse it (${GAS_FAKES}testdocsnext.js "Document empty document validation")`, () => {
    const {body} = openDoc();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect(body.getText()).toBe('');
    body.appendParagraph('p1');
    expect(body.getNumChildren()).toBe(2);
    expect(body.getChild(0).asParagraph().getText()).toBe('');
    expect(body.getText()).toBe('\np1');
  });

  it(`removing the last paragraph of the body throws "Can't remove the last paragraph in a document section." (${REF}body#removeChild(Element))`, () => {
    const {body} = openDoc();
    const first = body.appendParagraph('first');
    const last = body.appendParagraph('last');
    const message = "Can't remove the last paragraph in a document section.";
    expect(() => body.removeChild(last)).toThrow(message);
    expect(() => last.removeFromParent()).toThrow(message);
    first.removeFromParent();
    expect(body.getText()).toBe('\nlast');
  });

  it(`insert indexes run 0..getNumChildren(); beyond throws (${REF}body#insertParagraph(Integer,String), ${GAS_FAKES}testdocsnext.js "Body.insertParagraph method")`, () => {
    const {body} = openDoc();
    body.appendParagraph('p1');
    body.insertParagraph(body.getNumChildren(), 'end');
    body.insertParagraph(0, 'start');
    expect(body.getText()).toBe('start\n\np1\nend');
    expect(() => body.insertParagraph(99, 'x')).toThrow(
      'Child index (99) must be less than or equal to the number of child elements (4).',
    );
    expect(() => body.insertParagraph(-1, 'x')).toThrow(/Child index \(-1\)/);
  });

  it(`getChild beyond the children throws (${REF}body#getChild(Integer))`, () => {
    const {body} = openDoc();
    expect(() => body.getChild(1)).toThrow(
      'Child index (1) must be less than the number of child elements (1).',
    );
  });

  it(`inserting an element that is already in the document throws "Element must be detached."; copy() gives a detached deep copy (${REF}element#copy(), ${GAS_FAKES}testdocsnext.js "Body.appendParagraph method")`, () => {
    const {body} = openDoc();
    const original = body.appendParagraph('original').setHeading('HEADING2');
    expect(() => body.appendParagraph(original)).toThrow(
      'Element must be detached.',
    );
    expect(() => body.insertParagraph(0, original)).toThrow(
      'Element must be detached.',
    );
    const copy = original.copy();
    expect(copy.getParent()).toBeNull();
    const inserted = body.insertParagraph(0, copy);
    expect(inserted.getText()).toBe('original');
    expect(inserted.getHeading()).toBe('HEADING2');
    expect(original.getParent()?.getType()).toBe('BODY_SECTION');
  });

  it(`a paragraph method given another element type fails with the signature message (${REF}body#appendParagraph(Paragraph))`, () => {
    const {body} = openDoc();
    const item = body.appendListItem('item').copy();
    expect(() => body.appendParagraph(item as never)).toThrow(
      "The parameters (ListItem) don't match the method signature for DocumentApp.DocumentBodySection.appendParagraph.",
    );
  });

  it(`a table appended or inserted last is followed by a paragraph (${GAS_FAKES}testdocs.js "Document level append/insert methods")`, () => {
    const {body} = openDoc();
    const table = body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const count = body.getNumChildren();
    expect(body.getChild(count - 2).getType()).toBe('TABLE');
    expect(body.getChild(count - 1).getType()).toBe('PARAGRAPH');
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('c');
    body.insertTable(0, [['x']]);
    expect(body.getChild(1).getType()).toBe('PARAGRAPH');
    expect(body.getNumChildren()).toBe(count + 1);
  });

  it(`appendTable() without cells makes a table with no rows (${GAS_FAKES}testdocsnext.js "Body.appendTable and Body.insertTable")`, () => {
    const {body} = openDoc();
    const table = body.appendTable();
    expect(table.getNumRows()).toBe(0);
    const row = table.appendTableRow();
    row.appendTableCell('cell');
    expect(table.getCell(0, 0).getText()).toBe('cell');
    expect(table.getCell(0, 0).getNumChildren()).toBe(1);
  });

  it(`Body.getText() joins children with "\\n", a table's cells each on their own line (${GAS_FAKES}testdocsextra.js "ContainerElement search and manipulation")`, () => {
    const {body} = openDoc();
    body.appendParagraph('Search for me');
    body.appendTable([['Cell 1']]);
    body.appendParagraph('Another paragraph');
    expect(body.getText()).toBe('\nSearch for me\nCell 1\n\nAnother paragraph');
    const table = body.getTables()[0];
    table.appendTableRow().appendTableCell('Cell 2');
    expect(table.getText()).toBe('Cell 1\nCell 2');
  });

  it(`a table cell always keeps a paragraph (${REF}table-cell)`, () => {
    const {body} = openDoc();
    const cell = body.appendTable([['only']]).getCell(0, 0);
    expect(() => cell.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    cell.appendParagraph('second');
    cell.getChild(0).removeFromParent();
    expect(cell.getText()).toBe('second');
  });

  it(`appendHorizontalRule puts the rule in a new paragraph (${REF}body#appendHorizontalRule())`, () => {
    const {body} = openDoc();
    const rule = body.appendHorizontalRule();
    expect(rule.getType()).toBe('HORIZONTAL_RULE');
    const paragraph = rule.getParent();
    expect(paragraph?.getType()).toBe('PARAGRAPH');
    expect(paragraph?.asParagraph().getText()).toBe('');
    expect(body.getNumChildren()).toBe(2);
  });

  it(`getParagraphs includes list items and paragraphs inside tables; getListItems, getTables, getImages find theirs (${REF}body#getParagraphs())`, () => {
    const {body} = openDoc([
      {heading: 'HEADING1', text: 'Title'},
      {type: 'listItem', text: 'item'},
      {type: 'table', rows: [['a', 'b']]},
      {runs: [{text: 'see '}, {type: 'image', alt: 'chart'}]},
    ]);
    expect(body.getParagraphs().map(paragraph => paragraph.getText())).toEqual([
      'Title',
      'item',
      'a',
      'b',
      'see ',
    ]);
    expect(body.getListItems().map(item => item.getText())).toEqual(['item']);
    expect(body.getTables()).toHaveLength(1);
    const images = body.getImages();
    expect(images).toHaveLength(1);
    expect(images[0].getAltTitle()).toBe('chart');
    expect(images[0].getParent()?.getType()).toBe('PARAGRAPH');
  });

  it(`elements got in one call stay bound to their elements while the Body changes: the reference's sample removes every image getImages() gave, one by one (${REF}container-element#removeFromParent())`, () => {
    const {body} = openDoc([
      {runs: [{text: 'a '}, {type: 'image', alt: 'one'}]},
      {runs: [{text: 'b '}, {type: 'image', alt: 'two'}]},
    ]);
    const images = body.getImages();
    for (const image of images) image.removeFromParent();
    expect(body.getImages()).toHaveLength(0);
    expect(body.getText()).toBe('a \nb ');
    // Paragraphs too, after a paragraph is inserted before them (as the summary's writer does).
    const [first, second] = body.getParagraphs();
    body.insertParagraph(0, 'new');
    first.removeFromParent();
    expect(body.getText()).toBe('new\nb ');
    expect(second.getText()).toBe('b ');
  });

  it(`siblings, parent, child index and isAtDocumentEnd (${GAS_FAKES}testdocsextra.js "Element sibling navigation")`, () => {
    const {body} = openDoc();
    const p1 = body.appendParagraph('Para 1');
    const p2 = body.appendParagraph('Para 2');
    expect(p1.getNextSibling()?.asParagraph().getText()).toBe('Para 2');
    expect(p2.getNextSibling()).toBeNull();
    expect(p1.getPreviousSibling()?.asParagraph().getText()).toBe('');
    expect(body.getChildIndex(p2)).toBe(2);
    expect(p2.isAtDocumentEnd()).toBe(true);
    expect(p1.isAtDocumentEnd()).toBe(false);
    expect(body.getChild(0)).not.toBe(body.getChild(0)); // a new wrapper per call, as in Apps Script
  });

  it(`casting to another element type throws; getParagraphs' list items are ListItems (${REF}element#asParagraph())`, () => {
    const {body} = openDoc([
      {type: 'listItem', text: 'one', glyphType: 'NUMBER'},
    ]);
    const child = body.getChild(0);
    expect(() => child.asParagraph()).toThrow();
    const item = child.asListItem();
    expect(item.getGlyphType()).toBe('NUMBER');
    item.setNestingLevel(2).setGlyphType('ROMAN_LOWER');
    expect(item.getNestingLevel()).toBe(2);
    expect(item.getGlyphType()).toBe('ROMAN_LOWER');
  });

  it(`Body.clear() leaves one empty paragraph (${GAS_FAKES}testdocsextra.js "ContainerElement search and manipulation")`, () => {
    const {body} = openDoc([{text: 'a'}, {type: 'table', rows: [['b']]}]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  it(`toString names the class (Body prints as DocumentBodySection) (${GAS_FAKES}testdocs.js "Document basic methods")`, () => {
    const {doc, body} = openDoc();
    expect(String(body)).toBe('DocumentBodySection');
    expect(String(body.getChild(0))).toBe('Paragraph');
    expect(String(doc)).toBe('Document');
    expect(String(doc.newRange())).toBe('RangeBuilder');
  });
});

describe('DocumentApp conformance: what the add-on writer and reader rely on', () => {
  it(`insertListItem puts a list item at the index, and setHeading styles it like a paragraph (${REF}body#insertListItem(Integer,String), ${REF}list-item#setHeading(ParagraphHeading))`, () => {
    const {body, DocumentApp} = openDoc([{text: 'first'}]);
    const item = body.insertListItem(0, 'A step');
    item.setHeading(DocumentApp.ParagraphHeading.NORMAL);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
    expect(body.getChild(0).asListItem().getText()).toBe('A step');
    expect(String(body.getChild(0).asListItem().getHeading())).toBe('NORMAL');
    expect(body.getChild(1).asParagraph().getText()).toBe('first');
  });

  it(`a table row's editAsText styles the whole row (${REF}table-row#editAsText())`, () => {
    const {body} = openDoc([{text: 'before'}]);
    const table = body.insertTable(1, [
      ['Area', 'Status'],
      ['Training', 'Missing'],
    ]);
    table.getRow(0).editAsText().setBold(true);
    expect(table.getRow(0).getCell(0).editAsText().isBold()).toBe(true);
    expect(table.getRow(0).getCell(1).editAsText().isBold()).toBe(true);
    expect(table.getRow(1).getCell(0).editAsText().isBold()).toBeFalsy();
  });

  it(`getChildIndex of an element that is not the body's own child throws (${REF}body#getChildIndex(Element))`, () => {
    const {body} = openDoc([{text: 'before'}]);
    const table = body.insertTable(1, [['cell']]);
    const cellParagraph = table.getCell(0, 0).getChild(0);
    expect(body.getChildIndex(table)).toBe(1);
    expect(() => body.getChildIndex(cellParagraph)).toThrow(
      'Element does not contain the specified child element.',
    );
  });

  it(`getForegroundColor reads '#rrggbb' at an offset, null where unset (${REF}text#getForegroundColor(Integer))`, () => {
    const {body} = openDoc([
      {
        text: 'Observe: What you saw',
        runs: [
          {text: 'Observe: '},
          {text: 'What you saw', italic: true, color: '#80868b'},
        ],
      },
    ]);
    const text = body.getChild(0).asParagraph().editAsText();
    expect(text.getTextAttributeIndices()).toEqual([0, 9]);
    expect(text.getForegroundColor(0)).toBeNull();
    expect(text.getForegroundColor(9)).toBe('#80868b');
  });
});
