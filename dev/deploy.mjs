// Deploying with clasp 3, to one of two Apps Script projects:
//   dev   .clasp-dev.json   a Doc with its own bound script (open the Doc: the menu is there)
//   prod  .clasp-prod.json  a standalone script, the form Google requires for an Editor add-on
//
//   node dev/deploy.mjs push dev|prod [--dry-run]      (npm run deploy / npm run deploy:prod)
//   node dev/deploy.mjs setup dev|prod [--script-id ID] (npm run deploy:setup -- dev)
//
// push: refuses prod from a tree with any change (what reaches users is a commit you can name),
// then lint, typecheck and every test (npm test), builds dist/ last, checks clasp would push exactly
// the three built files, and pushes them. --dry-run stops after the checks and prints the commands.
// setup: logs clasp in when it has no credentials, then creates the script (or takes an existing
// id) and writes it into the project file. What clasp cannot do (turn on the Apps Script API for
// the account, a test deployment as an Editor add-on) is printed as the next step.
import {spawnSync} from 'node:child_process';
import {
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLASP = path.join(root, 'node_modules/@google/clasp/build/src/index.js');
const BUILT_FILES = [
  'dist/Code.js',
  'dist/Sidebar.html',
  'dist/appsscript.json',
];
const PLACEHOLDER = /^REPLACE_WITH_/;
const API_SETTINGS_URL = 'https://script.google.com/home/usersettings';

const TARGETS = {
  dev: {
    projectFile: '.clasp-dev.json',
    type: 'docs',
    title: 'Lead Mentorship Program (dev)',
    command: 'npm run deploy',
  },
  prod: {
    projectFile: '.clasp-prod.json',
    type: 'standalone',
    title: 'Lead Mentorship Program',
    command: 'npm run deploy:prod',
  },
};

class Refusal extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Refusal(
      `${[command, ...args].join(' ')} failed (exit ${result.status})`,
    );
  }
  return result.stdout ?? '';
}

function clasp(target, args, options) {
  return run(
    process.execPath,
    [CLASP, '--project', TARGETS[target].projectFile, ...args],
    options,
  );
}

function readProject(target) {
  const file = path.join(root, TARGETS[target].projectFile);
  if (!existsSync(file)) {
    throw new Refusal(
      `${TARGETS[target].projectFile} is missing: run npm run deploy:setup -- ${target}`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Any change git sees (staged, unstaged, untracked), one `git status --short` line each. */
function uncommittedChanges() {
  const result = spawnSync('git', ['status', '--porcelain'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Refusal(
      'not a git checkout: deploy:prod pushes only a committed tree',
    );
  }
  return result.stdout.split('\n').filter(line => line.trim() !== '');
}

function push(target, dryRun) {
  const {projectFile, command} = TARGETS[target];
  if (target === 'prod') {
    const changes = uncommittedChanges();
    if (changes.length > 0) {
      throw new Refusal(
        `refusing to deploy to prod from a tree with uncommitted changes:\n  ${changes.join('\n  ')}\n` +
          'Commit or stash them, then run it again: prod gets only a commit you can name.',
      );
    }
  }
  const project = readProject(target);
  if (
    typeof project.scriptId !== 'string' ||
    PLACEHOLDER.test(project.scriptId)
  ) {
    throw new Refusal(
      `${projectFile} has no script id yet: run npm run deploy:setup -- ${target}`,
    );
  }
  if (project.rootDir !== 'dist') {
    throw new Refusal(
      `${projectFile} must have "rootDir": "dist" (it has ${JSON.stringify(project.rootDir)})`,
    );
  }
  const steps = [
    ['npm', ['test']],
    [process.execPath, [path.join(root, 'build.mjs')]],
  ];
  if (dryRun) {
    console.log(`${command} would run, in order:`);
    for (const [name, args] of steps)
      console.log(
        `  ${[path.basename(name), ...args.map(a => path.relative(root, a) || a)].join(' ')}`,
      );
    console.log(
      `  clasp --project ${projectFile} status --json   (must list exactly ${BUILT_FILES.join(', ')})`,
    );
    console.log(`  clasp --project ${projectFile} push --force`);
    return;
  }
  for (const [name, args] of steps) run(name, args);
  const status = JSON.parse(
    clasp(target, ['status', '--json'], {capture: true}),
  );
  const files = [...status.filesToPush].sort();
  if (JSON.stringify(files) !== JSON.stringify([...BUILT_FILES].sort())) {
    throw new Refusal(
      `clasp would push ${files.join(', ')}, not exactly ${BUILT_FILES.join(', ')}`,
    );
  }
  clasp(target, ['push', '--force']);
  console.log(
    `\nPushed ${BUILT_FILES.join(', ')} to the ${target} script ${project.scriptId}.`,
  );
  if (target === 'dev') {
    console.log(
      'Reload the dev Doc: the menu is under Extensions › Lead Mentorship Program.',
    );
  } else {
    console.log(
      'Try it as an add-on: npx clasp --project .clasp-prod.json open-script, then Deploy › Test deployments ›\n' +
        'Editor add-on › Add test (Latest code, a test Doc) › Save test › Execute.',
    );
  }
}

function setup(target, scriptId) {
  const {projectFile, type, title, command} = TARGETS[target];
  const auth = JSON.parse(
    run(process.execPath, [CLASP, 'show-authorized-user', '--json'], {
      capture: true,
    }),
  );
  if (!auth.loggedIn) run(process.execPath, [CLASP, 'login']);
  console.log(
    `\nclasp needs the Apps Script API turned on for your account (once; clasp cannot do it):\n  ${API_SETTINGS_URL}\n`,
  );
  const file = path.join(root, projectFile);
  if (scriptId) {
    writeFileSync(
      file,
      `${JSON.stringify({scriptId, rootDir: 'dist'}, null, 2)}\n`,
    );
    console.log(`${projectFile} now points at script ${scriptId}.`);
  } else {
    const existing = existsSync(file)
      ? JSON.parse(readFileSync(file, 'utf8'))
      : null;
    if (existing && !PLACEHOLDER.test(String(existing.scriptId))) {
      throw new Refusal(
        `${projectFile} already points at script ${existing.scriptId}; to use another, pass --script-id ID`,
      );
    }
    // clasp create-script refuses to run while the project file names any script, even the
    // placeholder: set it aside, and put it back if creating fails.
    const aside = `${file}.placeholder`;
    if (existing) renameSync(file, aside);
    try {
      clasp(target, [
        'create-script',
        '--type',
        type,
        '--title',
        title,
        '--rootDir',
        'dist',
      ]);
    } catch (error) {
      if (existsSync(aside)) renameSync(aside, file);
      throw error;
    }
    rmSync(aside, {force: true});
    // create-script pulled the new script's own files into dist/: build over them.
    run(process.execPath, [path.join(root, 'build.mjs')]);
  }
  console.log(`\nNext: commit ${projectFile}, then ${command}.`);
}

function main(argv) {
  const [action, target, ...rest] = argv;
  if (!['push', 'setup'].includes(action) || !(target in TARGETS)) {
    throw new Refusal(
      'usage: node dev/deploy.mjs push dev|prod [--dry-run] | setup dev|prod [--script-id ID]',
    );
  }
  if (action === 'push') {
    push(target, rest.includes('--dry-run'));
    return;
  }
  const idFlag = rest.indexOf('--script-id');
  const scriptId = idFlag >= 0 ? rest[idFlag + 1] : undefined;
  if (idFlag >= 0 && !scriptId)
    throw new Refusal('--script-id needs the script id after it');
  setup(target, scriptId);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
