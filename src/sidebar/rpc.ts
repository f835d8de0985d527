/**
 * The sidebar's only way to the server: a typed promise over google.script.run, the error messages
 * people see when a call fails, and the user's calendar date that every request carries.
 */
import type {IsoDate, ServerApi} from '../contract';
import type {ServerFunctions} from './google-script';

type Request<K extends keyof ServerApi> = Parameters<ServerApi[K]>[0];
type Reply<K extends keyof ServerApi> = ReturnType<ServerApi[K]>;

function scriptAvailable(): boolean {
  return typeof google !== 'undefined' && Boolean(google.script?.run);
}

/** Calls one server function; always with both handlers, so a failure never goes unseen. */
export function callServer<K extends keyof ServerApi>(
  name: K,
  request: Request<K>,
): Promise<Reply<K>> {
  return new Promise<Reply<K>>((resolve, reject) => {
    if (!scriptAvailable()) {
      reject(new Error('google.script.run is not available on this page.'));
      return;
    }
    const runner = google.script.run
      // The reply is whatever the server returned for `name`; its type comes from the contract.
      .withSuccessHandler(value => resolve(value as Reply<K>))
      .withFailureHandler(error => reject(error));
    // Seen as the plain map of server functions, runner[name] keeps the request type of `name`.
    const functions: ServerFunctions = runner;
    functions[name](request);
  });
}

/** Gives keyboard focus back to the Doc (where the server just put the cursor). */
export function focusDocument(): void {
  if (typeof google === 'undefined') return;
  try {
    google.script.host?.editor?.focus();
  } catch {
    // Focusing is a courtesy: the action itself succeeded.
  }
}

/** The user's own calendar date from the browser's local clock (not UTC, not the script's zone). */
export function today(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface FriendlyError {
  /** What to tell the person, in plain words. */
  message: string;
  /** The error as reported, when the message explains rather than repeats it. */
  detail: string | null;
  /** True when the failure looks like the several-Google-accounts problem. */
  multiAccount: boolean;
}

export const MULTI_ACCOUNT_MESSAGE =
  'You may be signed in to several Google accounts in this browser, which stops add-ons from ' +
  'reaching their script. Open the Doc in a window signed in to one account only (for example a ' +
  'private window or a separate browser profile), then open the sidebar again.';

/** Failures Google's side reports when the add-on runs under another signed-in account than the Doc's. */
const MULTI_ACCOUNT_SIGNS: readonly RegExp[] = [
  /action not allowed/i,
  /permission_denied/i,
  /server error occurred while reading from storage/i,
  /authorization is required/i,
];

export const UNREACHABLE_MESSAGE =
  'The add-on could not reach Google Docs. Check your connection and try again.';

/**
 * Failures to reach the server at all (offline, a dropped connection, a timeout): a connection
 * problem, not the several-accounts one, so the person is told to check their connection.
 * google.script.run reports these as "NetworkError: Connection failure due to HTTP 0" and the like.
 */
const UNREACHABLE_SIGNS: readonly RegExp[] = [
  /networkerror/i,
  /network error/i,
  /connection failure/i,
  /failed to fetch/i,
  /network request failed/i,
  /load failed/i,
  /err_internet_disconnected/i,
];

function rawText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const {message} = error as {message: unknown};
    if (typeof message === 'string') return message;
  }
  return '';
}

/** Turns whatever a failed call rejected with into something a person can read. */
export function describeError(error: unknown): FriendlyError {
  const raw = rawText(error).trim();
  if (MULTI_ACCOUNT_SIGNS.some(sign => sign.test(raw))) {
    return {message: MULTI_ACCOUNT_MESSAGE, detail: raw, multiAccount: true};
  }
  if (UNREACHABLE_SIGNS.some(sign => sign.test(raw))) {
    return {message: UNREACHABLE_MESSAGE, detail: raw, multiAccount: false};
  }
  // Apps Script prefixes thrown messages with the error's class ("Exception: …", "Error: …").
  const cleaned = raw
    .replace(/^(?:[A-Za-z]*(?:Error|Exception):\s*)+/, '')
    .trim();
  if (!cleaned) {
    return {message: UNREACHABLE_MESSAGE, detail: null, multiAccount: false};
  }
  return {message: cleaned, detail: null, multiAccount: false};
}
