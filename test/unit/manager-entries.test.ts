/**
 * Who stands behind the evidence: an entry the sponsoring manager recorded is the manager's own
 * word (confirmed, never one to confirm), and writing typed under an area's heading without the
 * add-on is evidence with no entry to confirm, so what is left says what to do about it.
 */
import {planConfirmEntry} from '../../src/core/completion-plans';
import type {DocumentModel} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {
  addEvidence,
  areaOf,
  check,
  confirmEntry,
  indexOfText,
  insertAt,
  para,
  remove,
  replace,
  runs,
  setUp,
  TODAY,
  typeOver,
} from './fixtures';

const LONG =
  'I ran the leadership training follow-up session for the whole team and wrote down three changes.';

const NOTHING_TO_CONFIRM =
  '(its writing was typed without Add evidence, so there is no entry to confirm: add one for the sponsoring manager to confirm, or the sponsoring manager adds their own)';

/** The program with two confirmed entries needed for leadership training. */
const TWO_NEEDED = {
  ...PROGRAM,
  areas: PROGRAM.areas.map(area =>
    area.id === 'leadership-training'
      ? {...area, confirmedEntriesNeeded: 2}
      : area,
  ),
};

const byManager = (model: DocumentModel = setUp()) =>
  addEvidence(
    model,
    'leadership-training',
    {kindId: 'training', role: 'manager'},
    LONG,
  );

const trainingLeft = (model: DocumentModel) =>
  check(model).verdict.left.filter(line =>
    line.startsWith('Leadership training:'),
  );

const selfReported = (model: DocumentModel) =>
  check(model).hints.filter(
    hint =>
      hint.kind === 'self-reported' && hint.areaId === 'leadership-training',
  );

describe('an entry recorded by the sponsoring manager', () => {
  it('counts as confirmed, is not offered to confirm, and is not self-reported', () => {
    const model = byManager();
    expect(areaOf(check(model), 'leadership-training')).toMatchObject({
      evidenceCount: 1,
      recordedBy: {candidate: 0, manager: 1, unknown: 0},
      confirmedCount: 1,
      selfReportedCount: 0,
      toConfirm: [],
    });
    expect(trainingLeft(model)).toEqual([]);
    expect(selfReported(model)).toEqual([]);
  });

  it("stays the manager's word after the manager or anyone edits it", () => {
    const model = byManager();
    const heading = indexOfText(model, '2026-11-24 · Training');
    const edited = typeOver(model, heading + 3, 'Also on 2026-11-30.');
    expect(areaOf(check(edited), 'leadership-training')).toMatchObject({
      confirmedCount: 1,
      changedSinceConfirmed: 0,
      toConfirm: [],
    });
    // The meta line re-cased: still the manager's.
    const recased = replace(model, heading + 1, block =>
      runs(block.heading, {text: block.text.toUpperCase()}),
    );
    expect(areaOf(check(recased), 'leadership-training').confirmedCount).toBe(
      1,
    );
  });

  it('is self-reported again, and can be confirmed, once its meta line is deleted', () => {
    const model = byManager();
    const heading = indexOfText(model, '2026-11-24 · Training');
    const anonymous = remove(model, heading + 1);
    const area = areaOf(check(anonymous), 'leadership-training');
    expect(area).toMatchObject({confirmedCount: 0, selfReportedCount: 1});
    expect(area.toConfirm).toHaveLength(1);
    expect(trainingLeft(anonymous)).toEqual([
      'Leadership training: no entry confirmed by the sponsoring manager yet',
    ]);
  });

  it('counts beside the candidate’s own entries, which are still to confirm', () => {
    const model = byManager(
      addEvidence(setUp(), 'leadership-training', {kindId: 'training'}, LONG),
    );
    const area = areaOf(check(model), 'leadership-training');
    expect(area).toMatchObject({confirmedCount: 1, selfReportedCount: 1});
    expect(area.toConfirm.map(entry => entry.entryIndex)).toEqual([0]);
  });

  it('needs no confirmation line: confirming it writes nothing', () => {
    const model = byManager();
    const plan = planConfirmEntry(model, PROGRAM, {
      sectionId: 'leadership-training',
      entryIndex: 0,
      title: '2026-11-24 · Training',
      today: '2026-11-24',
    });
    expect(plan).toEqual({
      insertions: [],
      description:
        'This entry was recorded by the sponsoring manager: it counts as confirmed.',
    });
  });
});

describe('writing typed under an area without the add-on', () => {
  const typed = () => {
    const model = setUp();
    const at =
      indexOfText(model, 'Participate in Company Leadership Training') + 2;
    return insertAt(model, at, para(LONG));
  };

  it('says there is no entry to confirm and what to do, in what is left and the hint', () => {
    const model = typed();
    expect(areaOf(check(model), 'leadership-training')).toMatchObject({
      status: 'evidenced',
      confirmedCount: 0,
      toConfirm: [],
    });
    expect(trainingLeft(model)).toEqual([
      `Leadership training: no entry confirmed by the sponsoring manager yet ${NOTHING_TO_CONFIRM}`,
    ]);
    expect(selfReported(model).map(hint => hint.text)).toEqual([
      `Leadership training: its evidence is self-reported; none is confirmed by the sponsoring manager yet ${NOTHING_TO_CONFIRM}`,
    ]);
  });

  it('is settled by the manager’s own entry, or by an entry the manager confirms', () => {
    const own = byManager(typed());
    expect(trainingLeft(own)).toEqual([]);
    expect(selfReported(own)).toEqual([]);

    const added = addEvidence(
      typed(),
      'leadership-training',
      {kindId: 'training'},
      LONG,
    );
    // An entry to confirm: the usual line, without the explanation.
    expect(trainingLeft(added)).toEqual([
      'Leadership training: no entry confirmed by the sponsoring manager yet',
    ]);
    const confirmed = confirmEntry(added, 'leadership-training', 0);
    expect(trainingLeft(confirmed)).toEqual([]);
  });

  it('explains the count where an area needs more than one confirmed entry', () => {
    const model = byManager(typed());
    const left = check(model, TODAY, TWO_NEEDED).verdict.left;
    expect(left).toContain(
      `Leadership training: 1 of 2 entries confirmed by the sponsoring manager ${NOTHING_TO_CONFIRM}`,
    );
  });

  it('is not blamed where there is none: one confirmed entry of two needed, and nothing else', () => {
    const trainingLeftIn = (model: DocumentModel) =>
      check(model, TODAY, TWO_NEEDED).verdict.left.filter(line =>
        line.startsWith('Leadership training:'),
      );
    const counted =
      'Leadership training: 1 of 2 entries confirmed by the sponsoring manager';
    // The manager's own entry, or the candidate's entry the manager confirmed: all there is.
    const own = byManager();
    const confirmed = confirmEntry(
      addEvidence(setUp(), 'leadership-training', {kindId: 'training'}, LONG),
      'leadership-training',
      0,
    );
    for (const model of [own, confirmed]) {
      expect(areaOf(check(model), 'leadership-training')).toMatchObject({
        status: 'evidenced',
        toConfirm: [],
      });
      expect(trainingLeftIn(model)).toEqual([counted]);
    }
  });
});
