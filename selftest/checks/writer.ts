/**
 * What src/server/doc-writer.ts relies on when it writes: looks stated in one attribute map per
 * stretch of text, through the Body's Text at offsets it computes from the model, the elements
 * and the Body's Text the reader got still bound to them after the writes, and the new entry's
 * cursor set on the written line before the Doc is saved and closed.
 */
import {REF, expectEqual, type Check} from '../check';

const WRITER_RELIES = 'Not documented; src/server/doc-writer.ts relies on it';

/** Body text as the writer states it: off unless a run says otherwise, colours the style's own. */
function bodyText(): Record<string, boolean | null> {
  const A = DocumentApp.Attribute;
  return {
    [A.BOLD]: false,
    [A.ITALIC]: false,
    [A.UNDERLINE]: false,
    [A.STRIKETHROUGH]: false,
    [A.FOREGROUND_COLOR]: null,
    [A.BACKGROUND_COLOR]: null,
    [A.LINK_URL]: null,
  };
}

export const WRITER_CHECKS: Check[] = [
  {
    name: "A paragraph's looks and heading stated in one attribute map hold whatever precedes it; null clears a colour",
    source: `${REF}paragraph#setAttributes(Object) (null as a value: ${WRITER_RELIES})`,
    run({scratch}) {
      const above = scratch.appendParagraph('Styled above').editAsText();
      above.setBold(true).setUnderline(true).setForegroundColor('#80868b');
      const written = scratch.appendParagraph('Written');
      written.setAttributes(bodyText());
      const text = written.editAsText();
      const heading = scratch.appendParagraph('A heading');
      heading.setAttributes({
        [DocumentApp.Attribute.HEADING]: DocumentApp.ParagraphHeading.HEADING3,
        [DocumentApp.Attribute.BOLD]: null,
      });
      expectEqual(
        String(heading.getHeading()),
        String(DocumentApp.ParagraphHeading.HEADING3),
        'a heading set in the map',
      );
      expectEqual(text.isBold(), false, 'bold');
      expectEqual(text.isUnderline(), false, 'underline');
      expectEqual(text.getForegroundColor(), null, 'colour');
    },
  },
  {
    name: "A ranged attribute map on the Body's text reaches the paragraphs at their texts' offsets (joined by line breaks), table cells one per line",
    source: `${REF}text#setAttributes(Integer,Integer,Object) (the offsets: ${WRITER_RELIES})`,
    run({scratch}) {
      // The cleared body's empty paragraph, then 'One', a table, 'Two': '\nOne\na\nb\nc\nd\nTwo'.
      scratch.appendParagraph('One');
      scratch.appendParagraph('Two');
      // Inserted between paragraphs, as the summary's table is (no paragraph is added after it).
      scratch.insertTable(2, [
        ['a', 'b'],
        ['c', 'd'],
      ]);
      const italic = {[DocumentApp.Attribute.ITALIC]: true};
      const text = scratch.editAsText();
      text.setAttributes(3, 3, italic); // 'e' of 'One'
      text.setAttributes(5, 7, italic); // the header row: 'a', line break, 'b'
      text.setAttributes(13, 13, italic); // 'T' of 'Two'
      const table = scratch.getChild(2).asTable();
      expectEqual(
        [
          scratch.getChild(1).asParagraph().editAsText().isItalic(2),
          table.getCell(0, 0).editAsText().isItalic(),
          table.getCell(0, 1).editAsText().isItalic(),
          table.getCell(1, 0).editAsText().isItalic(),
          scratch.getChild(3).asParagraph().editAsText().isItalic(0),
        ],
        [true, true, true, null, true],
        'italic where the offsets point',
      );
    },
  },
  {
    name: "Elements got in one call (Body.getParagraphs(), getTables()) and the Body's Text stay bound to them while paragraphs are inserted around them: removeFromParent removes the one read, the Text styles the Body as it is now",
    source: `${REF}container-element#removeFromParent() (its sample removes every image Body.getImages() gave, one by one); ${REF}body#editAsText() (after inserts: ${WRITER_RELIES})`,
    run({scratch}) {
      // As Insert readiness summary replaces today's: read, write the new lines after the old
      // ones (and one before them), then remove the old ones through what was read.
      // The cleared body's empty paragraph, 'Old heading', a table, 'Old line'.
      scratch.appendParagraph('Old heading');
      scratch.appendParagraph('Old line');
      scratch.insertTable(2, [['old cell']]);
      const text = scratch.editAsText();
      const paragraphs = scratch.getParagraphs();
      const table = scratch.getTables()[0];
      const oldHeading = paragraphs[1];
      const oldLine = paragraphs[3];
      scratch.insertParagraph(4, 'New line');
      scratch.insertParagraph(0, 'Above');
      oldLine.removeFromParent();
      table.removeFromParent();
      oldHeading.removeFromParent();
      expectEqual(scratch.getText(), 'Above\n\nNew line', 'the Body');
      // 'New line' starts after 'Above', a line break, the empty paragraph and a line break.
      text.setAttributes(7, 9, {[DocumentApp.Attribute.ITALIC]: true});
      const line = scratch.getChild(2).asParagraph().editAsText();
      expectEqual(
        [line.isItalic(0), line.isItalic(2), line.isItalic(3)],
        [true, true, null],
        "italic where the Body's Text, got before the writes, points now",
      );
    },
  },
];

/** Closes the Document it is given: it runs after SAVE_AND_CLOSE_CHECK, on the Doc opened again. */
export const CURSOR_BEFORE_SAVE_CHECK: Check = {
  name: 'A cursor set on a just-written line before saveAndClose() is the cursor afterwards',
  source: `${REF}document#setCursor(Position) (before saveAndClose(): ${WRITER_RELIES})`,
  run({document, scratch}) {
    const line = scratch.appendParagraph('Observe: what you saw. ');
    document.setCursor(document.newPosition(line.getChild(0), 23));
    document.saveAndClose();
    const cursor = DocumentApp.getActiveDocument().getCursor();
    expectEqual(
      cursor
        ? [cursor.getElement().asText().getText(), cursor.getOffset()]
        : null,
      ['Observe: what you saw. ', 23],
      'the cursor',
    );
  },
};
