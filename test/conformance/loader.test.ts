/**
 * The loader runs a project as Apps Script does: all files in one global scope, only ECMAScript
 * and the Apps Script services as globals (https://developers.google.com/apps-script/guides/v8-runtime),
 * top-level functions callable by name, "Script function not found: name" otherwise, private
 * functions hidden (https://developers.google.com/apps-script/guides/html/communication#private_functions).
 */
import {loadAppsScriptProject} from '../../dev/emulator/loader';
import {createRuntime} from '../../dev/emulator/runtime';

const SCRIPT = `
var counter = 0;
function hello(name) { return 'Hello, ' + name; }
function globalsSeen() {
  return ['require', 'process', 'module', 'setTimeout', 'setInterval', 'fetch', 'URL',
    'TextEncoder', 'TextDecoder', 'Buffer', 'structuredClone', 'queueMicrotask', 'console',
    'HtmlService', 'Utilities', 'Logger', 'DocumentApp', 'JSON', 'Intl', 'Promise']
    .map(function (name) { return name + ':' + typeof globalThis[name]; });
}
function bump() { counter += 1; return counter; }
function helper_() { return 'private'; }
var expressionFunction = function () { return 'expression'; };
`;

function load(sources = [{name: 'Code', code: SCRIPT}]) {
  const runtime = createRuntime({files: {Page: '<p><?= greeting() ?></p>'}});
  return {runtime, project: loadAppsScriptProject(runtime, sources)};
}

describe('loadAppsScriptProject', () => {
  it('lists the top-level functions as Apps Script would, private ones left out', () => {
    expect(load().project.functions()).toEqual([
      'hello',
      'globalsSeen',
      'bump',
      'expressionFunction',
    ]);
  });

  it('calls a top-level function by name with arguments', () => {
    expect(load().project.call('hello', 'Ada')).toBe('Hello, Ada');
  });

  it('has no Node or browser globals: only ECMAScript and the Apps Script services', () => {
    const seen = load().project.call('globalsSeen') as string[];
    expect(seen).toEqual([
      'require:undefined',
      'process:undefined',
      'module:undefined',
      'setTimeout:undefined',
      'setInterval:undefined',
      'fetch:undefined',
      'URL:undefined',
      'TextEncoder:undefined',
      'TextDecoder:undefined',
      'Buffer:undefined',
      'structuredClone:undefined',
      'queueMicrotask:undefined',
      'console:object',
      'HtmlService:object',
      'Utilities:object',
      'Logger:object',
      'DocumentApp:object',
      'JSON:object',
      'Intl:object',
      'Promise:function',
    ]);
  });

  it('calling a name that is not a top-level function fails with "Script function not found"', () => {
    const {project} = load();
    expect(() => project.call('nope')).toThrow(
      'Script function not found: nope',
    );
    expect(() => project.call('counter')).toThrow(
      'Script function not found: counter',
    );
    expect(() => project.call('helper_')).toThrow(
      'Script function not found: helper_',
    );
  });

  it('a script that ends with a stray export fails to load', () => {
    const code = `${SCRIPT}\nexport { hello };\n`;
    expect(() => load([{name: 'Code', code}])).toThrow(
      "Unexpected token 'export'",
    );
  });

  it('files share one global scope, evaluated in order', () => {
    const {project} = load([
      {
        name: 'A',
        code: 'var greetingWord = "Hi"; function greet(n) { return join(greetingWord, n); }',
      },
      {name: 'B', code: 'function join(a, b) { return a + ", " + b; }'},
    ]);
    expect(project.call('greet', 'Bo')).toBe('Hi, Bo');
  });

  it('each call is a fresh execution: globals set by one call do not survive to the next', () => {
    const {project} = load();
    expect(project.call('bump')).toBe(1);
    expect(project.call('bump')).toBe(1);
  });

  it("service errors are Errors of the script's own realm, named Exception", () => {
    const {project} = load([
      {
        name: 'Code',
        code: `function missingFile() {
          try { HtmlService.createTemplateFromFile('Nope'); }
          catch (e) { return [e instanceof Error, e.name, e.message]; }
        }`,
      },
    ]);
    expect(project.toHost(project.call('missingFile'))).toEqual([
      true,
      'Exception',
      'No HTML file named Nope was found.',
    ]);
  });

  it("template scriptlets run in the script's global scope (they can call its functions)", () => {
    const {project} = load([
      {
        name: 'Code',
        code: `function greeting() { return 'hi <you>'; }
          function page() { return HtmlService.createTemplateFromFile('Page').evaluate().getContent(); }`,
      },
    ]);
    expect(project.call('page')).toBe('<p>hi &lt;you&gt;</p>');
  });

  it('toHost deep-copies a result into plain Node values', () => {
    const {project} = load([
      {
        name: 'Code',
        code: 'function data() { return {list: [1, {a: "b"}], when: new Date(0)}; }',
      },
    ]);
    const result = project.call('data');
    expect(Object.getPrototypeOf(result)).not.toBe(Object.prototype);
    const copy = project.toHost(result) as {list: unknown[]; when: Date};
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toEqual({list: [1, {a: 'b'}], when: new Date(0)});
  });

  it('locks taken in a call are released when the execution ends', () => {
    const {project, runtime} = load([
      {
        name: 'Code',
        code: 'function lockIt() { LockService.getDocumentLock().waitLock(1000); return true; }',
      },
    ]);
    project.call('lockIt');
    expect(runtime.locks.isHeld('document')).toBe(false);
  });

  it("the globals the script sees are the runtime's, so its service calls are counted", () => {
    const {project, runtime} = load([
      {
        name: 'Code',
        code: "function onOpen() { DocumentApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi(); }",
      },
    ]);
    runtime.calls.reset();
    project.call('onOpen');
    expect(runtime.ui.addonMenu()?.entries).toEqual([
      {type: 'item', caption: 'Open sidebar', functionName: 'showSidebar'},
    ]);
    expect(runtime.calls.count('Menu.addItem')).toBe(1);
  });
});
