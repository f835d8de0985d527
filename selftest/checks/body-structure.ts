/** The shape of a Body as DocumentApp shows it: what the writer relies on when it inserts. */
import {REF, expectEqual, expectThrows, type Check} from '../check';

export const BODY_STRUCTURE_CHECKS: Check[] = [
  {
    name: 'A cleared body holds one empty paragraph, and appendParagraph adds after it',
    source: `${REF}body#clear()`,
    run({scratch}) {
      expectEqual(scratch.getNumChildren(), 1, 'children after clear()');
      expectEqual(
        String(scratch.getChild(0).getType()),
        'PARAGRAPH',
        'the child left',
      );
      scratch.appendParagraph('p1');
      expectEqual(scratch.getNumChildren(), 2, 'children after appending');
      expectEqual(scratch.getText(), '\np1', 'the body text');
    },
  },
  {
    name: "Removing the body's last paragraph throws",
    source: `${REF}body#removeChild(Element)`,
    run({scratch}) {
      const first = scratch.appendParagraph('first');
      const last = scratch.appendParagraph('last');
      const message = "Can't remove the last paragraph in a document section.";
      expectThrows(() => scratch.removeChild(last), message, 'removeChild');
      expectThrows(() => last.removeFromParent(), message, 'removeFromParent');
      first.removeFromParent();
      expectEqual(scratch.getText(), '\nlast', 'the body text');
    },
  },
  {
    name: 'insertParagraph takes child indexes 0..getNumChildren(), and no further',
    source: `${REF}body#insertParagraph(Integer,String)`,
    run({scratch}) {
      scratch.appendParagraph('p1');
      scratch.insertParagraph(scratch.getNumChildren(), 'end');
      scratch.insertParagraph(0, 'start');
      expectEqual(scratch.getText(), 'start\n\np1\nend', 'the body text');
      expectThrows(
        () => scratch.insertParagraph(99, 'x'),
        'Child index (99)',
        'an index past the end',
      );
    },
  },
  {
    name: 'A table inserted last is followed by a paragraph',
    source: `${REF}body#appendTable(String)`,
    run({scratch}) {
      scratch.appendTable([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      const count = scratch.getNumChildren();
      expectEqual(
        String(scratch.getChild(count - 2).getType()),
        'TABLE',
        'the second to last child',
      );
      expectEqual(
        String(scratch.getChild(count - 1).getType()),
        'PARAGRAPH',
        'the last child',
      );
    },
  },
  {
    name: 'An element already in the Doc must be copied before it is inserted again',
    source: `${REF}element#copy()`,
    run({scratch}) {
      const original = scratch.appendParagraph('original');
      original.setHeading(DocumentApp.ParagraphHeading.HEADING2);
      expectThrows(
        () => scratch.insertParagraph(0, original),
        'Element must be detached.',
        'inserting it again',
      );
      const inserted = scratch.insertParagraph(0, original.copy());
      expectEqual(inserted.getText(), 'original', 'the copy');
      expectEqual(
        String(inserted.getHeading()),
        'HEADING2',
        "the copy's heading",
      );
    },
  },
  {
    name: 'ParagraphHeading values compare with === and print their names',
    source: `${REF}paragraph-heading`,
    run({scratch}) {
      const heading = scratch
        .appendParagraph('Goals')
        .setHeading(DocumentApp.ParagraphHeading.HEADING1)
        .getHeading();
      expectEqual(
        heading === DocumentApp.ParagraphHeading.HEADING1,
        true,
        'heading === ParagraphHeading.HEADING1',
      );
      expectEqual(String(heading), 'HEADING1', 'String(heading)');
    },
  },
];
