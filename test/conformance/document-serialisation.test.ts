/** The emulated Doc's JSON form (the preview's file) and its HTML rendering. */
import {
  EmulatedDocument,
  renderDocumentHtml,
  type DocumentJSON,
} from '../../dev/emulator/document';
import {openDoc} from './document-fixture';

describe('EmulatedDocument JSON and HTML', () => {
  it('fromBlocks builds the blocks as written, and a final table gets its paragraph', () => {
    const state = EmulatedDocument.fromBlocks([
      {heading: 'HEADING1', text: 'Goals'},
      {type: 'listItem', text: 'one', nestingLevel: 1},
      {text: 'plain', runs: [{text: 'x', italic: true, color: '#80868b'}]},
      {type: 'horizontalRule'},
      {type: 'table', rows: [['a', 'b']]},
    ]);
    const {body} = openDoc(state);
    expect(body.getNumChildren()).toBe(6);
    expect(body.getChild(0).asParagraph().getHeading()).toBe('HEADING1');
    expect(body.getChild(1).asListItem().getNestingLevel()).toBe(1);
    expect(
      body.getChild(2).asParagraph().editAsText().getForegroundColor(),
    ).toBe('#80868b');
    expect(body.getChild(3).asParagraph().getChild(0).getType()).toBe(
      'HORIZONTAL_RULE',
    );
    expect(body.getChild(5).getType()).toBe('PARAGRAPH');
  });

  it('toJSON/fromJSON round-trips blocks, runs, cursor, selection, named ranges and bookmarks', () => {
    const {state, body, doc} = openDoc([
      {heading: 'TITLE', text: 'Lead Mentorship'},
      {
        runs: [
          {text: 'Date: ', bold: true},
          {text: 'prompt', italic: true, color: '#80868b'},
        ],
      },
      {type: 'listItem', text: 'item', glyphType: 'NUMBER'},
      {
        type: 'table',
        rows: [['a', [{text: 'b'}, {type: 'listItem', text: 'c'}]]],
      },
      {
        runs: [
          {text: 'link', link: 'https://example.com', fontSize: 12},
          {type: 'image', alt: 'x'},
        ],
      },
    ]);
    const text = body.getChild(1).asParagraph().getChild(0).asText();
    doc.setCursor(doc.newPosition(text, 8));
    doc.setSelection(doc.newRange().addElement(text, 6, 11).build());
    doc.addNamedRange(
      'area',
      doc.newRange().addElement(body.getChild(0)).build(),
    );
    doc.addBookmark(doc.newPosition(body.getChild(2), 0));

    const json: DocumentJSON = JSON.parse(JSON.stringify(state.toJSON()));
    const again = EmulatedDocument.fromJSON(json);
    expect(again.toJSON()).toEqual(json);
    expect(json.cursor).toEqual({path: [1], textOffset: 8});
    expect(json.selection).toEqual([{path: [1], start: 6, endInclusive: 11}]);
    expect(json.body[1]).toEqual({
      type: 'paragraph',
      runs: [
        {text: 'Date: ', bold: true},
        {text: 'prompt', italic: true, color: '#80868b'},
      ],
    });
    const reopened = openDoc(again);
    expect(reopened.doc.getCursor()?.getSurroundingTextOffset()).toBe(8);
    expect(reopened.doc.getNamedRanges('area')).toHaveLength(1);
    expect(reopened.body.getText()).toBe(body.getText());
  });

  it('adjacent Text elements merge when the Doc is saved and reopened', () => {
    const {state, body} = openDoc();
    const paragraph = body.appendParagraph('a');
    paragraph.appendText('b');
    expect(paragraph.getNumChildren()).toBe(2);
    const reopened = openDoc(EmulatedDocument.fromJSON(state.toJSON()));
    expect(reopened.body.getChild(1).asParagraph().getNumChildren()).toBe(1);
  });

  it('fromJSON rejects what is not a document', () => {
    expect(() => EmulatedDocument.fromJSON({} as DocumentJSON)).toThrow(
      /version: 1/,
    );
  });

  it('renders headings, lists, tables, rules, images, styles and the caret', () => {
    const {state, body, doc} = openDoc([
      {heading: 'HEADING2', text: 'Area'},
      {
        runs: [
          {text: 'grey', italic: true, color: '#80868b'},
          {text: 'link', link: 'https://x.y'},
        ],
      },
      {type: 'listItem', text: 'item'},
      {type: 'table', rows: [['cell']]},
      {type: 'horizontalRule'},
      {type: 'image', alt: 'chart'},
    ]);
    doc.setCursor(
      doc.newPosition(body.getChild(0).asParagraph().getChild(0), 2),
    );
    const html = renderDocumentHtml(state);
    // The Body's own children are numbered for the preview's line editor; table cells are not.
    expect(html).toContain('<h2 data-block="0">Ar<span class="caret"');
    expect(html).toContain(
      '<span style="font-style:italic;color:#80868b">grey</span>',
    );
    expect(html).toContain(
      '<a href="https://x.y" rel="noopener noreferrer">link</a>',
    );
    expect(html).toContain(
      '<ul><li data-block="2" style="list-style-type:disc;margin-left:0em">item</li></ul>',
    );
    expect(html).toContain(
      '<table><tbody><tr><td><p>cell</p></td></tr></tbody></table>',
    );
    expect(html).toContain('class="rule"');
    expect(html).toContain('aria-label="chart"');
  });

  it('escapes every piece of document text and drops unsafe links and styles', () => {
    const state = EmulatedDocument.fromBlocks(
      [
        {text: '<script>alert(1)</script>'},
        {
          runs: [
            {
              text: 'click',
              link: 'javascript:alert(1)',
              color: 'red;background:url(x)',
            },
          ],
        },
        {type: 'table', rows: [['<img src=x onerror=alert(1)>']]},
        {type: 'image', alt: '"><script>'},
      ],
      '<b>name</b>',
    );
    const html = renderDocumentHtml(state);
    expect(html).not.toMatch(/<script>|<img|<b>|javascript:|url\(/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('click');
  });
});
