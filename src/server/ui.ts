/** The add-on menu, the sidebar and the help dialog. */
import type {SidebarView} from '../contract';
import {roleInSentence, type Program} from '../core/program';
import {PROGRAM} from '../core/program-data';
import type * as entryPoints from './main';

export const ADDON_TITLE = 'Lead Mentorship Program';
const SIDEBAR_WIDTH_PX = 300;

type EntryPoints = typeof entryPoints;

/**
 * The name of a function a menu item can run: an export of main.ts taking no arguments (Apps
 * Script calls it as a top-level function of dist/Code.js). A name main.ts does not export, or one
 * that needs a request, fails to compile.
 */
export type MenuFunctionName = {
  [Name in keyof EntryPoints]: EntryPoints[Name] extends () => void
    ? Name
    : never;
}[keyof EntryPoints];

/** Menu items in order: caption and the top-level function (an export of main.ts) it runs. */
export const MENU_ITEMS: ReadonlyArray<
  readonly [caption: string, functionName: MenuFunctionName]
> = [
  ['Open sidebar', 'showSidebar'],
  ['Readiness check', 'showReadinessCheck'],
  ['Set up document', 'setUpDocumentFromMenu'],
  ['Insert readiness summary', 'showInsertReadinessSummary'],
  ['Help', 'showHelp'],
];

/**
 * Builds Extensions › Lead Mentorship Program. Runs in AuthMode.NONE too (before the user has
 * authorised the add-on in this Doc), so it touches nothing but the menu.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#the_complete_lifecycle
 */
export function buildMenu(): void {
  const menu = DocumentApp.getUi().createAddonMenu();
  MENU_ITEMS.forEach(([caption, functionName], position) => {
    if (position === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(caption, functionName);
  });
  menu.addToUi();
}

/**
 * Opens the sidebar on a view. The view reaches the page through the template (Sidebar.html has
 * `<?= initialView ?>`), so opening costs the page no extra server call.
 * https://developers.google.com/apps-script/guides/html/templates
 */
export function showSidebar(view: SidebarView): void {
  const template = HtmlService.createTemplateFromFile('Sidebar');
  template.initialView = view;
  const html = template
    .evaluate()
    .setTitle(ADDON_TITLE)
    .setWidth(SIDEBAR_WIDTH_PX);
  DocumentApp.getUi().showSidebar(html);
}

/** Text as HTML text: the program's words are data an organisation edits, never markup. */
function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The Help dialog: what each step of the program is in the add-on, in the order people meet them,
 * with the program's role names. Short: a line each, naming the controls as the sidebar does.
 */
export function helpHtml(program: Program): string {
  const candidate = htmlText(roleInSentence(program, 'candidate'));
  const manager = htmlText(roleInSentence(program, 'manager'));
  return `<div style="font:13px/1.5 Arial,sans-serif;color:#202124">
<p><b>${htmlText(ADDON_TITLE)}</b> keeps the evidence in this Doc, one section per program area, until ${manager} presents it to the leadership group.</p>
<ol style="padding-left:20px">
<li><b>Set up document</b> adds the title, participants, one section per area, the weekly one-on-one log and the review section. It only adds what is missing and never changes what people wrote.</li>
<li><b>Who you are.</b> Once the Doc is set up, the sidebar asks whether you are ${candidate} or ${manager}; <b>Change role</b> switches. Put off, Add evidence asks. It is a record, not a permission.</li>
<li><b>Add evidence</b> for an area (sidebar, Areas): an entry appears at the end of that area with grey prompts; write over them. An entry that still holds only prompts is a draft and does not count. Writing typed under an area heading without the add-on counts too.</li>
<li><b>Confirm</b> (${manager}, in each area's card) adds a dated line under an entry. Each area needs a confirmed entry; one edited afterwards needs confirming again.</li>
<li><b>Readiness check</b> shows each area's status and what is left, each line leading to Add evidence. <b>Over time</b> charts the evidence per month and the one-on-one rhythm; <b>Hints on the evidence</b> are gentle notes, never blocking, each with Go to.</li>
<li><b>Leadership review</b> (Readiness view): when the evidence is all there, each of you clicks <b>I believe the evidence is complete</b>. ${capitalised(manager)} writes the recommendation in the review section, records the review date, then the group's decision: accepted, or further targeted actions, one a line. An action is done once evidence is added for it or ${manager} marks it done; then a new round begins.</li>
<li><b>Insert readiness summary</b> writes a dated summary into the review section for the leadership group, who read it without the add-on. Inserting again the same day replaces it.</li>
</ol>
</div>`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(helpHtml(PROGRAM))
    .setWidth(480)
    .setHeight(640);
  DocumentApp.getUi().showModalDialog(html, `${ADDON_TITLE} — Help`);
}
