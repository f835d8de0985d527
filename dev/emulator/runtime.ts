/**
 * The emulated Apps Script runtime: every global the add-on's server code uses, one call counter,
 * one auth mode, and what the script showed (menus, sidebar, dialogs). Integration tests install
 * the globals and import the server's TypeScript modules directly; the bundle tests and the local
 * preview run dist/Code.js on it through the loader.
 */
import type {AuthModeName} from './context';
import {createDocumentApp, EmulatedDocument} from './document/index';
import {Services, type ServiceGlobals, type ServiceOptions} from './services';

export interface RuntimeOptions extends ServiceOptions {
  /** The Doc the script is bound to; a new blank one by default. */
  document?: EmulatedDocument;
}

export interface AppsScriptGlobals extends ServiceGlobals {
  DocumentApp: unknown;
}

export class Runtime {
  readonly services: Services;
  readonly document: EmulatedDocument;
  readonly globals: AppsScriptGlobals;
  readonly #installed: Array<{
    target: object;
    name: string;
    previous?: PropertyDescriptor;
  }> = [];

  constructor(options: RuntimeOptions = {}) {
    this.services = new Services(options);
    this.document =
      options.document ?? EmulatedDocument.blank('Untitled document');
    const context = this.services.context;
    const ui = this.services.ui;
    this.globals = {
      ...this.services.globals,
      DocumentApp: createDocumentApp(context, {
        document: this.document,
        getUi: () => ui,
      }),
    };
    // Outside the loader, template scriptlets see these globals (as they would in Apps Script).
    const names = Object.keys(this.globals);
    const values = Object.values(this.globals);
    context.compileFunction = (code, parameters) => {
      const compiled = new Function(...names, ...parameters, code) as (
        ...args: unknown[]
      ) => unknown;
      return (...args: unknown[]) => compiled(...values, ...args);
    };
  }

  get context() {
    return this.services.context;
  }

  /** The service call counter. */
  get calls() {
    return this.services.context.calls;
  }

  get ui() {
    return this.services.uiState;
  }

  get logs() {
    return this.services.logs;
  }

  get properties() {
    return this.services.properties;
  }

  get locks() {
    return this.services.locks;
  }

  setAuthMode(mode: AuthModeName): void {
    this.services.context.authMode = mode;
  }

  /** Switches the active user (and the effective one with it): e.g. candidate to manager. */
  setUserEmail(email: string): void {
    this.services.session.userEmail = email;
    this.services.session.effectiveUserEmail = email;
  }

  /** Ends one execution: releases its locks, as Apps Script does when a script terminates. */
  endExecution(): void {
    this.services.endExecution();
  }

  /** Defines the Apps Script globals on `target` (globalThis by default) until uninstall(). */
  installGlobals(target: object = globalThis): void {
    for (const [name, value] of Object.entries(this.globals)) {
      this.#installed.push({
        target,
        name,
        previous: Object.getOwnPropertyDescriptor(target, name),
      });
      Object.defineProperty(target, name, {
        value,
        writable: true,
        configurable: true,
      });
    }
  }

  /** Restores what installGlobals replaced. */
  uninstall(): void {
    for (const {target, name, previous} of this.#installed
      .splice(0)
      .reverse()) {
      if (previous) Object.defineProperty(target, name, previous);
      else Reflect.deleteProperty(target, name);
    }
  }
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  return new Runtime(options);
}
