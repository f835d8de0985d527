/** Named ranges and the cursor: how the add-on finds its new entry again and puts the cursor there. */
import {REF, expectEqual, type Check} from '../check';

export const PLACE_CHECKS: Check[] = [
  {
    name: 'A named range keeps marking its line when lines are inserted before it, until remove()',
    source: `${REF}document-tab#addNamedRange(String,Range), ${REF}named-range#remove()`,
    run({document, scratch}) {
      const content = document.getTabs()[0].asDocumentTab();
      scratch.appendParagraph('before');
      const marked = scratch.appendParagraph('the new entry');
      const name = 'lmp.selftest-mark';
      content.addNamedRange(
        name,
        content.newRange().addElement(marked).build(),
      );
      scratch.insertParagraph(0, 'written by someone else');
      scratch.insertParagraph(0, 'and more');
      const found = content.getNamedRanges(name);
      expectEqual(
        found.map(range =>
          range
            .getRange()
            .getRangeElements()[0]
            .getElement()
            .asParagraph()
            .getText(),
        ),
        ['the new entry'],
        'the marked line',
      );
      found.forEach(range => range.remove());
      expectEqual(content.getNamedRanges(name).length, 0, 'after remove()');
    },
  },
  {
    name: 'setCursor() then getCursor() in the active tab: the offset counts characters of a Text',
    source: `${REF}document#setCursor(Position), ${REF}document#newPosition(Element,Integer)`,
    run({document, scratch}) {
      const line = scratch.appendParagraph('Hello');
      document.setCursor(document.newPosition(line.getChild(0).asText(), 5));
      const cursor = document.getCursor();
      expectEqual(
        cursor
          ? [cursor.getOffset(), cursor.getSurroundingText().getText()]
          : null,
        [5, 'Hello'],
        'the cursor',
      );
    },
  },
];
