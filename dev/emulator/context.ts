/** What every emulated service shares within one runtime: the call counter and the auth mode. */
import {ServiceCallCounter} from './service-calls';

/** ScriptApp.AuthMode names, as Apps Script passes them in e.authMode. */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export class EmulationContext {
  readonly calls = new ServiceCallCounter();
  authMode: AuthModeName = 'FULL';

  /**
   * Throws as Apps Script does when code running in AuthMode.NONE (an add-on's onOpen before the
   * user has authorised it) touches a service other than building the menu.
   * The message is Apps Script's own; see the conformance tests for the reference.
   */
  requireAuthorization(member: string): void {
    if (this.authMode === 'NONE') {
      throw new Error(
        `You do not have permission to call ${member}. Required permissions: https://www.googleapis.com/auth/documents.currentonly`,
      );
    }
  }
}
