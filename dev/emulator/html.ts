/**
 * HtmlService, HtmlOutput and HtmlTemplate.
 * References: https://developers.google.com/apps-script/reference/html/html-service,
 * https://developers.google.com/apps-script/reference/html/html-output,
 * https://developers.google.com/apps-script/reference/html/html-template and the guide to
 * templates, https://developers.google.com/apps-script/guides/html/templates.
 */
import {
  checkSignature,
  isNumber,
  isString,
  type ParameterCheck,
} from './arguments';
import type {EmulationContext} from './context';
import {defineEnum, enumName, type EnumValue} from './enums';
import {emulate} from './service-calls';

/** https://developers.google.com/apps-script/reference/html/sandbox-mode */
export const SandboxMode = defineEnum('SandboxMode', [
  'EMULATED',
  'IFRAME',
  'NATIVE',
] as const);
/** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
export const XFrameOptionsMode = defineEnum('XFrameOptionsMode', [
  'ALLOWALL',
  'DEFAULT',
] as const);

/** The project's HTML files by name, without ".html", as the script editor lists them. */
export type HtmlFiles = Readonly<Record<string, string>>;

/** What printing scriptlets (`<?= ?>`) and appendUntrusted() do to text. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const isTemplate: ParameterCheck = value => value instanceof HtmlTemplate;
const isSandboxMode: ParameterCheck = value =>
  enumName(SandboxMode, value) !== undefined;
const isXFrameOptionsMode: ParameterCheck = value =>
  enumName(XFrameOptionsMode, value) !== undefined;

export class HtmlOutput {
  readonly #context: EmulationContext;
  #content: string;
  #title = '';
  #width = 0;
  #height = 0;
  #sandboxMode: EnumValue = SandboxMode.IFRAME;
  #xFrameOptionsMode: EnumValue = XFrameOptionsMode.DEFAULT;
  readonly #metaTags: Array<{name: string; content: string}> = [];

  constructor(context: EmulationContext, content: string) {
    this.#context = context;
    this.#content = content;
    return emulate(this, 'HtmlOutput', context.calls);
  }

  append(addedContent: string): HtmlOutput {
    this.#check('append', [addedContent], [isString]);
    this.#content += addedContent;
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.#check('appendUntrusted', [addedContent], [isString]);
    this.#content += escapeHtml(addedContent);
    return this;
  }

  clear(): HtmlOutput {
    this.#content = '';
    return this;
  }

  getContent(): string {
    return this.#content;
  }

  setContent(content: string): HtmlOutput {
    this.#check('setContent', [content], [isString]);
    this.#content = content;
    return this;
  }

  asTemplate(): HtmlTemplate {
    return new HtmlTemplate(this.#context, this.#content);
  }

  getTitle(): string {
    return this.#title;
  }

  setTitle(title: string): HtmlOutput {
    this.#check('setTitle', [title], [isString]);
    this.#title = title;
    return this;
  }

  getWidth(): number {
    return this.#width;
  }

  /** "Sets the initial width of the output", in pixels. */
  setWidth(width: number): HtmlOutput {
    this.#check('setWidth', [width], [isNumber]);
    this.#width = Math.trunc(width);
    return this;
  }

  getHeight(): number {
    return this.#height;
  }

  setHeight(height: number): HtmlOutput {
    this.#check('setHeight', [height], [isNumber]);
    this.#height = Math.trunc(height);
    return this;
  }

  /** Kept for the record: IFRAME is the only mode Apps Script still serves. */
  setSandboxMode(mode: EnumValue): HtmlOutput {
    this.#check('setSandboxMode', [mode], [isSandboxMode]);
    this.#sandboxMode = mode;
    return this;
  }

  getSandboxMode(): EnumValue {
    return this.#sandboxMode;
  }

  setXFrameOptionsMode(mode: EnumValue): HtmlOutput {
    this.#check('setXFrameOptionsMode', [mode], [isXFrameOptionsMode]);
    this.#xFrameOptionsMode = mode;
    return this;
  }

  getXFrameOptionsMode(): EnumValue {
    return this.#xFrameOptionsMode;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.#check('addMetaTag', [name, content], [isString, isString]);
    this.#metaTags.push({name, content});
    return this;
  }

  /** The meta tags added, as plain {name, content} records (Apps Script returns HtmlOutputMetaTag objects). */
  getMetaTags(): Array<{name: string; content: string}> {
    return this.#metaTags.map(tag => ({...tag}));
  }

  #check(method: string, args: unknown[], signature: ParameterCheck[]): void {
    checkSignature(this.#context, `HtmlOutput.${method}`, args, signature);
  }
}

