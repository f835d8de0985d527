/**
 * The alignments the bulk reader (src/server/doc-reader.ts) relies on and no page states: the
 * n-th line of Body.getText() is the n-th of Body.getParagraphs(), a table's lines are its cells'
 * paragraphs, and offsets in the Body's Text count a "\n" between paragraphs. Where Google differs,
 * the reader's consistency check falls back to reading child by child (slower, still right); a
 * failing row here says the fallback is what real Docs get.
 */
import {
  NOT_DOCUMENTED,
  REF,
  expectEqual,
  expectThrows,
  type Check,
} from '../check';

type Body = GoogleAppsScript.Document.Body;

function paragraphTexts(body: Body): string[] {
  return body.getParagraphs().map(paragraph => paragraph.getText());
}

export const BULK_READ_CHECKS: Check[] = [
  {
    name: 'Body.getText() has one line per paragraph, list item and table cell, in Body.getParagraphs() order',
    source: `${NOT_DOCUMENTED} (${REF}body#getParagraphs(), ${REF}body#getText())`,
    run({scratch}) {
      scratch.appendParagraph('one');
      scratch.appendListItem('two');
      scratch.appendTable([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      scratch.appendParagraph('three');
      expectEqual(
        scratch.getText().split('\n'),
        paragraphTexts(scratch),
        'the lines of Body.getText() against Body.getParagraphs()',
      );
      expectEqual(
        paragraphTexts(scratch),
        ['', 'one', 'two', 'a', 'b', 'c', 'd', '', 'three'],
        'Body.getParagraphs()',
      );
    },
  },
  {
    name: 'Table.getText() is its cells\' lines, row by row, joined by "\\n"',
    source: `${NOT_DOCUMENTED} (${REF}table#getText())`,
    run({scratch}) {
      const table = scratch.appendTable([
        ['a', 'b'],
        ['c', ''],
      ]);
      expectEqual(table.getText(), 'a\nb\nc\n', 'Table.getText()');
    },
  },
  {
    name: "A table inside a cell is part of its outer table's lines; Body.getTables() lists both; it is no child of the Body",
    source: `${NOT_DOCUMENTED} (${REF}body#getTables(), ${REF}body#getChildIndex(Element))`,
    run({scratch}) {
      const outer = scratch.appendTable([['outer', 'b']]);
      const inner = outer.getCell(0, 0).appendTable([['x', 'y']]);
      expectEqual(scratch.getTables().length, 2, 'Body.getTables()');
      expectEqual(
        scratch.getText().split('\n').length,
        scratch.getParagraphs().length,
        'lines against paragraphs',
      );
      expectEqual(
        outer.getText().split('\n').includes('x'),
        true,
        "the inner table's cell in the outer table's text",
      );
      expectThrows(
        () => scratch.getChildIndex(inner),
        '',
        'Body.getChildIndex of the inner table',
      );
    },
  },
  {
    name: 'A horizontal rule takes no character: its paragraph is an empty line',
    source: `${NOT_DOCUMENTED} (${REF}body#appendHorizontalRule())`,
    run({scratch}) {
      scratch.appendParagraph('above');
      scratch.appendHorizontalRule();
      scratch.appendParagraph('below');
      expectEqual(
        scratch.getText().split('\n'),
        paragraphTexts(scratch),
        'the lines against Body.getParagraphs()',
      );
    },
  },
  {
    name: 'Offsets in the Body\'s Text count a "\\n" between paragraphs: style runs and colours read there',
    source: `${NOT_DOCUMENTED} (${REF}text#getTextAttributeIndices(), ${REF}text#getForegroundColor(Integer))`,
    run({scratch}) {
      scratch.appendParagraph('plain');
      const styled = scratch.appendParagraph('grey text');
      styled.editAsText().setForegroundColor(0, 3, '#80868b');
      const text = scratch.editAsText();
      expectEqual(text.getText(), '\nplain\ngrey text', 'the Body text');
      const greyStart = '\nplain\n'.length;
      const starts = text.getTextAttributeIndices();
      expectEqual(
        [starts.includes(greyStart), starts.includes(greyStart + 4)],
        [true, true],
        `style runs starting at ${greyStart} and ${greyStart + 4} in ${JSON.stringify(starts)}`,
      );
      expectEqual(
        String(text.getForegroundColor(greyStart)).toLowerCase(),
        '#80868b',
        'the colour at the grey run',
      );
    },
  },
  {
    name: 'A table without rows adds no line to Body.getText()',
    source: `${NOT_DOCUMENTED} (${REF}body#appendTable())`,
    run({scratch}) {
      scratch.appendParagraph('before');
      scratch.appendTable();
      scratch.appendParagraph('after');
      expectEqual(
        scratch.getText().split('\n').length,
        scratch.getParagraphs().length,
        'lines against paragraphs',
      );
    },
  },
];
