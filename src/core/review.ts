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
 * loop-lines.ts recognises these lines after people edit them; they are never evidence. The 'ref'
 * of a confirmation is a digest of the entry as confirmed: an entry edited since no longer matches
 * it ("changed since confirmed"), and a line moved away from its entry still counts for the entry
 * whose digest it carries (entryConfirmations). Rounds follow the decisions: what is dated (or
 * stands) after the latest decision belongs to the current round; earlier rounds stay in the Doc
 * as history.
 */
import {leadingDate} from './dates';
import type {Block, IsoDate} from './document-model';
import {
  OPENING_CHARS,
  decisionOutcome,
  leadingMatch,
  phrases,
  readLoopLine,
  type LoopLine,
  type LoopLineKind,
} from './loop-lines';
import {
  allEntries,
  sectionEntries,
  type Outline,
  type OutlineEntry,
} from './outline';
import type {Area, Program} from './program';
import {typedDecisions, type Decision} from './typed-decisions';
import {roleInSentence} from './program';
import {
  STAGE_LABELS,
  type CompletionReport,
  type EntryToConfirm,
  type ReviewRound,
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

/**
 * What a confirmation confirms: the entry's words (heading and all), less the loop's own lines
 * (`loopLines`, by index); `standsIn` learns which of those lines stand in the entry.
 */
function entryContent(
  blocks: readonly Block[],
  entry: OutlineEntry,
  loopLines: ReadonlySet<number>,
  standsIn: Map<number, OutlineEntry>,
): {digest: string; words: number} {
  const texts: string[] = [];
  let count = 0;
  for (let index = entry.start; index < entry.end; index += 1) {
    const block = blocks[index];
    if (!block) break;
    if (loopLines.has(index)) {
      standsIn.set(index, entry);
      continue;
    }
    const text = normalizeText(block.text);
    if (text === '') continue;
    texts.push(text);
    if (index > entry.start) count += text.split(' ').length;
  }
  return {digest: digestOf(texts.join('\n')), words: count};
}

/**
 * The entry a confirmation line counts for. Its ref is a digest of the entry it confirmed, so it
 * counts for the entry whose words carry that digest wherever the line stands (people cut and
 * paste it below another entry, or under the area's heading): the one it stands in when that
 * matches, else the nearest such entry above it, else the first. A line whose ref matches no
 * entry, or that has none (typed by hand), can only be placed by where it stands: it is the
 * entry's it stands in, whose own confirmation it most likely is ("changed since confirmed" when
 * its ref differs), and nobody's outside any entry.
 */
function confirmedEntry(
  line: LoopLine,
  host: OutlineEntry | undefined,
  byDigest: ReadonlyMap<string, OutlineEntry[]>,
  digestOfEntry: (entry: OutlineEntry) => string | undefined,
): OutlineEntry | undefined {
  const ref = refOf(line);
  if (ref === null || (host && digestOfEntry(host) === ref)) return host;
  const matching = byDigest.get(ref) ?? [];
  if (matching.length === 0) return host;
  let nearest = matching[0];
  for (const entry of matching) if (entry.start <= line.index) nearest = entry;
  return nearest;
}

/**
 * Every entry's confirmation state, from one pass over the Doc: each confirmation line is given
 * to the entry it confirms (confirmedEntry), then an entry is confirmed when one of its lines
 * carries its digest as it stands now; otherwise its latest line decides (one without a ref
 * confirms, one with another ref says "changed since confirmed").
 */
export function entryConfirmations(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): Map<OutlineEntry, EntryConfirmation> {
  const confirmations: LoopLine[] = [];
  const loopIndexes = new Set<number>();
  blocks.forEach((block, index) => {
    const line = readLoopLine(program, block, index);
    if (!line) return;
    loopIndexes.add(index);
    if (line.kind === 'confirmed') confirmations.push(line);
  });
  const content = new Map<OutlineEntry, {digest: string; words: number}>();
  const byDigest = new Map<string, OutlineEntry[]>();
  const standsIn = new Map<number, OutlineEntry>();
  for (const entry of allEntries(outline)) {
    const read = entryContent(blocks, entry, loopIndexes, standsIn);
    content.set(entry, read);
    const same = byDigest.get(read.digest);
    if (same) same.push(entry);
    else byDigest.set(read.digest, [entry]);
  }
  const linesOf = new Map<OutlineEntry, LoopLine[]>();
  for (const line of confirmations) {
    const entry = confirmedEntry(
      line,
      standsIn.get(line.index),
      byDigest,
      of => content.get(of)?.digest,
    );
    if (!entry) continue;
    const lines = linesOf.get(entry);
    if (lines) lines.push(line);
    else linesOf.set(entry, [line]);
  }
  const states = new Map<OutlineEntry, EntryConfirmation>();
  for (const [entry, {digest, words}] of content) {
    const lines = linesOf.get(entry) ?? [];
    const confirming = latest(lines.filter(line => refOf(line) === digest));
    const last = confirming ?? latest(lines);
    const ref = last ? refOf(last) : null;
    states.set(entry, {
      confirmedOn: last?.date ?? null,
      changed: ref !== null && ref !== digest,
      digest,
      words,
    });
  }
  return states;
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

/**
 * The confirmations of a section's entries that hold real writing (`states`: entryConfirmations).
 * An entry recorded by the sponsoring manager counts as confirmed and is never one to confirm.
 */
export function areaConfirmations(
  states: ReadonlyMap<OutlineEntry, EntryConfirmation>,
  outline: Outline,
  sectionId: string,
): AreaConfirmations {
  const result: AreaConfirmations = {
    confirmedCount: 0,
    changedSinceConfirmed: 0,
    toConfirm: [],
  };
  sectionEntries(outline, sectionId).forEach((entry, entryIndex) => {
    if (!entry.hasWriting) return;
    const state = states.get(entry);
    if (!state) return;
    // An entry the manager recorded is the manager's own word: confirmed as it stands, ever.
    const ownWord = entry.recorder === 'manager';
    if (ownWord || (state.confirmedOn !== null && !state.changed)) {
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

/**
 * Why an area's evidence offers nothing to confirm, and what to do, said after what is left of its
 * confirmations (' (its writing was typed …)'): writing typed under its heading without the add-on
 * is evidence, but not an entry the manager can confirm. '' unless the area has such writing and no
 * entry to confirm (its confirmed entries alone, with none typed by hand, are no reason to say so).
 */
export function nothingToConfirm(
  program: Program,
  outline: Outline,
  area: {areaId: string; toConfirm: readonly EntryToConfirm[]},
): string {
  const typedByHand = (outline.sections.get(area.areaId) ?? []).some(
    occurrence => occurrence.looseWriting,
  );
  if (!typedByHand || area.toConfirm.length > 0) return '';
  const manager = roleInSentence(program, 'manager');
  return ` (its writing was typed without Add evidence, so there is no entry to confirm: add one for ${manager} to confirm, or ${manager} adds their own)`;
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

/**
 * An evidence entry's heading for an action: 'Targeted action: Run the next…' (after its date).
 * Capped like a title, but never inside the action's first words: they tell that the entry is the
 * action's (namesAction), so a long action cut there would never be done by its evidence.
 */
export function actionTopic(program: Program, action: string): string {
  const label = `${program.completion.action}: `;
  const text = action.trim();
  if (label.length + text.length <= TITLE_CHARS) return label + text;
  let keyEnd = 0;
  let counted = 0;
  for (const token of text.matchAll(/\S+/g)) {
    if (counted === ACTION_KEY_WORDS) break;
    // A token of letters or digits is one word or more once normalised ('stand-up' is two).
    if (/[\p{L}\p{N}]/u.test(token[0])) counted += 1;
    keyEnd = token.index + token[0].length;
  }
  const cut = Math.max(TITLE_CHARS - 1 - label.length, keyEnd);
  return cut >= text.length
    ? label + text
    : `${label}${text.slice(0, cut).trimEnd()}…`;
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

/** The earliest of the dates, or null when none is dated. */
function earliest(dates: readonly (IsoDate | null)[]): IsoDate | null {
  let found: IsoDate | null = null;
  for (const date of dates)
    if (date !== null && (found === null || date < found)) found = date;
  return found;
}

/**
 * Whether the add-on's action line belongs to `decision`: it is dated the decision's day, and when
 * several decisions were recorded that day (one corrected by another), it stands below this one
 * and above the next (a line above them all is the first's).
 */
function actionOfDecision(
  line: LoopLine,
  decision: Decision,
  decisions: readonly Decision[],
): boolean {
  if (line.date !== decision.line.date) return false;
  const sameDay = decisions
    .filter(
      other =>
        other.typedActions === null && other.line.date === decision.line.date,
    )
    .sort((a, b) => a.line.index - b.line.index);
  let owner = sameDay[0];
  for (const other of sameDay) if (other.line.index < line.index) owner = other;
  return owner === decision;
}

function actionsOf(
  decision: Decision,
  decisions: readonly Decision[],
  lines: Map<LoopLineKind, LoopLine[]>,
  outline: Outline,
  program: Program,
): TargetedAction[] {
  const since = decision.line.date;
  // Evidence entries anywhere, strays under a lost heading too.
  const named = allEntries(outline)
    .filter(entry => entry.hasWriting)
    .filter(entry => entry.date === null || entry.date >= since)
    .flatMap(entry => {
      const topic = actionNamedBy(program, entry.title);
      return topic === null ? [] : [{topic, date: entry.date}];
    });
  const marked = (lines.get('actionDone') ?? [])
    .filter(line => line.date >= since)
    .map(line => ({key: actionKey(line.rest), date: line.date}));
  const texts =
    decision.typedActions ??
    (lines.get('action') ?? [])
      .filter(
        line => line.rest !== '' && actionOfDecision(line, decision, decisions),
      )
      .map(line => line.rest);
  return texts.map(text => {
    const key = actionKey(text);
    const evidence = named.filter(entry => namesAction(key, entry.topic));
    if (evidence.length > 0)
      return {
        text,
        done: 'evidence',
        doneOn: earliest(evidence.map(entry => entry.date)),
      };
    const marks = marked.filter(mark => namesAction(key, mark.key));
    if (marks.length > 0)
      return {
        text,
        done: 'marked',
        doneOn: earliest(marks.map(mark => mark.date)),
      };
    return {text, done: null, doneOn: null};
  });
}

/** A decision and its targeted actions, as the Doc records them. */
function roundOf(
  decision: Decision,
  decisions: readonly Decision[],
  lines: Map<LoopLineKind, LoopLine[]>,
  outline: Outline,
  program: Program,
): ReviewRound {
  return {
    outcome: decision.outcome,
    date: decision.date,
    actions:
      decision.outcome === 'further-actions'
        ? actionsOf(decision, decisions, lines, outline, program)
        : [],
  };
}

/** The loop as the Doc records it; `stage` is settled by stageOf once the evidence is judged. */
export type LoopState = Omit<CompletionReport, 'stage'>;

export function readLoop(
  blocks: readonly Block[],
  outline: Outline,
  program: Program,
): LoopState {
  const lines = loopLines(blocks, program);
  const decisions: Decision[] = [
    ...(lines.get('decision') ?? []).flatMap(line => {
      const outcome = decisionOutcome(line, program);
      return outcome === null
        ? []
        : [{line, outcome, date: line.date, typedActions: null}];
    }),
    ...typedDecisions(blocks, outline, program),
  ];
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
  // An undated decision is ordered on the date of the review it answered (typed-decisions.ts):
  // a review on that very date is that one, not the next round's.
  const answered = decision?.date === null ? decision.line.date : null;
  const scheduled = latest(
    (lines.get('scheduled') ?? []).filter(
      line =>
        !last ||
        (line.index > last.index &&
          line.date >= last.date &&
          line.date !== answered),
    ),
  );
  const round = (of: Decision) =>
    roundOf(of, decisions, lines, outline, program);
  const earlier = decisions
    .filter(candidate => candidate !== decision)
    .sort(
      (a, b) =>
        a.line.date.localeCompare(b.line.date) || a.line.index - b.line.index,
    );
  return {
    agreed,
    reviewDate: scheduled?.date ?? null,
    decision: decision
      ? {outcome: decision.outcome, date: decision.date}
      : null,
    actions: decision ? round(decision).actions : [],
    earlierRounds: earlier.map(round),
  };
}

export function openActions(
  loop: Pick<LoopState, 'actions'>,
): TargetedAction[] {
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
      return `${label} (${openActions(completion).length} open)`;
    case 'in-review':
      return completion.reviewDate
        ? `${label} (review on ${date(completion.reviewDate)})`
        : label;
    case 'accepted':
      // A decision typed without a date is still a decision: 'Accepted'.
      return completion.decision?.date
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

/** 'Targeted action (2026-12-15)': what a targeted action's line starts with. */
export function actionLabel(program: Program, decisionDate: IsoDate): string {
  return `${program.completion.action} (${decisionDate})`;
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
