/**
 * LockService: https://developers.google.com/apps-script/reference/lock/lock-service and
 * https://developers.google.com/apps-script/reference/lock/lock.
 */
import {
  LOCK_TIMEOUT_MESSAGE,
  LockRegistry,
  type Lock,
} from '../../dev/emulator/lock';
import {Services} from '../../dev/emulator/services';

/** The document lock of a script running in a Doc (never null there). */
function documentLock(services: Services): Lock {
  const lock = services.globals.LockService.getDocumentLock();
  if (!lock) throw new Error('Expected a document lock in a Doc.');
  return lock;
}

describe('Lock', () => {
  it('waitLock acquires a free lock; hasLock is true until releaseLock', () => {
    const lock = documentLock(new Services());
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(30000);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('waitLock on a lock held by another execution throws the real timeout error', () => {
    const services = new Services();
    services.locks.holdByAnotherExecution('document');
    const lock = documentLock(services);
    expect(() => lock.waitLock(10000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    expect(services.locks.waits).toEqual([
      {scope: 'document', waitedMs: 10000, acquired: false},
    ]);
  });

  it('tryLock returns false instead of throwing', () => {
    const services = new Services();
    services.locks.holdByAnotherExecution('script');
    expect(services.globals.LockService.getScriptLock().tryLock(500)).toBe(
      false,
    );
  });

  it('a lock the other execution lets go of within the timeout is acquired after waiting', () => {
    const services = new Services();
    services.locks.holdByAnotherExecution('document', {releaseAfterMs: 2000});
    const lock = documentLock(services);
    lock.waitLock(10000);
    expect(lock.hasLock()).toBe(true);
    expect(services.locks.waits).toEqual([
      {scope: 'document', waitedMs: 2000, acquired: true},
    ]);
  });

  it('two runtimes sharing a registry contend for the same document lock', () => {
    const locks = new LockRegistry();
    const first = new Services({locks, userEmail: 'candidate@example.com'});
    const second = new Services({locks, userEmail: 'manager@example.com'});
    documentLock(first).waitLock(1000);
    expect(documentLock(second).tryLock(1000)).toBe(false);
    first.endExecution();
    expect(documentLock(second).tryLock(1000)).toBe(true);
  });

  it('user locks are per user; the script lock is shared', () => {
    const locks = new LockRegistry();
    const a = new Services({locks, userEmail: 'a@example.com'});
    const b = new Services({locks, userEmail: 'b@example.com'});
    a.globals.LockService.getUserLock().waitLock(1);
    expect(b.globals.LockService.getUserLock().tryLock(1)).toBe(true);
  });

  it('"Locks are released automatically when the script terminates"', () => {
    const services = new Services();
    documentLock(services).waitLock(1);
    expect(services.locks.isHeld('document')).toBe(true);
    services.endExecution();
    expect(services.locks.isHeld('document')).toBe(false);
  });

  it('waitLock takes a number of milliseconds', () => {
    const lock = documentLock(new Services());
    expect(() => lock.waitLock('10' as never)).toThrow(
      "The parameters (String) don't match the method signature for Lock.waitLock.",
    );
  });
});

describe('LockService.getDocumentLock outside a document', () => {
  it('returns null: "If this method is called outside of the context of a containing document (such as from a standalone script or webapp), null is returned." (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())', () => {
    const services = new Services({inDocument: false});
    expect(services.globals.LockService.getDocumentLock()).toBeNull();
    // The other locks are still there.
    expect(services.globals.LockService.getScriptLock().tryLock(1)).toBe(true);
  });
});
