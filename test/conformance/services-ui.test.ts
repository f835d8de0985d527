/**
 * Ui (DocumentApp.getUi()): https://developers.google.com/apps-script/reference/base/ui,
 * https://developers.google.com/apps-script/reference/base/menu, AuthMode.NONE:
 * https://developers.google.com/apps-script/reference/script/auth-mode.
 */
import {Services} from '../../dev/emulator/services';

function setUp(options: ConstructorParameters<typeof Services>[0] = {}) {
  const services = new Services({
    addonName: 'Lead Mentorship Program',
    ...options,
  });
  return {
    services,
    ui: services.ui,
    state: services.uiState,
    html: services.globals.HtmlService,
  };
}

describe('Ui menus (reference/base/menu)', () => {
  it('createAddonMenu().addItem(caption, functionName).addToUi() records the items in order', () => {
    const {ui, state} = setUp();
    ui.createAddonMenu()
      .addItem('Open sidebar', 'showSidebar')
      .addSeparator()
      .addItem('Readiness check', 'readinessCheck')
      .addToUi();
    expect(state.addonMenu()).toEqual({
      caption: 'Lead Mentorship Program',
      isAddonMenu: true,
      entries: [
        {type: 'item', caption: 'Open sidebar', functionName: 'showSidebar'},
        {type: 'separator'},
        {
          type: 'item',
          caption: 'Readiness check',
          functionName: 'readinessCheck',
        },
      ],
    });
  });

  it('addSubMenu nests a menu built with createMenu', () => {
    const {ui, state} = setUp();
    ui.createMenu('Tools')
      .addSubMenu(ui.createMenu('More').addItem('Help', 'showHelp'))
      .addToUi();
    expect(state.menus[0].entries).toEqual([
      {
        type: 'submenu',
        caption: 'More',
        entries: [{type: 'item', caption: 'Help', functionName: 'showHelp'}],
      },
    ]);
  });

  it('running onOpen again replaces the add-on menu instead of adding a second one', () => {
    const {ui, state} = setUp();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    ui.createAddonMenu().addItem('B', 'b').addToUi();
    expect(state.menus).toHaveLength(1);
    expect(state.addonMenu()?.entries).toEqual([
      {type: 'item', caption: 'B', functionName: 'b'},
    ]);
  });

  it('addItem checks its arguments as Apps Script does', () => {
    const {ui} = setUp();
    expect(() =>
      ui.createAddonMenu().addItem('Open', 42 as unknown as string),
    ).toThrow(
      "The parameters (String,number) don't match the method signature for Ui.Menu.addItem.",
    );
  });

  it('building the menu is allowed in AuthMode.NONE ("works in all authorization modes")', () => {
    const {ui, state} = setUp({authMode: 'NONE'});
    ui.createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
    expect(state.addonMenu()?.entries).toHaveLength(1);
  });
});

describe('Ui sidebar and dialogs (reference/base/ui)', () => {
  it('showSidebar records the HtmlOutput content, title and width', () => {
    const {ui, state, html} = setUp();
    ui.showSidebar(
      html
        .createHtmlOutput('<p>Hi</p>')
        .setTitle('Lead Mentorship Program')
        .setWidth(300),
    );
    expect(state.sidebar).toEqual({
      title: 'Lead Mentorship Program',
      html: '<p>Hi</p>',
      width: 300,
      height: 0,
    });
  });

  it('showSidebar takes an HtmlOutput, not a string', () => {
    const {ui} = setUp();
    expect(() => ui.showSidebar('<p>Hi</p>' as never)).toThrow(
      "The parameters (String) don't match the method signature for Ui.showSidebar.",
    );
  });

  it('showModalDialog and showModelessDialog record the dialog with its title argument', () => {
    const {ui, state, html} = setUp();
    ui.showModalDialog(
      html.createHtmlOutput('<p>Help</p>').setWidth(400).setHeight(200),
      'Help',
    );
    ui.showModelessDialog(html.createHtmlOutput('x'), 'Note');
    expect(state.dialogs).toEqual([
      {
        title: 'Help',
        html: '<p>Help</p>',
        width: 400,
        height: 200,
        modal: true,
      },
      {title: 'Note', html: 'x', width: 0, height: 0, modal: false},
    ]);
  });

  it('in AuthMode.NONE, showing a sidebar, dialog or alert throws', () => {
    const {ui, html} = setUp({authMode: 'NONE'});
    const output = html.createHtmlOutput('x');
    expect(() => ui.showSidebar(output)).toThrow(
      /You do not have permission to call Ui.showSidebar/,
    );
    expect(() => ui.showModalDialog(output, 't')).toThrow(/permission/);
    expect(() => ui.alert('hi')).toThrow(/permission/);
  });
});

describe('Ui alert and prompt (reference/base/ui#alert)', () => {
  it('alert(prompt) shows an OK alert and returns Button.OK', () => {
    const {ui, state} = setUp();
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(state.alerts).toEqual([
      {title: '', prompt: 'Done', buttonSet: 'OK', answer: 'OK'},
    ]);
  });

  it('alert(title, prompt, buttons) returns the button the user clicked', () => {
    const {ui, state} = setUp();
    state.answerNextAlert('NO');
    const answer = ui.alert(
      'Set up',
      'Add the missing sections?',
      ui.ButtonSet.YES_NO,
    );
    expect(answer).toBe(ui.Button.NO);
    expect(String(answer)).toBe('NO');
    expect(state.alerts[0]).toMatchObject({
      title: 'Set up',
      buttonSet: 'YES_NO',
    });
  });

  it('prompt returns a PromptResponse with the text and the button', () => {
    const {ui, state} = setUp();
    state.answerNextPrompt('OK', 'Ada');
    const response = ui.prompt('Your name?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('Ada');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
  });

  it('Button and ButtonSet are the reference enums', () => {
    const {ui} = setUp();
    expect(Object.keys(ui.Button)).toEqual([
      'CLOSE',
      'OK',
      'CANCEL',
      'YES',
      'NO',
    ]);
    expect(Object.keys(ui.ButtonSet)).toEqual([
      'OK',
      'OK_CANCEL',
      'YES_NO',
      'YES_NO_CANCEL',
    ]);
  });

  it('each Ui method call is one counted service call', () => {
    const {ui, services} = setUp();
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    expect(services.context.calls.count('Ui.createAddonMenu')).toBe(1);
    expect(services.context.calls.count('Menu.addItem')).toBe(1);
    expect(services.context.calls.count('Menu.addToUi')).toBe(1);
  });
});
