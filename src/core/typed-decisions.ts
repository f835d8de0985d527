/**
 * The leadership group's decision as people type it in the review section, without the add-on:
 * 'Decision: accepted', the review field 'Leadership group decision: Further targeted actions'
 * filled in, or the add-on's line with its date deleted (loop-lines.ts reads each line).
 *
 * Its date is the one the Doc gives it, and nothing is guessed:
 *   1. a date written on the line ('Decision: accepted on 15 Dec 2026');
 *   2. else the decision date field next to it ('Decision date: 2026-12-15'), the template's own
 *      place for it: the first after the decision (before the next decision), else the last before
 *      it (after the previous one);
 *   3. else none: still a decision ("Accepted"), undated. The review's scheduled date is not taken:
 *      it says when the review was planned, and a decision typed before that day (or a review
 *      moved) would get a date that is not true, perhaps one still to come.
 * An undated decision still has a place among the rounds: it answers a review, so it is ordered as
 * if on the date of the review it answers (the latest scheduled above it; else the first below it,
 * as the decision field of the template stands above the lines the add-on appends; else the
 * latest date written above it). Sign-offs dated after that review belong to the next round, and
 * evidence dated from it can answer its actions.
 *
 * Its targeted actions are the lines people type right under it, one a line (actionsUnder).
 */
import type {Block, IsoDate} from './document-model';
import {
  decisionOutcome,
  isReviewField,
  readLoopLine,
  readTypedAction,
  readTypedDecision,
  type LoopLine,
  type Outcome,
  type TypedDecision,
} from './loop-lines';
import type {Outline} from './outline';
import type {Program} from './program';

/** A decision of the leadership group, the add-on's or typed, as readLoop weighs the rounds. */
export interface Decision {
  /** Where it stands and the date that orders it among the loop's lines ('' before every date). */
  line: {date: IsoDate; index: number};
  outcome: Outcome;
  /** The date the Doc gives it, or null: typed without one. */
  date: IsoDate | null;
  /** The actions typed under it; null for the add-on's line, whose actions are dated lines. */
  typedActions: string[] | null;
}

/** Most typed actions read under one decision (the sidebar records at most as many). */
const TYPED_ACTIONS = 10;

/** The kinds of loop line that are dated when written (a scheduled line is dated by its review). */
const WRITTEN_ON: ReadonlySet<string> = new Set([
  'agreed',
  'decision',
  'action',
  'actionDone',
]);

/** A line of the review section, as the typed reading sees it. */
interface ReviewLine {
  index: number;
  block: Block;
  loop: LoopLine | null;
  typed: TypedDecision | null;
  /** A decision (the add-on's or typed): where a decision date field's search stops. */
  decides: boolean;
}

function reviewLines(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): ReviewLine[] {
  const found: ReviewLine[] = [];
  for (const occurrence of outline.sections.get(program.review.id) ?? []) {
    for (
      let index = occurrence.headingIndex + 1;
      index < occurrence.end;
      index += 1
    ) {
      const block = blocks[index];
      if (!block) break;
      const loop = readLoopLine(program, block, index);
      // The add-on's phrase with a date but no outcome ('Leadership group decision date: …') may
      // still date a typed decision.
      const decided =
        loop?.kind === 'decision' && decisionOutcome(loop, program) !== null;
      const typed =
        loop === null || (loop.kind === 'decision' && !decided)
          ? readTypedDecision(program, block, index)
          : null;
      const decides = decided || (typed !== null && typed.outcome !== null);
      found.push({index, block, loop, typed, decides});
    }
  }
  return found;
}

