/**
 * Integration fixtures: build an emulated Doc from blocks, run server code as one Apps Script
 * execution (the runtime's globals installed, its locks released at the end), read the Doc back
 * as lines a person would see, and edit it as a person would (through the DocumentApp API).
 */
import {
  EmulatedDocument,
  typeAtCursor,
  typeInParagraph,
  type BlockJSON,
} from '../../dev/emulator/document/index';
import {TextView} from '../../dev/emulator/document/text-view';
import type {
  DocumentJSON,
  InlineJSON,
  ListItemJSON,
  ParagraphJSON,
  TextRunJSON,
} from '../../dev/emulator/document/model';
import {
  createRuntime,
  type Runtime,
  type RuntimeOptions,
} from '../../dev/emulator/runtime';
import type {SidebarState} from '../../src/contract';
import type {AreaReport} from '../../src/core/report';
import * as api from '../../src/server/api';

export const TODAY = '2026-11-24';
export const GREY = '#80868b';

export const AREA_TITLES = [
  'Participate in an Annual Performance Review Cycle',
  'Organize and Complete Regularly Scheduled One-on-Ones',
  'Participate in Company Leadership Training',
  'Demonstrate and Provide Evidence of Developing People Leadership Skills',
  "Own the Team's Development Process",
] as const;
export const LOG_TITLE = 'Weekly One-on-One Log';
export const REVIEW_TITLE = 'Review and Recommendation';

// ---- Building documents ----------------------------------------------------------------------

export const title = (text: string): BlockJSON => ({heading: 'TITLE', text});
export const h1 = (text: string): BlockJSON => ({heading: 'HEADING1', text});
export const h2 = (text: string): BlockJSON => ({heading: 'HEADING2', text});
export const h3 = (text: string): BlockJSON => ({heading: 'HEADING3', text});
export const para = (text: string): BlockJSON => ({text});
export const blank = (): BlockJSON => ({runs: []});
export const bullet = (text: string): BlockJSON => ({type: 'listItem', text});
export const table = (rows: string[][]): BlockJSON => ({type: 'table', rows});
export const image = (alt: string): BlockJSON => ({type: 'image', alt});
/** Grey italic text, as guidance and prompts look. */
export const grey = (text: string): BlockJSON => ({
  runs: [{text, italic: true, color: GREY}],
});

export function doc(...blocks: BlockJSON[]): EmulatedDocument {
  return EmulatedDocument.fromBlocks(blocks);
}

// ---- Running server code ---------------------------------------------------------------------

export function runtimeFor(
  document: EmulatedDocument,
  options: Omit<RuntimeOptions, 'document'> = {},
): Runtime {
  return createRuntime({
    userEmail: 'candidate@example.com',
    ...options,
    document,
  });
}

/** One Apps Script execution: the runtime's globals are installed only while `action` runs. */
export function execute<T>(runtime: Runtime, action: () => T): T {
  runtime.installGlobals();
  try {
    return action();
  } finally {
    runtime.endExecution();
    runtime.uninstall();
  }
}

/** Runs `action`, expects it to throw, and returns the error (for its message). */
export function failure(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`Threw a non-Error: ${String(error)}`);
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

export function state(runtime: Runtime, today = TODAY): SidebarState {
  return execute(runtime, () => api.getSidebarState({today}));
}

export function setUp(runtime: Runtime, today = TODAY): SidebarState {
  return execute(runtime, () => api.setUpDocument({today}));
}

export function chooseRole(
  runtime: Runtime,
  role: 'candidate' | 'manager',
): SidebarState {
  return execute(runtime, () => api.setRole({today: TODAY, role}));
}

export interface EvidenceRequest {
  sectionId: string;
  criterionId?: string | null;
  kindId: string;
  today?: string;
}

export function addEvidence(
  runtime: Runtime,
  request: EvidenceRequest,
): SidebarState {
  return execute(runtime, () =>
    api.addEvidence({
      today: request.today ?? TODAY,
      sectionId: request.sectionId,
      criterionId: request.criterionId ?? null,
      kindId: request.kindId,
    }),
  );
}

