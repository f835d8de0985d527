/** What the preview server and its page say to each other (JSON over HTTP on 127.0.0.1). */

export interface UiSnapshot {
  /** The sidebar the add-on last showed (its version changes each time it is shown again). */
  sidebar: {title: string; version: number} | null;
  dialog: {
    title: string;
    width: number;
    height: number;
    version: number;
  } | null;
  /** Alerts shown since the last snapshot. */
  alerts: string[];
  /** The account the preview is signed in as ('' for an account whose email is hidden). */
  email: string;
}

export interface RunRequest {
  functionName: string;
  args: unknown[];
}

export type RunReply =
  {ok: true; value: unknown} | {ok: false; message: string};
