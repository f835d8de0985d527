/**
 * The compiler, not a person, keeps the menu and the sidebar in step with src/server/main.ts: each
 * test compiles the real project with one edit a contributor might make (in memory, the files on
 * disk untouched) and expects the typecheck to fail, naming what broke.
 */
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'src/server/main.ts');

type Edit = (text: string) => string;

/** Replaces `from` once, failing loudly when the source no longer has it (so no test passes vacuously). */
function replaceOnce(from: string, to: string): Edit {
  return text => {
    if (!text.includes(from)) throw new Error(`source no longer has ${from}`);
    return text.replace(from, to);
  };
}

// Parsed files are kept across compilations: only the edited ones are parsed again.
const parsed = new Map<string, ts.SourceFile>();

/** The typecheck's error messages for a tsconfig, with edited or added files. */
function typeErrors(
  tsconfig: string,
  edits: Record<string, Edit> = {},
  added: Record<string, string> = {},
): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: diagnostic => {
        throw new Error(
          ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        );
      },
    },
  );
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const host = ts.createCompilerHost(config.options);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const file = path.resolve(fileName);
    const edit = edits[file];
    const text =
      added[file] ?? (edit ? edit(ts.sys.readFile(file) ?? '') : null);
    if (text !== null)
      return ts.createSourceFile(fileName, text, languageVersion, true);
    const key = `${file}\0${JSON.stringify(languageVersion)}`;
    const cached = parsed.get(key);
    if (cached) return cached;
    const source = readSource(fileName, languageVersion, onError);
    if (source) parsed.set(key, source);
    return source;
  };
  host.fileExists = fileName =>
    path.resolve(fileName) in added || ts.sys.fileExists(fileName);
  const program = ts.createProgram({
    rootNames: [...config.fileNames, ...Object.keys(added)],
    options: config.options,
    host,
  });
  return ts.getPreEmitDiagnostics(program).map(diagnostic => {
    const where = diagnostic.file
      ? `${path.relative(ROOT, diagnostic.file.fileName)}: `
      : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  });
}

describe('server (tsconfig.apps-script.json): main.ts exports what the menu and the sidebar call', () => {
  it('fails when main.ts renames a function the sidebar calls or a menu item runs', () => {
    const errors = typeErrors('tsconfig.apps-script.json', {
      [MAIN]: text =>
        replaceOnce(
          'export function showHelp(): void {',
          'export function openHelp(): void {',
        )(
          replaceOnce(
            'export function jumpTo(',
            'export function jumpToTarget(',
          )(text),
        ),
    });
    // Exactly these two: everything else still compiles, so the edits are what broke it.
    expect(errors).toEqual([
      expect.stringMatching(
        /^src\/server\/main\.ts: .*Property 'jumpTo' is missing/,
      ),
      expect.stringMatching(/^src\/server\/ui\.ts: .*"showHelp"/),
    ]);
  });

  it('fails when main.ts narrows the request of a function the sidebar calls', () => {
    const errors = typeErrors('tsconfig.apps-script.json', {
      [MAIN]: replaceOnce(
        'export function jumpTo(request: JumpRequest)',
        'export function jumpTo(request: JumpRequest & {entryIndex: number})',
      ),
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^src\/server\/main\.ts: .*property 'jumpTo' are incompatible/,
      ),
    ]);
  });
});

describe('sidebar (tsconfig.sidebar.json): it can call only the functions in ServerApi', () => {
  it('compiles a call with its request, and fails on an unknown function or a wrong request', () => {
    const probe = (name: string, call: string) => ({
      [path.join(ROOT, `src/sidebar/${name}.ts`)]:
        `import {callServer} from './rpc';\nexport const probe = ${call};\n`,
    });
    const errors = typeErrors(
      'tsconfig.sidebar.json',
      {},
      {
        ...probe(
          'probe-valid',
          "callServer('jumpTo', {today: '2026-11-24', target: {sectionId: 'x'}})",
        ),
        ...probe(
          'probe-unknown',
          "callServer('jumpToo', {today: '2026-11-24', target: {sectionId: 'x'}})",
        ),
        ...probe(
          'probe-request',
          "callServer('jumpTo', {today: '2026-11-24'})",
        ),
      },
    );
    expect(errors.sort()).toEqual([
      expect.stringMatching(/^src\/sidebar\/probe-request\.ts: .*'target'/),
      expect.stringMatching(/^src\/sidebar\/probe-unknown\.ts: .*"jumpToo"/),
    ]);
  });
});
