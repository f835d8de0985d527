/**
 * The client-side API Apps Script gives HTML served by HtmlService (google.script.run and
 * google.script.host), typed from src/contract.ts so a call to a server function that does not
 * exist, or with the wrong request, fails to compile.
 * https://developers.google.com/apps-script/guides/html/reference/run
 * https://developers.google.com/apps-script/guides/html/reference/host
 */
import type {ServerApi} from '../contract';

/** Each server function, called for its handlers' sake: the call itself returns nothing. */
export type ServerFunctions = {
  [K in keyof ServerApi]: (request: Parameters<ServerApi[K]>[0]) => void;
};

interface ScriptRunner extends ServerFunctions {
  /** Called with the server function's return value (and the user object, if one was set). */
  withSuccessHandler(
    handler: (value: unknown, userObject?: unknown) => void,
  ): ScriptRunner;
  /** Called with the Error the server function threw, or that the transport raised. */
  withFailureHandler(
    handler: (error: Error, userObject?: unknown) => void,
  ): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
}

interface ScriptHost {
  /** The domain of the page the add-on runs in (docs.google.com). */
  readonly origin: string;
  /** Closes the sidebar or dialog. */
  close(): void;
  setHeight(height: number): void;
  setWidth(width: number): void;
  editor: {
    /** Moves keyboard focus from the sidebar back to the document. */
    focus(): void;
  };
}

declare global {
  namespace google.script {
    const run: ScriptRunner;
    const host: ScriptHost;
  }
}

export {};
