/**
 * What happens after the locked write: the entry is never lost to a later step, and a second
 * readiness summary on the same day replaces the first instead of stacking a second table.
 */
import * as api from '../../src/server/api';
import {
  TODAY,
  area,
  execute,
  lines,
  setUpRuntime,
  state,
  withoutNotice,
} from './fixture';

describe('Add evidence when the cursor cannot be placed', () => {
  it('keeps the entry, replies with the new state, and names the entry for the sidebar to jump to', () => {
    const runtime = setUpRuntime();
    const before = lines(runtime.document).length;
    const reply = execute(runtime, () => {
      // Say Google refuses the cursor (the entry is already written by then).
      const documentApp = globalThis.DocumentApp;
      const cursorFails = new Proxy(documentApp, {
        get(target, property, receiver) {
          if (property === 'getActiveDocument') {
            return () =>
              new Proxy(target.getActiveDocument(), {
                get(document, member, documentReceiver) {
                  if (member === 'setCursor') {
                    return () => {
                      throw new Error('Cannot set the cursor');
                    };
                  }
                  return Reflect.get(
                    document,
                    member,
                    documentReceiver,
                  ) as unknown;
                },
              });
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      globalThis.DocumentApp = cursorFails;
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

    expect(lines(runtime.document).length).toBeGreaterThan(before);
    expect(area(reply, 'leadership-training').drafts).toHaveLength(1);
    // The reply names the new entry, so the sidebar can put the cursor there itself.
    const {unplacedCursor, ...rest} = reply;
    expect(unplacedCursor).toEqual({
      sectionId: 'leadership-training',
      entryIndex: 0,
    });
    expect(withoutNotice(rest)).toEqual(withoutNotice(state(runtime)));
  });
});

describe('Insert readiness summary twice on one day', () => {
  it("the second time replaces today's summary with the current one, and another day gets its own", () => {
    const runtime = setUpRuntime();
    const first = execute(runtime, () =>
      api.insertReadinessSummary({today: TODAY}),
    );
    const afterFirst = JSON.stringify(runtime.document.toJSON());
    const second = execute(runtime, () =>
      api.insertReadinessSummary({today: TODAY}),
    );

    expect(first.notice?.tone).toBe('success');
    expect(second.notice).toEqual({
      tone: 'success',
      text: `Readiness summary for ${TODAY} updated with the current check.`,
    });
    // Nothing changed in between: the current summary is the same, in the same place.
    expect(JSON.stringify(runtime.document.toJSON())).toBe(afterFirst);
    expect(
      lines(runtime.document).filter(line =>
        line.includes(`Readiness summary — ${TODAY}`),
      ),
    ).toHaveLength(1);
    // Another day gets its own summary.
    execute(runtime, () => api.insertReadinessSummary({today: '2026-11-25'}));
    expect(
      lines(runtime.document).filter(line =>
        line.includes('Readiness summary — '),
      ),
    ).toHaveLength(2);
  });
});
