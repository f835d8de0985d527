// Builds the optional live self-test into dist-selftest/ (npm run build:selftest):
//   Code.js          selftest/main.ts's checks (the same ones npm test runs on the emulation)
//   appsscript.json  the add-on's own manifest: the checks need nothing the add-on does not
// It is pushed by hand to a test script bound to a throwaway Doc (README, "The live self-test");
// npm run deploy pushes dist/ only.
import {copyFile, mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundleForAppsScript} from './apps-script-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere (the bundle test builds into a scratch directory).
const outFlag = process.argv.indexOf('--out');
const out =
  outFlag > 0
    ? path.resolve(process.argv[outFlag + 1])
    : path.join(root, 'dist-selftest');

const {code, names} = await bundleForAppsScript({
  entry: path.join(root, 'selftest/main.ts'),
  globalName: 'AppsScriptSelfTest',
  entryLabel: 'selftest/main.ts',
});
await rm(out, {recursive: true, force: true});
await mkdir(out, {recursive: true});
await writeFile(path.join(out, 'Code.js'), code);
await copyFile(
  path.join(root, 'appsscript.json'),
  path.join(out, 'appsscript.json'),
);
console.log(
  `built ${path.relative(root, out) || out}/: Code.js (${names.join(', ')}), appsscript.json`,
);
