/**
 * LockService and Lock.
 * References: https://developers.google.com/apps-script/reference/lock/lock-service and
 * https://developers.google.com/apps-script/reference/lock/lock ("waitLock: Attempts to acquire the
 * lock, timing out with an exception after the provided number of milliseconds"; "tryLock: …
 * timing out after the provided number of milliseconds" and returning false; "Locks are released
 * automatically when the script terminates").
 *
 * Everything here runs synchronously, so nothing real ever waits: contention comes from a
 * LockRegistry that a test (or a second runtime sharing the registry) fills, and waiting is
 * simulated and recorded.
 */
import {checkSignature, isNumber} from './arguments';
import type {EmulationContext} from './context';
import {emulate} from './service-calls';

/** The message Apps Script's waitLock throws on timeout. */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** 'document', 'script', or 'user:<email>' (a user lock is per user). */
export type LockScope = string;

const ANOTHER_EXECUTION = 'another execution';

interface Holding {
  holder: object | typeof ANOTHER_EXECUTION;
  /** For another execution: after how many ms of waiting it lets go (null: not before timeout). */
  releaseAfterMs: number | null;
}

export interface LockWait {
  scope: LockScope;
  waitedMs: number;
  acquired: boolean;
}

/** Who holds each lock: shared by runtimes that stand for concurrent executions. */
export class LockRegistry {
  readonly #holdings = new Map<LockScope, Holding>();
  /** Every wait that found the lock held, for tests to inspect. */
  readonly waits: LockWait[] = [];

  /** Simulates another execution holding `scope`; it lets go after `releaseAfterMs` of waiting. */
  holdByAnotherExecution(
    scope: LockScope,
    options: {releaseAfterMs?: number} = {},
  ): void {
    this.#holdings.set(scope, {
      holder: ANOTHER_EXECUTION,
      releaseAfterMs: options.releaseAfterMs ?? null,
    });
  }

  /** The other execution finishes and lets go of `scope`. */
  releaseByAnotherExecution(scope: LockScope): void {
    if (this.#holdings.get(scope)?.holder === ANOTHER_EXECUTION)
      this.#holdings.delete(scope);
  }

  isHeld(scope: LockScope): boolean {
    return this.#holdings.has(scope);
  }

  holds(scope: LockScope, holder: object): boolean {
    return this.#holdings.get(scope)?.holder === holder;
  }

  tryAcquire(scope: LockScope, holder: object, timeoutMs: number): boolean {
    const holding = this.#holdings.get(scope);
    if (holding === undefined || holding.holder === holder) {
      this.#holdings.set(scope, {holder, releaseAfterMs: null});
      return true;
    }
    const releasedInTime =
      holding.releaseAfterMs !== null && holding.releaseAfterMs <= timeoutMs;
    const waitedMs = releasedInTime ? (holding.releaseAfterMs ?? 0) : timeoutMs;
    this.waits.push({scope, waitedMs, acquired: releasedInTime});
    if (releasedInTime)
      this.#holdings.set(scope, {holder, releaseAfterMs: null});
    return releasedInTime;
  }

  release(scope: LockScope, holder: object): void {
    if (this.holds(scope, holder)) this.#holdings.delete(scope);
  }
}

export class Lock {
  readonly #context: EmulationContext;
  readonly #registry: LockRegistry;
  readonly #scope: LockScope;

  constructor(
    context: EmulationContext,
    registry: LockRegistry,
    scope: LockScope,
  ) {
    this.#context = context;
    this.#registry = registry;
    this.#scope = scope;
    return emulate(this, 'Lock', context.calls);
  }

  hasLock(): boolean {
    return this.#registry.holds(this.#scope, this);
  }

  /** "This method has no effect if the lock has not been acquired." */
  releaseLock(): void {
    this.#registry.release(this.#scope, this);
  }

  tryLock(timeoutInMillis: number): boolean {
    checkSignature(
      this.#context,
      'Lock.tryLock',
      [timeoutInMillis],
      [isNumber],
    );
    return this.#registry.tryAcquire(this.#scope, this, timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    checkSignature(
      this.#context,
      'Lock.waitLock',
      [timeoutInMillis],
      [isNumber],
    );
    if (!this.#registry.tryAcquire(this.#scope, this, timeoutInMillis)) {
      throw this.#context.exception(LOCK_TIMEOUT_MESSAGE);
    }
  }
}

export class LockService {
  readonly #context: EmulationContext;
  readonly #registry: LockRegistry;
  readonly #userEmail: () => string;
  readonly #created: Lock[];
  readonly #inDocument: () => boolean;

  /**
   * `created` collects this execution's locks, so that ending the execution releases them;
   * `inDocument` says whether the script runs in the context of a containing document.
   */
  constructor(
    context: EmulationContext,
    registry: LockRegistry,
    userEmail: () => string,
    created: Lock[],
    inDocument: () => boolean = () => true,
  ) {
    this.#context = context;
    this.#registry = registry;
    this.#userEmail = userEmail;
    this.#created = created;
    this.#inDocument = inDocument;
    return emulate(this, 'LockService', context.calls);
  }

  /**
   * "If this method is called outside of the context of a containing document (such as from a
   * standalone script or webapp), null is returned."
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
   */
  getDocumentLock(): Lock | null {
    if (!this.#inDocument()) {
      this.#context.requireAuthorization('LockService.getDocumentLock');
      return null;
    }
    return this.#lock('getDocumentLock', 'document');
  }

  getScriptLock(): Lock {
    return this.#lock('getScriptLock', 'script');
  }

  getUserLock(): Lock {
    return this.#lock('getUserLock', `user:${this.#userEmail()}`);
  }

  #lock(method: string, scope: LockScope): Lock {
    this.#context.requireAuthorization(`LockService.${method}`);
    const lock = new Lock(this.#context, this.#registry, scope);
    this.#created.push(lock);
    return lock;
  }
}
