/**
 * The runtime that wires the services together: the globals Apps Script gives a Docs add-on
 * (https://developers.google.com/apps-script/reference), one service call counter, and AuthMode
 * (https://developers.google.com/apps-script/reference/script/auth-mode).
 */
import {createRuntime} from '../../dev/emulator/runtime';

describe('createRuntime', () => {
  it('has the Apps Script globals the add-on uses', () => {
    const runtime = createRuntime();
    expect(Object.keys(runtime.globals).sort()).toEqual(
      [
        'DocumentApp',
        'HtmlService',
        'LockService',
        'Logger',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'Utilities',
        'console',
      ].sort(),
    );
  });

  it('installGlobals puts them on a target and uninstall restores what was there', () => {
    const runtime = createRuntime();
    const target: Record<string, unknown> = {console: 'mine'};
    runtime.installGlobals(target);
    expect(target.HtmlService).toBe(runtime.globals.HtmlService);
    expect(target.console).toBe(runtime.globals.console);
    runtime.uninstall();
    expect(target).toEqual({console: 'mine'});
  });

  it('DocumentApp.getUi() is the runtime Ui: an add-on menu shows up in runtime.ui', () => {
    const runtime = createRuntime({addonName: 'Lead Mentorship Program'});
    const documentApp = runtime.globals
      .DocumentApp as GoogleAppsScript.Document.DocumentApp;
    documentApp
      .getUi()
      .createAddonMenu()
      .addItem('Open sidebar', 'showSidebar')
      .addToUi();
    expect(runtime.ui.addonMenu()?.caption).toBe('Lead Mentorship Program');
  });

  it('counts every service call the script makes, once per call', () => {
    const runtime = createRuntime();
    runtime.calls.reset();
    runtime.globals.HtmlService.createHtmlOutput('x')
      .setTitle('t')
      .setWidth(300);
    expect(runtime.calls.total).toBe(3);
    expect(runtime.calls.count('HtmlOutput.setWidth')).toBe(1);
  });

  it('setAuthMode switches what is allowed; setUserEmail switches the user', () => {
    const runtime = createRuntime({userEmail: 'candidate@example.com'});
    runtime.setAuthMode('NONE');
    expect(() =>
      runtime.globals.PropertiesService.getDocumentProperties(),
    ).toThrow(/permission/);
    runtime.setAuthMode('FULL');
    runtime.setUserEmail('manager@example.com');
    expect(runtime.globals.Session.getActiveUser().getEmail()).toBe(
      'manager@example.com',
    );
  });

  it('template scriptlets see the Apps Script globals', () => {
    const runtime = createRuntime({
      files: {Page: '<?= Session.getScriptTimeZone() ?>'},
    });
    expect(
      runtime.globals.HtmlService.createTemplateFromFile('Page')
        .evaluate()
        .getContent(),
    ).toBe('Etc/UTC');
  });

  it("endExecution releases the execution's locks", () => {
    const runtime = createRuntime();
    runtime.globals.LockService.getDocumentLock()?.waitLock(1);
    expect(runtime.locks.isHeld('document')).toBe(true);
    runtime.endExecution();
    expect(runtime.locks.isHeld('document')).toBe(false);
  });
});
