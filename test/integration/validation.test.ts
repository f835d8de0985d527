/**
 * Every value that reaches a server function comes from a browser: a malformed one gets a clear
 * Error, and the Doc (and the user's role) stay exactly as they were.
 */
import * as api from '../../src/server/api';
import {
  TODAY,
  addEvidence,
  execute,
  failure,
  setUpRuntime,
  snapshot,
} from './fixture';

const GOOD_EVIDENCE = {
  today: TODAY,
  sectionId: 'leadership-training',
  criterionId: null,
  kindId: 'training',
};

interface BadCall {
  what: string;
  call: () => unknown;
  message: RegExp;
}

const BAD_CALLS: BadCall[] = [
  // Not an object at all.
  ...[null, undefined, 'leadership-training', 42, [GOOD_EVIDENCE]].map(
    value => ({
      what: `addEvidence(${JSON.stringify(value) ?? 'undefined'})`,
      call: () => api.addEvidence(value),
      message: /malformed \(expected an object\)/,
    }),
  ),
  // today
  {
    what: 'missing today',
    call: () => api.addEvidence({...GOOD_EVIDENCE, today: undefined}),
    message: /"today" must be a date written YYYY-MM-DD/,
  },
  {
    what: "today '2026-02-30'",
    call: () => api.addEvidence({...GOOD_EVIDENCE, today: '2026-02-30'}),
    message: /"today" is not a real calendar date: 2026-02-30/,
  },
  {
    what: 'today as a Date-like string',
    call: () =>
      api.addEvidence({...GOOD_EVIDENCE, today: 'Tue Nov 24 2026 10:00:00'}),
    message: /"today" must be a date written YYYY-MM-DD/,
  },
  {
    what: 'today as an ISO timestamp',
    call: () =>
      api.addEvidence({...GOOD_EVIDENCE, today: '2026-11-24T00:00:00.000Z'}),
    message: /"today" must be a date written YYYY-MM-DD/,
  },
  {
    what: 'today as a Date object',
    call: () =>
      api.addEvidence({...GOOD_EVIDENCE, today: new Date(2026, 10, 24)}),
    message: /"today" must be a date written YYYY-MM-DD/,
  },
  {
    what: 'today as a number',
    call: () => api.addEvidence({...GOOD_EVIDENCE, today: 20261124}),
    message: /"today" must be a date written YYYY-MM-DD/,
  },
  {
    what: "today '2026-13-01'",
    call: () => api.getSidebarState({today: '2026-13-01'}),
    message: /not a real calendar date/,
  },
  // ids
  {
    what: 'unknown sectionId',
    call: () => api.addEvidence({...GOOD_EVIDENCE, sectionId: 'hobbies'}),
    message: /no program section "hobbies"/,
  },
  {
    what: 'the review section (it takes no evidence)',
    call: () => api.addEvidence({...GOOD_EVIDENCE, sectionId: 'review'}),
    message: /no program section "review"/,
  },
  {
    what: 'sectionId "constructor"',
    call: () => api.addEvidence({...GOOD_EVIDENCE, sectionId: 'constructor'}),
    message: /no program section "constructor"/,
  },
  {
    what: 'sectionId "__proto__"',
    call: () => api.addEvidence({...GOOD_EVIDENCE, sectionId: '__proto__'}),
    message: /"sectionId" must be a known identifier/,
  },
  {
    what: 'criterion of another section',
    call: () =>
      api.addEvidence({...GOOD_EVIDENCE, criterionId: 'building-trust'}),
    message: /has no criterion "building-trust"/,
  },
  {
    what: 'criterion as a number',
    call: () => api.addEvidence({...GOOD_EVIDENCE, criterionId: 7}),
    message: /"criterionId" must be a known identifier/,
  },
  {
    what: 'kind not offered in the section',
    call: () => api.addEvidence({...GOOD_EVIDENCE, kindId: 'scpa'}),
    message: /does not offer entries of kind "scpa"/,
  },
  {
    what: 'unknown kind',
    call: () => api.addEvidence({...GOOD_EVIDENCE, kindId: 'poem'}),
    message: /does not offer entries of kind "poem"/,
  },
  {
    what: 'missing kind',
    call: () => api.addEvidence({...GOOD_EVIDENCE, kindId: undefined}),
    message: /"kindId" must be a known identifier/,
  },
  {
    what: 'oversized sectionId',
    call: () =>
      api.addEvidence({...GOOD_EVIDENCE, sectionId: 'a'.repeat(100_000)}),
    message: /"sectionId" must be a known identifier/,
  },
  {
    what: 'HTML in an id',
    call: () =>
      api.addEvidence({...GOOD_EVIDENCE, kindId: '<img src=x onerror=1>'}),
    message: /"kindId" must be a known identifier/,
  },
  // jumpTo
  {
    what: 'jumpTo entryIndex -1',
    call: () =>
      api.jumpTo({
        today: TODAY,
        target: {sectionId: 'one-on-ones', entryIndex: -1},
      }),
    message: /"target.entryIndex" must be a whole number from 0/,
  },
  {
    what: 'jumpTo entryIndex 1.5',
    call: () =>
      api.jumpTo({
        today: TODAY,
        target: {sectionId: 'one-on-ones', entryIndex: 1.5},
      }),
    message: /"target.entryIndex" must be a whole number/,
  },
  {
    what: "jumpTo entryIndex '0'",
    call: () =>
      api.jumpTo({
        today: TODAY,
        target: {sectionId: 'one-on-ones', entryIndex: '0'},
      }),
    message: /"target.entryIndex" must be a whole number/,
  },
  {
    what: 'jumpTo without a target',
    call: () => api.jumpTo({today: TODAY}),
    message: /jump target request is malformed/,
  },
  // setRole
  {
    what: "role 'boss'",
    call: () => api.setRole({today: TODAY, role: 'boss'}),
    message: /"role" must be one of: candidate, manager/,
  },
  {
    what: "role 'Candidate' (case matters)",
    call: () => api.setRole({today: TODAY, role: 'Candidate'}),
    message: /"role" must be one of: candidate, manager/,
  },
  {
    what: 'role as a non-object request',
    call: () => api.setRole('manager'),
    message: /role request is malformed/,
  },
  // the other actions
  {
    what: 'setUpDocument without today',
    call: () => api.setUpDocument({}),
    message: /"today" must be a date/,
  },
  {
    what: "insertReadinessSummary '2026-02-29' (not a leap year)",
    call: () => api.insertReadinessSummary({today: '2026-02-29'}),
    message: /not a real calendar date/,
  },
  {
    what: 'getSidebarState(null)',
    call: () => api.getSidebarState(null),
    message: /sidebar request is malformed/,
  },
];

