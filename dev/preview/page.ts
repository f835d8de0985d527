/**
 * The preview's own page: the Doc on the left, the add-on's sidebar (the real built HTML, in an
 * iframe as Apps Script serves it) on the right, the add-on menu's items as buttons above.
 * Everything here is written by us; document text only ever reaches it escaped, via /document.
 */

export function previewPage(
  menuItems: Array<{caption: string; functionName: string}>,
): string {
  const buttons = menuItems
    .map(
      item =>
        `<button type="button" class="menu-item" data-function="${escapeHtml(item.functionName)}">${escapeHtml(item.caption)}</button>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lead Mentorship Program — local preview</title>
<style>
  * { box-sizing: border-box; }
  html, body { height: 100%; overflow: hidden; }
  body { margin: 0; font: 14px/1.45 Arial, Helvetica, sans-serif; color: #202124; background: #f8f9fa; display: flex; flex-direction: column; }
  header { flex: none; position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 8px 16px; background: #fff; border-bottom: 1px solid #dadce0; }
  header h1 { font-size: 15px; font-weight: 500; margin: 0 12px 0 0; }
  nav[aria-label] { display: flex; flex-wrap: wrap; gap: 4px; }
  button { font: inherit; font-size: 13px; padding: 6px 10px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; color: #1a73e8; cursor: pointer; }
  button:hover { background: #f1f3f4; }
  button:focus-visible, select:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
  .tools { margin-left: auto; display: flex; gap: 8px; align-items: center; font-size: 13px; }
  main { flex: 1; display: flex; min-height: 0; }
  #document { flex: 1; overflow: auto; padding: 24px; }
  #page { max-width: 816px; margin: 0 auto; background: #fff; padding: 48px 64px; min-height: 100%; box-shadow: 0 1px 3px rgba(60,64,67,.3); }
  aside { width: 300px; border-left: 1px solid #dadce0; background: #fff; display: flex; flex-direction: column; }
  aside .title { padding: 10px 12px; border-bottom: 1px solid #dadce0; font-weight: 500; display: flex; justify-content: space-between; }
  aside iframe { flex: 1; border: 0; width: 300px; }
  .empty { padding: 16px; color: #5f6368; font-size: 13px; }
  #dialog { position: fixed; inset: 0; background: rgba(32,33,36,.5); display: none; align-items: center; justify-content: center; }
  #dialog.open { display: flex; }
  #dialog .box { background: #fff; border-radius: 8px; min-width: 320px; max-width: 90vw; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
  #dialog .box h2 { font-size: 16px; margin: 0; padding: 16px 20px 8px; }
  #dialog iframe { border: 0; display: block; }
  #dialog .actions { display: flex; justify-content: flex-end; padding: 8px 12px 12px; }
  #status { font-size: 12px; color: #5f6368; }
  #page [data-block] { cursor: text; border-radius: 2px; }
  #page [data-block]:hover { background: #f1f3f4; }
  #page [data-block]:focus-visible { outline: 2px solid #1a73e8; }
  .line-editor { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 8px; }
  .line-editor textarea { flex: 1 1 100%; font: inherit; padding: 6px; border: 1px solid #1a73e8; border-radius: 4px; }
  .hint { font-size: 12px; color: #5f6368; margin: 0 0 8px; }
</style>
</head>
<body>
<header>
  <h1>Lead Mentorship Program · local preview</h1>
  <nav aria-label="Extensions › Lead Mentorship Program">${buttons}</nav>
  <div class="tools">
    <label>Signed in as <select id="identity" aria-label="Signed in as">
      <option value="manager@example.com">manager@example.com</option>
      <option value="candidate@example.com">candidate@example.com</option>
      <option value="">(no email, e.g. a consumer account)</option>
    </select></label>
    <button type="button" id="reset">New blank Doc</button>
    <span id="status" role="status" aria-live="polite"></span>
  </div>
</header>
<main>
  <section id="document" aria-label="Document" tabindex="-1"><p class="hint">Write in the Doc as a person would: click a line (or Tab to it and press Enter) to edit it.</p><article id="page"></article></section>
  <aside aria-label="Add-on sidebar">
    <div class="title"><span id="sidebar-title">Sidebar</span><button type="button" id="close-sidebar" aria-label="Close sidebar">✕</button></div>
    <div class="empty" id="sidebar-empty">Open the sidebar from the menu above.</div>
    <iframe id="sidebar" title="Add-on sidebar" hidden></iframe>
  </aside>
</main>
<div id="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
  <div class="box"><h2 id="dialog-title"></h2><div id="dialog-body"></div>
  <div class="actions"><button type="button" id="dialog-close">Close</button></div></div>
</div>
<script src="/preview.js"></script>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);
}
