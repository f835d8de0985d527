/**
 * The active Doc, read once, and the document lock around every write: two people adding
 * evidence at the same moment both get their entry, whole, because the second waits, then reads
 * the Doc as the first left it.
 */
import type {DocumentModel} from '../core/document-model';
import {readBody} from './doc-reader';

const LOCK_WAIT_MS = 10_000;

export interface OpenDocument {
  document: GoogleAppsScript.Document.Document;
  body: GoogleAppsScript.Document.Body;
  model: DocumentModel;
}

/**
 * The active Doc without reading it: enough to place the cursor after a write, once the written
 * Doc was saved and closed (a closed Document cannot be used again; a new one can).
 */
export function activeDocument(): Omit<OpenDocument, 'model'> {
  const document = DocumentApp.getActiveDocument();
  return {document, body: document.getBody()};
}

export function openActiveDocument(): OpenDocument {
  const {document, body} = activeDocument();
  return {document, body, model: readBody(body)};
}

/**
 * Runs `write` on the freshly read Doc while holding the document lock, then flushes the changes
 * before releasing it, so the next writer reads them.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 */
export function withDocumentLock<T>(write: (open: OpenDocument) => T): T {
  // Null only for a script not bound to a document, which an editor add-on never is.
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error('This add-on runs only inside a Google Doc.');
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
