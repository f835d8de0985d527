/**
 * The preview page's script (bundled by the preview server): menu buttons call the add-on's menu
 * functions on the server, the sidebar and dialogs show the HTML the add-on asked Apps Script to
 * show, and the Doc pane is refreshed after every action.
 */
import type {UiSnapshot} from './protocol';

const pageElement = byId('page');
const sidebarFrame = byId('sidebar') as HTMLIFrameElement;
const sidebarEmpty = byId('sidebar-empty');
const sidebarTitle = byId('sidebar-title');
const dialog = byId('dialog');
const dialogTitle = byId('dialog-title');
const dialogBody = byId('dialog-body');
const status = byId('status');
const identity = byId('identity') as HTMLSelectElement;

let shownSidebarVersion = -1;
let shownDialogVersion = -1;
/** Refreshes after a server call, under way: the caret to scroll to may be in one still coming. */
let documentRefreshes = 0;
/** The add-on asked for the editor's focus while a refresh was under way: scroll when it lands. */
let caretWanted = false;

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`preview page is missing #${id}`);
  return element;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  });
  const reply = (await response.json()) as T & {error?: string};
  if (!response.ok) throw new Error(reply.error ?? response.statusText);
  return reply;
}

async function refreshDocument(): Promise<void> {
  const response = await fetch('/document');
  // The server renders the Doc with every piece of document text escaped.
  pageElement.innerHTML = await response.text();
  for (const line of pageElement.querySelectorAll<HTMLElement>(
    '[data-block]',
  )) {
    line.tabIndex = 0;
    line.title = 'Click to edit this line';
  }
}

/**
 * Scrolls the Doc pane (and only it: the header with the menu stays where it is) so the cursor
 * stands in its middle, as Docs shows where the add-on put the cursor.
 */
function scrollToCaret(): void {
  const pane = byId('document');
  const caret = pageElement.querySelector('.caret');
  if (!caret) return;
  const offset =
    caret.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  pane.scrollTop += offset - pane.clientHeight / 2;
}

/**
 * A person writes in the Doc: click (or Enter on) a line to edit it in place. Saving changes only
 * what differs, as typing in Docs would; the sidebar's Check again then reads the new text.
 */
async function editLine(line: HTMLElement): Promise<void> {
  const index = Number(line.dataset.block);
  const {text} = await post<{text: string}>('/api/line', {index});
  const form = document.createElement('form');
  form.className = 'line-editor';
  const field = document.createElement('textarea');
  field.value = text;
  field.rows = 2;
  field.setAttribute('aria-label', 'Edit this line of the Doc');
  const save = document.createElement('button');
  save.type = 'submit';
  save.textContent = 'Save line';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  form.append(field, save, cancel);
  line.hidden = true;
  line.after(form);
  field.focus();
  const close = () => {
    form.remove();
    line.hidden = false;
    line.focus();
  };
  cancel.addEventListener('click', close);
  field.addEventListener('keydown', event => {
    if (event.key === 'Escape') close();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    void run(
      () => post<UiSnapshot>('/api/edit', {index, text: field.value}),
      'Saving the line',
    );
  });
}

pageElement.addEventListener('click', event => {
  const line =
    event.target instanceof Element
      ? event.target.closest<HTMLElement>('[data-block]')
      : null;
  if (line && !line.hidden) void editLine(line);
});
pageElement.addEventListener('keydown', event => {
  const line =
    event.target instanceof HTMLElement && event.target.matches('[data-block]')
      ? event.target
      : null;
  if (line && event.key === 'Enter') {
    event.preventDefault();
    void editLine(line);
  }
});

