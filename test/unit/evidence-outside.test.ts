/**
 * An entry names its criterion (and its kind), so it counts for that criterion's area wherever it
 * stands: a lost or emptied heading does not drop it, the check says where it sits, Go to finds it,
 * and Set up restores the heading above it. Set-up text never lands inside an area.
 */
import type {DocumentModel} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {DRAFT_TITLE_CHARS} from '../../src/core/readiness';
import {
  applyInsertions,
  findJumpTarget,
  planAddEvidence,
  planSetUp,
} from '../../src/core/setup';
import {
  addEvidence,
  areaOf,
  check,
  doc,
  addEntry,
  h1,
  h3,
  indexOfText,
  para,
  remove,
  replace,
  setUp,
  TODAY,
} from './fixtures';

const DEVELOPMENT = "Own the Team's Development Process";

/** A set-up Doc with two Development process entries and one Leadership skills entry. */
function withDevelopmentEvidence(): DocumentModel {
  let model = addEvidence(setUp(), 'leadership-skills', {
    criterionId: 'recruiting',
  });
  model = addEvidence(model, 'development-process', {
    criterionId: 'daily-stand-up',
  });
  return addEvidence(model, 'development-process', {
    criterionId: 'scpa-update',
    kindId: 'scpa',
  });
}

function withoutHeading(model: DocumentModel, title: string): DocumentModel {
  const heading = indexOfText(model, title);
  // The guidance line goes with it, as when someone deletes the top of the section.
  return remove(model, heading, heading + 1);
}

describe('entries whose area heading was deleted', () => {
  const model = withoutHeading(withDevelopmentEvidence(), DEVELOPMENT);
  const report = check(model);
  const development = areaOf(report, 'development-process');

  it('still count for their own area, by the criteria they name', () => {
    expect(development.evidenceCount).toBe(2);
    expect(development.criteria.filter(c => c.covered).map(c => c.id)).toEqual([
      'daily-stand-up',
      'scpa-update',
    ]);
    expect(development.status).toBe('in-progress');
  });

  it('do not count for the area they now stand in', () => {
    const skills = areaOf(report, 'leadership-skills');
    expect(skills.evidenceCount).toBe(1);
    expect(skills.entriesOutside).toEqual([]);
  });

  it('are named, with where they are, and Go to finds them', () => {
    expect(development.notes).toContain(
      '2 entries for Development process are not under its heading',
    );
    expect(development.entriesOutside).toEqual([0, 1]);
    const target = findJumpTarget(model, PROGRAM, {
      sectionId: 'development-process',
      entryIndex: development.entriesOutside[0],
    });
    expect(model.blocks[target ?? -1].text).toBe(`${TODAY} · Daily stand-up`);
  });

  it('get their heading back above them from Set up, and once only', () => {
    const restored = applyInsertions(model, planSetUp(model, PROGRAM));
    const heading = indexOfText(restored, DEVELOPMENT);
    expect(restored.blocks[heading + 2].text).toBe(`${TODAY} · Daily stand-up`);
    const after = check(restored);
    expect(areaOf(after, 'development-process')).toMatchObject({
      evidenceCount: 2,
      entriesOutside: [],
      sectionFound: true,
    });
    expect(areaOf(after, 'leadership-skills').evidenceCount).toBe(1);
    expect(planSetUp(restored, PROGRAM)).toEqual([]);
    // Nothing a person wrote moved: the restored blocks are the only new ones.
    expect(restored.blocks.filter(b => !model.blocks.includes(b))).toHaveLength(
      2,
    );
  });

  it('get their heading back above them from Add evidence, the new entry after them', () => {
    const plan = planAddEvidence(model, PROGRAM, {
      sectionId: 'development-process',
      criterionId: 'increment-planning',
      kindId: 'general',
      today: TODAY,
      role: 'manager',
    });
    const added = applyInsertions(model, plan.insertions);
    const texts = added.blocks.map(block => block.text);
    const heading = texts.indexOf(DEVELOPMENT);
    expect(texts[heading + 2]).toBe(`${TODAY} · Daily stand-up`);
    expect(texts.indexOf(`${TODAY} · Program increment planning`)).toBe(
      texts.indexOf(`${TODAY} · Weekly SCPA update`) + 6,
    );
    const area = areaOf(check(added), 'development-process');
    expect(area.entriesOutside).toEqual([]);
    expect(area.drafts.map(draft => draft.criterionIds)).toEqual([
      ['increment-planning'],
    ]);
  });
});

describe('entries whose area heading was emptied', () => {
  it('stand under no section and still count for their area', () => {
    let model = addEvidence(setUp(), 'performance-review', {
      criterionId: 'review-documentation',
    });
    const heading = indexOfText(model, PROGRAM.areas[0].title);
    model = replace(model, heading, block => ({...block, text: '', runs: []}));
    const area = areaOf(check(model), 'performance-review');
    expect(area).toMatchObject({
      sectionFound: false,
      evidenceCount: 1,
      entriesOutside: [0],
    });
    expect(area.criteria.filter(c => c.covered).map(c => c.id)).toEqual([
      'review-documentation',
    ]);
    const restored = applyInsertions(model, planSetUp(model, PROGRAM));
    expect(areaOf(check(restored), 'performance-review')).toMatchObject({
      sectionFound: true,
      evidenceCount: 1,
      entriesOutside: [],
    });
  });
});

describe('an entry of a kind only one section offers', () => {
  it('counts for that section wherever it stands (a one-on-one log entry under an area)', () => {
    let model = addEvidence(setUp(), 'one-on-one-log');
    model = withoutHeading(model, PROGRAM.oneOnOneLog.title);
    const report = check(model);
    expect(report.oneOnOnes.entryCount).toBe(1);
    expect(areaOf(report, 'development-process').evidenceCount).toBe(0);
  });
});

describe('Set up on a hand-made Doc', () => {
  it('never writes the participants block inside an area, and it is never evidence', () => {
    const model = doc(
      para('Notes for Ana'),
      h1('One-on-ones'),
      para('Candidate: Ana'),
      para('One-on-one cadence: Weekly'),
      h1('Development process'),
      para('Building trust: I asked my reports what slows them down.'),
    );
    const set = applyInsertions(model, planSetUp(model, PROGRAM));
    const oneOnOnes = indexOfText(set, 'One-on-ones');
    const development = indexOfText(set, 'Development process');
    for (const field of PROGRAM.participants) {
      const lines = set.blocks
        .map((block, index) => ({block, index}))
        .filter(({block}) => block.text.startsWith(`${field.label}:`));
      const added = lines.filter(({block}) => !model.blocks.includes(block));
      for (const {index} of added)
        expect([field.id, index > oneOnOnes && index < development]).toEqual([
          field.id,
          false,
        ]);
    }
    expect(areaOf(check(set), 'one-on-ones').status).toBe('missing');
    expect(planSetUp(set, PROGRAM)).toEqual([]);
  });
});

describe('a draft with a very long heading', () => {
  it('is named in the reply by its first words, not the whole heading', () => {
    const added = addEntry(setUp(), 'one-on-ones');
    const long = `${TODAY} · ${'Building trust '.repeat(5_000)}`;
    const model = replace(added.model, added.heading, () => h3(long));
    const [draft] = areaOf(check(model), 'one-on-ones').drafts;
    expect(draft.title.length).toBeLessThanOrEqual(DRAFT_TITLE_CHARS);
    expect(draft.title.startsWith(`${TODAY} · Building trust`)).toBe(true);
    expect(draft.title.endsWith('…')).toBe(true);
  });
});
