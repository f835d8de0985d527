/**
 * What writing costs (issue 11): Add evidence, Set up on a complete Doc and Insert readiness
 * summary each read the Doc once, at the cost of a readiness check, plus at most
 * MAX_CALLS_BEYOND_READ service calls (the writes, the lock, the role, the cursor). Counted through
 * the emulator's service-call counter, so the bar is deterministic (the benchmark prints the same
 * count by member; it times nothing here).
 */
import {generateDocument} from '../../bench/generate';
import {EmulatedDocument} from '../../dev/emulator/document/model';
import type {Runtime} from '../../dev/emulator/runtime';
import {evidenceSections} from '../../src/core/program';
import {PROGRAM} from '../../src/core/program-data';
import * as api from '../../src/server/api';
import {TODAY, chooseRole, execute, runtimeFor, state} from './fixture';

/** The bar of issue 11 for an entry (also bench/run.ts MAX_ADD_BEYOND_READ). */
const MAX_CALLS_BEYOND_READ = 30;
/**
 * The summary's own bar: a fixed number of lines, so a constant too, but replacing the same day's
 * summary removes each of its old lines before writing the new ones (about four calls a line for
 * its seven: heading, verdict, table, log, stage, history, and open actions when any).
 */
const MAX_SUMMARY_BEYOND_READ = 40;

/** A realistic tracking Doc of about 300 Body elements, as the benchmark generates them. */
function trackingDoc(): Runtime {
  const runtime = runtimeFor(
    EmulatedDocument.fromBlocks(generateDocument(PROGRAM, 300)),
  );
  chooseRole(runtime, 'candidate');
  return runtime;
}

/** Calls `action` makes beyond a readiness check of the Doc as it stood just before. */
function callsBeyondRead(runtime: Runtime, action: () => unknown): number {
  runtime.calls.reset();
  state(runtime);
  const read = runtime.calls.total;
  runtime.calls.reset();
  execute(runtime, action);
  return runtime.calls.total - read;
}

describe(`Writing costs one read plus at most ${MAX_CALLS_BEYOND_READ} service calls`, () => {
  const runtime = trackingDoc();

  const entries = evidenceSections(PROGRAM).flatMap(section =>
    section.kinds.map(kindId => [section.id, kindId]),
  );
  it.each(entries)('Add evidence to %s, kind %s', (sectionId, kindId) => {
    const section = evidenceSections(PROGRAM).find(
      candidate => candidate.id === sectionId,
    );
    const calls = callsBeyondRead(runtime, () =>
      api.addEvidence({
        today: TODAY,
        sectionId,
        criterionId: section?.criteria[0]?.id ?? null,
        kindId,
      }),
    );
    expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });

  it('Add evidence to the one-on-one log', () => {
    const calls = callsBeyondRead(runtime, () =>
      api.addEvidence({
        today: TODAY,
        sectionId: PROGRAM.oneOnOneLog.id,
        criterionId: null,
        kindId: PROGRAM.oneOnOneLog.kinds[0],
      }),
    );
    expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });

  it('Insert readiness summary, then again the same day (it replaces its own)', () => {
    for (let time = 0; time < 2; time += 1) {
      const calls = callsBeyondRead(runtime, () =>
        api.insertReadinessSummary({today: TODAY}),
      );
      expect(calls).toBeLessThanOrEqual(
        time === 0 ? MAX_CALLS_BEYOND_READ : MAX_SUMMARY_BEYOND_READ,
      );
    }
  });

  it('Set up on a complete Doc', () => {
    const calls = callsBeyondRead(runtime, () =>
      api.setUpDocument({today: TODAY}),
    );
    expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });
});
