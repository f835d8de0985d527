/**
 * The review section's fields in the completion loop: the manager's recommendation is asked for
 * once the evidence is ready, until it holds real writing (however it was written or edited), and
 * the add-on's decision line leaves no blank decision field contradicting it.
 */
import {
  planActionDone,
  planReviewOutcome,
  planScheduleReview,
} from '../../src/core/completion-plans';
import type {DocumentModel} from '../../src/core/document-model';
import {buildOutline} from '../../src/core/outline';
import {PROGRAM} from '../../src/core/program-data';
import {applyInsertions, planReadinessSummary} from '../../src/core/setup';
import {
  apply,
  blank,
  bothAgree,
  check,
  completeDoc,
  confirmedDoc,
  GREY,
  indexOfText,
  insertAt,
  para,
  recommend,
  RECOMMENDATION,
  RECOMMENDATION_LABEL,
  RECOMMENDATION_LEFT,
  remove,
  replace,
  runs,
  table,
  TODAY,
  typeOver,
} from './fixtures';

const left = (model: DocumentModel, today = TODAY) =>
  check(model, today).verdict.left;

const recommendationLine = (model: DocumentModel) =>
  indexOfText(model, RECOMMENDATION_LABEL);

/** Where a line typed at the end of the review section goes: after its last line that is not blank. */
const reviewEnd = (model: DocumentModel) => {
  const [review] =
    buildOutline(model.blocks, PROGRAM).sections.get(PROGRAM.review.id) ?? [];
  if (!review) throw new Error('The Doc has no review section.');
  return review.appendIndex;
};

const decisionField = 'Leadership group decision: ';
const dateField = 'Decision date: ';
const textOf = (model: DocumentModel) => model.blocks.map(block => block.text);
const written = (model: DocumentModel) =>
  textOf(model).filter(text => text.trim() !== '');

