/**
 * Two people adding evidence at the same moment both get their entry, whole: the second waits for
 * the document lock, then reads the Doc as the first left it. When the wait runs out, the person
 * gets a readable "try again" and the Doc is untouched.
 */
import {EmulatedDocument} from '../../dev/emulator/document/index';
import {LockRegistry, type LockScope} from '../../dev/emulator/lock';
import {PropertyStores} from '../../dev/emulator/properties';
import type {Runtime} from '../../dev/emulator/runtime';
import * as api from '../../src/server/api';
import {
  AREA_TITLES,
  TODAY,
  addEvidence,
  chooseRole,
  execute,
  failure,
  indexOfLine,
  lines,
  runtimeFor,
  setUp,
  setUpRuntime,
  snapshot,
  state,
} from './fixture';

const LOCK_WAIT_MS = 10_000;

describe('Document lock held by another execution', () => {
  it('past the wait: addEvidence fails with a readable "try again" and the Doc is untouched', () => {
    const runtime = setUpRuntime('candidate');
    const before = snapshot(runtime.document);
    runtime.locks.holdByAnotherExecution('document');

    const error = failure(() =>
      addEvidence(runtime, {
        sectionId: 'leadership-training',
        kindId: 'training',
      }),
    );

    expect(error.message).toMatch(/Someone else is changing this document/);
    expect(error.message).toMatch(/try again/);
    expect(snapshot(runtime.document)).toEqual(before);
    expect(runtime.locks.waits).toEqual([
      {scope: 'document', waitedMs: LOCK_WAIT_MS, acquired: false},
    ]);
    // The other execution still holds it: this one did not release what it never had.
    expect(runtime.locks.isHeld('document')).toBe(true);
  });

  it('Set up and the readiness summary also wait, and fail the same way', () => {
    const runtime = setUpRuntime('candidate');
    const before = snapshot(runtime.document);
    runtime.locks.holdByAnotherExecution('document');
    expect(failure(() => setUp(runtime)).message).toMatch(/try again/);
    expect(
      failure(() =>
        execute(runtime, () => api.insertReadinessSummary({today: TODAY})),
      ).message,
    ).toMatch(/try again/);
    expect(snapshot(runtime.document)).toEqual(before);
  });

  it('released in time: the entry is written after the wait', () => {
    const runtime = setUpRuntime('candidate');
    runtime.locks.holdByAnotherExecution('document', {releaseAfterMs: 2_500});

    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });

    expect(lines(runtime.document)).toContain(`H3 ${TODAY} · Training`);
    expect(runtime.locks.waits).toEqual([
      {scope: 'document', waitedMs: 2_500, acquired: true},
    ]);
    expect(runtime.locks.isHeld('document')).toBe(false);
  });

  it('the lock is released after a successful write, so the next one does not wait', () => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    addEvidence(runtime, {sectionId: 'leadership-training', kindId: 'general'});
    expect(runtime.locks.waits).toEqual([]);
  });
});

describe('No document lock: LockService.getDocumentLock() returns null', () => {
  // "If this method is called outside of the context of a containing document (such as from a
  // standalone script or webapp), null is returned."
  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  it('every write stops with a clear message and the Doc untouched; no script lock is taken instead; reading still works', () => {
    const runtime = setUpRuntime('candidate');
    runtime.services.inDocument = false;
    const before = snapshot(runtime.document);

    const errors = [
      failure(() =>
        addEvidence(runtime, {
          sectionId: 'leadership-training',
          kindId: 'training',
        }),
      ),
      failure(() => setUp(runtime)),
      failure(() =>
        execute(runtime, () => api.insertReadinessSummary({today: TODAY})),
      ),
    ];

    for (const error of errors) {
      expect(error.message).toMatch(/nothing was changed/);
      expect(error.message).toMatch(/try again/);
    }
    expect(snapshot(runtime.document)).toEqual(before);
    // A script lock would make every user of the add-on, in every Doc, wait for each other.
    expect(runtime.calls.count('LockService.getScriptLock')).toBe(0);
    expect(runtime.locks.isHeld('script')).toBe(false);
    expect(state(runtime).documentReady).toBe(true);
  });
});

/**
 * A registry that, when an execution finds the lock held, first lets the holder (another
 * runtime) finish its own work: the two executions overlap as they would in Apps Script.
 */