/** The date of the decision date field that goes with the decision at `at` (see the header). */
function fieldDate(lines: readonly ReviewLine[], at: number): IsoDate | null {
  const dateOf = (line: ReviewLine) =>
    line.typed !== null && line.typed.outcome === null ? line.typed.date : null;
  for (let next = at + 1; next < lines.length; next += 1) {
    if (lines[next].decides) break;
    const date = dateOf(lines[next]);
    if (date !== null) return date;
  }
  for (let previous = at - 1; previous >= 0; previous -= 1) {
    if (lines[previous].decides) break;
    const date = dateOf(lines[previous]);
    if (date !== null) return date;
  }
  return null;
}

/**
 * The actions typed right under the decision at `at`, one a line: a blank line before them is
 * allowed and the review's template fields between them are passed over ('Decision date: …'); the
 * first blank line after them, a heading or another loop line ends them.
 */
function actionsUnder(
  lines: readonly ReviewLine[],
  at: number,
  program: Program,
): Array<{index: number; text: string}> {
  const actions: Array<{index: number; text: string}> = [];
  for (
    let next = at + 1;
    next < lines.length && actions.length < TYPED_ACTIONS;
    next += 1
  ) {
    const {index, block, loop, typed} = lines[next];
    if (block.type !== 'table' && block.text.trim() === '') {
      if (actions.length > 0) break;
      continue;
    }
    if (loop === null && isReviewField(program, block)) continue;
    if (typed !== null && typed.outcome === null) continue;
    const action =
      loop?.kind === 'action'
        ? loop.rest || null
        : loop === null && typed === null
          ? readTypedAction(program, block)
          : null;
    if (action === null) break;
    actions.push({index, text: action});
  }
  return actions;
}

/**
 * For each review line, the date of the nearest scheduled review above it and of the first below
 * it, and the latest date written above it: one pass each way.
 */
function neighbourDates(lines: readonly ReviewLine[]): {
  scheduledAbove: Array<IsoDate | null>;
  scheduledBelow: Array<IsoDate | null>;
  writtenAbove: IsoDate[];
} {
  const scheduledAbove: Array<IsoDate | null> = [];
  const writtenAbove: IsoDate[] = [];
  let scheduled: IsoDate | null = null;
  let written = '';
  for (const {loop, typed} of lines) {
    scheduledAbove.push(scheduled);
    writtenAbove.push(written);
    if (loop?.kind === 'scheduled') scheduled = loop.date;
    const date =
      loop && WRITTEN_ON.has(loop.kind) ? loop.date : (typed?.date ?? '');
    if (date > written) written = date;
  }
  const scheduledBelow: Array<IsoDate | null> = [];
  scheduled = null;
  for (let at = lines.length - 1; at >= 0; at -= 1) {
    scheduledBelow[at] = scheduled;
    const {loop} = lines[at];
    if (loop?.kind === 'scheduled') scheduled = loop.date;
  }
  return {scheduledAbove, scheduledBelow, writtenAbove};
}

/** The decisions people typed in the review section, in document order. */
export function typedDecisions(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): Decision[] {
  const lines = reviewLines(blocks, outline, program);
  const near = neighbourDates(lines);
  const decisions: Decision[] = [];
  lines.forEach(({index, typed}, at) => {
    if (typed === null || typed.outcome === null) return;
    const date = typed.date ?? fieldDate(lines, at);
    const answers =
      near.scheduledAbove[at] ??
      near.scheduledBelow[at] ??
      near.writtenAbove[at];
    decisions.push({
      line: {date: date ?? answers, index},
      outcome: typed.outcome,
      date,
      typedActions:
        typed.outcome === 'further-actions'
          ? actionsUnder(lines, at, program).map(action => action.text)
          : [],
    });
  });
  return decisions;
}

/** Where the actions typed under decisions stand (actionsUnder): the decision's lines, by index. */
export function typedActionIndexes(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): Set<number> {
  const lines = reviewLines(blocks, outline, program);
  const found = new Set<number>();
  lines.forEach(({typed}, at) => {
    if (typed?.outcome === 'further-actions')
      for (const action of actionsUnder(lines, at, program))
        found.add(action.index);
  });
  return found;
}
