/** A failed call, in plain words, with Try again (the same call) and Dismiss. */
import type {FriendlyError} from './rpc';

export interface Failure {
  error: FriendlyError;
  retry: () => void;
  /** The control that started the failed call, to return focus to on Dismiss. */
  origin: Element | null;
}

export const RETRY_ID = 'error-retry';

interface ErrorBannerProps {
  failure: Failure;
  retryDisabled: boolean;
  onDismiss: () => void;
}

export function ErrorBanner({
  failure,
  retryDisabled,
  onDismiss,
}: ErrorBannerProps) {
  const {error} = failure;
  return (
    <div class="error" role="alert" data-multi-account={error.multiAccount}>
      <p class="error-title">
        {error.multiAccount
          ? 'Could not reach the add-on'
          : 'That did not work'}
      </p>
      <p>{error.message}</p>
      {error.detail && <p class="error-detail">Details: {error.detail}</p>}
      <div class="button-row">
        <button
          type="button"
          id={RETRY_ID}
          class="btn btn-secondary"
          disabled={retryDisabled}
          onClick={failure.retry}
        >
          Try again
        </button>
        <button type="button" class="btn btn-link" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