class OverlappingLocks extends LockRegistry {
  whileWaiting: (() => void) | null = null;

  tryAcquire(scope: LockScope, holder: object, timeoutMs: number): boolean {
    const other = this.whileWaiting;
    if (other && this.isHeld(scope) && !this.holds(scope, holder)) {
      this.whileWaiting = null;
      other();
    }
    return super.tryAcquire(scope, holder, timeoutMs);
  }
}

describe('Two people on one Doc (two runtimes sharing the document and the lock)', () => {
  function twoPeople(): {
    document: EmulatedDocument;
    locks: OverlappingLocks;
    candidate: Runtime;
    manager: Runtime;
  } {
    const document = EmulatedDocument.blank();
    const locks = new OverlappingLocks();
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
    return {document, locks, candidate, manager};
  }

  it('one after the other: both entries are in the Doc, whole, each with its recorder', () => {
    const {document, candidate, manager} = twoPeople();
    addEvidence(candidate, {
      sectionId: 'one-on-ones',
      criterionId: 'building-trust',
      kindId: 'feedback',
    });
    addEvidence(manager, {
      sectionId: 'one-on-ones',
      criterionId: 'solving-problems',
      kindId: 'general',
    });

    const first = indexOfLine(document, `H3 ${TODAY} · Building trust`);
    expect(lines(document).slice(first, first + 9)).toEqual([
      `H3 ${TODAY} · Building trust`,
      'Recorded by: Candidate · Feedback',
      'Observe: What you saw or heard, as facts. ',
      'Impact: The effect it had on the person, the team or the work. ',
      'Request: What you asked for next, and how it was received. ',
      `H3 ${TODAY} · Solving problems`,
      'Recorded by: Sponsoring manager · General',
      'What happened: Describe the situation and what you did. ',
      'Impact: What changed, and what you learned. ',
    ]);
    expect(lines(document)[first + 9]).toBe(`H1 ${AREA_TITLES[2]}`);
  });

  it('at the same moment: the second waits, then writes into the Doc as the first left it', () => {
    const {document, locks, candidate, manager} = twoPeople();
    // The candidate's execution holds the lock; while the manager waits, it writes and lets go.
    locks.holdByAnotherExecution('document', {releaseAfterMs: 1_000});
    locks.whileWaiting = () => {
      locks.releaseByAnotherExecution('document');
      addEvidence(candidate, {
        sectionId: 'one-on-ones',
        criterionId: 'building-trust',
        kindId: 'feedback',
      });
    };

    // The manager's entry goes to a later section: planned on a stale read, its index would
    // fall inside the candidate's new entry.
    const reply = addEvidence(manager, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });

    const all = lines(document);
    const trust = indexOfLine(document, `H3 ${TODAY} · Building trust`);
    expect(all.slice(trust, trust + 5)).toEqual([
      `H3 ${TODAY} · Building trust`,
      'Recorded by: Candidate · Feedback',
      'Observe: What you saw or heard, as facts. ',
      'Impact: The effect it had on the person, the team or the work. ',
      'Request: What you asked for next, and how it was received. ',
    ]);
    expect(all.slice(trust + 5, trust + 9)).toEqual([
      `H1 ${AREA_TITLES[2]}`,
      'Each company leadership training you attend: its name, the date and what you took away.',
      `H3 ${TODAY} · Training`,
      'Recorded by: Sponsoring manager · Training',
    ]);
    expect(reply.report.areas.map(area => area.drafts.length)).toEqual([
      0, 1, 1, 0, 0,
    ]);
  });

  it('at the same moment, past the wait: the second gets "try again", the first entry is whole', () => {
    const {document, locks, candidate, manager} = twoPeople();
    locks.holdByAnotherExecution('document');
    const before = snapshot(document);

    const error = failure(() =>
      addEvidence(manager, {
        sectionId: 'leadership-training',
        kindId: 'training',
      }),
    );
    expect(error.message).toMatch(/try again/);
    expect(snapshot(document)).toEqual(before);

    locks.releaseByAnotherExecution('document');
    addEvidence(candidate, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    addEvidence(manager, {
      sectionId: 'leadership-training',
      kindId: 'training',
    });
    expect(
      lines(document).filter(line => line.startsWith('Recorded by:')),
    ).toEqual([
      'Recorded by: Candidate · Training',
      'Recorded by: Sponsoring manager · Training',
    ]);
  });
});
