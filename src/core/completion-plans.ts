/**
 * Plans for the completion loop's writes (review.ts says what the lines mean): the manager's
 * confirmation at the end of an entry, and the sign-offs, the review's date, its decision with
 * targeted actions and an action marked done, at the end of the review section (restored first
 * when it is missing). They insert, and nothing people wrote changes: the one thing removed is the
 * template's own blank decision fields (label and prompt only, no image), which a recorded
 * decision's dated line takes the place of (review-fields.ts).
 */
import type {Block, DocumentModel, Insertion, IsoDate} from './document-model';
import {labelledLine, paragraph} from './entries';
import {buildOutline, sectionEntries} from './outline';
import {evidenceSections, roleInSentence, type Program} from './program';
import type {Role, TargetedAction} from './report';
import {
  actionDoneText,
  actionLabel,
  agreedText,
  decisionText,
  entryConfirmations,
  confirmationText,
  findOpenAction,
  readLoop,
  type LoopState,
  scheduledText,
} from './review';
import {blankDecisionFields, withoutDecisionFields} from './review-fields';
import {sectionPlace} from './setup';
import {normalizeText} from './text';

export interface CompletionPlan {
  insertions: Insertion[];
  /** What the plan does (or why it needs to do nothing), in a sentence for the person. */
  description: string;
}

/** Longest targeted action accepted, and most actions in one decision. */
export const MAX_ACTION_CHARS = 300;
export const MAX_ACTIONS = 10;

export interface ConfirmInput {
  sectionId: string;
  entryIndex: number;
  /** The entry's heading as the sidebar showed it: a moved or renamed entry is not confirmed blind. */
  title: string;
  today: IsoDate;
}

/** The manager confirms an entry with real writing: a dated line at its end, with its digest. */
export function planConfirmEntry(
  model: DocumentModel,
  program: Program,
  input: ConfirmInput,
): CompletionPlan {
  if (!evidenceSections(program).some(s => s.id === input.sectionId))
    throw new Error(`There is no program section "${input.sectionId}".`);
  const outline = buildOutline(model.blocks, program);
  const entry = sectionEntries(outline, input.sectionId)[input.entryIndex];
  if (
    !entry ||
    normalizeText(entry.title).slice(0, 60) !==
      normalizeText(input.title).slice(0, 60)
  )
    throw new Error(
      'That entry is no longer where it was in the document. Check again, then confirm it.',
    );
  if (!entry.hasWriting)
    throw new Error(
      'This entry is still a draft (only prompts): it can be confirmed once it holds real writing.',
    );
  if (entry.recorder === 'manager')
    return {
      insertions: [],
      description: `This entry was recorded by ${roleInSentence(program, 'manager')}: it counts as confirmed.`,
    };
  const state = entryConfirmations(model.blocks, outline, program).get(entry);
  if (!state) throw new Error('That entry could not be read. Check again.');
  if (state.confirmedOn !== null && !state.changed)
    return {
      insertions: [],
      description: `This entry is already confirmed (${state.confirmedOn}), and it has not changed since.`,
    };
  let end = entry.end;
  while (end > entry.start + 1 && model.blocks[end - 1].text.trim() === '')
    end -= 1;
  const line = paragraph('NORMAL', [
    {
      text: confirmationText(program, state, input.today),
      color: program.promptLook.color,
      italic: false,
      bold: false,
    },
  ]);
  return {
    insertions: [{index: end, blocks: [line]}],
    description: `Confirmed "${entry.title.trim()}"${state.changed ? ' again, as it stands now' : ''}.`,
  };
}

/** Lines at the end of the review section (restoring it first when it is missing). */
function reviewLines(
  model: DocumentModel,
  program: Program,
  lines: Block[],
): Insertion[] {
  const outline = buildOutline(model.blocks, program);
  const place = sectionPlace(outline, program, program.review.id);
  return [{index: place.index, blocks: [...place.restore, ...lines]}];
}

function plainLine(text: string): Block {
  return paragraph('NORMAL', [{text, bold: false, italic: false, color: null}]);
}

