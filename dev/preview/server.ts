/**
 * The local preview (`npm start`): the built add-on (dist/) running on the emulated Apps Script
 * services, served on 127.0.0.1. The Doc, the properties and the signed-in account are kept in a
 * local file, so they survive a restart; `--reset` starts from a blank Doc.
 */
import * as esbuild from 'esbuild';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {EmulatedDocument, renderDocumentHtml} from '../emulator/document/index';
import type {DocumentJSON} from '../emulator/document/index';
import {
  loadDist,
  readDistHtmlFiles,
  type LoadedProject,
} from '../emulator/loader';
import type {PropertyStoresJSON} from '../emulator/properties';
import {createRuntime, type Runtime} from '../emulator/runtime';
import {deliveredReply} from '../emulator/script-run';
import {previewPage} from './page';
import {editLine, readLine} from './person';
import type {RunReply, RunRequest, UiSnapshot} from './protocol';

const ROOT = path.join(__dirname, '../..');
const DEFAULT_EMAIL = 'manager@example.com';
const MAX_BODY_BYTES = 1_000_000;

export interface PreviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the Doc, properties and account are kept between runs. */
  stateFile: string;
  /** Start from a blank Doc, whatever the state file holds. */
  reset?: boolean;
  distDir?: string;
  /** Print each server call's cost (service calls, milliseconds). */
  log?: (line: string) => void;
}

export interface RunningPreview {
  url: string;
  /** The emulated runtime now serving (replaced on reset), for tests. */
  runtime(): Runtime;
  close(): Promise<void>;
}

interface SavedState {
  email: string;
  document: DocumentJSON;
  properties: PropertyStoresJSON;
}

/** One emulated Apps Script project bound to one Doc, plus what the page has already been shown. */
class PreviewSession {
  readonly runtime: Runtime;
  readonly project: LoadedProject;
  private shownSidebar: unknown = null;
  private sidebarVersion = 0;
  private dialogsSeen = 0;
  private alertsSeen = 0;

  constructor(
    distDir: string,
    private readonly stateFile: string,
    saved: SavedState | null,
  ) {
    this.runtime = createRuntime({
      files: readDistHtmlFiles(distDir),
      userEmail: saved?.email ?? DEFAULT_EMAIL,
      document: saved
        ? EmulatedDocument.fromJSON(saved.document)
        : EmulatedDocument.blank('LMP tracking document'),
      properties: saved?.properties,
    });
    this.project = loadDist(this.runtime, distDir);
    // The Doc opens: Apps Script runs onOpen, which builds the add-on menu.
    this.project.call('onOpen', {authMode: 'LIMITED'});
    this.save();
  }

  menuItems(): Array<{caption: string; functionName: string}> {
    return (this.runtime.ui.addonMenu()?.entries ?? []).flatMap(entry =>
      entry.type === 'item'
        ? [{caption: entry.caption, functionName: entry.functionName}]
        : [],
    );
  }

  email(): string {
    return this.runtime.services.session.userEmail;
  }

  save(): void {
    const state: SavedState = {
      email: this.email(),
      document: this.runtime.document.toJSON(),
      properties: this.runtime.properties.toJSON(),
    };
    mkdirSync(path.dirname(this.stateFile), {recursive: true});
    writeFileSync(this.stateFile, JSON.stringify(state));
  }

  snapshot(): UiSnapshot {
    const ui = this.runtime.ui;
    if (ui.sidebar !== this.shownSidebar) {
      this.shownSidebar = ui.sidebar;
      this.sidebarVersion += 1;
    }
    const dialog =
      ui.dialogs.length > this.dialogsSeen
        ? ui.dialogs[ui.dialogs.length - 1]
        : null;
    this.dialogsSeen = ui.dialogs.length;
    const alerts = ui.alerts
      .slice(this.alertsSeen)
      .map(alert => [alert.title, alert.prompt].filter(Boolean).join(': '));
    this.alertsSeen = ui.alerts.length;
    return {
      sidebar: ui.sidebar
        ? {title: ui.sidebar.title, version: this.sidebarVersion}
        : null,
      dialog: dialog
        ? {
            title: dialog.title,
            width: dialog.width || 420,
            height: dialog.height || 360,
            version: this.dialogsSeen,
          }
        : null,
      alerts,
      email: this.email(),
    };
  }

