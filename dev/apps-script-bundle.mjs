// Bundles a TypeScript entry module into one classic script Apps Script can run: an IIFE under a
// global name, plus one real top-level function per export (Apps Script finds only top-level
// functions: menus, triggers and google.script.run call them by name). Used by build.mjs (the
// add-on, dist/) and dev/build-selftest.mjs (the self-test, dist-selftest/).
import * as esbuild from 'esbuild';

/** The names the entry module exports, read from esbuild's metafile (never a hand-kept list). */
async function entryExports(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    outfile: 'entry.js',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return [...output.exports].sort();
}

/**
 * The script's text and its entry points. `entryLabel` names the entry module in the comment
 * above the generated functions.
 */
export async function bundleForAppsScript({entry, globalName, entryLabel}) {
  const names = await entryExports(entry);
  const wrappers = names
    .map(
      name =>
        `function ${name}(){return ${globalName}.${name}.apply(this,arguments)}`,
    )
    .join('\n');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'es2020',
    platform: 'neutral',
    // Minified, but with every function's own name kept (keepNames), so the stack traces Apps
    // Script shows in its executions log still name the function that failed.
    minify: true,
    keepNames: true,
    charset: 'utf8',
    legalComments: 'none',
    footer: {
      js: `// Apps Script finds only top-level functions: one per export of ${entryLabel}.\n${wrappers}`,
    },
    outfile: 'Code.js',
    logLevel: 'silent',
  });
  return {code: result.outputFiles[0].text, names};
}