/** A training entry (dated `today`) written over its first prompt: Leadership training evidenced. */
export function writeTrainingEntry(runtime: Runtime, today: string): void {
  addEvidence(runtime, {
    sectionId: 'leadership-training',
    kindId: 'training',
    today,
  });
  typeOverPrompt(
    runtime,
    'Name',
    'Leading Teams 101, by People Ops.',
    indexOfLine(runtime.document, `H3 ${today} · Training`),
  );
}

/** A one-on-ones entry about building trust (dated `today`), written over its first prompt. */
export function writeTrustEntry(runtime: Runtime, today: string): void {
  addEvidence(runtime, {
    sectionId: 'one-on-ones',
    criterionId: 'building-trust',
    kindId: 'general',
    today,
  });
  typeOverPrompt(
    runtime,
    'What happened',
    'Kept a weekly slot for two months.',
    indexOfLine(runtime.document, `H3 ${today} · Building trust`),
  );
}

/** A Doc already set up by the add-on, with a role chosen, ready for entries. */
export function setUpRuntime(
  role: 'candidate' | 'manager' = 'candidate',
): Runtime {
  const runtime = runtimeFor(EmulatedDocument.blank());
  setUp(runtime);
  chooseRole(runtime, role);
  return runtime;
}

export function area(state: SidebarState, areaId: string): AreaReport {
  const found = state.report.areas.find(report => report.areaId === areaId);
  if (!found) throw new Error(`No area "${areaId}" in the report.`);
  return found;
}

/** The state without the action's notice, to compare a reply with a fresh getSidebarState. */
export function withoutNotice(value: SidebarState): SidebarState {
  return {...value, notice: null};
}

// ---- Reading documents back ------------------------------------------------------------------

const HEADING_PREFIX: Record<string, string> = {
  TITLE: 'TITLE ',
  SUBTITLE: 'SUBTITLE ',
  HEADING1: 'H1 ',
  HEADING2: 'H2 ',
  HEADING3: 'H3 ',
  HEADING4: 'H4 ',
  HEADING5: 'H5 ',
  HEADING6: 'H6 ',
};

function isRun(inline: InlineJSON): inline is TextRunJSON {
  return !('type' in inline);
}

function paragraphText(block: ParagraphJSON | ListItemJSON): string {
  if (block.runs === undefined) return block.text ?? '';
  return block.runs
    .map(inline => (isRun(inline) ? inline.text : `[${inline.type}]`))
    .join('');
}

/** One line per Body child: 'H1 Title', plain text, '• item', '[table] a | b / c | d'. */
export function blockLine(block: BlockJSON): string {
  switch (block.type) {
    case 'table':
      return `[table] ${block.rows
        .map(row =>
          row
            .map(cell =>
              typeof cell === 'string'
                ? cell
                : cell.map(inner => blockLine(inner)).join(' '),
            )
            .join(' | '),
        )
        .join(' / ')}`;
    case 'image':
    case 'horizontalRule':
      return `[${block.type}]`;
    case 'listItem':
      return `• ${paragraphText(block)}`;
    default:
      return `${HEADING_PREFIX[block.heading ?? 'NORMAL'] ?? ''}${paragraphText(block)}`;
  }
}

export function lines(document: EmulatedDocument): string[] {
  return document.toJSON().body.map(blockLine);
}

export function snapshot(document: EmulatedDocument): DocumentJSON {
  return document.toJSON();
}

/** The Body child at `index` as JSON, to inspect runs and styles. */
export function blockAt(document: EmulatedDocument, index: number): BlockJSON {
  const block = document.toJSON().body[index];
  if (!block) throw new Error(`No block at ${index}.`);
  return block;
}

/** The cells' text of the table that is Body child `index`, by row ([] when it is no table). */
export function tableRowsAt(
  document: EmulatedDocument,
  index: number,
): string[][] {
  const block = blockAt(document, index);
  if (block.type !== 'table') return [];
  return block.rows.map(row =>
    row.map(cell =>
      typeof cell === 'string'
        ? cell
        : cell.map(inner => paragraphTextOf(inner)).join('\n'),
    ),
  );
}