describe('Validation: a malformed request gets a clear error and changes nothing', () => {
  it.each(BAD_CALLS)('$what', ({call, message}) => {
    const runtime = setUpRuntime('candidate');
    addEvidence(runtime, {sectionId: 'one-on-ones', kindId: 'general'});
    const before = snapshot(runtime.document);
    const properties = JSON.stringify(runtime.properties.toJSON());

    const error = execute(runtime, () => failure(call));

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(message);
    expect(snapshot(runtime.document)).toEqual(before);
    expect(JSON.stringify(runtime.properties.toJSON())).toBe(properties);
  });

  it('a leap day is a real date', () => {
    const runtime = setUpRuntime('candidate');
    const reply = execute(runtime, () =>
      api.addEvidence({...GOOD_EVIDENCE, today: '2028-02-29'}),
    );
    expect(reply.today).toBe('2028-02-29');
  });

  it('a request rejected inside the document lock releases the lock', () => {
    const runtime = setUpRuntime('candidate');
    execute(runtime, () => {
      failure(() =>
        api.addEvidence({...GOOD_EVIDENCE, criterionId: 'building-trust'}),
      );
      // Still in the same execution: the lock must already be free.
      expect(runtime.locks.isHeld('document')).toBe(false);
    });
  });

  it('extra fields in a request are ignored, not written anywhere', () => {
    const runtime = setUpRuntime('candidate');
    const reply = execute(runtime, () =>
      api.addEvidence({
        ...GOOD_EVIDENCE,
        recorder: 'manager',
        html: '<b>x</b>',
      }),
    );
    expect(JSON.stringify(runtime.document.toJSON())).not.toContain('<b>');
    expect(JSON.stringify(runtime.document.toJSON())).toContain(
      'Recorded by: Candidate',
    );
    expect(reply.role).toBe('candidate');
  });
});
