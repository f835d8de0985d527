/** What every emulated service shares within one runtime: the call counter and the auth mode. */
import {ServiceCallCounter} from './service-calls';

/** ScriptApp.AuthMode names, as Apps Script passes them in e.authMode. */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** The scopes the add-on's manifest asks for (appsscript.json). */
export const DOCUMENTS_SCOPE =
  'https://www.googleapis.com/auth/documents.currentonly';
export const CONTAINER_UI_SCOPE =
  'https://www.googleapis.com/auth/script.container.ui';

/** A function compiled from script text (an HtmlTemplate's scriptlets) with named parameters. */
export type CompiledFunction = (...args: unknown[]) => unknown;
export type FunctionCompiler = (
  code: string,
  parameters: string[],
) => CompiledFunction;

export class EmulationContext {
  readonly calls = new ServiceCallCounter();
  authMode: AuthModeName = 'FULL';
  /**
   * The Error constructor of the realm the script runs in: the loader points it at its sandbox's
   * own, so that `e instanceof Error` holds in the script for errors the services throw.
   */
  errorConstructor: ErrorConstructor = Error;
  /**
   * Compiles code in the script's global scope. Templates need it: scriptlets "can call functions
   * defined in other code files, reference global variables, or use any of the Apps Script APIs"
   * (https://developers.google.com/apps-script/guides/html/templates). The runtime and the loader
   * each replace it with one that sees their globals.
   */
  compileFunction: FunctionCompiler = (code, parameters) =>
    new Function(...parameters, code) as CompiledFunction;

  /**
   * An error as Apps Script services throw them: an Error named "Exception", printed
   * "Exception: <message>" in the execution log.
   */
  exception(message: string): Error {
    const error = new this.errorConstructor(message);
    error.name = 'Exception';
    return error;
  }

  /**
   * Throws as Apps Script does when code running in AuthMode.NONE (an add-on's onOpen before the
   * user has authorised it) touches a service other than building the menu: "A mode that does not
   * allow access to any services that require authorization"
   * (https://developers.google.com/apps-script/reference/script/auth-mode).
   */
  requireAuthorization(member: string, scope: string = DOCUMENTS_SCOPE): void {
    if (this.authMode === 'NONE') {
      throw this.exception(
        `You do not have permission to call ${member}. Required permissions: ${scope}`,
      );
    }
  }
}