type Chunk = {kind: 'text' | 'code' | 'print' | 'raw'; text: string};

/** Splits a template into text and the three kinds of scriptlet. */
function parseTemplate(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const match of source.matchAll(scriptlet)) {
    const index = match.index ?? 0;
    if (index > last)
      chunks.push({kind: 'text', text: source.slice(last, index)});
    const kind =
      match[1] === '!=' ? 'raw' : match[1] === '=' ? 'print' : 'code';
    chunks.push({kind, text: match[2]});
    last = index + match[0].length;
  }
  if (last < source.length)
    chunks.push({kind: 'text', text: source.slice(last)});
  return chunks;
}

/** The name under which the generated code reaches its output; not a name templates use. */
const OUTPUT = '__htmlTemplateOutput';

function templateCode(source: string): string {
  const lines = parseTemplate(source).map(chunk => {
    switch (chunk.kind) {
      case 'text':
        return `${OUTPUT}.raw(${JSON.stringify(chunk.text)});`;
      case 'code':
        return chunk.text;
      case 'print':
        return `${OUTPUT}.print(${chunk.text});`;
      case 'raw':
        return `${OUTPUT}.raw(${chunk.text});`;
    }
  });
  return lines.join('\n');
}

function printable(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export class HtmlTemplate {
  // Only the properties a script sets (template.initialView = …) are own properties: everything
  // the class needs lives in private fields, so evaluate() can find them with Object.keys().
  readonly #context: EmulationContext;
  readonly #source: string;

  constructor(context: EmulationContext, source: string) {
    this.#context = context;
    this.#source = source;
    return emulate(this, 'HtmlTemplate', context.calls);
  }

  getRawContent(): string {
    return this.#source;
  }

  /** The emulation's own generated code (Apps Script's differs in form, not in meaning). */
  getCode(): string {
    return templateCode(this.#source);
  }

  /**
   * Runs the scriptlets: "Any properties set on this HtmlTemplate object are in scope when
   * evaluating." `<?= ?>` prints escaped, `<?!= ?>` prints as is, `<? ?>` only runs.
   */
  evaluate(): HtmlOutput {
    const names = Object.keys(this);
    const values = names.map(
      name => (this as unknown as Record<string, unknown>)[name],
    );
    let html = '';
    const output = {
      raw: (value: unknown) => {
        html += printable(value);
      },
      print: (value: unknown) => {
        html += escapeHtml(printable(value));
      },
    };
    const run = this.#context.compileFunction(templateCode(this.#source), [
      ...names,
      OUTPUT,
    ]);
    run(...values, output);
    return new HtmlOutput(this.#context, html);
  }
}

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly #context: EmulationContext;
  readonly #files: HtmlFiles;

  constructor(context: EmulationContext, files: HtmlFiles) {
    this.#context = context;
    this.#files = files;
    return emulate(this, 'HtmlService', context.calls);
  }

  /** createHtmlOutput() | createHtmlOutput(html) | createHtmlOutput(template) */
  createHtmlOutput(html?: string | HtmlTemplate): HtmlOutput {
    checkSignature(
      this.#context,
      'HtmlService.createHtmlOutput',
      [html],
      [],
      [isString],
      [isTemplate],
    );
    if (html instanceof HtmlTemplate) return html.evaluate();
    return new HtmlOutput(this.#context, html ?? '');
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(
      this.#context,
      this.#file('createHtmlOutputFromFile', filename),
    );
  }

  createTemplate(html: string): HtmlTemplate {
    checkSignature(
      this.#context,
      'HtmlService.createTemplate',
      [html],
      [isString],
    );
    return new HtmlTemplate(this.#context, html);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(
      this.#context,
      this.#file('createTemplateFromFile', filename),
    );
  }

  /** Files are named without ".html"; a name given with it finds the same file. */
  #file(method: string, filename: string): string {
    checkSignature(
      this.#context,
      `HtmlService.${method}`,
      [filename],
      [isString],
    );
    const content = this.#files[filename.replace(/\.html$/, '')];
    if (content === undefined) {
      throw this.#context.exception(
        `No HTML file named ${filename} was found.`,
      );
    }
    return content;
  }
}
