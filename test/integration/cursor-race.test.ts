/**
 * The new entry's cursor is placed under the document lock, on the line just written, before the
 * Doc is saved and closed: someone else's entry written the moment the lock is released cannot
 * move it into the other person's entry or onto a heading (an index remembered across the unlock
 * could, in 15 of 36 tried pairs: issue 10).
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {LockRegistry} from '../../dev/emulator/lock';
import {PropertyStores} from '../../dev/emulator/properties';
import type {Runtime} from '../../dev/emulator/runtime';
import * as api from '../../src/server/api';
import {
  AREA_TITLES,
  LOG_TITLE,
  TODAY,
  chooseRole,
  cursorOf,
  execute,
  indexOfLine,
  lines,
  runtimeFor,
  setUp,
} from './fixture';

function twoPeople(): {
  document: EmulatedDocument;
  candidate: Runtime;
  manager: Runtime;
} {
  const document = EmulatedDocument.blank();
  const locks = new LockRegistry();
  const properties = new PropertyStores();
  const candidate = runtimeFor(document, {
    locks,
    properties,
    userEmail: 'alex@example.com',
  });
  const manager = runtimeFor(document, {
    locks,
    properties,
    userEmail: 'sam@example.com',
  });
  setUp(candidate);
  chooseRole(candidate, 'candidate');
  chooseRole(manager, 'manager');
  return {document, candidate, manager};
}

/**
 * The candidate adds a training entry; the moment the candidate's execution releases the document
 * lock, the manager writes in the Doc (`managerWrites`, in the manager's own execution).
 */
function candidateAddsWhileManagerWrites(
  candidate: Runtime,
  managerWrites: () => void,
) {
  return execute(candidate, () => {
    const lockService = globalThis.LockService;
    globalThis.LockService = new Proxy(lockService, {
      get(target, property, receiver) {
        if (property === 'getDocumentLock') {
          return () => {
            const lock = target.getDocumentLock();
            return new Proxy(lock, {
              get(lockTarget, member, lockReceiver) {
                if (member === 'releaseLock') {
                  return () => {
                    lockTarget.releaseLock();
                    managerWrites();
                  };
                }
                return Reflect.get(lockTarget, member, lockReceiver) as unknown;
              },
            });
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    try {
      return api.addEvidence({
        today: TODAY,
        sectionId: 'leadership-training',
        criterionId: null,
        kindId: 'training',
      });
    } finally {
      globalThis.LockService = lockService;
    }
  });
}

/** The manager types an entry by hand at the end of the section titled `heading`. */
function managerTypesEntryUnder(
  manager: Runtime,
  document: EmulatedDocument,
  heading: string,
): void {
  const at = indexOfLine(document, heading) + 2;
  execute(manager, () => {
    const body = DocumentApp.getActiveDocument().getBody();
    body
      .insertParagraph(at, `${TODAY} · Notes`)
      .setHeading(DocumentApp.ParagraphHeading.HEADING3);
    body.insertParagraph(at + 1, 'Recorded by: Sponsoring manager · General');
    body.insertParagraph(at + 2, 'What happened: We met.');
  });
}

describe('A second person writes the moment the lock is released', () => {
  it.each([
    ['an earlier area (the entry moves down)', AREA_TITLES[0]],
    ['the same area', AREA_TITLES[2]],
    ['a later area', AREA_TITLES[4]],
    ['the one-on-one log', LOG_TITLE],
  ])(
    'in %s: the cursor stays at the end of this person’s first prompt line',
    (_where, heading) => {
      const {document, candidate, manager} = twoPeople();
      const reply = candidateAddsWhileManagerWrites(candidate, () =>
        managerTypesEntryUnder(manager, document, `H1 ${heading}`),
      );

      const entry = indexOfLine(document, `H3 ${TODAY} · Training`);
      expect(lines(document)[entry + 1]).toBe(
        'Recorded by: Candidate · Training',
      );
      expect(cursorOf(document)).toEqual({
        line: entry + 2,
        offset: 'Name: The training and who ran it. '.length,
      });
      expect(reply.notice?.text).toMatch(
        /The cursor is on its first prompt\.$/,
      );
      expect(
        lines(document).filter(line => line.startsWith('Recorded by:')),
      ).toHaveLength(2);
    },
  );
});
