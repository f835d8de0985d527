/** Who the person is in the program: shown at the top, asked when unknown, changeable. */
import {createContext} from 'preact';
import {useContext, useId} from 'preact/hooks';
import type {ProgramView, Role, SidebarState} from '../contract';
import {setRole} from './actions';
import {ActionButton} from './controls';
import {PROGRAM} from './program-view';

type Roles = ProgramView['roles'];

/** The program's name for a role ("Sponsoring manager"), as entries name it. */
export function roleLabel(roles: Roles, role: Role): string {
  return roles.find(r => r.id === role)?.label ?? role;
}

export const CHANGE_ROLE_ID = 'change-role';

/** Who is recording: the role chosen for this Doc (null until chosen) and the program's roles. */
export interface Recorder {
  role: Role | null;
  roles: Roles;
}

export const RecorderContext = createContext<Recorder>({role: null, roles: []});

export function useRecorder(): Recorder {
  return useContext(RecorderContext);
}

/**
 * Asked inside the Add evidence form while the role is unknown, so the first Add evidence ends
 * with an entry: the program's first role is chosen until the person picks another.
 */
export function RoleChoice({
  name,
  roles,
  chosen,
  onChoose,
}: {
  /** The radio group's name, unique in the page. */
  name: string;
  roles: Roles;
  chosen: Role;
  onChoose: (role: Role) => void;
}) {
  return (
    <fieldset class="role-choice">
      <legend>Recording as</legend>
      <div class="role-options">
        {roles.map(({id, label}) => (
          <label key={id} class="role-option">
            <input
              type="radio"
              name={name}
              value={id}
              checked={chosen === id}
              onChange={() => onChoose(id)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Recording as Candidate · Change role". */
export function RoleBar({
  state,
  onChange,
}: {
  state: SidebarState;
  onChange: () => void;
}) {
  if (!state.role) return null;
  return (
    <p class="role-bar" data-role={state.role}>
      <span>
        Recording as <strong>{roleLabel(PROGRAM.roles, state.role)}</strong>
      </span>
      <button
        type="button"
        id={CHANGE_ROLE_ID}
        class="btn btn-link"
        onClick={onChange}
      >
        Change role
      </button>
    </p>
  );
}

interface RoleQuestionProps {
  /** The program's roles, in its order, with its names for them. */
  roles: Roles;
  current: Role | null;
  /** Shown when the person chose to change an already known role. */
  onCancel?: () => void;
  onChosen: () => void;
}

export function RoleQuestion({
  roles,
  current,
  onCancel,
  onChosen,
}: RoleQuestionProps) {
  const headingId = useId();
  return (
    <section class="card role-question" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Who are you in this program?
      </h2>
      <p class="explain">Entries you add say who recorded them.</p>
      <div class="button-row">
        {roles.map(({id, label}) => (
          <ActionButton
            key={id}
            variant={current === id ? 'primary' : 'secondary'}
            action={{...setRole(id, CHANGE_ROLE_ID), onSuccess: onChosen}}
            pressed={current === null ? undefined : current === id}
          >
            {label}
          </ActionButton>
        ))}
        {onCancel && (
          <button type="button" class="btn btn-link" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </section>
  );
}
