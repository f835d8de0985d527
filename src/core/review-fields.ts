/**
 * The review section's template fields (PROGRAM.review.fields) as the completion loop reads them:
 *
 * - the manager's recommendation, which the program's ending needs ("the sponsoring manager
 *   presenting the candidate's documented progress … with a recommendation"): written once its
 *   line, or any other line of the section that is not the add-on's, the decision's or a summary,
 *   holds real writing (the prompt never counts);
 * - the leadership group's decision and its date: once the add-on records a decision as a dated
 *   line, these fields, still blank (only their label and prompt, the add-on's own text), would
 *   read as a second, empty place for it; blankDecisionFields finds them so the plan removes them.
 *   A field people filled in is theirs (and a typed decision: typed-decisions.ts) and stays.
 */
import type {Block, DocumentModel} from './document-model';
import {
  isLoopLine,
  isReviewField,
  readTypedDecision,
  startsWithFieldLabel,
} from './loop-lines';
import {ownWriting, type Outline} from './outline';
import type {Field, Program} from './program';
import {normalizeText} from './text';
import {typedActionIndexes} from './typed-decisions';

/** The field's id for the recommendation, and those the add-on's decision line stands in for. */
export const RECOMMENDATION_FIELD = 'recommendation';
const DECISION_FIELDS: ReadonlySet<string> = new Set([
  'decision',
  'decision-date',
]);

/** The review section's lines, by index, in document order. */
function reviewIndexes(outline: Outline, program: Program): number[] {
  return (outline.sections.get(program.review.id) ?? []).flatMap(occurrence =>
    Array.from(
      {length: occurrence.end - occurrence.headingIndex - 1},
      (_, offset) => occurrence.headingIndex + 1 + offset,
    ),
  );
}

/**
 * True when the review section holds the manager's recommendation: real writing on its field's
 * line, or on any other line of the section (above or under the field, at the section's end) that
 * is not the add-on's or the decision's: headings, the loop's lines, the decision fields, typed
 * decisions with their actions and readiness summaries are passed over (never where the reading
 * stops). A program without the field asks for none.
 */
export function recommendationWritten(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): boolean {
  const field = program.review.fields.find(
    candidate => candidate.id === RECOMMENDATION_FIELD,
  );
  if (!field) return true;
  const actions = typedActionIndexes(blocks, outline, program);
  return reviewIndexes(outline, program).some(index => {
    const block = blocks[index];
    if (startsWithFieldLabel(block, field))
      return ownWriting(block, program) !== null;
    const notTheManagers =
      block.heading !== 'NORMAL' ||
      outline.summaryBlocks.has(index) ||
      actions.has(index) ||
      isLoopLine(program, block) ||
      isReviewField(program, block) ||
      readTypedDecision(program, block, index) !== null;
    return !notTheManagers && ownWriting(block, program) !== null;
  });
}

/**
 * True when the line holds only `field`'s label and, at most, its prompt: nothing people wrote. An
 * inline image in it, or a word of theirs before the colon ('Decision date (to confirm): …'), is
 * theirs, so the line is not blank.
 */
function isBlankField(block: Block, field: Field): boolean {
  if (block.hasImage || !startsWithFieldLabel(block, field)) return false;
  const colon = block.text.indexOf(':');
  const label = colon < 0 ? block.text : block.text.slice(0, colon);
  const rest = colon < 0 ? '' : normalizeText(block.text.slice(colon + 1));
  return (
    normalizeText(label) === normalizeText(field.label) &&
    (rest === '' || rest === normalizeText(field.text))
  );
}

/**
 * The indexes of the review section's decision fields still blank (see the header), which the
 * add-on's decision line replaces.
 */
export function blankDecisionFields(
  model: DocumentModel,
  outline: Outline,
  program: Program,
): number[] {
  const fields = program.review.fields.filter(field =>
    DECISION_FIELDS.has(field.id),
  );
  return reviewIndexes(outline, program).filter(index =>
    fields.some(field => isBlankField(model.blocks[index], field)),
  );
}

/** `blocks` without the blank decision fields (a review section restored with the decision). */
export function withoutDecisionFields(
  blocks: readonly Block[],
  program: Program,
): Block[] {
  const fields = program.review.fields.filter(field =>
    DECISION_FIELDS.has(field.id),
  );
  return blocks.filter(
    block => !fields.some(field => isBlankField(block, field)),
  );
}