function showUi(snapshot: UiSnapshot): void {
  if (snapshot.sidebar && snapshot.sidebar.version !== shownSidebarVersion) {
    shownSidebarVersion = snapshot.sidebar.version;
    sidebarTitle.textContent = snapshot.sidebar.title;
    sidebarFrame.hidden = false;
    sidebarEmpty.hidden = true;
    sidebarFrame.src = `/sidebar?v=${snapshot.sidebar.version}`;
  }
  if (!snapshot.sidebar) closeSidebar();
  if (snapshot.dialog && snapshot.dialog.version !== shownDialogVersion) {
    shownDialogVersion = snapshot.dialog.version;
    dialogTitle.textContent = snapshot.dialog.title;
    const frame = document.createElement('iframe');
    frame.title = snapshot.dialog.title;
    frame.width = String(snapshot.dialog.width);
    frame.height = String(snapshot.dialog.height);
    frame.src = `/dialog?v=${snapshot.dialog.version}`;
    dialogBody.replaceChildren(frame);
    dialog.classList.add('open');
  }
  for (const alert of snapshot.alerts) {
    const text = document.createElement('p');
    text.textContent = alert;
    dialogTitle.textContent = 'Alert';
    dialogBody.replaceChildren(text);
    dialog.classList.add('open');
  }
}

function closeSidebar(): void {
  sidebarFrame.hidden = true;
  sidebarFrame.removeAttribute('src');
  sidebarEmpty.hidden = false;
  shownSidebarVersion = -1;
}

async function run(
  action: () => Promise<UiSnapshot | void>,
  label: string,
): Promise<void> {
  status.textContent = `${label}…`;
  try {
    const snapshot = await action();
    if (snapshot) showUi(snapshot);
    await refreshDocument();
    status.textContent = '';
  } catch (error) {
    status.textContent = `${label} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>(
  'button.menu-item',
)) {
  button.addEventListener('click', () => {
    void run(
      () =>
        post<UiSnapshot>('/api/menu', {functionName: button.dataset.function}),
      button.textContent ?? '',
    );
  });
}

byId('reset').addEventListener('click', () => {
  void run(async () => {
    closeSidebar();
    return post<UiSnapshot>('/api/reset', {});
  }, 'Starting a blank Doc');
});

byId('close-sidebar').addEventListener('click', closeSidebar);
byId('dialog-close').addEventListener('click', () =>
  dialog.classList.remove('open'),
);

identity.addEventListener('change', () => {
  void run(async () => {
    const snapshot = await post<UiSnapshot>('/api/identity', {
      email: identity.value,
    });
    // An open sidebar was the other account's: it loads again as this one's, as on reopening.
    if (!sidebarFrame.hidden) sidebarFrame.contentWindow?.location.reload();
    return snapshot;
  }, 'Switching account');
});

// As in Docs, the sidebar that opens takes the keyboard.
sidebarFrame.addEventListener('load', () => {
  if (!sidebarFrame.hidden) sidebarFrame.contentWindow?.focus();
});

// The sidebar and dialogs tell the page when the add-on changed something or asked the host to act.
window.addEventListener('message', event => {
  if (event.origin !== window.location.origin) return;
  const message = event.data as {type?: string};
  if (message.type === 'lmp-preview:changed') {
    documentRefreshes += 1;
    void run(() => post<UiSnapshot>('/api/ui', {}), 'Refreshing').finally(
      () => {
        documentRefreshes -= 1;
        if (!caretWanted || documentRefreshes > 0) return;
        caretWanted = false;
        scrollToCaret();
      },
    );
  }
  if (message.type === 'lmp-preview:close') {
    if (event.source === sidebarFrame.contentWindow) closeSidebar();
    else dialog.classList.remove('open');
  }
  if (message.type === 'lmp-preview:focus-editor') {
    byId('document').focus({preventScroll: true});
    // The Doc with the new cursor may still be on its way (the call's own refresh).
    if (documentRefreshes > 0) caretWanted = true;
    else scrollToCaret();
  }
});

void run(async () => {
  const current = await post<UiSnapshot & {email: string}>('/api/ui', {});
  identity.value = current.email;
  return current;
}, 'Loading');
