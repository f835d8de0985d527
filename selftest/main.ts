/**
 * The self-test's entry points (build: `npm run build:selftest` → dist-selftest/). Pushed to a
 * test script bound to a throwaway Doc, never with the add-on (npm run deploy pushes dist/ only).
 */
import {CHECKS} from './checks/index';
import {runChecks, writeResults} from './run';

/** A menu of its own in the throwaway Doc: Self-test › Run the self-test. */
export function onOpen(): void {
  DocumentApp.getUi()
    .createMenu('Self-test')
    .addItem('Run the self-test', 'runSelfTest')
    .addToUi();
}

/** Runs every check, writes the pass/fail table into the Doc, and returns the counts. */
export function runSelfTest(): {passed: number; failed: number} {
  const results = runChecks(CHECKS);
  writeResults(
    DocumentApp.getActiveDocument(),
    results,
    new Date().toISOString(),
  );
  const passed = results.filter(result => result.passed).length;
  return {passed, failed: results.length - passed};
}
