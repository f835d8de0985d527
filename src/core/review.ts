/**
 * The program's completion loop, as dated lines in the Doc that the leadership group reads without
 * the add-on (the wording is the program's: PROGRAM.completion):
 *
 *   at the end of an entry  'Confirmed by the sponsoring manager on 2026-12-01 (84 words, ref 3f9a2c1b)'
 *   in the review section   'Evidence complete — agreed by the candidate on 2026-12-01.'
 *                           'Leadership review scheduled for 2026-12-15.'
 *                           'Leadership group decision on 2026-12-15: further targeted actions.'
 *                           'Targeted action (2026-12-15): Run the next retrospective on your own.'
 *                           'Targeted action done on 2026-12-20: Run the next retrospective…'
 *
 * loop-lines.ts recognises these lines after people edit them; they are never evidence. The 'ref' of a confirmation is a digest of the entry as confirmed: an entry
 * edited since no longer matches it ("changed since confirmed"). Rounds follow the decisions: what
 * is dated (or stands) after the latest decision belongs to the current round; earlier rounds stay
 * in the Doc as history.
 */
import {leadingDate} from './dates';
import type {Block, IsoDate} from './document-model';
import {
  OPENING_CHARS,
  leadingMatch,
  phrases,
  readLoopLine,
  type LoopLine,
  type LoopLineKind,
} from './loop-lines';
import {sectionEntries, type Outline, type OutlineEntry} from './outline';
import type {Area, Program} from './program';
import {roleInSentence} from './program';
import {
  STAGE_LABELS,
  type CompletionReport,
  type EntryToConfirm,
  type Role,
  type Stage,
  type TargetedAction,
} from './report';
import {digestOf, normalizeText, words} from './text';

/** Words that identify a targeted action (its text may be edited further on). */
const ACTION_KEY_WORDS = 8;
/** Entry titles sent to the sidebar are capped, so replies stay small. */
const TITLE_CHARS = 80;
/** At most this many entries to confirm per area go to the sidebar, newest first. */
const TO_CONFIRM_LISTED = 3;

/** What a confirmation confirms: the entry's words (heading and all), less the loop's own lines. */
function entryContent(
  blocks: readonly Block[],
  entry: OutlineEntry,
  program: Program,
): {digest: string; words: number; confirmations: LoopLine[]} {
  const texts: string[] = [];
  const confirmations: LoopLine[] = [];
  let count = 0;
  for (let index = entry.start; index < entry.end; index += 1) {
    const block = blocks[index];
    if (!block) break;
    const line = readLoopLine(program, block, index);
    if (line) {
      if (line.kind === 'confirmed') confirmations.push(line);
      continue;
    }
    const text = normalizeText(block.text);
    if (text === '') continue;
    texts.push(text);
    if (index > entry.start) count += text.split(' ').length;
  }
  return {digest: digestOf(texts.join('\n')), words: count, confirmations};
}

/** The 'ref' a confirmation line carries, or null (typed by hand without one). */
function refOf(line: LoopLine): string | null {
  const at = line.words.indexOf('ref');
  const ref = at >= 0 ? line.words[at + 1] : undefined;
  return ref !== undefined && /^[0-9a-f]{8}$/.test(ref) ? ref : null;
}

/** Later in the loop: a later date, or the same date further down the Doc. */
function isAfter(
  a: {date: IsoDate; index: number},
  b: {date: IsoDate; index: number},
): boolean {
  return a.date > b.date || (a.date === b.date && a.index > b.index);
}

function latest<T extends {date: IsoDate; index: number}>(
  items: readonly T[],
): T | null {
  let found: T | null = null;
  for (const item of items) if (!found || isAfter(item, found)) found = item;
  return found;
}

export interface EntryConfirmation {
  /** The date of the entry's latest confirmation, or null. */
  confirmedOn: IsoDate | null;
  /** Confirmed, then edited (its digest no longer matches). */
  changed: boolean;
  /** What a confirmation written now would carry. */
  digest: string;
  words: number;
}

export function entryConfirmation(
  blocks: readonly Block[],
  entry: OutlineEntry,
  program: Program,
): EntryConfirmation {
  const content = entryContent(blocks, entry, program);
  const last = latest(content.confirmations);
  const ref = last ? refOf(last) : null;
  return {
    confirmedOn: last?.date ?? null,
    changed: ref !== null && ref !== content.digest,
    digest: content.digest,
    words: content.words,
  };
}

/** The line the manager's confirmation adds at the end of an entry. */
export function confirmationText(
  program: Program,
  confirmation: EntryConfirmation,
  today: IsoDate,
): string {
  return `${program.completion.confirmed} ${today} (${confirmation.words} words, ref ${confirmation.digest})`;
}

