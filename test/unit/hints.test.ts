import type {DocumentModel} from '../../src/core/document-model';
import type {Hint} from '../../src/core/hints';
import {findJumpTarget} from '../../src/core/setup';
import {PROGRAM} from '../../src/core/program-data';
import {
  addEntry,
  addEvidence,
  check,
  confirmEntry,
  h3,
  indexOfText,
  replace,
  setUp,
  typeOver,
  TODAY,
} from './fixtures';

const LONG =
  'I ran the sprint retrospective for the first time, kept it to the three themes the team raised, and we agreed two changes.';

function hintsOf(model: DocumentModel, kind?: Hint['kind']): Hint[] {
  return check(model).hints.filter(hint => !kind || hint.kind === kind);
}

/** Where a hint leads, as the block's text. */
function landing(model: DocumentModel, hint: Hint): string | undefined {
  const index = findJumpTarget(model, PROGRAM, hint.target);
  return index === null ? undefined : model.blocks[index]?.text;
}

describe('evidence-quality hints', () => {
  it('has none on a freshly set-up Doc', () => {
    expect(hintsOf(setUp())).toEqual([]);
  });

  it('notes a feedback entry whose Impact was never answered, and leads to it', () => {
    const added = addEntry(setUp(), 'leadership-skills', {
      kindId: 'feedback',
      today: '2026-11-20',
    });
    // Observe is answered; Impact and Request still hold their prompts.
    const model = typeOver(added.model, added.heading + 2, LONG);
    const [hint] = hintsOf(model, 'unanswered');
    expect(hint?.text).toBe(
      'Leadership skills: “2026-11-20 · Feedback” leaves Impact and Request unanswered',
    );
    expect(hint && landing(model, hint)).toBe('2026-11-20 · Feedback');
    // Once Impact and Request are answered, the hint goes.
    let answered = typeOver(
      model,
      added.heading + 3,
      'The team shipped on time.',
    );
    answered = typeOver(answered, added.heading + 4, 'Keep doing it.');
    expect(hintsOf(answered, 'unanswered')).toEqual([]);
  });

  it('never notes a draft: a draft is not evidence yet', () => {
    const drafted = addEntry(setUp(), 'leadership-skills', {
      kindId: 'feedback',
    }).model;
    expect(hintsOf(drafted)).toEqual([]);
  });

  it('notes evidence only self-reported until the sponsoring manager confirms an entry', () => {
    const model = addEvidence(
      setUp(),
      'leadership-training',
      {kindId: 'training'},
      LONG,
    );
    expect(hintsOf(model, 'self-reported').map(hint => hint.text)).toEqual([
      'Leadership training: its evidence is self-reported; none is confirmed by the sponsoring manager yet',
    ]);
    const confirmed = confirmEntry(model, 'leadership-training', 0);
    expect(hintsOf(confirmed, 'self-reported')).toEqual([]);
  });

  it('notes an area whose only entries are very short, and not one with a real narrative', () => {
    let model = addEvidence(
      setUp(),
      'development-process',
      {criterionId: 'daily-stand-up'},
      'Ran stand-up.',
    );
    model = addEvidence(
      model,
      'development-process',
      {criterionId: 'sprint-ceremonies'},
      'Did retro.',
    );
    const [hint] = hintsOf(model, 'short');
    expect(hint?.text).toBe(
      'Development process: all 2 entries are very short; say what happened, what you did and what changed',
    );
    expect(hint && landing(model, hint)).toMatch(/Sprint ceremonies|retro/i);
    model = addEvidence(
      model,
      'development-process',
      {criterionId: 'increment-planning'},
      LONG,
    );
    expect(hintsOf(model, 'short')).toEqual([]);
  });

  it('notes an area gone quiet, from the date a person edited', () => {
    let model = addEvidence(
      setUp(),
      'leadership-training',
      {kindId: 'training'},
      LONG,
    );
    const heading = indexOfText(model, TODAY);
    model = replace(model, heading, () => h3('2 March 2026 · Training'));
    const [hint] = hintsOf(model, 'quiet');
    expect(hint?.text).toBe(
      'Leadership training: nothing new since 2026-03-02',
    );
    expect(hint && landing(model, hint)).toBe(
      'Participate in Company Leadership Training',
    );
  });
});
