'use strict';
// Prints the one closing line CI reads: `tests: N passed, M failed`.
// A suite that fails to run at all (syntax error, missing module) counts as one failure.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `tests: ${results.numPassedTests} passed, ${failed} failed\n`,
    );
  }
}
module.exports = SummaryReporter;
