/**
 * The live self-test bundle (npm run build:selftest → dist-selftest/), built and run here the way
 * Apps Script would run it: loaded in the sandbox, its menu built, "Run the self-test" clicked, on
 * an emulated throwaway Doc with the tabs the README asks for. Every check passes on the
 * emulation; on real Google, a failing row is a difference to fix in the emulation. npm run deploy
 * never pushes it.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {TabJSON} from '../../dev/emulator/document/model';
import {loadDist} from '../../dev/emulator/loader';
import {createRuntime} from '../../dev/emulator/runtime';
import {CHECKS} from '../../selftest/checks/index';
import {blockLine, tableRowsAt} from '../integration/fixture';
import {selfTestDocument} from '../fixtures/self-test-document';

const root = path.join(__dirname, '../..');

function buildSelfTest(out: string): void {
  execFileSync(
    process.execPath,
    [path.join(root, 'dev/build-selftest.mjs'), '--out', out],
    {stdio: 'pipe'},
  );
}

describe('dist-selftest/', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'lmp-selftest-'));
  beforeAll(() => buildSelfTest(out));

  it('holds the script and the manifest, with a menu and a run function', () => {
    expect(readdirSync(out).sort()).toEqual(['Code.js', 'appsscript.json']);
    const runtime = createRuntime({document: selfTestDocument()});
    const project = loadDist(runtime, out);
    expect(project.functions().sort()).toEqual(['onOpen', 'runSelfTest']);
    project.call('onOpen');
    expect(runtime.ui.menus).toEqual([
      {
        caption: 'Self-test',
        isAddonMenu: false,
        entries: [
          {
            type: 'item',
            caption: 'Run the self-test',
            functionName: 'runSelfTest',
          },
        ],
      },
    ]);
  });

  it('runs green on the emulation, leaves a pass/fail table in the first tab and empties the tabs it wrote in', () => {
    const document = selfTestDocument();
    const handMade = JSON.stringify(document.toJSON().tabs?.[2]);
    const runtime = createRuntime({document});
    const project = loadDist(runtime, out);

    expect(project.toHost(project.call('runSelfTest'))).toEqual({
      passed: CHECKS.length,
      failed: 0,
    });

    const [first, second, third] = document.toJSON().tabs ?? [];
    const firstLines = first.body.map(blockLine);
    expect(firstLines[1]).toBe('H1 Apps Script self-test');
    expect(firstLines[2]).toMatch(
      new RegExp(`^${CHECKS.length} of ${CHECKS.length} checks passed · `),
    );
    const rows = tableRowsAt(document, 3);
    expect(rows[0]).toEqual(['Check', 'Result', 'Why it failed', 'Source']);
    expect(rows.slice(1).map(row => [row[0], row[1]])).toEqual(
      CHECKS.map(check => [check.name, 'PASS']),
    );
    // Cleaned up: the other tabs are empty again, and no mark is left behind.
    const emptyTabs = (tabs: readonly TabJSON[]): string[] =>
      tabs.flatMap(tab => [
        tab.body.map(blockLine).join('|'),
        ...emptyTabs(tab.childTabs ?? []),
      ]);
    expect(emptyTabs([second])).toEqual(['', '']);
    // The tab made by hand is only read.
    expect(JSON.stringify(third)).toBe(handMade);
    expect(document.namedRanges).toEqual([]);
  });

  it('a failing check shows as a FAIL row with why, and the run still finishes', () => {
    const runtime = createRuntime({document: selfTestDocument()});
    // Say Google had no document lock here: that row fails, the others pass.
    runtime.services.inDocument = false;
    const project = loadDist(runtime, out);
    expect(project.toHost(project.call('runSelfTest'))).toEqual({
      passed: CHECKS.length - 1,
      failed: 1,
    });
    const failing = tableRowsAt(runtime.document, 3).filter(
      row => row[1] === 'FAIL',
    );
    expect(failing).toEqual([
      [
        'LockService.getDocumentLock() gives a lock in a script bound to the Doc',
        'FAIL',
        'getDocumentLock() is null: expected false, got true',
        'https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()',
      ],
    ]);
  });

  it('is never pushed by npm run deploy: clasp pushes dist/ only, even with dist-selftest/ built', () => {
    buildSelfTest(path.join(root, 'dist-selftest'));
    for (const projectFile of ['.clasp-dev.json', '.clasp-prod.json']) {
      const output = execFileSync(
        path.join(root, 'node_modules/.bin/clasp'),
        ['--project', projectFile, 'status', '--json'],
        {cwd: root, encoding: 'utf8'},
      );
      const status = JSON.parse(output.slice(output.indexOf('{'))) as {
        filesToPush: string[];
      };
      expect(
        status.filesToPush.filter(file => file.includes('selftest')),
      ).toEqual([]);
    }
  });
});
