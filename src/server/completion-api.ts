/**
 * The completion loop's server functions (core/review.ts says what each line means): the
 * sponsoring manager confirms an entry, each person agrees the evidence is complete, the manager
 * records the review's date, its decision with targeted actions, and an action done. Each
 * validates its request, plans on the Doc read once under the document lock, writes the dated
 * line, and replies with the whole new sidebar state, as api.ts's functions do.
 *
 * The role is the one the person chose (roles.ts), not verified: the add-on has no scope to know
 * who someone is, so these lines are a record, not access control; the Doc's version history
 * shows who wrote them.
 */
import type {Notice, SidebarState} from '../contract';
import {
  MAX_ACTION_CHARS,
  MAX_ACTIONS,
  planActionDone,
  planConfirmEntry,
  planReviewOutcome,
  planScheduleReview,
  planSignOff,
  requireOpenAction,
  type CompletionPlan,
} from '../core/completion-plans';
import type {DocumentModel, IsoDate} from '../core/document-model';
import {roleInSentence} from '../core/program';
import {PROGRAM} from '../core/program-data';
import type {Role} from '../core/report';
import {actionTopic} from '../core/review';
import {applyInsertions} from '../core/setup';
import {sidebarState, withTabWarning} from './api';
import {writeInsertions} from './doc-writer';
import {withDocumentLock} from './document-session';
import {currentRole, roleNotChosen} from './roles';
import {
  requireId,
  requireInteger,
  requireIsoDate,
  requireOneOf,
  requireRecord,
  requireText,
  requireTextList,
} from './validate';

const MAX_ENTRY_INDEX = 100_000;
const MAX_TITLE_CHARS = 500;

/** Only the sponsoring manager confirms, schedules and records the decision (as the program says). */
function requireRole(
  role: Role | null,
  needed: Role | null,
  what: string,
): Role {
  if (role === null) throw roleNotChosen(`then ${what}`);
  if (needed !== null && role !== needed)
    throw new Error(
      `In the program, ${roleInSentence(PROGRAM, needed)} does this: ${what}. If that is you, change your role first.`,
    );
  return role;
}

/** Runs a loop plan under the lock for the person in `needed` role, and replies with the new state. */
function writeLoopLine(
  today: IsoDate,
  needed: Role | null,
  what: string,
  plan: (model: DocumentModel, role: Role) => CompletionPlan,
): SidebarState {
  return withDocumentLock(({document, place, model}) => {
    const role = requireRole(currentRole(document.getId()), needed, what);
    const planned = plan(model, role);
    writeInsertions(place.body, model, planned.insertions);
    const notice: Notice = {
      tone: planned.insertions.length > 0 ? 'success' : 'info',
      text: planned.description,
    };
    return sidebarState(
      applyInsertions(model, planned.insertions),
      document.getId(),
      today,
      withTabWarning(notice, place),
      role,
    );
  });
}

export function confirmEntry(request: unknown): SidebarState {
  const fields = requireRecord(request, 'confirm entry');
  const today = requireIsoDate(fields.today, 'today');
  const input = {
    today,
    sectionId: requireId(fields.sectionId, 'sectionId'),
    entryIndex: requireInteger(
      fields.entryIndex,
      'entryIndex',
      0,
      MAX_ENTRY_INDEX,
    ),
    title: requireText(fields.title, 'title', MAX_TITLE_CHARS),
  };
  return writeLoopLine(today, 'manager', 'confirm an entry', model =>
    planConfirmEntry(model, PROGRAM, input),
  );
}

export function recordSignOff(request: unknown): SidebarState {
  const today = requireIsoDate(
    requireRecord(request, 'sign-off').today,
    'today',
  );
  return writeLoopLine(
    today,
    null,
    'agree that the evidence is complete',
    (model, role) => planSignOff(model, PROGRAM, role, today),
  );
}

export function scheduleReview(request: unknown): SidebarState {
  const fields = requireRecord(request, 'schedule review');
  const today = requireIsoDate(fields.today, 'today');
  const reviewDate = requireIsoDate(fields.reviewDate, 'reviewDate');
  return writeLoopLine(today, 'manager', 'record the review date', model =>
    planScheduleReview(model, PROGRAM, reviewDate, today),
  );
}

export function recordReviewOutcome(request: unknown): SidebarState {
  const fields = requireRecord(request, 'review outcome');
  const today = requireIsoDate(fields.today, 'today');
  const outcome = requireOneOf(fields.outcome, 'outcome', [
    'accepted',
    'further-actions',
  ] as const);
  const actions = requireTextList(
    fields.actions ?? [],
    'actions',
    MAX_ACTIONS,
    MAX_ACTION_CHARS,
  );
  return writeLoopLine(
    today,
    'manager',
    "record the leadership group's decision",
    model => planReviewOutcome(model, PROGRAM, outcome, actions, today),
  );
}

export function markActionDone(request: unknown): SidebarState {
  const fields = requireRecord(request, 'action done');
  const today = requireIsoDate(fields.today, 'today');
  const action = requireText(fields.action, 'action', MAX_ACTION_CHARS);
  return writeLoopLine(today, 'manager', 'mark a targeted action done', model =>
    planActionDone(model, PROGRAM, action, today),
  );
}

/** The request's action, when given: it must be text, checked against the Doc by actionEntryTopic. */
export function requestedAction(value: unknown): string | undefined {
  return value === undefined || value === null
    ? undefined
    : requireText(value, 'action', MAX_ACTION_CHARS);
}

/**
 * The heading words of an entry for an open targeted action ('Targeted action: …'), so the
 * entry counts against it once written; a clear error when the action is no longer open.
 */
export function actionEntryTopic(model: DocumentModel, action: string): string {
  return actionTopic(PROGRAM, requireOpenAction(model, PROGRAM, action).text);
}
