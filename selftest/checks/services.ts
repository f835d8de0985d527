/** The lock around every write, and the Doc after saveAndClose() (this check runs last). */
import {REF, expectEqual, expectThrows, type Check} from '../check';

export const LOCK_CHECKS: Check[] = [
  {
    name: 'LockService.getDocumentLock() gives a lock in a script bound to the Doc',
    source:
      'https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()',
    run() {
      const lock = LockService.getDocumentLock();
      expectEqual(lock === null, false, 'getDocumentLock() is null');
      expectEqual(lock.tryLock(1000), true, 'tryLock()');
      expectEqual(lock.hasLock(), true, 'hasLock() while held');
      lock.releaseLock();
      expectEqual(lock.hasLock(), false, 'hasLock() after releaseLock()');
    },
  },
];

/** Closes the Document it is given: the runner opens a new one for anything after it. */
export const SAVE_AND_CLOSE_CHECK: Check = {
  name: 'After saveAndClose(), the closed Document refuses calls and getActiveDocument() gives an open one with the changes',
  source: `${REF}document#saveAndClose() (what getActiveDocument() returns after it is not documented)`,
  run({document, scratch}) {
    scratch.appendParagraph('written before closing');
    document.saveAndClose();
    expectThrows(
      () => scratch.appendParagraph('after'),
      'Document is closed',
      'the closed Document',
    );
    const reopened = DocumentApp.getActiveDocument();
    expectEqual(
      reopened.getTabs()[0].asDocumentTab().getBody().getText(),
      '\nwritten before closing',
      'the reopened first tab',
    );
  },
};

/**
 * The add-on places a new entry's cursor under the lock, just before saveAndClose()
 * (src/server/cursor.ts placeCursorOnWrittenLine): whether the cursor survives it is not
 * documented. Closes the Document it is given, as SAVE_AND_CLOSE_CHECK does.
 */
export const CURSOR_BEFORE_CLOSE_CHECK: Check = {
  name: 'A cursor set just before saveAndClose() is still the cursor on the Document opened after it',
  source: `${REF}document#setCursor(Position), ${REF}document#saveAndClose() (not documented together)`,
  run({document, scratch}) {
    const line = scratch.appendParagraph('Name: the first prompt');
    document.setCursor(document.newPosition(line.getChild(0).asText(), 6));
    document.saveAndClose();
    const cursor = DocumentApp.getActiveDocument().getCursor();
    expectEqual(
      cursor
        ? [cursor.getOffset(), cursor.getSurroundingText().getText()]
        : null,
      [6, 'Name: the first prompt'],
      'the cursor after saveAndClose()',
    );
  },
};
