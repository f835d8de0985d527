/**
 * The weekly one-on-one rhythm is asked for from the program's start: the first gap is measured
 * from the participants block's start date when it is filled in with a readable date not after
 * today, and the timeline starts there.
 */
import type {DocumentModel} from '../../src/core/document-model';
import {
  addEvidence,
  check,
  indexOfText,
  para,
  remove,
  replace,
  setUp,
} from './fixtures';

const TODAY = '2026-12-02';

function started(start: string | null, ...logDates: string[]): DocumentModel {
  let model = setUp();
  if (start !== null)
    model = replace(model, indexOfText(model, 'Start date'), () =>
      para(`Start date: ${start}`),
    );
  for (const today of logDates)
    model = addEvidence(model, 'one-on-one-log', {today});
  return model;
}

const logFlags = (model: DocumentModel) =>
  check(model, TODAY).verdict.flagged.filter(flag =>
    flag.startsWith('One-on-one log'),
  );

describe('the one-on-one rhythm from the start date', () => {
  it('flags the weeks from the start to the first one-on-one, and charts them', () => {
    const model = started('2026-09-01', TODAY);
    const report = check(model, TODAY);
    expect(report.oneOnOnes.gaps).toEqual([
      {from: '2026-09-01', to: TODAY, days: 92},
    ]);
    expect(logFlags(model)).toEqual([
      'One-on-one log: 92-day gap (2026-09-01 to 2026-12-02)',
    ]);
    expect(report.timeline.months).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(report.timeline.oneOnOnes.perMonth).toEqual([0, 0, 0, 1]);
  });

  it('reads the start date as people write it', () => {
    for (const written of [
      '1 Sep 2026',
      'September 1, 2026',
      '2026-09-01 (kick-off)',
    ])
      expect(check(started(written, TODAY), TODAY).oneOnOnes.gaps).toEqual([
        {from: '2026-09-01', to: TODAY, days: 92},
      ]);
  });

  it('is quiet when the first one-on-one came within the limit of the start', () => {
    const model = started('2026-11-20', TODAY);
    expect(check(model, TODAY).oneOnOnes.gaps).toEqual([]);
    expect(check(model, TODAY).timeline.months).toEqual(['2026-11', '2026-12']);
  });

  it.each([
    ['left as the placeholder', null],
    ['unreadable', 'soon after the reorg'],
    ['numeric, which reads two ways', '01/09/2026'],
    ['in the future', '2027-01-04'],
    ['after the first one-on-one', '2026-12-01'],
  ])('is not used when %s', (_, start) => {
    const model = started(start, '2026-11-30', TODAY);
    const report = check(model, TODAY);
    expect(report.oneOnOnes.gaps).toEqual([]);
    expect(report.timeline.months).toEqual(['2026-11', '2026-12']);
  });

  it('is not used once its line is deleted', () => {
    const model = started('2026-09-01', TODAY);
    const without = remove(model, indexOfText(model, 'Start date'));
    expect(check(without, TODAY).oneOnOnes.gaps).toEqual([]);
  });

  it('adds no gap to a log with no entries (it says it has none)', () => {
    const model = started('2026-09-01');
    expect(check(model, TODAY).oneOnOnes.gaps).toEqual([]);
    expect(logFlags(model)).toEqual(['One-on-one log: no entries yet']);
  });

  it('keeps the later gaps and the gap up to today as they were', () => {
    const model = started('2026-09-01', '2026-09-08', '2026-10-20');
    expect(check(model, TODAY).oneOnOnes.gaps).toEqual([
      {from: '2026-09-08', to: '2026-10-20', days: 42},
      {from: '2026-10-20', to: TODAY, days: 43},
    ]);
  });
});