/** The completion loop as the Doc records it, read from its outline. */
function loopOf(model: DocumentModel, program: Program): LoopState {
  return readLoop(model.blocks, buildOutline(model.blocks, program), program);
}

/**
 * The open targeted action `action` names, or the one clear error when it is no longer open
 * (marking it done, or adding evidence against it, from a sidebar that read the Doc earlier).
 */
export function requireOpenAction(
  model: DocumentModel,
  program: Program,
  action: string,
): TargetedAction {
  const open = findOpenAction(loopOf(model, program), action);
  if (!open)
    throw new Error(
      'That targeted action is no longer open in the document. Check again to see what is left.',
    );
  return open;
}

/** Candidate or manager records that they believe the evidence is complete (once a round). */
export function planSignOff(
  model: DocumentModel,
  program: Program,
  role: Role,
  today: IsoDate,
): CompletionPlan {
  const loop = loopOf(model, program);
  const already = loop.agreed[role];
  if (already !== null)
    return {
      insertions: [],
      description: `You already agreed that the evidence is complete (${already}).`,
    };
  return {
    insertions: reviewLines(model, program, [
      plainLine(agreedText(program, role, today)),
    ]),
    description: 'Recorded that you believe the evidence is complete.',
  };
}

export function planScheduleReview(
  model: DocumentModel,
  program: Program,
  reviewDate: IsoDate,
  today: IsoDate,
): CompletionPlan {
  if (reviewDate < today)
    throw new Error(
      `The review date ${reviewDate} is in the past: choose the day the leadership group meets.`,
    );
  return {
    insertions: reviewLines(model, program, [
      plainLine(scheduledText(program, reviewDate)),
    ]),
    // Said as the Doc says it ('scheduled for'): the review is still to come.
    description: `Scheduled the leadership review for ${reviewDate}.`,
  };
}

/** The actions as people typed them: trimmed, blank ones dropped; clear errors for the rest. */
export function cleanActions(actions: readonly string[]): string[] {
  const cleaned = actions
    .map(action => action.replace(/\s+/g, ' ').trim())
    .filter(action => action !== '');
  if (cleaned.length > MAX_ACTIONS)
    throw new Error(`At most ${MAX_ACTIONS} targeted actions at a time.`);
  if (cleaned.some(action => action.length > MAX_ACTION_CHARS))
    throw new Error(
      `A targeted action is longer than ${MAX_ACTION_CHARS} characters: say it in a sentence or two.`,
    );
  return cleaned;
}

export function planReviewOutcome(
  model: DocumentModel,
  program: Program,
  outcome: 'accepted' | 'further-actions',
  actions: readonly string[],
  today: IsoDate,
): CompletionPlan {
  const cleaned = outcome === 'accepted' ? [] : cleanActions(actions);
  if (outcome === 'further-actions' && cleaned.length === 0)
    throw new Error('Write at least one targeted action, one per line.');
  const [appended] = reviewLines(model, program, [
    plainLine(decisionText(program, outcome, today)),
    ...cleaned.map(action => labelledLine(actionLabel(program, today), action)),
  ]);
  // The dated decision line is the decision's one place: the template's blank decision fields
  // (the add-on's own label and prompt, nothing people wrote) go, so no empty one contradicts it.
  const outline = buildOutline(model.blocks, program);
  const blankFields = blankDecisionFields(model, outline, program).map(
    (index): Insertion => ({index, blocks: [], replaces: 1}),
  );
  return {
    insertions: [
      {...appended, blocks: withoutDecisionFields(appended.blocks, program)},
      ...blankFields,
    ],
    description:
      outcome === 'accepted'
        ? 'Recorded the decision: accepted.'
        : `Recorded the decision with ${cleaned.length === 1 ? '1 targeted action' : `${cleaned.length} targeted actions`}.`,
  };
}

export function planActionDone(
  model: DocumentModel,
  program: Program,
  action: string,
  today: IsoDate,
): CompletionPlan {
  const open = requireOpenAction(model, program, action);
  return {
    insertions: reviewLines(model, program, [
      plainLine(actionDoneText(program, open.text, today)),
    ]),
    description: 'Marked the targeted action done.',
  };
}
