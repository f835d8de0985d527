/** Who the person is in the program: shown at the top, asked when unknown, changeable. */
import {useId} from 'preact/hooks';
import type {Role, SidebarState} from '../contract';
import {setRole} from './actions';
import {ActionButton} from './controls';

export const ROLE_LABELS: Record<Role, string> = {
  candidate: 'Candidate',
  manager: 'Sponsoring manager',
};

export const CHANGE_ROLE_ID = 'change-role';

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
        Recording as <strong>{ROLE_LABELS[state.role]}</strong>
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
  current: Role | null;
  /** Shown when the person chose to change an already known role. */
  onCancel?: () => void;
  onChosen: () => void;
}

export function RoleQuestion({current, onCancel, onChosen}: RoleQuestionProps) {
  const headingId = useId();
  return (
    <section class="card role-question" aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        Who are you in this program?
      </h2>
      <p class="explain">Entries you add say who recorded them.</p>
      <div class="button-row">
        {(Object.keys(ROLE_LABELS) as Role[]).map(role => (
          <ActionButton
            key={role}
            variant={current === role ? 'primary' : 'secondary'}
            action={{...setRole(role, CHANGE_ROLE_ID), onSuccess: onChosen}}
            pressed={current === null ? undefined : current === role}
          >
            {ROLE_LABELS[role]}
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
