import type {DocumentModel, IsoDate} from '../../src/core/document-model';
import type {Timeline} from '../../src/core/timeline';
import {
  addEntry,
  addEvidence,
  check,
  indexOfText,
  replace,
  setUp,
  h3,
  TODAY,
} from './fixtures';

/** The timeline as the readiness check reports it. */
function timelineOf(model: DocumentModel, today: IsoDate = TODAY): Timeline {
  return check(model, today).timeline;
}

function area(timeline: Timeline, areaId: string) {
  const found = timeline.areas.find(candidate => candidate.areaId === areaId);
  if (!found) throw new Error(`no area ${areaId}`);
  return found;
}

describe('the timeline of evidence', () => {
  it('has nothing to chart on a freshly set-up Doc, and says so', () => {
    const timeline = timelineOf(setUp());
    expect(timeline.months).toEqual([]);
    expect(timeline.description).toBe(
      'No dated evidence yet, so there is nothing to chart.',
    );
  });

  it('counts real evidence per area in the month of its date, up to this month', () => {
    let model = setUp();
    model = addEvidence(model, 'leadership-training', {today: '2026-09-03'});
    model = addEvidence(model, 'leadership-training', {today: '2026-11-20'});
    model = addEvidence(model, 'one-on-one-log', {today: '2026-09-10'});
    model = addEvidence(model, 'one-on-one-log', {today: '2026-09-17'});
    const timeline = timelineOf(model);
    expect(timeline.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(area(timeline, 'leadership-training').perMonth).toEqual([1, 0, 1]);
    expect(area(timeline, 'performance-review').perMonth).toEqual([0, 0, 0]);
    expect(timeline.oneOnOnes.perMonth).toEqual([2, 0, 0]);
    expect(timeline.description).toContain(
      'Evidence by month, Sep 2026 to Nov 2026.',
    );
    // Each count is named by its month: the area's months with evidence, every month of the log.
    expect(timeline.description).toContain(
      'Leadership training: 2 entries (1 in Sep 2026, 1 in Nov 2026), evidenced on 2026-09-03.',
    );
    expect(timeline.description).toContain(
      'Performance review: no dated entries, not evidenced by dated entries yet.',
    );
    expect(timeline.description).toContain(
      'One-on-one log: 2 in Sep 2026, none in Oct 2026, none in Nov 2026; 1 long gap.',
    );
  });

  it('leaves drafts out: only real writing is evidence', () => {
    const drafted = addEntry(setUp(), 'leadership-training', {
      today: '2026-11-02',
      kindId: 'training',
    }).model;
    expect(timelineOf(drafted).months).toEqual([]);
  });

  it('dates an area "each criterion" when its last criterion was first covered', () => {
    let model = setUp();
    model = addEvidence(model, 'performance-review', {
      criterionId: 'review-conversations',
      today: '2026-10-15',
    });
    expect(area(timelineOf(model), 'performance-review').evidencedOn).toBe(
      null,
    );
    model = addEvidence(model, 'performance-review', {
      criterionId: 'review-documentation',
      today: '2026-11-05',
    });
    // A second entry on the first criterion, earlier, changes nothing.
    model = addEvidence(model, 'performance-review', {
      criterionId: 'review-conversations',
      today: '2026-06-01',
    });
    const timeline = timelineOf(model);
    expect(area(timeline, 'performance-review').evidencedOn).toBe('2026-11-05');
    expect(check(model).areas[0].status).toBe('evidenced');
  });

  it('follows a date a person edits, in the forms people type', () => {
    let model = addEvidence(setUp(), 'leadership-training', {
      today: '2026-11-20',
    });
    const heading = indexOfText(model, '2026-11-20');
    model = replace(model, heading, () => h3('3 March 2026 · Training'));
    const timeline = timelineOf(model);
    expect(timeline.months[0]).toBe('2026-03');
    expect(area(timeline, 'leadership-training').perMonth[0]).toBe(1);
    expect(area(timeline, 'leadership-training').evidencedOn).toBe(
      '2026-03-03',
    );
  });

  it('counts undated and future-dated entries apart, and says so', () => {
    let model = addEvidence(setUp(), 'leadership-training', {
      today: '2026-11-20',
    });
    model = addEvidence(model, 'leadership-skills', {today: '2026-10-01'});
    const undated = indexOfText(model, '2026-10-01');
    model = replace(model, undated, () => h3('Mentoring session'));
    model = addEvidence(model, 'one-on-one-log', {today: '2027-01-05'});
    const timeline = timelineOf(model);
    expect(timeline.months).toEqual(['2026-11']);
    expect(timeline.future).toBe(1);
    expect(timeline.description).toContain(
      '1 entry is dated in the future and not charted.',
    );
    // The undated entry still counts for readiness; the chart says it is not drawn.
    expect(check(model).areas[3].status).toBe('evidenced');
    expect(area(timeline, 'leadership-skills').evidencedOn).toBe(null);
    expect(timeline.undated).toBe(1);
    expect(timeline.description).toContain(
      '1 entry has no date and is not charted.',
    );
  });

  it('charts the last year at most, and counts what is older', () => {
    let model = setUp();
    model = addEvidence(model, 'leadership-training', {today: '2024-05-01'});
    model = addEvidence(model, 'leadership-training', {today: '2026-11-01'});
    const timeline = timelineOf(model);
    expect(timeline.months).toHaveLength(13);
    expect(timeline.months[0]).toBe('2025-11');
    expect(timeline.months[12]).toBe('2026-11');
    expect(timeline.earlier).toBe(1);
    // The area was evidenced long before the chart starts: the day is still right.
    expect(area(timeline, 'leadership-training').evidencedOn).toBe(
      '2024-05-01',
    );
  });

  it('names the one-on-one log’s long gaps from the readiness check', () => {
    let model = setUp();
    model = addEvidence(model, 'one-on-one-log', {today: '2026-10-01'});
    model = addEvidence(model, 'one-on-one-log', {today: '2026-11-20'});
    const timeline = timelineOf(model);
    expect(timeline.oneOnOnes.perMonth).toEqual([1, 1]);
    expect(timeline.description).toContain(
      'One-on-one log: 1 in Oct 2026, 1 in Nov 2026; 1 long gap.',
    );
  });

  it('ends at the last month a date can have', () => {
    const model = addEvidence(setUp(), 'leadership-training', {
      today: '9999-11-30',
    });
    expect(timelineOf(model, '9999-12-31').months).toEqual([
      '9999-11',
      '9999-12',
    ]);
  });
});
