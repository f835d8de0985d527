/**
 * The completion loop's server calls, as Actions the app runs one at a time (see actions.ts): the
 * manager confirms an entry, each person agrees the evidence is complete, the manager records the
 * review's date, its decision and an action done, and anyone adds evidence for an open action.
 */
import type {EntryToConfirm, Role} from '../core/report';
import type {Action} from './actions';
import {addEvidence} from './actions';
import {callServer, today} from './rpc';

/**
 * `focusAfter`: where the keyboard goes once the confirmed entry's button is gone (the next
 * Confirm in its area, else the area's title), so the manager stays where they were.
 */
export const confirmEntry = (
  entry: EntryToConfirm,
  focusAfter: readonly string[],
): Action => ({
  key: `confirm:${entry.sectionId}:${entry.entryIndex}`,
  progress: 'Confirming the entry…',
  call: () =>
    callServer('confirmEntry', {
      today: today(),
      sectionId: entry.sectionId,
      entryIndex: entry.entryIndex,
      title: entry.title,
    }),
  focusAfter,
});

export const recordSignOff = (): Action => ({
  key: 'sign-off',
  progress: 'Recording that you agree…',
  call: () => callServer('recordSignOff', {today: today()}),
});

export const scheduleReview = (reviewDate: string): Action => ({
  key: 'schedule-review',
  progress: 'Recording the review date…',
  call: () => callServer('scheduleReview', {today: today(), reviewDate}),
});

export const recordReviewOutcome = (
  outcome: 'accepted' | 'further-actions',
  actions: string[],
): Action => ({
  key: 'review-outcome',
  progress: 'Recording the decision…',
  call: () =>
    callServer('recordReviewOutcome', {today: today(), outcome, actions}),
});

export const markActionDone = (action: string): Action => ({
  key: `action-done:${action}`,
  progress: 'Marking the action done…',
  call: () => callServer('markActionDone', {today: today(), action}),
});

/** `role`: who is recording, when the person chose it with this button. */
export const addActionEvidence = (
  sectionId: string,
  kindId: string,
  action: string,
  role: Role | null,
): Action => ({
  ...addEvidence(sectionId, null, kindId, role ? {action, role} : {action}),
  key: `add-action:${action}:${role ?? ''}`,
});
