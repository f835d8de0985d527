/**
 * Who the person is in the program: asked up front while unknown (it can wait: "Not now"), shown at
 * the top once chosen, changeable; and, wherever a control is hidden because no role is chosen,
 * a line that says so with the way to choose.
 */
import type {ComponentChildren} from 'preact';
import {createContext} from 'preact';
import {useContext, useId} from 'preact/hooks';
import type {ProgramView, Role, SidebarState} from '../contract';
import {nameInSentence} from '../core/report';
import {setRole} from './actions';
import {ActionButton} from './controls';
import {PROGRAM} from './program-view';

type Roles = ProgramView['roles'];

/** The program's name for a role ("Sponsoring manager"), as entries name it. */
export function roleLabel(roles: Roles, role: Role): string {
  return roles.find(r => r.id === role)?.label ?? role;
}

/** The role bar's button (Change role, or Choose your role): focus returns there. */
export const CHANGE_ROLE_ID = 'change-role';
/** The role question's heading: focus goes there when someone asks to choose. */
export const ROLE_QUESTION_ID = 'role-question';

/** Who is recording: the role chosen for this Doc (null until chosen) and the program's roles. */
export interface Recorder {
  role: Role | null;
  roles: Roles;
  /** Shows the role question and gives it the keyboard. */
  askRole: () => void;
}

export const RecorderContext = createContext<Recorder>({
  role: null,
  roles: [],
  askRole: () => {},
});

export function useRecorder(): Recorder {
  return useContext(RecorderContext);
}

/**
 * "Recording as Candidate · Change role"; with no role chosen and the question put aside,
 * "No role chosen yet · Choose your role".
 */
export function RoleBar({
  state,
  onChange,
}: {
  state: SidebarState;
  onChange: () => void;
}) {
  return (
    <p class="role-bar" data-role={state.role ?? 'none'}>
      <span>
        {state.role ? (
          <>
            Recording as <strong>{roleLabel(PROGRAM.roles, state.role)}</strong>
          </>
        ) : (
          'No role chosen yet'
        )}
      </span>
      <button
        type="button"
        id={CHANGE_ROLE_ID}
        class="btn btn-link"
        onClick={onChange}
      >
        {state.role ? 'Change role' : 'Choose your role'}
      </button>
    </p>
  );
}

interface RoleQuestionProps {
  /** The program's roles, in its order, with its names for them. */
  roles: Roles;
  current: Role | null;
  /** Closes the question without choosing: Cancel (changing a role) or Not now (none yet). */
  onClose: () => void;
  onChosen: () => void;
}

export function RoleQuestion({
  roles,
  current,
  onClose,
  onChosen,
}: RoleQuestionProps) {
  const textId = useId();
  const manager = nameInSentence(roleLabel(roles, 'manager'));
  return (
    <section class="card role-question" aria-labelledby={ROLE_QUESTION_ID}>
      <h2 id={ROLE_QUESTION_ID} class="card-title" tabIndex={-1}>
        Who are you in this program?
      </h2>
      <p id={textId} class="explain">
        Entries you add say who recorded them. Confirm, and the leadership
        review's date and decision, are for {manager}.
      </p>
      <div class="button-row">
        {roles.map(({id, label}) => (
          <ActionButton
            key={id}
            variant={current === id ? 'primary' : 'secondary'}
            action={{...setRole(id, CHANGE_ROLE_ID), onSuccess: onChosen}}
            pressed={current === null ? undefined : current === id}
            describedBy={textId}
          >
            {label}
          </ActionButton>
        ))}
        <button type="button" class="btn btn-link" onClick={onClose}>
          {current === null ? 'Not now' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}

/**
 * Where controls are hidden because no role is chosen: what they are, and the way to choose.
 * Shows nothing once a role is chosen.
 */
export function RoleNeeded({children}: {children: ComponentChildren}) {
  const {role, askRole} = useRecorder();
  if (role !== null) return null;
  return (
    <p class="role-needed">
      <span>{children}</span>{' '}
      <button type="button" class="btn btn-link" onClick={askRole}>
        Choose your role
      </button>
    </p>
  );
}
