/**
 * The Ui that DocumentApp.getUi() returns: menus, the sidebar, dialogs, alerts and prompts.
 * Reference: https://developers.google.com/apps-script/reference/base/ui and
 * https://developers.google.com/apps-script/reference/base/menu.
 *
 * Nothing is drawn: what the script shows is recorded in a UiState that tests and the local
 * preview read.
 */
import {checkSignature, isString, type ParameterCheck} from './arguments';
import {CONTAINER_UI_SCOPE, type EmulationContext} from './context';
import {defineEnum, enumName, type EnumValue} from './enums';
import {HtmlOutput} from './html';
import {emulate, unwrapEmulated} from './service-calls';

/** https://developers.google.com/apps-script/reference/base/button */
export const Button = defineEnum('Button', [
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
] as const);
export type ButtonName = keyof typeof Button;

/** https://developers.google.com/apps-script/reference/base/button-set */
export const ButtonSet = defineEnum('ButtonSet', [
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
] as const);
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | {type: 'item'; caption: string; functionName: string}
  | {type: 'separator'}
  | {type: 'submenu'; caption: string; entries: MenuEntry[]};

export interface MenuState {
  caption: string;
  /** True for createAddonMenu(): the add-on's submenu of Extensions. */
  isAddonMenu: boolean;
  entries: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface DialogState extends ShownHtml {
  modal: boolean;
}

export interface AlertState {
  title: string;
  prompt: string;
  buttonSet: ButtonSetName;
  /** The button the (emulated) user clicked. */
  answer: ButtonName;
}

export interface PromptState extends AlertState {
  responseText: string;
}

/** What the script has shown, for tests and the preview. */
export class UiState {
  readonly menus: MenuState[] = [];
  sidebar: ShownHtml | null = null;
  readonly dialogs: DialogState[] = [];
  readonly alerts: AlertState[] = [];
  readonly prompts: PromptState[] = [];
  readonly #alertAnswers: ButtonName[] = [];
  readonly #promptAnswers: Array<{button: ButtonName; text: string}> = [];

  /** The add-on menu (Extensions › add-on name), if one was added. */
  addonMenu(): MenuState | undefined {
    return this.menus.find(menu => menu.isAddonMenu);
  }

  /**
   * Scripts the user's click for the next alert. Without one, the user clicks the set's first
   * button (OK or YES).
   */
  answerNextAlert(button: ButtonName): void {
    this.#alertAnswers.push(button);
  }

  /** Scripts the user's click and typed text for the next prompt. */
  answerNextPrompt(button: ButtonName, text: string): void {
    this.#promptAnswers.push({button, text});
  }

  /** The user (or google.script.host.close()) closes the sidebar. */
  closeSidebar(): void {
    this.sidebar = null;
  }

  nextAlertAnswer(buttonSet: ButtonSetName): ButtonName {
    return this.#alertAnswers.shift() ?? BUTTONS_OF[buttonSet][0];
  }

  nextPromptAnswer(buttonSet: ButtonSetName): {
    button: ButtonName;
    text: string;
  } {
    return (
      this.#promptAnswers.shift() ?? {
        button: BUTTONS_OF[buttonSet][0],
        text: '',
      }
    );
  }

  addMenu(menu: MenuState): void {
    // Running onOpen again (a reload) replaces the menu rather than adding a second one.
    const index = this.menus.findIndex(
      shown =>
        shown.isAddonMenu === menu.isAddonMenu &&
        shown.caption === menu.caption,
    );
    if (index >= 0) this.menus.splice(index, 1, menu);
    else this.menus.push(menu);
  }

  toJSON(): object {
    return {
      menus: this.menus,
      sidebar: this.sidebar,
      dialogs: this.dialogs,
      alerts: this.alerts,
      prompts: this.prompts,
    };
  }
}

const isMenu: ParameterCheck = value => value instanceof Menu;
const isHtmlOutput: ParameterCheck = value => value instanceof HtmlOutput;
const isButtonSet: ParameterCheck = value =>
  enumName(ButtonSet, value) !== undefined;

export class Menu {
  readonly #context: EmulationContext;
  readonly #state: UiState;
  readonly #caption: string;
  readonly #isAddonMenu: boolean;
  readonly #entries: MenuEntry[] = [];

  constructor(
    context: EmulationContext,
    state: UiState,
    caption: string,
    isAddonMenu: boolean,
  ) {
    this.#context = context;
    this.#state = state;
    this.#caption = caption;
    this.#isAddonMenu = isAddonMenu;
    return emulate(this, 'Menu', context.calls);
  }

