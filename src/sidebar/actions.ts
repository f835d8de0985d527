/**
 * Every server call the sidebar makes, as an Action the app runs one at a time. Each reply is the
 * whole SidebarState, so the app replaces its state with it: one round trip per action.
 */
import {createContext} from 'preact';
import {useContext} from 'preact/hooks';
import type {JumpTarget, Notice, Role, SidebarState} from '../contract';
import {callServer, today} from './rpc';

export interface Action {
  /** Names the control that started the action, so it can show its own progress. */
  key: string;
  /** Announced while the call runs, e.g. "Adding evidence…". */
  progress: string;
  call: () => Promise<SidebarState>;
  /** After success, give focus back to the Doc, where the server put the cursor. */
  focusDocument?: boolean;
  /**
   * After success, focus the first element of these ids that is in the page (when the control
   * that started the action is gone), in order of preference.
   */
  focusAfter?: readonly string[];
  /** Runs after the reply has replaced the state (e.g. to close the role picker), with the reply. */
  onSuccess?: (next: SidebarState) => void;
  /** What to tell the person when the reply carries no notice of its own (before: the old state). */
  notice?: (before: SidebarState | null, after: SidebarState) => Notice;
  /** A call to make next, given the reply (only when the reply asks for one). */
  followUp?: (next: SidebarState) => Action | null;
}

export interface Actions {
  /** The key of the action under way, or null when idle. */
  pending: string | null;
  run(action: Action): void;
}

export const ActionsContext = createContext<Actions>({
  pending: null,
  run: () => {},
});

export function useActions(): Actions {
  return useContext(ActionsContext);
}

/** `today` is read when the call is made (and again on retry), never cached. */
export const loadState = (): Action => ({
  key: 'load',
  progress: 'Loading…',
  call: () => callServer('getSidebarState', {today: today()}),
});

/** The quiet check when the person comes back to the sidebar: no progress shown, no notice. */
export const refreshState = (): Action => ({
  key: 'refresh',
  progress: '',
  call: () => callServer('getSidebarState', {today: today()}),
});

/** What the reply says about the Doc, without the date it was read on. */
function findings(state: SidebarState): string {
  const report = {...state.report, today: ''};
  return JSON.stringify([state.documentReady, state.role, report]);
}

/** Check again: reads the Doc afresh (one call) and says whether anything changed. */
export const checkAgain = (): Action => ({
  key: 'check',
  progress: 'Checking the document…',
  call: () => callServer('getSidebarState', {today: today()}),
  notice: (before, after) =>
    before === null || findings(before) !== findings(after)
      ? {
          tone: 'success',
          text: 'The document has changed since the last check. What you see is up to date.',
        }
      : {
          tone: 'info',
          text: 'Nothing has changed in the document since the last check.',
        },
});

export const setUpDocument = (): Action => ({
  key: 'set-up',
  progress: 'Setting up the document…',
  call: () => callServer('setUpDocument', {today: today()}),
});

export const insertSummary = (): Action => ({
  key: 'insert-summary',
  progress: 'Inserting the readiness summary…',
  call: () => callServer('insertReadinessSummary', {today: today()}),
});

export const setRole = (role: Role, focusAfter: string): Action => ({
  key: `role:${role}`,
  progress: 'Saving your role…',
  call: () => callServer('setRole', {today: today(), role}),
  focusAfter: [focusAfter],
});

/**
 * `role`: who is recording, when the person chose it in the form (the server remembers it);
 * `action`: the open targeted action the entry is evidence for. When the server could not put the
 * cursor on the new entry, the sidebar jumps there itself.
 */
export const addEvidence = (
  sectionId: string,
  criterionId: string | null,
  kindId: string,
  options: {role?: Role; action?: string} = {},
): Action => ({
  // With the role: of two buttons adding the same entry as different roles, only one is busy.
  key: `add:${sectionId}:${criterionId ?? ''}:${options.role ?? ''}`,
  progress: 'Adding an entry to the document…',
  call: () =>
    callServer('addEvidence', {
      today: today(),
      sectionId,
      criterionId,
      kindId,
      ...options,
    }),
  focusDocument: true,
  followUp: next =>
    next.unplacedCursor
      ? {
          ...jumpTo(next.unplacedCursor),
          // The jump's reply has no notice of its own: the entry's stays, saying where the cursor is.
          notice: () => ({
            tone: 'success',
            text: `${next.notice?.text ?? 'Added an entry.'} The cursor is at its start.`,
          }),
        }
      : null,
});

export const jumpTo = (target: JumpTarget): Action => ({
  key:
    'entryIndex' in target
      ? `jump:${target.sectionId}:${target.entryIndex}`
      : `jump:${target.sectionId}`,
  progress: 'Moving to the document…',
  call: () => callServer('jumpTo', {today: today(), target}),
  focusDocument: true,
});
