/**
 * The weekly rhythm from the program's start, on the emulated Doc: the manager fills in the
 * participants block's start date, and the first one-on-one, months later, is flagged as a gap
 * from that date; the timeline in the reply starts in the start's month.
 * https://developers.google.com/apps-script/reference/document/text#insertText(Integer,String)
 */
import type {Runtime} from '../../dev/emulator/runtime';
import {
  addEvidence,
  indexOfLine,
  setUpRuntime,
  state,
  typeOverPrompt,
} from './fixture';

const TODAY = '2026-12-02';

function logEntry(runtime: Runtime, day: string): void {
  addEvidence(runtime, {
    sectionId: 'one-on-one-log',
    kindId: 'one-on-one-log',
    today: day,
  });
  const heading = indexOfLine(runtime.document, `H3 ${day} · One-on-one`);
  typeOverPrompt(runtime, 'Topics', `Topics of ${day}.`, heading);
}

describe('the one-on-one rhythm from the start date', () => {
  it('flags the months before the first one-on-one, and the timeline starts at the start', () => {
    const runtime = setUpRuntime('manager');
    logEntry(runtime, TODAY);
    const before = state(runtime, TODAY).report;
    expect(before.oneOnOnes.gaps).toEqual([]);
    expect(before.timeline.months).toEqual(['2026-12']);

    typeOverPrompt(runtime, 'Start date', '2026-09-01');
    const after = state(runtime, TODAY).report;
    expect(after.oneOnOnes.gaps).toEqual([
      {from: '2026-09-01', to: TODAY, days: 92},
    ]);
    expect(after.verdict.flagged).toContain(
      'One-on-one log: 92-day gap (2026-09-01 to 2026-12-02)',
    );
    expect(after.timeline.months).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(after.timeline.description).not.toContain('no long gaps');

    // A start date still to come is not the program's start yet.
    typeOverPrompt(runtime, 'Start date', '2027-01-04');
    expect(state(runtime, TODAY).report.oneOnOnes.gaps).toEqual([]);
  });
});