export interface AreaConfirmations {
  confirmedCount: number;
  changedSinceConfirmed: number;
  toConfirm: EntryToConfirm[];
}

export function cappedTitle(title: string): string {
  const trimmed = title.trim();
  return trimmed.length <= TITLE_CHARS
    ? trimmed
    : `${trimmed.slice(0, TITLE_CHARS - 1)}…`;
}

/** The confirmations of a section's entries that hold real writing. */
export function areaConfirmations(
  blocks: readonly Block[],
  outline: Outline,
  sectionId: string,
  program: Program,
): AreaConfirmations {
  const result: AreaConfirmations = {
    confirmedCount: 0,
    changedSinceConfirmed: 0,
    toConfirm: [],
  };
  sectionEntries(outline, sectionId).forEach((entry, entryIndex) => {
    if (!entry.hasWriting) return;
    const state = entryConfirmation(blocks, entry, program);
    if (state.confirmedOn !== null && !state.changed) {
      result.confirmedCount += 1;
      return;
    }
    if (state.changed) result.changedSinceConfirmed += 1;
    result.toConfirm.unshift({
      sectionId,
      entryIndex,
      title: cappedTitle(entry.title),
      confirmedOn: state.changed ? state.confirmedOn : null,
    });
  });
  result.toConfirm = result.toConfirm.slice(0, TO_CONFIRM_LISTED);
  return result;
}

export function confirmedEntriesNeeded(area: Area): number {
  return area.confirmedEntriesNeeded ?? 1;
}

/** The words that identify an action: its first few, normalised. */
function actionKey(text: string): string[] {
  return words(text.slice(0, OPENING_CHARS)).slice(0, ACTION_KEY_WORDS);
}

/** Whether `candidate` (words of a done line or an entry heading) names the action `key`. */
function namesAction(key: readonly string[], candidate: readonly string[]) {
  const compared = Math.min(key.length, candidate.length);
  if (compared === 0 || compared < Math.min(3, key.length)) return false;
  for (let index = 0; index < compared; index += 1)
    if (key[index] !== candidate[index]) return false;
  return true;
}

/** An evidence entry's heading for an action: 'Targeted action: Run the next…' (after its date). */
export function actionTopic(program: Program, action: string): string {
  return cappedTitle(`${program.completion.action}: ${action}`);
}

/** The words an entry heading gives after its date, when it names an action; else null. */
function actionNamedBy(program: Program, title: string): string[] | null {
  const dated = leadingDate(title);
  const topic = words(
    title.slice(dated ? dated.length : 0, dated ? undefined : OPENING_CHARS),
  );
  const key = phrases(program).actionKey;
  return leadingMatch(topic, key) === key.length && key.length > 0
    ? topic.slice(key.length)
    : null;
}

/** The loop's lines in the Doc, by kind, in one pass. */
function loopLines(
  blocks: readonly Block[],
  program: Program,
): Map<LoopLineKind, LoopLine[]> {
  const found = new Map<LoopLineKind, LoopLine[]>();
  blocks.forEach((block, index) => {
    const line = readLoopLine(program, block, index);
    if (!line) return;
    const list = found.get(line.kind) ?? [];
    list.push(line);
    found.set(line.kind, list);
  });
  return found;
}

function outcomeOf(
  line: LoopLine,
  program: Program,
): 'accepted' | 'further-actions' | null {
  const {accepted, actionsWord} = phrases(program);
  const saysAccepted = accepted.length > 0 && line.words.includes(accepted[0]);
  const saysActions = line.words.includes(actionsWord);
  // The review field's prompt ('Accepted, or further targeted actions') says both: no decision.
  if (saysAccepted === saysActions) return null;
  return saysAccepted ? 'accepted' : 'further-actions';
}

/** Evidence entries anywhere, as the actions' "done by evidence" test reads them. */
function writtenEntries(outline: Outline): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  for (const occurrences of outline.sections.values())
    for (const occurrence of occurrences)
      for (const entry of occurrence.entries)
        if (entry.hasWriting) entries.push(entry);
  return entries;
}

function actionsOf(
  decision: LoopLine,
  lines: Map<LoopLineKind, LoopLine[]>,
  outline: Outline,
  program: Program,
): TargetedAction[] {
  const named = writtenEntries(outline)
    .filter(entry => entry.date === null || entry.date >= decision.date)
    .map(entry => actionNamedBy(program, entry.title))
    .filter((topic): topic is string[] => topic !== null);
  const marked = (lines.get('actionDone') ?? [])
    .filter(line => line.date >= decision.date)
    .map(line => actionKey(line.rest));
  return (lines.get('action') ?? [])
    .filter(line => line.date === decision.date && line.rest !== '')
    .map(line => {
      const key = actionKey(line.rest);
      const done = named.some(topic => namesAction(key, topic))
        ? 'evidence'
        : marked.some(words => namesAction(key, words))
          ? 'marked'
          : null;
      return {text: line.rest, done};
    });
}