describe("the manager's recommendation", () => {
  it('is not asked for while evidence is still missing or unconfirmed', () => {
    expect(left(completeDoc())).not.toContain(RECOMMENDATION_LEFT);
  });

  it('is left once the evidence is ready, through the review, until written', () => {
    let model = confirmedDoc();
    expect(left(model)).toContain(RECOMMENDATION_LEFT);
    model = bothAgree(model);
    expect(check(model).verdict).toMatchObject({
      stage: 'ready-to-share',
      left: [RECOMMENDATION_LEFT],
    });
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2026-12-15', TODAY),
    );
    expect(check(model, '2026-12-15').verdict).toMatchObject({
      stage: 'in-review',
      left: [RECOMMENDATION_LEFT],
    });
    expect(check(recommend(model), '2026-12-15').verdict).toMatchObject({
      stage: 'in-review',
      left: [],
    });
    // The decision ends the program: nothing is left after it is accepted.
    model = apply(
      model,
      planReviewOutcome(model, PROGRAM, 'accepted', [], '2026-12-15'),
    );
    expect(check(model, '2026-12-15').verdict).toMatchObject({
      stage: 'accepted',
      left: [],
    });
  });

  it('is still left when its prompt is only edited, not answered', () => {
    const model = bothAgree(confirmedDoc());
    const line = recommendationLine(model);
    const damaged = replace(model, line, block =>
      runs(
        block.heading,
        {text: `${RECOMMENDATION_LABEL}: `},
        {text: 'Why the candiate is ready, in a few lines', color: GREY},
      ),
    );
    const plain = replace(model, line, block =>
      runs(block.heading, {
        text: `${RECOMMENDATION_LABEL}: Why the candidate is ready, in a few lines`,
      }),
    );
    const emptied = replace(model, line, block =>
      runs(block.heading, {text: `${RECOMMENDATION_LABEL}:`}),
    );
    for (const edited of [damaged, plain, emptied])
      expect(left(edited)).toEqual([RECOMMENDATION_LEFT]);
  });

  it('counts writing typed over the prompt in its grey look (Docs keeps it)', () => {
    const model = bothAgree(confirmedDoc());
    const typed = typeOver(
      model,
      recommendationLine(model),
      RECOMMENDATION,
      GREY,
    );
    expect(left(typed)).toEqual([]);
  });

  it('counts writing on the lines under its label, the prompt left in place', () => {
    const model = bothAgree(confirmedDoc());
    const line = recommendationLine(model);
    expect(
      left(insertAt(model, line + 1, blank(), para(RECOMMENDATION))),
    ).toEqual([]);
  });

  it('counts the recommendation written in a table under its field', () => {
    // A table is never the field's line, whatever its first cell says: it is the manager's writing.
    const model = bothAgree(confirmedDoc());
    const line = recommendationLine(model);
    expect(
      left(
        insertAt(
          model,
          line + 1,
          table(`${RECOMMENDATION_LABEL}\n${RECOMMENDATION}`),
        ),
      ),
    ).toEqual([]);
  });

  it('counts writing in the review section when its field line was deleted', () => {
    const model = bothAgree(confirmedDoc());
    const line = recommendationLine(model);
    const without = remove(model, line);
    expect(left(without)).toEqual([RECOMMENDATION_LEFT]);
    expect(left(insertAt(without, line, para(RECOMMENDATION)))).toEqual([]);
  });

  it('counts writing at the end of the review section, after the sign-offs, with or without its field line', () => {
    const model = bothAgree(confirmedDoc());
    const end = reviewEnd(model);
    expect(left(insertAt(model, end, para(RECOMMENDATION)))).toEqual([]);
    const without = remove(model, recommendationLine(model));
    expect(left(without)).toEqual([RECOMMENDATION_LEFT]);
    expect(
      left(insertAt(without, reviewEnd(without), para(RECOMMENDATION))),
    ).toEqual([]);
  });

  it('counts writing after the review date and a readiness summary, which are passed over', () => {
    let model = bothAgree(confirmedDoc());
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2026-12-15', TODAY),
    );
    const summary = planReadinessSummary(
      model,
      PROGRAM,
      check(model),
      TODAY,
      null,
    );
    model = applyInsertions(model, summary.insertions);
    expect(left(model)).toEqual([RECOMMENDATION_LEFT]);
    const written = insertAt(model, model.blocks.length, para(RECOMMENDATION));
    expect(check(written, '2026-12-15').verdict).toMatchObject({
      stage: 'in-review',
      left: [],
    });
  });

  it('is not the targeted actions typed under a typed decision', () => {
    let model = bothAgree(confirmedDoc());
    model = typeOver(
      model,
      indexOfText(model, decisionField),
      'Further targeted actions',
    );
    model = insertAt(
      model,
      indexOfText(model, decisionField) + 1,
      para('Run the next sprint retrospective on your own'),
    );
    expect(check(model).completion.decision).toMatchObject({
      outcome: 'further-actions',
    });
    expect(left(model)).toEqual([
      'Targeted action: Run the next sprint retrospective on your own',
    ]);
    const done = apply(
      model,
      planActionDone(
        model,
        PROGRAM,
        'Run the next sprint retrospective on your own',
        TODAY,
      ),
    );
    expect(left(done)).toContain(RECOMMENDATION_LEFT);
    expect(left(recommend(done))).not.toContain(RECOMMENDATION_LEFT);
  });

  it('is not the loop lines, a typed decision field or a readiness summary', () => {
    let model = bothAgree(confirmedDoc());
    model = apply(
      model,
      planScheduleReview(model, PROGRAM, '2026-12-15', TODAY),
    );
    const summary = planReadinessSummary(
      model,
      PROGRAM,
      check(model),
      TODAY,
      null,
    );
    model = applyInsertions(model, summary.insertions);
    expect(left(model)).toEqual([RECOMMENDATION_LEFT]);
    // Without its field line, the other lines of the section are still not a recommendation.
    expect(left(remove(model, recommendationLine(model)))).toEqual([
      RECOMMENDATION_LEFT,
    ]);
    const dated = typeOver(model, indexOfText(model, dateField), '2026-12-15');
    expect(left(dated)).toEqual([RECOMMENDATION_LEFT]);
  });
});

