/**
 * Docs through the completion loop's review rounds, as the candidate and the sponsoring manager
 * take them with the add-on: both agree, the review is scheduled, the leadership group asks for
 * further targeted actions, and each action is closed, by evidence or by the manager's mark.
 */
import {
  planActionDone,
  planReviewOutcome,
  planScheduleReview,
} from '../../src/core/completion-plans';
import type {DocumentModel, IsoDate} from '../../src/core/document-model';
import {PROGRAM} from '../../src/core/program-data';
import {actionTopic} from '../../src/core/review';
import {applyInsertions, planAddEvidence} from '../../src/core/setup';
import {
  apply,
  bothAgree,
  confirmedDoc,
  indexOfText,
  TODAY,
  typeOver,
} from './fixtures';

export const REVIEW_DAY = '2026-12-15';
export const ACTIONS = [
  'Run the next sprint retrospective on your own',
  'Hold a feedback conversation with a peer',
];

/** A confirmed Doc, both agreed, reviewed on `day`: the group asks for `actions`. */
export function actionsRequested(
  model: DocumentModel = confirmedDoc(),
  day: IsoDate = REVIEW_DAY,
  actions: readonly string[] = ACTIONS,
): DocumentModel {
  const agreed = bothAgree(model, TODAY);
  const scheduled = apply(
    agreed,
    planScheduleReview(agreed, PROGRAM, day, TODAY),
  );
  return apply(
    scheduled,
    planReviewOutcome(scheduled, PROGRAM, 'further-actions', actions, day),
  );
}

/** The candidate records evidence against an action on `today`, writing over its first prompt. */
export function evidenceForAction(
  model: DocumentModel,
  action: string,
  today: IsoDate,
): DocumentModel {
  const plan = planAddEvidence(model, PROGRAM, {
    sectionId: 'development-process',
    criterionId: null,
    kindId: 'general',
    today,
    role: 'candidate',
    topic: actionTopic(PROGRAM, action),
  });
  const added = applyInsertions(model, plan.insertions);
  return typeOver(
    added,
    indexOfText(added, `${today} · Targeted action:`) + 2,
    'I ran it; the team chose two changes.',
  );
}

/**
 * The round the reviewer walked: further targeted actions on 2026-12-15, the first evidenced on
 * 2026-12-18, the second marked done by the manager on 2026-12-20; a new round has begun.
 */
export function actionsClosed(): DocumentModel {
  const evidenced = evidenceForAction(
    actionsRequested(),
    ACTIONS[0],
    '2026-12-18',
  );
  return apply(
    evidenced,
    planActionDone(evidenced, PROGRAM, ACTIONS[1], '2026-12-20'),
  );
}
