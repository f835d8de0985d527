/** The add-on menu, the sidebar and the help dialog. */
import type {SidebarView} from '../contract';
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

const HELP_HTML = `<div style="font:13px/1.5 Arial,sans-serif;color:#202124">
<p><b>Lead Mentorship Program</b> keeps the candidate's evidence in this Doc, one section per program area.</p>
<ol>
<li><b>Set up document</b> adds the title, participants, one section per area, the weekly one-on-one log and the review section. It only adds what is missing and never changes what people wrote.</li>
<li><b>Open sidebar</b> and click <b>Add evidence</b> for an area (the first time, say there who is recording). An entry appears at the end of that area with grey prompts; write over them. Entries that still hold only prompts are drafts and do not count.</li>
<li><b>Readiness check</b> shows, for each area, whether evidence is missing, in progress or complete, and what is left before the leadership review.</li>
<li><b>Insert readiness summary</b> writes a dated table into the review section for the leadership group.</li>
</ol>
<p>Writing typed under an area heading without the add-on counts too.</p>
</div>`;

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(HELP_HTML)
    .setWidth(420)
    .setHeight(360);
  DocumentApp.getUi().showModalDialog(html, `${ADDON_TITLE} — Help`);
}
