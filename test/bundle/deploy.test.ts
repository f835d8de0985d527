/**
 * `npm run deploy:prod` pushes only a committed tree. Each test runs dev/deploy.mjs in a scratch
 * git checkout holding it and a prod project file, with --dry-run so nothing is built or pushed.
 */
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../..');

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    {cwd, encoding: 'utf8'},
  );
  if (result.status !== 0) throw new Error(result.stderr);
}

/** A committed checkout with the deploy script and a prod project file naming `scriptId`. */
function checkout(scriptId = 'an-existing-script-id'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lmp-deploy-'));
  mkdirSync(path.join(dir, 'dev'));
  copyFileSync(
    path.join(root, 'dev/deploy.mjs'),
    path.join(dir, 'dev/deploy.mjs'),
  );
  writeFileSync(
    path.join(dir, '.clasp-prod.json'),
    JSON.stringify({scriptId, rootDir: 'dist'}),
  );
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'release');
  return dir;
}

function deployProd(dir: string) {
  const result = spawnSync(
    process.execPath,
    ['dev/deploy.mjs', 'push', 'prod', '--dry-run'],
    {cwd: dir, encoding: 'utf8'},
  );
  return {status: result.status, out: result.stdout, err: result.stderr};
}

describe('npm run deploy:prod', () => {
  it('refuses a tree with an uncommitted change, naming it, and runs nothing', () => {
    const dir = checkout();
    writeFileSync(path.join(dir, 'notes.txt'), 'not committed');
    const result = deployProd(dir);
    expect(result.status).toBe(1);
    expect(result.err).toContain('uncommitted changes');
    expect(result.err).toContain('notes.txt');
    expect(result.out).toBe('');
  });

  it('refuses an edited committed file too', () => {
    const dir = checkout();
    writeFileSync(
      path.join(dir, '.clasp-prod.json'),
      JSON.stringify({scriptId: 'another-script', rootDir: 'dist'}),
    );
    const result = deployProd(dir);
    expect(result.status).toBe(1);
    expect(result.err).toContain('.clasp-prod.json');
  });

  it('from a clean tree: tests, builds, then pushes exactly dist/ to the prod script', () => {
    const result = deployProd(checkout());
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    expect(result.out.split('\n').map(line => line.trim())).toEqual([
      'npm run deploy:prod would run, in order:',
      'npm test',
      'node build.mjs',
      'clasp --project .clasp-prod.json status --json   (must list exactly dist/Code.js, dist/Sidebar.html, dist/appsscript.json)',
      'clasp --project .clasp-prod.json push --force',
      '',
    ]);
  });

  it('says to run set-up first while the project file holds the placeholder id', () => {
    const result = deployProd(checkout('REPLACE_WITH_YOUR_PROD_SCRIPT_ID'));
    expect(result.status).toBe(1);
    expect(result.err).toContain('npm run deploy:setup -- prod');
  });
});
