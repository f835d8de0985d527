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