function paragraphTextOf(block: BlockJSON): string {
  return block.type === 'paragraph' ||
    block.type === 'listItem' ||
    block.type === undefined
    ? paragraphText(block)
    : '';
}

export function runsAt(
  document: EmulatedDocument,
  index: number,
): TextRunJSON[] {
  const block = blockAt(document, index);
  if (
    block.type === 'table' ||
    block.type === 'image' ||
    block.type === 'horizontalRule'
  )
    return [];
  return (block.runs ?? []).filter(isRun);
}

/** Index of the first line equal to `line` (at or after `from`); throws when there is none. */
export function indexOfLine(
  document: EmulatedDocument,
  line: string,
  from = 0,
): number {
  const index = lines(document).indexOf(line, from);
  if (index < 0)
    throw new Error(`No line "${line}" in:\n${lines(document).join('\n')}`);
  return index;
}

/** Every line is in `after`, in the same relative order, with identical JSON (text and style). */
export function keptInOrder(before: BlockJSON[], after: BlockJSON[]): boolean {
  let from = 0;
  for (const block of before) {
    const wanted = JSON.stringify(block);
    let found = -1;
    for (let index = from; index < after.length; index += 1) {
      if (JSON.stringify(after[index]) === wanted) {
        found = index;
        break;
      }
    }
    if (found < 0) return false;
    from = found + 1;
  }
  return true;
}

// ---- Editing as a person does ----------------------------------------------------------------

type Body = GoogleAppsScript.Document.Body;

/** The active Doc's Body; call inside execute(). */
function activeBody(): Body {
  return DocumentApp.getActiveDocument().getBody();
}

/**
 * Types over the grey prompt of a 'Label: prompt' line: selects everything after the label and
 * types, as a person replacing the prompt does. Docs gives text typed over a selection the look of
 * its first character, so this writing is grey italic like the prompt (typing.ts). The first such
 * line at or after Body child `afterLine` is the one typed over.
 */
export function typeOverPrompt(
  runtime: Runtime,
  label: string,
  writing: string,
  afterLine = 0,
): void {
  const prefix = `${label}: `;
  const lines = runtime.document.body.children;
  for (let index = afterLine; index < lines.length; index += 1) {
    const line = lines[index];
    const content = line.isParagraph ? new TextView(line).getText() : '';
    if (line.type !== 'PARAGRAPH' || !content.startsWith(prefix)) continue;
    typeInParagraph(
      line,
      prefix.length,
      content.length - prefix.length,
      writing,
    );
    return;
  }
  throw new Error(`No "${label}:" line after ${afterLine}.`);
}

/** Types where the add-on left the cursor, as a person who starts writing straight away. */
export function typeAtTheCursor(runtime: Runtime, writing: string): void {
  typeAtCursor(runtime.document, writing);
}

/** Deletes Body children start..end-1 (a person selecting whole lines and pressing Delete). */
export function deleteBlocks(
  runtime: Runtime,
  start: number,
  end: number,
): void {
  execute(runtime, () => {
    const target = activeBody();
    for (let index = end - 1; index >= start; index -= 1)
      target.removeChild(target.getChild(index));
  });
}

/**
 * A person adds a heading, and lines under it, at the end of the Doc (before its final empty
 * paragraph, where the cursor is after the last line).
 */
export function appendHeading(
  runtime: Runtime,
  heading: 'HEADING1' | 'HEADING2',
  text: string,
  ...under: string[]
): void {
  execute(runtime, () => {
    const target = activeBody();
    const end = target.getNumChildren() - 1;
    target
      .insertParagraph(end, text)
      .setHeading(DocumentApp.ParagraphHeading[heading]);
    under.forEach((line, offset) =>
      target.insertParagraph(end + 1 + offset, line),
    );
  });
}

/** The cursor as a person sees it: the line it is on and the offset in that line. */
export function cursorOf(
  document: EmulatedDocument,
): {line: number; offset: number} | null {
  const cursor = document.toJSON().cursor;
  if (!cursor) return null;
  const [line] = cursor.path;
  const offset =
    'textOffset' in cursor ? cursor.textOffset : cursor.childOffset;
  return line === undefined ? null : {line, offset};
}
