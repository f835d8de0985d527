/**
 * The top of the sidebar, pinned while scrolling: a progress bar and the live region that says
 * what is running, then what the last action did (state.notice), so feedback stays in sight
 * whichever card started the action. Check again is each view's own, never in here.
 */
import type {Notice} from '../contract';

interface StatusBarProps {
  /** What the running call is doing, or null when idle. */
  progress: string | null;
  notice: Notice | null;
  onDismissNotice: () => void;
}

export function StatusBar({progress, notice, onDismissNotice}: StatusBarProps) {
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
