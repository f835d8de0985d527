/**
 * Runs an Apps Script project's files the way Apps Script does: every file evaluated in order in
 * one global scope ("all files share the global scope"), in a V8 context that holds only ECMAScript
 * built-ins plus the runtime's Apps Script globals. Node's own globals (require, process, Buffer,
 * setTimeout, URL, TextEncoder, fetch, structuredClone, queueMicrotask …) are absent, as they are
 * from Apps Script's V8 runtime, whose globals are the language's plus the Apps Script services
 * (https://developers.google.com/apps-script/guides/v8-runtime).
 *
 * Each call() is one execution, like each menu click or google.script.run call in Apps Script: a
 * fresh global scope in which the files run again from the top, so nothing a call leaves in a
 * global variable survives to the next one, and the execution's locks are released at its end.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {isPlainObject} from './arguments';
import type {EmulationContext} from './context';

export interface ScriptSource {
  /** The file's name in the script editor, e.g. 'Code'. */
  name: string;
  code: string;
}

/** What the loader needs of a runtime: its globals and context, and how to end an execution. */
export interface ScriptHost {
  readonly globals: object;
  readonly context: EmulationContext;
  endExecution?(): void;
}

export interface LoadedProject {
  /** The top-level functions Apps Script would offer to run, in source order. */
  functions(): string[];
  /** Runs the top-level function `name` as one execution; fails as Apps Script does if there is none. */
  call(name: string, ...args: unknown[]): unknown;
  /** A deep copy of a plain value made in Node's realm (e.g. a result, for assertions). */
  toHost(value: unknown): unknown;
}

export interface LoadOptions {
  /** A guard against scripts that never return; Apps Script's own limit is 6 minutes. */
  timeoutMs?: number;
}

interface Execution {
  sandbox: vm.Context;
  functionNames: string[];
}

/** Plain data (primitives, plain objects, arrays, Dates) copied into Node's realm. */
function copyToHost(
  value: unknown,
  seen = new Map<object, unknown>(),
): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw new TypeError(`Not a plain value: ${typeof value}`);
    }
    return value;
  }
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return new Date(Date.prototype.getTime.call(value));
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(copyToHost(item, seen));
    return copy;
  }
  if (!isPlainObject(value)) {
    throw new TypeError(
      `Not a plain value: ${Object.prototype.toString.call(value)}`,
    );
  }
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value))
    copy[key] = copyToHost(item, seen);
  return copy;
}

export function loadAppsScriptProject(
  host: ScriptHost,
  sources: readonly ScriptSource[],
  options: LoadOptions = {},
): LoadedProject {
  const timeout = options.timeoutMs ?? 30_000;
  // Compiling first makes a syntax error (a stray `export`) fail the load, naming the file.
  const scripts = sources.map(
    source => new vm.Script(source.code, {filename: `${source.name}.gs`}),
  );

  function startExecution(): Execution {
    const sandbox = vm.createContext({}, {name: 'Apps Script'});
    const builtIns = new Set(Object.getOwnPropertyNames(sandbox));
    for (const [name, value] of Object.entries(host.globals)) {
      Object.defineProperty(sandbox, name, {
        value,
        writable: true,
        configurable: true,
      });
    }
    const context = host.context;
    context.errorConstructor = vm.runInContext(
      'Error',
      sandbox,
    ) as ErrorConstructor;
    context.compileFunction = (code, parameters) =>
      vm.compileFunction(code, parameters, {parsingContext: sandbox}) as (
        ...args: unknown[]
      ) => unknown;
    for (const script of scripts) script.runInContext(sandbox, {timeout});
    const serviceNames = new Set(Object.keys(host.globals));
    // "Server-side functions whose names end with an underscore are considered private": not
    // listed, not callable from outside the script
    // (https://developers.google.com/apps-script/guides/html/communication#private_functions).
    const functionNames = Object.getOwnPropertyNames(sandbox).filter(
      name =>
        !builtIns.has(name) &&
        !serviceNames.has(name) &&
        !name.endsWith('_') &&
        typeof Reflect.get(sandbox, name) === 'function',
    );
    return {sandbox, functionNames};
  }

  const first = startExecution();
  host.endExecution?.();
  const functionNames = first.functionNames;

  return {
    functions: () => [...functionNames],
    call(name, ...args) {
      const execution = startExecution();
      try {
        const fn: unknown = execution.functionNames.includes(name)
          ? Reflect.get(execution.sandbox, name)
          : undefined;
        if (typeof fn !== 'function') {
          throw host.context.exception(`Script function not found: ${name}`);
        }
        return Reflect.apply(fn, undefined, args);
      } finally {
        host.endExecution?.();
      }
    },
    toHost: value => copyToHost(value),
  };
}

/** The built project: dist/*.js in name order (clasp pushes them as .gs files of the same name). */
export function readDistSources(
  distDir: string = path.join(__dirname, '../../dist'),
): ScriptSource[] {
  return readdirSync(distDir)
    .filter(file => file.endsWith('.js'))
    .sort()
    .map(file => ({
      name: file.replace(/\.js$/, ''),
      code: readFileSync(path.join(distDir, file), 'utf8'),
    }));
}

/** Reads the project's HTML files from dist/ as HtmlService finds them: by name without ".html". */
export function readDistHtmlFiles(
  distDir: string = path.join(__dirname, '../../dist'),
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(distDir).filter(name =>
    name.endsWith('.html'),
  )) {
    files[file.replace(/\.html$/, '')] = readFileSync(
      path.join(distDir, file),
      'utf8',
    );
  }
  return files;
}

export function loadDist(
  host: ScriptHost,
  distDir?: string,
  options?: LoadOptions,
): LoadedProject {
  return loadAppsScriptProject(host, readDistSources(distDir), options);
}