/** The loop as the Doc records it; `stage` is settled by stageOf once the evidence is judged. */
export type LoopState = Omit<CompletionReport, 'stage'>;

export function readLoop(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): LoopState {
  const lines = loopLines(blocks, program);
  const decisions = (lines.get('decision') ?? [])
    .map(line => ({line, outcome: outcomeOf(line, program)}))
    .filter(
      (
        decision,
      ): decision is {
        line: LoopLine;
        outcome: 'accepted' | 'further-actions';
      } => decision.outcome !== null,
    );
  const last = latest(decisions.map(decision => decision.line));
  const decision = decisions.find(candidate => candidate.line === last);
  const inRound = (line: LoopLine) => !last || isAfter(line, last);
  const agreed: Record<Role, IsoDate | null> = {
    candidate: null,
    manager: null,
  };
  for (const {role, word} of phrases(program).roles) {
    const signed = (lines.get('agreed') ?? []).filter(
      line => inRound(line) && line.words.includes(word),
    );
    agreed[role] = latest(signed)?.date ?? null;
  }
  // A scheduled line is dated by the review it announces, not when it was written: one belongs
  // to this round when it also stands after the latest decision (the lines are written in order).
  const scheduled = latest(
    (lines.get('scheduled') ?? []).filter(
      line => !last || (line.index > last.index && line.date >= last.date),
    ),
  );
  return {
    agreed,
    reviewDate: scheduled?.date ?? null,
    decision: decision
      ? {outcome: decision.outcome, date: decision.line.date}
      : null,
    actions:
      decision && decision.outcome === 'further-actions'
        ? actionsOf(decision.line, lines, outline, program)
        : [],
    earlierRounds: Math.max(0, decisions.length - 1),
  };
}

export function openActions(loop: LoopState): TargetedAction[] {
  return loop.actions.filter(action => action.done === null);
}

/**
 * The stage: accepted, or further actions while any is open; then, in the current round, in
 * review once both agreed and the review is scheduled, ready to share once both agreed with
 * nothing left; else collecting evidence.
 */
export function stageOf(loop: LoopState, nothingLeft: boolean): Stage {
  if (loop.decision?.outcome === 'accepted') return 'accepted';
  if (openActions(loop).length > 0) return 'actions-requested';
  const bothAgreed =
    loop.agreed.candidate !== null && loop.agreed.manager !== null;
  if (bothAgreed && loop.reviewDate !== null) return 'in-review';
  if (bothAgreed && nothingLeft) return 'ready-to-share';
  return 'collecting-evidence';
}

/**
 * The stage in a few words: 'Further actions requested (2 open)', 'In review (review on
 * 2026-12-15)', 'Accepted on 2027-01-12'. `date` words a date (the sidebar shortens them).
 */
export function stageSentence(
  completion: CompletionReport,
  date: (iso: IsoDate) => string = iso => iso,
): string {
  const label = STAGE_LABELS[completion.stage];
  switch (completion.stage) {
    case 'actions-requested':
      return `${label} (${completion.actions.filter(action => !action.done).length} open)`;
    case 'in-review':
      return completion.reviewDate
        ? `${label} (review on ${date(completion.reviewDate)})`
        : label;
    case 'accepted':
      return completion.decision
        ? `${label} on ${date(completion.decision.date)}`
        : label;
    default:
      return label;
  }
}

/** The sign-off lines: 'Evidence complete — agreed by the candidate on 2026-12-01.' */
export function agreedText(
  program: Program,
  role: Role,
  today: IsoDate,
): string {
  return `${program.completion.agreed} ${roleInSentence(program, role)} on ${today}.`;
}

export function scheduledText(program: Program, reviewDate: IsoDate): string {
  return `${program.completion.scheduled} ${reviewDate}.`;
}

export function decisionText(
  program: Program,
  outcome: 'accepted' | 'further-actions',
  today: IsoDate,
): string {
  const wording = program.completion;
  return `${wording.decision} ${today}: ${outcome === 'accepted' ? wording.accepted : wording.furtherActions}.`;
}

export function actionText(
  program: Program,
  action: string,
  decisionDate: IsoDate,
): string {
  return `${program.completion.action} (${decisionDate}): ${action}`;
}

export function actionDoneText(
  program: Program,
  action: string,
  today: IsoDate,
): string {
  return `${program.completion.actionDone} ${today}: ${action}`;
}

/** Whether an open action of the loop is named by `text` (the manager marks it done by its text). */
export function findOpenAction(
  loop: LoopState,
  text: string,
): TargetedAction | null {
  const key = actionKey(text);
  return (
    openActions(loop).find(action =>
      namesAction(actionKey(action.text), key),
    ) ?? null
  );
}
