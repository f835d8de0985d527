/** Small building blocks shared by the views: buttons with progress, the status chip, warnings. */
import type {ComponentChildren} from 'preact';
import type {AreaStatus} from '../core/report';
import type {Action} from './actions';
import {useActions} from './actions';

interface ActionButtonProps {
  /** What to run (the call starts only on click); its key marks the button that shows progress. */
  action: Action;
  variant?: 'primary' | 'secondary' | 'link';
  /** Disabled for a reason of its own (besides another call running). */
  unavailable?: boolean;
  id?: string;
  /**
   * The accessible name, when the visible text alone would be ambiguous ("Add evidence" on every
   * card). It starts with the visible text, so speech users can say what they see.
   */
  label?: string;
  describedBy?: string;
  /** For toggle-like choices (the role picker): which one is current. */
  pressed?: boolean;
  children: ComponentChildren;
}

/**
 * A real <button> that runs one server call. While any call runs every ActionButton is disabled
 * (each reply replaces the whole state, so a second call would race the first); the one that
 * started it shows a spinner.
 */
export function ActionButton(props: ActionButtonProps) {
  const {pending, run} = useActions();
  const mine = pending === props.action.key;
  return (
    <button
      type="button"
      id={props.id}
      class={`btn btn-${props.variant ?? 'secondary'}`}
      disabled={pending !== null || props.unavailable}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-pressed={props.pressed}
      data-busy={mine ? 'true' : undefined}
      onClick={() => run(props.action)}
    >
      {mine && <span class="spinner" aria-hidden="true" />}
      {props.children}
    </button>
  );
}

/** Text only visible to screen readers (completes a visible label, e.g. which area). */
export function ScreenReaderText({children}: {children: ComponentChildren}) {
  return <span class="sr-only">{children}</span>;
}

const STATUS_TEXT: Record<AreaStatus, string> = {
  missing: 'Missing',
  'in-progress': 'In progress',
  evidenced: 'Evidenced',
};

export function StatusChip({status}: {status: AreaStatus}) {
  return (
    <span class={`chip chip-${status}`} data-status={status}>
      <StatusIcon status={status} />
      <ScreenReaderText>Status: </ScreenReaderText>
      {STATUS_TEXT[status]}
    </span>
  );
}

function StatusIcon({status}: {status: AreaStatus}) {
  return (
    <svg
      class="chip-icon"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      aria-hidden="true"
    >
      {status === 'evidenced' ? (
        <path
          d="M2.5 6.2 5 8.6 9.6 3.6"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
        />
      ) : status === 'in-progress' ? (
        <>
          <circle
            cx="6"
            cy="6"
            r="4.2"
            fill="none"
            stroke="currentColor"
            stroke-width="1.5"
          />
          <path d="M6 1.8a4.2 4.2 0 0 1 0 8.4z" fill="currentColor" />
        </>
      ) : (
        <circle
          cx="6"
          cy="6"
          r="4.2"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
        />
      )}
    </svg>
  );
}

/** A flagged fact (stale evidence, a one-on-one gap): icon plus text. */
export function Warning({children}: {children: ComponentChildren}) {
  return (
    <p class="warning">
      <svg
        class="warning-icon"
        viewBox="0 0 12 12"
        width="12"
        height="12"
        aria-hidden="true"
      >
        <path d="M6 1 11.2 10.5H.8z" fill="currentColor" />
        <path d="M6 4.5v3M6 8.6v.6" stroke="#fff" stroke-width="1.2" />
      </svg>
      <span>{children}</span>
    </p>
  );
}

/** Plain-language remarks from the check ("Section missing — Set up will restore it"). */
export function Notes({notes}: {notes: string[]}) {
  if (notes.length === 0) return null;
  return (
    <ul class="notes">
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
    </ul>
  );
}
