/**
 * The self-test's checks (selftest/checks), run on the emulation: the same assertions the
 * self-test bundle makes on real Google (README, "The live self-test"), so the emulation passes
 * every one of them, and a row that fails on Google is a difference to fix here.
 */
import {EmulatedDocument} from '../../dev/emulator/document';
import {createRuntime} from '../../dev/emulator/runtime';
import {CHECKS} from '../../selftest/checks/index';
import type {Check} from '../../selftest/check';
import {runChecks} from '../../selftest/run';
import {selfTestDocument} from '../fixtures/self-test-document';

function runOnEmulation(check: Check) {
  const runtime = createRuntime({document: selfTestDocument()});
  runtime.installGlobals();
  try {
    return runChecks([check])[0];
  } finally {
    runtime.endExecution();
    runtime.uninstall();
  }
}

describe('Self-test checks on the emulation', () => {
  it.each(CHECKS.map(check => [`${check.name} (${check.source})`, check]))(
    '%s',
    (_title, check) => {
      expect(runOnEmulation(check)).toEqual({
        name: check.name,
        source: check.source,
        passed: true,
        detail: '',
      });
    },
  );

  it('a check of tabs on a Doc without the tabs it needs fails with what to add', () => {
    const runtime = createRuntime({document: EmulatedDocument.blank()});
    runtime.installGlobals();
    try {
      const [result] = runChecks(
        CHECKS.filter(check => check.name.startsWith('Document.getTabs()')),
      );
      expect(result.passed).toBe(false);
      expect(result.detail).toMatch(/needs a Doc with at least two tabs/);
    } finally {
      runtime.endExecution();
      runtime.uninstall();
    }
  });
});
