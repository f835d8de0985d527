/**
 * The new entry's cursor is placed after the document lock is released (the written Doc is saved
 * and closed first), so someone else's entry can be written in between. The add-on finds its entry
 * again by a mark set on it under the lock, not by the index it was written at: the cursor still
 * lands on this person's first prompt, never inside the other person's entry or on a heading.
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {LockRegistry} from '../../dev/emulator/lock';
import {PropertyStores} from '../../dev/emulator/properties';
import type {Runtime} from '../../dev/emulator/runtime';
import * as api from '../../src/server/api';
import {
  TODAY,
  addEvidence,
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
 * The candidate adds a training entry; between the unlock and the cursor step (the second time
 * the execution opens the Doc), the manager's execution writes `managerEntry`.
 */
function candidateAddsWhileManagerWrites(
  candidate: Runtime,
  managerWrites: () => void,
) {
  return execute(candidate, () => {
    const documentApp = globalThis.DocumentApp;
    let opened = 0;
    globalThis.DocumentApp = new Proxy(documentApp, {
      get(target, property, receiver) {
        if (property === 'getActiveDocument') {
          return () => {
            opened += 1;
            if (opened === 2) managerWrites();
            return target.getActiveDocument();
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
      globalThis.DocumentApp = documentApp;
    }
  });
}

describe('A second person writes between the unlock and the cursor step', () => {
  it.each([
    ['an earlier area (the entry moves down)', 'performance-review', 'general'],
    ['the same area, after this entry', 'leadership-training', 'training'],
    ['a later area', 'development-process', 'general'],
    ['the one-on-one log', 'one-on-one-log', 'one-on-one-log'],
  ])(
    'in %s: the cursor is on this person’s first prompt',
    (_where, sectionId, kindId) => {
      const {document, candidate, manager} = twoPeople();
      const reply = candidateAddsWhileManagerWrites(candidate, () =>
        addEvidence(manager, {sectionId, kindId}),
      );

      const heading = indexOfLine(document, `H3 ${TODAY} · Training`);
      expect(lines(document)[heading + 1]).toBe(
        'Recorded by: Candidate · Training',
      );
      expect(cursorOf(document)).toEqual({
        line: heading + 2,
        offset: 'Name: '.length,
      });
      expect(lines(document)[heading + 2]).toMatch(/^Name: /);
      expect(reply.notice?.text).toMatch(
        /The cursor is on its first prompt\.$/,
      );
      // Both entries are whole, and the mark that found the entry is gone.
      expect(
        lines(document).filter(line => line.startsWith('Recorded by:')),
      ).toHaveLength(2);
      expect(document.namedRanges).toEqual([]);
    },
  );

  it('the entry deleted meanwhile: no cursor is placed, the reply says where to click', () => {
    const {document, candidate, manager} = twoPeople();
    const reply = candidateAddsWhileManagerWrites(candidate, () =>
      execute(manager, () => {
        const body = DocumentApp.getActiveDocument().getBody();
        const heading = indexOfLine(document, `H3 ${TODAY} · Training`);
        for (let index = heading + 4; index >= heading; index -= 1)
          body.removeChild(body.getChild(index));
      }),
    );
    expect(cursorOf(document)).toBeNull();
    expect(reply.notice?.text).toMatch(
      /Click its first grey prompt to start writing\.$/,
    );
  });
});
