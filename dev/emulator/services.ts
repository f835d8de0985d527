/**
 * Every emulated Apps Script service except DocumentApp, wired to one EmulationContext. The
 * runtime (runtime.ts) adds DocumentApp on top; tests of these services need nothing else.
 */
import manifest from '../../appsscript.json';
import {EmulationContext, type AuthModeName} from './context';
import {HtmlService, type HtmlFiles} from './html';
import {Lock, LockRegistry, LockService} from './lock';
import {Console, Logger, LogRecord} from './logging';
import {
  PropertiesService,
  PropertyStores,
  type PropertyStoresJSON,
} from './properties';
import {ScriptApp} from './script-app';
import {Session, type SessionSettings} from './session';
import {Ui, UiState} from './ui';
import {Utilities} from './utilities';
import {unwrapEmulated} from './service-calls';

export interface ServiceOptions {
  /** The project's HTML files, by name without ".html" (e.g. {Sidebar: '<!doctype html>…'}). */
  files?: HtmlFiles;
  /** The active user's email; '' when Apps Script would not reveal it. */
  userEmail?: string;
  /** getEffectiveUser()'s email; the active user's by default. */
  effectiveUserEmail?: string;
  authMode?: AuthModeName;
  /** The script's time zone; appsscript.json's by default. */
  timeZone?: string;
  locale?: string;
  /** Property stores to start from (e.g. the preview's saved ones). */
  properties?: PropertyStores | PropertyStoresJSON;
  /** Shared with other runtimes that stand for concurrent executions. */
  locks?: LockRegistry;
  scriptId?: string;
  /** The caption of the add-on menu (Extensions › name). */
  addonName?: string;
  /**
   * False for a script running outside a containing document (a standalone script, a web app):
   * LockService.getDocumentLock() then returns null. True by default (a Docs add-on).
   */
  inDocument?: boolean;
}

export const DEFAULT_USER_EMAIL = 'user@example.com';

export interface ServiceGlobals {
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  LockService: LockService;
  Session: Session;
  Utilities: Utilities;
  Logger: Logger;
  console: Console;
  ScriptApp: ScriptApp;
}

export class Services {
  readonly context = new EmulationContext();
  readonly uiState = new UiState();
  readonly ui: Ui;
  readonly logs = new LogRecord();
  /** Each Utilities.sleep's milliseconds. */
  readonly sleeps: number[] = [];
  readonly properties: PropertyStores;
  readonly locks: LockRegistry;
  readonly session: SessionSettings;
  readonly globals: ServiceGlobals;
  /** Whether the script runs in a containing document (see ServiceOptions.inDocument). */
  inDocument: boolean;
  readonly #executionLocks: Lock[] = [];

  constructor(options: ServiceOptions = {}) {
    const context = this.context;
    context.authMode = options.authMode ?? 'FULL';
    const userEmail = options.userEmail ?? DEFAULT_USER_EMAIL;
    this.session = {
      userEmail,
      effectiveUserEmail: options.effectiveUserEmail ?? userEmail,
      timeZone: options.timeZone ?? manifest.timeZone,
      locale: options.locale ?? 'en',
    };
    this.properties =
      options.properties instanceof PropertyStores
        ? options.properties
        : PropertyStores.fromJSON(
            options.properties ?? {document: {}, script: {}, user: {}},
          );
    this.locks = options.locks ?? new LockRegistry();
    this.inDocument = options.inDocument ?? true;
    this.ui = new Ui(context, this.uiState, {
      addonName: options.addonName ?? 'Add-on',
    });
    const currentUser = () => this.session.userEmail;
    this.globals = {
      HtmlService: new HtmlService(context, options.files ?? {}),
      PropertiesService: new PropertiesService(
        context,
        this.properties,
        currentUser,
      ),
      LockService: new LockService(
        context,
        this.locks,
        currentUser,
        this.#executionLocks,
        () => this.inDocument,
      ),
      Session: new Session(context, this.session),
      Utilities: new Utilities(context, this.sleeps),
      Logger: new Logger(context, this.logs),
      console: new Console(context, this.logs),
      ScriptApp: new ScriptApp(
        context,
        options.scriptId ?? 'emulated-script-id',
      ),
    };
  }

  /** "Locks are released automatically when the script terminates." */
  endExecution(): void {
    // Apps Script releases them itself: not a call the script made, so not counted.
    for (const lock of this.#executionLocks.splice(0))
      unwrapEmulated(lock).releaseLock();
  }
}
