/**
 * ScriptApp: the AuthMode enum and the script's id.
 * References: https://developers.google.com/apps-script/reference/script/script-app and
 * https://developers.google.com/apps-script/reference/script/auth-mode.
 */
import type {EmulationContext} from './context';
import {defineEnum} from './enums';
import {emulate} from './service-calls';

export const AuthMode = defineEnum('AuthMode', [
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
] as const);

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly #scriptId: string;

  constructor(context: EmulationContext, scriptId: string) {
    this.#scriptId = scriptId;
    return emulate(this, 'ScriptApp', context.calls);
  }

  getScriptId(): string {
    return this.#scriptId;
  }
}