  addItem(caption: string, functionName: string): Menu {
    checkSignature(
      this.#context,
      'Ui.Menu.addItem',
      [caption, functionName],
      [isString, isString],
    );
    this.#entries.push({type: 'item', caption, functionName});
    return this;
  }

  addSeparator(): Menu {
    this.#entries.push({type: 'separator'});
    return this;
  }

  addSubMenu(menu: Menu): Menu {
    checkSignature(this.#context, 'Ui.Menu.addSubMenu', [menu], [isMenu]);
    const {caption, entries} = unwrapEmulated(menu).#snapshot();
    this.#entries.push({type: 'submenu', caption, entries});
    return this;
  }

  addToUi(): void {
    this.#state.addMenu(this.#snapshot());
  }

  #snapshot(): MenuState {
    return {
      caption: this.#caption,
      isAddonMenu: this.#isAddonMenu,
      entries: structuredClone(this.#entries),
    };
  }
}

export class PromptResponse {
  readonly #button: EnumValue<ButtonName>;
  readonly #text: string;

  constructor(context: EmulationContext, button: ButtonName, text: string) {
    this.#button = Button[button];
    this.#text = text;
    return emulate(this, 'PromptResponse', context.calls);
  }

  getResponseText(): string {
    return this.#text;
  }

  getSelectedButton(): EnumValue<ButtonName> {
    return this.#button;
  }
}

export interface UiOptions {
  /** The caption of createAddonMenu()'s submenu: the add-on's name. */
  addonName: string;
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly #context: EmulationContext;
  readonly #state: UiState;
  readonly #options: UiOptions;

  constructor(context: EmulationContext, state: UiState, options: UiOptions) {
    this.#context = context;
    this.#state = state;
    this.#options = options;
    return emulate(this, 'Ui', context.calls);
  }

  /** Allowed in every auth mode: "Add a normal menu item (works in all authorization modes)". */
  createAddonMenu(): Menu {
    return new Menu(this.#context, this.#state, this.#options.addonName, true);
  }

  createMenu(caption: string): Menu {
    checkSignature(this.#context, 'Ui.createMenu', [caption], [isString]);
    return new Menu(this.#context, this.#state, caption, false);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.#requireUi('Ui.showSidebar', [userInterface], [isHtmlOutput]);
    this.#state.sidebar = shown(userInterface, userInterface.getTitle());
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.#requireUi(
      'Ui.showModalDialog',
      [userInterface, title],
      [isHtmlOutput, isString],
    );
    this.#state.dialogs.push({...shown(userInterface, title), modal: true});
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.#requireUi(
      'Ui.showModelessDialog',
      [userInterface, title],
      [isHtmlOutput, isString],
    );
    this.#state.dialogs.push({...shown(userInterface, title), modal: false});
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons) */
  alert(...args: unknown[]): EnumValue<ButtonName> {
    const {title, prompt, buttonSet} = this.#dialogArguments('Ui.alert', args);
    const answer = this.#state.nextAlertAnswer(buttonSet);
    this.#state.alerts.push({title, prompt, buttonSet, answer});
    return Button[answer];
  }

  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons) */
  prompt(...args: unknown[]): PromptResponse {
    const {title, prompt, buttonSet} = this.#dialogArguments('Ui.prompt', args);
    const {button, text} = this.#state.nextPromptAnswer(buttonSet);
    this.#state.prompts.push({
      title,
      prompt,
      buttonSet,
      answer: button,
      responseText: text,
    });
    return new PromptResponse(this.#context, button, text);
  }

  #requireUi(
    member: string,
    args: readonly unknown[],
    ...signatures: ReadonlyArray<readonly ParameterCheck[]>
  ): void {
    this.#context.requireAuthorization(member, CONTAINER_UI_SCOPE);
    checkSignature(this.#context, member, args, ...signatures);
  }

  #dialogArguments(
    member: string,
    args: readonly unknown[],
  ): {title: string; prompt: string; buttonSet: ButtonSetName} {
    this.#requireUi(
      member,
      args,
      [isString],
      [isString, isButtonSet],
      [isString, isString, isButtonSet],
    );
    const [first, second, third] = args;
    if (args.length >= 3 && third !== undefined) {
      return {
        title: String(first),
        prompt: String(second),
        buttonSet: buttonSetName(third),
      };
    }
    return {title: '', prompt: String(first), buttonSet: buttonSetName(second)};
  }
}

function buttonSetName(value: unknown): ButtonSetName {
  return enumName(ButtonSet, value) ?? 'OK';
}

function shown(output: HtmlOutput, title: string): ShownHtml {
  return {
    title,
    html: output.getContent(),
    width: output.getWidth(),
    height: output.getHeight(),
  };
}