describe('the decision recorded by the add-on', () => {
  const decided = (model: DocumentModel, today = '2026-12-15') =>
    apply(
      model,
      planReviewOutcome(
        model,
        PROGRAM,
        'further-actions',
        ['Run the next sprint retrospective on your own'],
        today,
      ),
    );

  it("takes the place of the template's blank decision fields; nothing else changes", () => {
    const model = recommend(bothAgree(confirmedDoc()));
    const after = decided(model);
    const dropped = [
      indexOfText(model, decisionField),
      indexOfText(model, dateField),
    ];
    expect(written(after)).toEqual([
      ...written(remove(model, ...dropped)),
      'Leadership group decision on 2026-12-15: further targeted actions.',
      'Targeted action (2026-12-15): Run the next sprint retrospective on your own',
    ]);
    expect(
      textOf(after).filter(text =>
        text.startsWith('Leadership group decision'),
      ),
    ).toEqual([
      'Leadership group decision on 2026-12-15: further targeted actions.',
    ]);
    expect(textOf(after).some(text => text.startsWith(dateField))).toBe(false);
    expect(
      textOf(after).filter(
        text =>
          text.startsWith(RECOMMENDATION_LABEL) &&
          text.endsWith(RECOMMENDATION),
      ),
    ).toHaveLength(1);
    expect(check(after, '2026-12-15').completion).toMatchObject({
      decision: {outcome: 'further-actions', date: '2026-12-15'},
      earlierRounds: [],
    });
  });

  it('keeps decision fields people filled in, and still reads them', () => {
    let model = bothAgree(confirmedDoc());
    model = typeOver(model, indexOfText(model, dateField), '2026-12-10');
    const filled = textOf(model)[indexOfText(model, dateField)];
    const after = decided(model);
    expect(textOf(after)).toContain(filled);
    expect(textOf(after).some(text => text.startsWith(decisionField))).toBe(
      false,
    );

    const typed = typeOver(
      model,
      indexOfText(model, decisionField),
      'Further targeted actions',
    );
    const typedLine = textOf(typed)[indexOfText(typed, decisionField)];
    expect(check(typed, '2026-12-10').completion.decision).toEqual({
      outcome: 'further-actions',
      date: '2026-12-10',
    });
    const accepted = apply(
      typed,
      planReviewOutcome(typed, PROGRAM, 'accepted', [], '2026-12-20'),
    );
    expect(textOf(accepted)).toEqual(
      expect.arrayContaining([typedLine, filled]),
    );
    expect(check(accepted, '2026-12-20').completion).toMatchObject({
      decision: {outcome: 'accepted', date: '2026-12-20'},
      earlierRounds: [{outcome: 'further-actions', date: '2026-12-10'}],
    });
  });

  it('keeps a blank decision field that holds an image people put there', () => {
    const model = bothAgree(confirmedDoc());
    const at = indexOfText(model, dateField);
    const withImage = replace(model, at, block => ({...block, hasImage: true}));
    const after = decided(withImage);
    expect(after.blocks).toContain(withImage.blocks[at]);
    expect(after.blocks.filter(block => block.hasImage)).toHaveLength(1);
    expect(textOf(after).some(text => text.startsWith(decisionField))).toBe(
      false,
    );
  });

  it('leaves a second round with one dated line per decision', () => {
    const first = decided(bothAgree(confirmedDoc()));
    const second = apply(
      first,
      planReviewOutcome(first, PROGRAM, 'accepted', [], '2027-01-12'),
    );
    expect(written(second)).toEqual([
      ...written(first),
      'Leadership group decision on 2027-01-12: accepted.',
    ]);
    expect(check(second, '2027-01-12').completion).toMatchObject({
      decision: {outcome: 'accepted', date: '2027-01-12'},
      earlierRounds: [{outcome: 'further-actions', date: '2026-12-15'}],
    });
  });

  it('restores a missing review section without blank decision fields', () => {
    const model = confirmedDoc();
    const heading = indexOfText(model, 'Review and Recommendation');
    const without = {blocks: model.blocks.slice(0, heading)};
    const after = decided(without);
    const restored = textOf(after).slice(heading);
    expect(restored[0]).toBe('Review and Recommendation');
    expect(restored.some(text => text.startsWith(RECOMMENDATION_LABEL))).toBe(
      true,
    );
    expect(restored.some(text => text.startsWith(decisionField))).toBe(false);
    expect(restored.some(text => text.startsWith(dateField))).toBe(false);
    expect(restored).toContain(
      'Leadership group decision on 2026-12-15: further targeted actions.',
    );
  });
});
