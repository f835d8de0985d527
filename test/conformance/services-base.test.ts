/**
 * Session: https://developers.google.com/apps-script/reference/base/session; User:
 * https://developers.google.com/apps-script/reference/base/user; Utilities:
 * https://developers.google.com/apps-script/reference/utilities/utilities with Java's
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html; Logger:
 * https://developers.google.com/apps-script/reference/base/logger; console:
 * https://developers.google.com/apps-script/reference/base/console; ScriptApp:
 * https://developers.google.com/apps-script/reference/script/script-app.
 */
import {NotEmulatedError} from '../../dev/emulator/service-calls';
import {Services} from '../../dev/emulator/services';

describe('Session', () => {
  it('getActiveUser().getEmail() is the configured user, and may be empty', () => {
    expect(
      new Services({
        userEmail: 'ada@example.com',
      }).globals.Session.getActiveUser().getEmail(),
    ).toBe('ada@example.com');
    expect(
      new Services({userEmail: ''}).globals.Session.getActiveUser().getEmail(),
    ).toBe('');
  });

  it('getEffectiveUser() is the active user unless configured otherwise', () => {
    const session = new Services({
      userEmail: 'a@example.com',
      effectiveUserEmail: 'owner@example.com',
    }).globals.Session;
    expect(session.getEffectiveUser().getEmail()).toBe('owner@example.com');
  });

  it("getScriptTimeZone() is the script's (appsscript.json's by default), not the user's", () => {
    expect(new Services().globals.Session.getScriptTimeZone()).toBe('Etc/UTC');
    expect(
      new Services({
        timeZone: 'Europe/Paris',
      }).globals.Session.getScriptTimeZone(),
    ).toBe('Europe/Paris');
  });

  it('getTemporaryActiveUserKey() is stable per user, differs between users, reveals no email', () => {
    const key = (email: string) =>
      new Services({
        userEmail: email,
      }).globals.Session.getTemporaryActiveUserKey();
    expect(key('a@example.com')).toBe(key('a@example.com'));
    expect(key('a@example.com')).not.toBe(key('b@example.com'));
    expect(key('a@example.com')).not.toContain('example');
  });

  it('user information is not available in AuthMode.NONE', () => {
    expect(() =>
      new Services({authMode: 'NONE'}).globals.Session.getActiveUser(),
    ).toThrow(/permission/);
  });
});

describe('Utilities.formatDate (SimpleDateFormat patterns, IANA time zones)', () => {
  const utilities = new Services().globals.Utilities;
  // 2024-03-05T07:04:09.007Z, a Tuesday.
  const date = new Date(Date.UTC(2024, 2, 5, 7, 4, 9, 7));

  it.each([
    ['yyyy-MM-dd', 'Etc/UTC', '2024-03-05'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSS", 'UTC', '2024-03-05T07:04:09.007'],
    ['d MMM yy', 'UTC', '5 Mar 24'],
    ['EEEE d MMMM yyyy', 'UTC', 'Tuesday 5 March 2024'],
    ['EEE, h:mm a', 'UTC', 'Tue, 7:04 AM'],
    ['HH:mm z', 'America/Los_Angeles', '23:04 PST'],
    ['yyyy-MM-dd', 'America/Los_Angeles', '2024-03-04'],
    ['yyyy-MM-dd HH:mm Z', 'Asia/Kolkata', '2024-03-05 12:34 +0530'],
    ['XXX', 'Europe/Paris', '+01:00'],
    ['X', 'UTC', 'Z'],
    ['D u k K', 'UTC', '65 2 7 7'],
    ["'Week of' yyyy, hh 'o''clock' a", 'UTC', "Week of 2024, 07 o'clock AM"],
    ["''yy''", 'UTC', "'24'"],
    ['HH:mm zzzz', 'GMT+02:00', '09:04 GMT+02:00'],
  ])('formats %s in %s', (pattern, zone, expected) => {
    expect(utilities.formatDate(date, zone, pattern)).toBe(expected);
  });

  it('follows daylight saving time (America/New_York in July is UTC-4)', () => {
    expect(
      utilities.formatDate(
        new Date(Date.UTC(2024, 6, 1, 12)),
        'America/New_York',
        'HH:mm Z',
      ),
    ).toBe('08:00 -0400');
  });

  it('an unknown time zone ID means GMT, as in Java', () => {
    expect(utilities.formatDate(date, 'Nowhere/Bogus', 'HH:mm')).toBe('07:04');
  });

  it('an illegal pattern letter fails', () => {
    expect(() => utilities.formatDate(date, 'UTC', 'yyyy-qq')).toThrow(
      "Illegal pattern character 'q'",
    );
  });

  it('a pattern letter Java knows but the emulation does not fails loudly', () => {
    expect(() => utilities.formatDate(date, 'UTC', 'w')).toThrow(
      NotEmulatedError,
    );
  });

  it('the date must be a Date', () => {
    expect(() =>
      utilities.formatDate('2024-03-05' as never, 'UTC', 'yyyy'),
    ).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities.sleep and getUuid', () => {
  it('sleep records the time instead of waiting', () => {
    const services = new Services();
    services.globals.Utilities.sleep(1500);
    expect(services.sleeps).toEqual([1500]);
  });

  it('getUuid returns a fresh RFC 4122 UUID string', () => {
    const utilities = new Services().globals.Utilities;
    const uuid = utilities.getUuid();
    expect(uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(utilities.getUuid()).not.toBe(uuid);
  });
});

describe('Logger and console', () => {
  it('Logger.log(format, values...) substitutes %s and getLog() returns the lines', () => {
    const services = new Services();
    services.globals.Logger.log('Added %s to %s', 'evidence', 'area').log({
      a: 1,
    });
    expect(services.globals.Logger.getLog()).toBe(
      'Added evidence to area\n{"a":1}\n',
    );
  });

  it('console.log/info/warn/error record lines with their level', () => {
    const services = new Services();
    const {console: scriptConsole} = services.globals;
    scriptConsole.log('a', 1);
    scriptConsole.info('b');
    scriptConsole.warn('c');
    scriptConsole.error('d');
    expect(services.logs.lines).toEqual([
      {source: 'console', level: 'log', text: 'a 1'},
      {source: 'console', level: 'info', text: 'b'},
      {source: 'console', level: 'warn', text: 'c'},
      {source: 'console', level: 'error', text: 'd'},
    ]);
  });
});

describe('ScriptApp', () => {
  it('AuthMode has the four reference values, compared by identity and named by toString()', () => {
    const {ScriptApp} = new Services().globals;
    expect(Object.keys(ScriptApp.AuthMode)).toEqual([
      'NONE',
      'CUSTOM_FUNCTION',
      'LIMITED',
      'FULL',
    ]);
    expect(String(ScriptApp.AuthMode.NONE)).toBe('NONE');
    expect(new Services().globals.ScriptApp.AuthMode.NONE).toBe(
      ScriptApp.AuthMode.NONE,
    );
  });

  it('getScriptId() returns the configured id', () => {
    expect(
      new Services({scriptId: 'abc'}).globals.ScriptApp.getScriptId(),
    ).toBe('abc');
  });

  it('a member that is not emulated fails loudly, naming it', () => {
    const scriptApp = new Services().globals.ScriptApp as unknown as Record<
      string,
      unknown
    >;
    expect(() => scriptApp.getOAuthToken).toThrow(
      'Apps Script emulation: ScriptApp.getOAuthToken is not emulated',
    );
  });
});
