// Builds exactly what Apps Script runs into dist/:
//   Code.js         the server bundle, with one real top-level function per export of src/server/main.ts
//   Sidebar.html    the sidebar, its script and style inlined (Apps Script serves one HTML file)
//   appsscript.json the manifest
// Output is deterministic: same sources, same bytes.
import * as esbuild from 'esbuild';
import {mkdir, readFile, rm, writeFile, copyFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {bundleForAppsScript} from './dev/apps-script-bundle.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
// `node build.mjs --out DIR` builds elsewhere (the determinism test builds twice side by side).
const outFlag = process.argv.indexOf('--out');
const dist =
  outFlag > 0
    ? path.resolve(process.argv[outFlag + 1])
    : path.join(root, 'dist');
const serverEntry = path.join(root, 'src/server/main.ts');
const sidebarEntry = path.join(root, 'src/sidebar/main.tsx');
const GLOBAL_NAME = 'LeadMentorshipProgram';

async function buildServer() {
  const {code, names} = await bundleForAppsScript({
    entry: serverEntry,
    globalName: GLOBAL_NAME,
    entryLabel: 'src/server/main.ts',
  });
  await writeFile(path.join(dist, 'Code.js'), code);
  return names;
}

/** Apps Script serves one file: inline the script and style, guarding the two sequences that would break it. */
function inline(code, what) {
  if (code.includes('<?')) {
    throw new Error(
      `${what} contains "<?", which HtmlService templates would evaluate`,
    );
  }
  return code.replace(/<\/(script|style)/gi, '<\\/$1');
}

/**
 * The sidebar, with the program as it shows it (programView) built in as JSON: it never changes
 * while the add-on runs, so it need not travel with every reply (src/sidebar/program-view.ts).
 */
async function buildSidebar(programView) {
  const result = await esbuild.build({
    entryPoints: [sidebarEntry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'sidebar',
    logLevel: 'silent',
  });
  const script = result.outputFiles.find(file => file.path.endsWith('.js'));
  const css = await esbuild.transform(
    await readFile(path.join(root, 'src/sidebar/styles.css'), 'utf8'),
    {
      loader: 'css',
      minify: true,
    },
  );
  const template = await readFile(
    path.join(root, 'src/sidebar/index.html'),
    'utf8',
  );
  const html = template
    .replace('/*INLINE_STYLE*/', () => inline(css.code.trim(), 'styles.css'))
    .replace('/*INLINE_SCRIPT*/', () =>
      inline(script.text.trim(), 'the sidebar script'),
    )
    // '<' escaped, JSON still: nothing in it can close the element or open a scriptlet.
    .replace('/*PROGRAM_VIEW*/', () =>
      JSON.stringify(programView).replace(/</g, '\\u003c'),
    );
  await writeFile(path.join(dist, 'Sidebar.html'), html);
}

/**
 * The program's data (src/core/program-data.ts) is what an organisation edits: a broken edit fails
 * the build with validateProgram's own message (src/core/program.ts), before anything is written.
 * Returns the program as the sidebar shows it (programView), which the sidebar is built with.
 */
async function validatedProgramView() {
  const result = await esbuild.build({
    stdin: {
      contents:
        "export {PROGRAM} from './program-data';\nexport {validateProgram, programView} from './program';",
      resolveDir: path.join(root, 'src/core'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const programModule = {exports: {}};
  new Function('module', 'exports', result.outputFiles[0].text)(
    programModule,
    programModule.exports,
  );
  const {PROGRAM, validateProgram, programView} = programModule.exports;
  validateProgram(PROGRAM);
  return programView(PROGRAM);
}

const programView = await validatedProgramView();
await rm(dist, {recursive: true, force: true});
await mkdir(dist, {recursive: true});
const names = await buildServer();
await buildSidebar(programView);
await copyFile(
  path.join(root, 'appsscript.json'),
  path.join(dist, 'appsscript.json'),
);
console.log(
  `built ${path.relative(root, dist) || dist}/: Code.js (${names.length} entry points), Sidebar.html, appsscript.json`,
);
