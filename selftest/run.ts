/**
 * Runs the checks on the active Doc, each on an emptied first tab, then empties the tabs checks
 * write in (the first, the second and its child tabs; the third, made by hand, is only read) and
 * writes the results into the first as a table: what the checks wrote is gone, the results stay.
 */
import {messageOf, type Check} from './check';

type Document = GoogleAppsScript.Document.Document;
type Tab = GoogleAppsScript.Document.Tab;

export interface CheckResult {
  name: string;
  source: string;
  passed: boolean;
  /** Why it failed ('' when it passed). */
  detail: string;
}

/** Runs one check on a fresh Document with the first tab active and emptied. */
function runCheck(check: Check): CheckResult {
  try {
    const document = DocumentApp.getActiveDocument();
    const first = document.getTabs()[0];
    document.setActiveTab(first.getId());
    const scratch = first.asDocumentTab().getBody();
    scratch.clear();
    check.run({document, scratch});
    return {name: check.name, source: check.source, passed: true, detail: ''};
  } catch (error) {
    return {
      name: check.name,
      source: check.source,
      passed: false,
      detail: messageOf(error),
    };
  }
}

export function runChecks(checks: readonly Check[]): CheckResult[] {
  return checks.map(runCheck);
}

function allTabs(tabs: readonly Tab[]): Tab[] {
  return tabs.flatMap(tab => [tab, ...allTabs(tab.getChildTabs())]);
}

/** Empties the tabs the checks write in and writes the results table into the first. */
export function writeResults(
  document: Document,
  results: readonly CheckResult[],
  ranAt: string,
): void {
  const written = allTabs(document.getTabs().slice(0, 2));
  written.forEach(tab => tab.asDocumentTab().getBody().clear());
  const body = written[0].asDocumentTab().getBody();
  const passed = results.filter(result => result.passed).length;
  body
    .appendParagraph('Apps Script self-test')
    .setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph(
    `${passed} of ${results.length} checks passed · ${ranAt}. A failing row is a difference between the emulation (npm test) and Google: see README, "The live self-test".`,
  );
  const table = body.appendTable([
    ['Check', 'Result', 'Why it failed', 'Source'],
    ...results.map(result => [
      result.name,
      result.passed ? 'PASS' : 'FAIL',
      result.detail,
      result.source,
    ]),
  ]);
  table.getRow(0).editAsText().setBold(true);
}
