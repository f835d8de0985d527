/**
 * The shape of a self-test check and the few assertions checks make. The same checks run in two
 * places: on the emulation in `npm test` (test/conformance/live-checks.test.ts) and on real Google
 * from the self-test bundle (selftest/main.ts), so a difference between the two shows as a failing
 * row the day someone runs the self-test. Plain ECMAScript and Apps Script only: no jest here.
 */

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

export interface CheckContext {
  /** The Doc, opened for this check, its first tab active. */
  document: Document;
  /** The first tab's body, emptied before the check: its scratch space. */
  scratch: Body;
}

export interface Check {
  /** What Google does, in a sentence (the row of the results table). */
  name: string;
  /** Where Google's reference says so, or what the add-on relies on where it is silent. */
  source: string;
  run(context: CheckContext): void;
}

export const REF =
  'https://developers.google.com/apps-script/reference/document/';
export const TABS_GUIDE =
  'https://developers.google.com/apps-script/guides/docs/tabs';
/** For behaviours no page states: the self-test is their evidence. */
export const NOT_DOCUMENTED =
  'Not documented; src/server/doc-reader.ts relies on it';

/** The message of anything thrown (errors from Apps Script services come from another realm). */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as {message: unknown}).message);
  return String(error);
}

/** Fails the check unless `actual` and `expected` are the same plain data. */
export function expectEqual(
  actual: unknown,
  expected: unknown,
  what: string,
): void {
  const got = JSON.stringify(actual);
  const wanted = JSON.stringify(expected);
  if (got !== wanted)
    throw new Error(`${what}: expected ${wanted}, got ${got}`);
}

/** Fails the check unless `action` throws an error whose message contains `message`. */
export function expectThrows(
  action: () => unknown,
  message: string,
  what: string,
): void {
  try {
    action();
  } catch (error) {
    const text = messageOf(error);
    if (text.includes(message)) return;
    throw new Error(
      `${what}: expected an error with "${message}", got "${text}"`,
    );
  }
  throw new Error(
    `${what}: expected an error with "${message}", none was thrown`,
  );
}
