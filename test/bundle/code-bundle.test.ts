/**
 * The built dist/Code.js, loaded the way Apps Script loads it: one sandboxed global scope with only
 * ECMAScript and the Apps Script services. The classic failures of a bundled Apps Script project —
 * an entry point that is not a top-level function, a stray `export`, a Node-only API — fail here.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createRuntime, type Runtime} from '../../dev/emulator/runtime';
import {
  loadDist,
  readDistHtmlFiles,
  type LoadedProject,
} from '../../dev/emulator/loader';
import * as entryModule from '../../src/server/main';
import {MENU_ITEMS} from '../../src/server/ui';

const root = path.join(__dirname, '../..');
const dist = path.join(root, 'dist');

function load(authMode: 'NONE' | 'FULL'): {
  runtime: Runtime;
  project: LoadedProject;
} {
  const runtime = createRuntime({
    files: readDistHtmlFiles(dist),
    authMode,
    userEmail: 'manager@example.com',
  });
  return {runtime, project: loadDist(runtime, dist)};
}

describe('dist/', () => {
  it('holds exactly the three files Apps Script runs', () => {
    expect(readdirSync(dist).sort()).toEqual([
      'Code.js',
      'Sidebar.html',
      'appsscript.json',
    ]);
  });

  it.each(['.clasp-dev.json', '.clasp-prod.json'])(
    'is what `clasp --project %s status` would push, and nothing else',
    projectFile => {
      const output = execFileSync(
        path.join(root, 'node_modules/.bin/clasp'),
        ['--project', projectFile, 'status', '--json'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      const status = JSON.parse(output.slice(output.indexOf('{'))) as {
        filesToPush: string[];
      };
      expect([...status.filesToPush].sort()).toEqual([
        'dist/Code.js',
        'dist/Sidebar.html',
        'dist/appsscript.json',
      ]);
    },
  );

  it('ships the manifest with V8 and only the two least scopes', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(dist, 'appsscript.json'), 'utf8'),
    ) as {
      runtimeVersion: string;
      oauthScopes: string[];
      exceptionLogging: string;
      timeZone: string;
    };
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/documents.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBeTruthy();
  });

  it('is built deterministically', () => {
    const digests = [1, 2].map(() => {
      const out = mkdtempSync(path.join(tmpdir(), 'lmp-build-'));
      execFileSync(
        process.execPath,
        [path.join(root, 'build.mjs'), '--out', out],
        {stdio: 'pipe'},
      );
      return readdirSync(out)
        .sort()
        .map(
          file =>
            `${file}:${createHash('sha256')
              .update(readFileSync(path.join(out, file)))
              .digest('hex')}`,
        );
    });
    expect(digests[1]).toEqual(digests[0]);
    expect(digests[0]).toHaveLength(3);
  });

  it('has no module syntax or Node-only API in the server file', () => {
    const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(
      /\brequire\(|\bprocess\.|\bsetTimeout\(|\bBuffer\./,
    );
  });
});

describe('dist/Code.js in an Apps Script sandbox', () => {
  it('is minified, yet a stack trace still names the functions it passed through', () => {
    const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
    // Minified: a few long lines, not the sources' thousands.
    expect(code.split('\n').length).toBeLessThan(40);
    const {project} = load('FULL');
    let stack = '';
    try {
      project.call('addEvidence', 'not a request');
    } catch (error) {
      stack = String((error as Error).stack);
    }
    expect(stack).toMatch(/InvalidRequestError/);
    // Apps Script's executions log shows this trace: the names are the sources' own.
    expect(stack).toMatch(/at requireRecord /);
    expect(stack).toMatch(/at addEvidence /);
  });

  it('exposes every export of src/server/main.ts as a top-level function', () => {
    const {project} = load('FULL');
    const exported = Object.keys(entryModule).filter(
      name => name !== '__esModule',
    );
    expect(exported.length).toBeGreaterThan(5);
    expect(project.functions().sort()).toEqual(
      expect.arrayContaining(exported.sort()),
    );
  });

  it('builds the add-on menu from onOpen in AuthMode.NONE', () => {
    const {runtime, project} = load('NONE');
    project.call('onOpen', {authMode: 'NONE'});
    const menu = runtime.ui.addonMenu();
    expect(menu).toBeDefined();
    const items = (menu?.entries ?? []).flatMap(entry =>
      entry.type === 'item' ? [[entry.caption, entry.functionName]] : [],
    );
    expect(items).toEqual(
      MENU_ITEMS.map(([caption, functionName]) => [caption, functionName]),
    );
    expect(items.map(([caption]) => caption)).toEqual([
      'Open sidebar',
      'Readiness check',
      'Set up document',
      'Insert readiness summary',
      'Help',
    ]);
    // Every menu item runs a function Apps Script can find.
    for (const [, functionName] of items)
      expect(project.functions()).toContain(functionName);
    expect(runtime.ui.sidebar).toBeNull();
  });

  it('builds the same menu from onInstall', () => {
    const {runtime, project} = load('FULL');
    project.call('onInstall', {authMode: 'FULL'});
    expect(
      runtime.ui.addonMenu()?.entries.filter(entry => entry.type === 'item'),
    ).toHaveLength(MENU_ITEMS.length);
  });

  it('opens the 300 px sidebar from the built HTML', () => {
    const {runtime, project} = load('FULL');
    project.call('showSidebar');
    const sidebar = runtime.ui.sidebar;
    expect(sidebar?.title).toBe('Lead Mentorship Program');
    expect(sidebar?.width).toBe(300);
    expect(sidebar?.html).toContain('data-initial-view="areas"');
    expect(sidebar?.html).not.toContain('<?');
  });

  it('opens the sidebar on the readiness view from the Readiness check item', () => {
    const {runtime, project} = load('FULL');
    project.call('showReadinessCheck');
    expect(runtime.ui.sidebar?.html).toContain('data-initial-view="readiness"');
  });

  it('cannot open the sidebar in AuthMode.NONE, as in Apps Script', () => {
    const {project} = load('NONE');
    expect(() => project.call('showSidebar')).toThrow();
  });

  it('serves the sidebar its state through a top-level function', () => {
    const {project} = load('FULL');
    const state = project.toHost(
      project.call('getSidebarState', {today: '2026-11-24'}),
    ) as {
      documentReady: boolean;
      report: {areas: unknown[]};
    };
    expect(state.documentReady).toBe(false);
    expect(state.report.areas).toHaveLength(5);
  });
});