  /** A person edits one line of the Doc (outside any script execution, as in Docs). */
  edit(index: number, text: string): boolean {
    const edited = editLine(this.runtime, index, text);
    if (edited) this.save();
    return edited;
  }

  /** Runs a top-level function as one Apps Script execution; a thrown error becomes the reply. */
  run(
    functionName: string,
    args: unknown[],
    log: (line: string) => void,
  ): RunReply {
    const calls = this.runtime.calls;
    calls.reset();
    const started = performance.now();
    try {
      // A reply is delivered as google.script.run delivers it (a Date makes it null).
      const value = deliveredReply(
        this.project.toHost(this.project.call(functionName, ...args)),
      );
      return {ok: true, value};
    } catch (error) {
      // The failure handler gets "an Error object" (guides/html/reference/run#withFailureHandler);
      // its message, as Apps Script users see it, starts with the thrown class ("Error: …",
      // "Exception: …"), so the sidebar must cope with the prefix: deliver it the same way.
      return {
        ok: false,
        message:
          error instanceof Error
            ? `${error.name}: ${error.message}`
            : String(error),
      };
    } finally {
      log(
        `${functionName}: ${calls.total} service calls, ${Math.round(performance.now() - started)} ms`,
      );
      this.save();
    }
  }
}

function readSavedState(stateFile: string): SavedState | null {
  if (!existsSync(stateFile)) return null;
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as SavedState;
  } catch {
    return null;
  }
}

async function bundleBrowserScript(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('request too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(
          chunks.length
            ? JSON.parse(Buffer.concat(chunks).toString('utf8'))
            : {},
        );
      } catch {
        reject(new Error('request is not JSON'));
      }
    });
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
): void {
  send(response, status, 'application/json', JSON.stringify(value));
}

/**
 * The preview serves only its own page: another site open in the same browser must not drive it
 * (a cross-site form POST, or DNS rebinding to 127.0.0.1). So the Host must be the loopback
 * address it listens on, and a POST must come from its own origin as JSON (which a cross-site
 * form cannot send without a CORS preflight the preview never answers).
 */
function refuseForeign(request: IncomingMessage): string | null {
  const host = request.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) {
    return 'The preview answers only on 127.0.0.1.';
  }
  if (request.method === 'POST') {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      return 'Requests from other sites are refused.';
    }
    if (
      !(request.headers['content-type'] ?? '').startsWith('application/json')
    ) {
      return 'Expected a JSON request.';
    }
  }
  return null;
}

/** The add-on's HTML as Apps Script would serve it, with the emulated google.script.run first. */
function withScriptRun(html: string): string {
  const host = '<script src="/sidebar-host.js"></script>';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, match => `${match}${host}`)
    : host + html;
}

