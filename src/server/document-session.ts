/**
 * The active Doc's program tab, read once, and the document lock around every write: two people
 * adding evidence at the same moment both get their entry, whole, because the second waits, then
 * reads the Doc as the first left it.
 */
import type {DocumentModel} from '../core/document-model';
import {readBody} from './doc-reader';
import {findProgramPlace, type ProgramPlace} from './program-tab';

const LOCK_WAIT_MS = 10_000;

/**
 * Said when there is no document lock. LockService returns none "outside of the context of a
 * containing document (such as from a standalone script or webapp)", which an add-on opened in a
 * Doc never is; writing without it could interleave two people's entries, and a script lock
 * instead would make every user of the add-on, in every Doc, wait for each other.
 */
export const NO_DOCUMENT_LOCK_MESSAGE =
  'The add-on could not reserve this document for the change, so nothing was changed. Open the add-on from the document (Extensions › Lead Mentorship Program) and try again.';

export interface OpenDocument {
  document: GoogleAppsScript.Document.Document;
  /** The tab holding the program (the Doc itself when it has one tab): read and written there. */
  place: ProgramPlace;
  model: DocumentModel;
}

export function openActiveDocument(): OpenDocument {
  const document = DocumentApp.getActiveDocument();
  const place = findProgramPlace(document);
  return {document, place, model: readBody(place.body)};
}

/**
 * Runs `write` on the freshly read Doc while holding the document lock, then flushes the changes
 * before releasing it, so the next writer reads them.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 */
export function withDocumentLock<T>(write: (open: OpenDocument) => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error(NO_DOCUMENT_LOCK_MESSAGE);
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error(
      'Someone else is changing this document right now. Please try again in a moment.',
    );
  }
  try {
    const open = openActiveDocument();
    const result = write(open);
    open.document.saveAndClose();
    return result;
  } finally {
    lock.releaseLock();
  }
}
