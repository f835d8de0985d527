/**
 * The top of the sidebar, pinned while scrolling: a progress bar and the live region that says
 * what is running, then what the last action did (state.notice), so feedback stays in sight
 * whichever card started the action.
 */
import type {Notice} from '../contract';
import {checkAgain} from './actions';
import {ActionButton, CheckedAgo} from './controls';

export const REFRESH_LABEL = 'Check the document again';

interface StatusBarProps {
  /** What the running call is doing, or null when idle. */
  progress: string | null;
  notice: Notice | null;
  /** When the Doc was last read, or null before the first reply (no refresh control then). */
  checkedAt: number | null;
  /** Whether to say when the Doc was last read (the Readiness view says it itself). */
  showChecked: boolean;
  onDismissNotice: () => void;
}

/** Also holds a small refresh control (Check again), in sight from either view. */
export function StatusBar({
  progress,
  notice,
  checkedAt,
  showChecked,
  onDismissNotice,
}: StatusBarProps) {
  const tone = progress ? 'busy' : notice?.tone;
  return (
    <div class="status-bar">
      <div
        class={`progress-bar${progress ? ' active' : ''}`}
        aria-hidden="true"
      />
      <div class={`status-row${tone ? ` status-${tone}` : ''}`}>
        {/* Always in the page, so assistive technology hears every change to it. */}
        <div class="status" role="status" aria-live="polite" data-tone={tone}>
          {progress ? (
            <>
              <span class="spinner" aria-hidden="true" />
              {progress}
            </>
          ) : (
            notice?.text
          )}
        </div>
        {!progress && !notice && showChecked && checkedAt !== null && (
          <span class="checked-ago">
            <CheckedAgo at={checkedAt} />
          </span>
        )}
        {checkedAt !== null && (
          <ActionButton
            variant="icon"
            action={checkAgain()}
            label={REFRESH_LABEL}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path
                d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3"
                fill="none"
                stroke="currentColor"
                stroke-width="1.6"
                stroke-linecap="round"
                stroke-linejoin="round"
              />
            </svg>
          </ActionButton>
        )}
        {!progress && notice && (
          <button
            type="button"
            class="status-close"
            aria-label="Dismiss notice"
            onClick={onDismissNotice}
          >
            <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
              <path
                d="M2.5 2.5 9.5 9.5M9.5 2.5 2.5 9.5"
                stroke="currentColor"
                stroke-width="1.6"
              />
            </svg>
          </button>
        )}
      </div>
    </div>
  );
}
