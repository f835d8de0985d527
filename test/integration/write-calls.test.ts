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
import * as completion from '../../src/server/completion-api';
import {SUMMARY_LABELS} from '../../src/core/entries';
import {TODAY, chooseRole, execute, lines, runtimeFor, state} from './fixture';

/**
 * The bar of issue 11 for every write (also bench/run.ts MAX_ADD_BEYOND_READ). Insert readiness
 * summary is held to it too when it replaces the same day's summary at its longest (heading,
 * verdict, open actions, table, log, stage, history): it writes the new lines, then removes each
 * old one through the element the read got (one call a line), 29 calls in all today.
 */
const MAX_CALLS_BEYOND_READ = 30;

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
      expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
    }
  });

  it('Set up on a complete Doc', () => {
    const calls = callsBeyondRead(runtime, () =>
      api.setUpDocument({today: TODAY}),
    );
    expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });
});

describe("Replacing the same day's summary costs one read plus at most the same bar, at any length", () => {
  const insert = () => api.insertReadinessSummary({today: TODAY});
  const recordActions = (runtime: Runtime, actions: string[]) =>
    execute(runtime, () =>
      completion.recordReviewOutcome({
        today: TODAY,
        outcome: 'further-actions',
        actions,
      }),
    );
  /** The lines of today's summary: from its heading to the History line. */
  const summaryLines = (runtime: Runtime): string[] => {
    const all = lines(runtime.document);
    const heading = all.findIndex(line =>
      line.endsWith(`Readiness summary — ${TODAY}`),
    );
    const history = all.findIndex(
      (line, index) =>
        index > heading && line.startsWith(`${SUMMARY_LABELS.history}:`),
    );
    return all.slice(heading, history + 1);
  };

  it('at its longest (a review’s actions and history), replaced by a different one of the same length', () => {
    const runtime = trackingDoc();
    chooseRole(runtime, 'manager');
    recordActions(runtime, ['Run the next retrospective on your own']);
    execute(runtime, insert);
    expect(summaryLines(runtime)).toHaveLength(7);

    execute(runtime, () =>
      completion.markActionDone({
        today: TODAY,
        action: 'Run the next retrospective on your own',
      }),
    );
    const calls = callsBeyondRead(runtime, insert);

    const summary = summaryLines(runtime);
    expect(summary).toHaveLength(7);
    expect(summary[3]).toContain(
      `Run the next retrospective on your own (marked done on ${TODAY})`,
    );
    expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });

  it('after several reviews: every round in one line, so replacing still costs the same bar', () => {
    const runtime = trackingDoc();
    chooseRole(runtime, 'manager');
    recordActions(runtime, ['Run the next retrospective on your own']);
    recordActions(runtime, ['Lead the next planning meeting']);
    execute(runtime, insert);
    recordActions(runtime, ['Hold a feedback conversation with a peer']);
    const calls = callsBeyondRead(runtime, insert);

    const summary = summaryLines(runtime);
    expect(summary).toHaveLength(7);
    expect(
      summary[3].split('Outcome of the leadership review on').length - 1,
    ).toBe(3);
    expect(calls).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });

  it('growing (a review’s line appears) and shrinking (it goes, deleted by hand) by a line', () => {
    const runtime = trackingDoc();
    chooseRole(runtime, 'manager');
    execute(runtime, insert);
    expect(summaryLines(runtime)).toHaveLength(6);

    recordActions(runtime, ['Run the next retrospective on your own']);
    const growing = callsBeyondRead(runtime, insert);
    expect(summaryLines(runtime)).toHaveLength(7);

    // Recorded by mistake: the manager deletes the decision and its action.
    execute(runtime, () => {
      const body = DocumentApp.getActiveDocument().getBody();
      for (let index = body.getNumChildren() - 1; index >= 0; index -= 1) {
        const child = body.getChild(index);
        if (child.getType() !== DocumentApp.ElementType.PARAGRAPH) continue;
        const text = child.asParagraph().getText();
        if (
          text.startsWith(`Leadership group decision on ${TODAY}`) ||
          text.startsWith(`Targeted action (${TODAY})`)
        )
          child.removeFromParent();
      }
    });
    const shrinking = callsBeyondRead(runtime, insert);
    expect(summaryLines(runtime)).toHaveLength(6);

    expect(growing).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
    expect(shrinking).toBeLessThanOrEqual(MAX_CALLS_BEYOND_READ);
  });
});
