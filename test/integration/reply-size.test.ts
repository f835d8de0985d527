/**
 * What a reply weighs (issue 11): google.script.run carries each reply as JSON, so it stays at most
 * MAX_REPLY_KB on a Doc of 1,000 Body elements (about a year of use) and does not grow with the
 * drafts a long-used Doc gathers. The program never travels: it is built into the sidebar.
 */
import {generateDocument} from '../../bench/generate';
import {EmulatedDocument} from '../../dev/emulator/document/model';
import type {Runtime} from '../../dev/emulator/runtime';
import type {SidebarState} from '../../src/contract';
import {PROGRAM} from '../../src/core/program-data';
import {MAX_LISTED_DRAFTS} from '../../src/core/readiness';
import * as api from '../../src/server/api';
import {TODAY, chooseRole, execute, runtimeFor} from './fixture';

/** The bar of issue 11 (also bench/run.ts MAX_REPLY_KB). */
const MAX_REPLY_KB = 16;

function trackingDoc(elements: number): Runtime {
  const runtime = runtimeFor(
    EmulatedDocument.fromBlocks(generateDocument(PROGRAM, elements)),
  );
  chooseRole(runtime, 'candidate');
  return runtime;
}

function kilobytes(reply: SidebarState): number {
  return Buffer.byteLength(JSON.stringify(reply)) / 1024;
}

describe(`Replies stay under ${MAX_REPLY_KB} KB at 1,000 elements`, () => {
  const runtime = trackingDoc(1_000);

  it('opening the sidebar (a readiness check)', () => {
    const reply = execute(runtime, () => api.getSidebarState({today: TODAY}));
    expect(reply.documentReady).toBe(true);
    expect(kilobytes(reply)).toBeLessThanOrEqual(MAX_REPLY_KB);
    expect(reply).not.toHaveProperty('program');
  });

  it('Add evidence', () => {
    const reply = execute(runtime, () =>
      api.addEvidence({
        today: TODAY,
        sectionId: 'leadership-skills',
        criterionId: 'recruiting',
        kindId: 'general',
      }),
    );
    expect(reply.notice?.tone).toBe('success');
    expect(kilobytes(reply)).toBeLessThanOrEqual(MAX_REPLY_KB);
  });
});

describe('Drafts do not grow the reply', () => {
  it('lists at most the newest drafts and each criterion’s newest, and counts them all', () => {
    const reply = execute(trackingDoc(10_000), () =>
      api.getSidebarState({today: TODAY}),
    );
    const sections = [...reply.report.areas, reply.report.oneOnOnes];
    const criteria = new Map(
      reply.report.areas.map(area => [area.areaId, area.criteria.length]),
    );
    expect(sections.some(s => s.draftCount > MAX_LISTED_DRAFTS)).toBe(true);
    reply.report.areas.forEach(area =>
      expect(area.drafts.length).toBeLessThanOrEqual(
        MAX_LISTED_DRAFTS + (criteria.get(area.areaId) ?? 0),
      ),
    );
    expect(reply.report.oneOnOnes.drafts).toHaveLength(MAX_LISTED_DRAFTS);
  });
});