export async function startPreview(
  options: PreviewOptions,
): Promise<RunningPreview> {
  const distDir = options.distDir ?? path.join(ROOT, 'dist');
  const log = options.log ?? (() => undefined);
  const [pageScript, hostScript] = await Promise.all([
    bundleBrowserScript('client.ts'),
    bundleBrowserScript('sidebar-host.ts'),
  ]);
  let session = new PreviewSession(
    distDir,
    options.stateFile,
    options.reset ? null : readSavedState(options.stateFile),
  );

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const refusal = refuseForeign(request);
    if (refusal) return send(response, 403, 'text/plain', refusal);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(
          response,
          200,
          'text/html',
          previewPage(session.menuItems()),
        );
      case 'GET /favicon.ico':
        response.writeHead(204).end();
        return;
      case 'GET /preview.js':
        return send(response, 200, 'text/javascript', pageScript);
      case 'GET /sidebar-host.js':
        return send(response, 200, 'text/javascript', hostScript);
      case 'GET /document':
        return send(
          response,
          200,
          'text/html',
          renderDocumentHtml(session.runtime.document),
        );
      case 'GET /sidebar': {
        const sidebar = session.runtime.ui.sidebar;
        return sidebar
          ? send(response, 200, 'text/html', withScriptRun(sidebar.html))
          : send(response, 404, 'text/plain', 'No sidebar is open.');
      }
      case 'GET /dialog': {
        const dialog = session.runtime.ui.dialogs.at(-1);
        return dialog
          ? send(response, 200, 'text/html', withScriptRun(dialog.html))
          : send(response, 404, 'text/plain', 'No dialog is open.');
      }
      case 'POST /api/ui':
        return sendJson(response, 200, session.snapshot());
      case 'POST /api/menu': {
        const {functionName} = (await readJson(request)) as {
          functionName?: unknown;
        };
        const item = session
          .menuItems()
          .find(entry => entry.functionName === functionName);
        if (!item)
          return sendJson(response, 400, {
            error: 'Not an item of the add-on menu.',
          });
        const reply = session.run(item.functionName, [], log);
        if (!reply.ok)
          session.runtime.ui.alerts.push({
            title: item.caption,
            prompt: reply.message,
            buttonSet: 'OK',
            answer: 'OK',
          });
        return sendJson(response, 200, session.snapshot());
      }
      case 'POST /api/run': {
        const {functionName, args} = (await readJson(
          request,
        )) as Partial<RunRequest>;
        if (typeof functionName !== 'string' || !Array.isArray(args)) {
          return sendJson(response, 400, {
            error: 'Expected {functionName, args}.',
          });
        }
        return sendJson(response, 200, session.run(functionName, args, log));
      }
      case 'POST /api/identity': {
        const {email} = (await readJson(request)) as {email?: unknown};
        if (typeof email !== 'string')
          return sendJson(response, 400, {error: 'Expected {email}.'});
        session.runtime.setUserEmail(email);
        session.save();
        return sendJson(response, 200, session.snapshot());
      }
      case 'POST /api/line': {
        const {index} = (await readJson(request)) as {index?: unknown};
        const text =
          typeof index === 'number' ? readLine(session.runtime, index) : null;
        return text === null
          ? sendJson(response, 404, {error: 'That line cannot be edited here.'})
          : sendJson(response, 200, {text});
      }
      case 'POST /api/edit': {
        const {index, text} = (await readJson(request)) as {
          index?: unknown;
          text?: unknown;
        };
        if (typeof index !== 'number' || typeof text !== 'string') {
          return sendJson(response, 400, {error: 'Expected {index, text}.'});
        }
        if (!session.edit(index, text)) {
          return sendJson(response, 404, {
            error: 'That line cannot be edited here.',
          });
        }
        return sendJson(response, 200, session.snapshot());
      }
      case 'POST /api/reset':
        session = new PreviewSession(distDir, options.stateFile, null);
        return sendJson(response, 200, session.snapshot());
      default:
        return send(response, 404, 'text/plain', 'Not found');
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, {
        error: error instanceof Error ? error.message : String(error),
      });
    });
  });
  await new Promise<void>(resolve =>
    server.listen(options.port, '127.0.0.1', resolve),
  );
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    runtime: () => session.runtime,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve())),
      ),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  startPreview({
    port,
    stateFile: path.join(ROOT, '.preview/state.json'),
    reset: process.argv.includes('--reset'),
    log: line => console.log(`  ${line}`),
  }).then(
    preview => {
      console.log(`Lead Mentorship Program — local preview at ${preview.url}`);
      console.log(
        'The Doc is kept in .preview/state.json; `npm start -- --reset` starts a blank one. Ctrl+C stops.',
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
