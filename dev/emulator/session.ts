/**
 * Session and User.
 * References: https://developers.google.com/apps-script/reference/base/session and
 * https://developers.google.com/apps-script/reference/base/user. getActiveUser().getEmail()
 * "may return a blank string" when the user's email is not available to the script (consumer
 * accounts, other domains): the emulation lets a test make it ''.
 */
import {createHash} from 'node:crypto';
import type {EmulationContext} from './context';
import {emulate} from './service-calls';

/** Who runs the script and where: changeable while the runtime lives (the preview switches user). */
export interface SessionSettings {
  /** The active user's email; '' when Apps Script would not reveal it. */
  userEmail: string;
  /** The script owner's (or the installer's) email, for getEffectiveUser(). */
  effectiveUserEmail: string;
  /** The script's time zone, from appsscript.json ("timeZone"). */
  timeZone: string;
  locale: string;
}

export class User {
  readonly #email: string;

  constructor(context: EmulationContext, email: string) {
    this.#email = email;
    return emulate(this, 'User', context.calls);
  }

  getEmail(): string {
    return this.#email;
  }
}

export class Session {
  readonly #context: EmulationContext;
  readonly #settings: SessionSettings;

  constructor(context: EmulationContext, settings: SessionSettings) {
    this.#context = context;
    this.#settings = settings;
    return emulate(this, 'Session', context.calls);
  }

  getActiveUser(): User {
    this.#context.requireAuthorization('Session.getActiveUser');
    return new User(this.#context, this.#settings.userEmail);
  }

  getEffectiveUser(): User {
    this.#context.requireAuthorization('Session.getEffectiveUser');
    return new User(this.#context, this.#settings.effectiveUserEmail);
  }

  getActiveUserLocale(): string {
    return this.#settings.locale;
  }

  /** The script's time zone, not the user's: the user's calendar date must come from the browser. */
  getScriptTimeZone(): string {
    return this.#settings.timeZone;
  }

  /**
   * "A temporary key that is unique to the active user": stable for one user here, and opaque
   * (derived from the email, never revealing it).
   */
  getTemporaryActiveUserKey(): string {
    this.#context.requireAuthorization('Session.getTemporaryActiveUserKey');
    return createHash('sha256')
      .update(`temporary-user-key:${this.#settings.userEmail}`)
      .digest('base64url')
      .slice(0, 43);
  }
}
