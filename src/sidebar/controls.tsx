/** Small building blocks shared by the views: buttons with progress, the status chip, warnings. */
import type {ComponentChildren} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {SECTION_MISSING} from '../core/readiness';
import {STATUS_LABELS, type AreaStatus} from '../core/report';
import type {Action} from './actions';
import {checkAgain, useActions} from './actions';
import {checkedAgo} from './format';

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

export function StatusChip({status}: {status: AreaStatus}) {
  return (
    <span class={`chip chip-${status}`} data-status={status}>
      <StatusIcon status={status} />
      <ScreenReaderText>Status: </ScreenReaderText>
      {STATUS_LABELS[status]}
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

/** "Checked just now", "Checked 5 min ago": kept current while it is on screen. */
export function CheckedAgo({at}: {at: number}) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [at]);
  return <>Checked {checkedAgo(at, Math.max(now, at))}</>;
}

/** Plain-language remarks from the check that its other fields do not carry (a missing section). */
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

/** The id of the view's Check again (one per view: only one view is in the page at a time). */
export const CHECK_AGAIN_ID = 'check-again';

/**
 * Why a section's Add evidence is unavailable, said beside the disabled control (the card's notes
 * then leave it out, so it is said once).
 */
export const UNAVAILABLE_REASON = SECTION_MISSING;

/** A card's notes, without the one its disabled control already says. */
export function cardNotes(notes: string[]): string[] {
  return notes.filter(note => note !== SECTION_MISSING);
}

/** "Checked just now" and the view's one Check again, which reads the Doc afresh. */
export function CheckAgainRow({
  checkedAt,
  refreshing,
  variant,
}: {
  checkedAt: number;
  /** True while the sidebar checks the Doc again by itself (the person came back to it). */
  refreshing: boolean;
  variant: 'secondary' | 'link';
}) {
  return (
    <div class={`checked-row checked-row-${variant}`}>
      <p class="facts facts-minor">
        {refreshing ? 'Checking the document…' : <CheckedAgo at={checkedAt} />}
      </p>
      <ActionButton id={CHECK_AGAIN_ID} variant={variant} action={checkAgain()}>
        Check again
      </ActionButton>
    </div>
  );
}
