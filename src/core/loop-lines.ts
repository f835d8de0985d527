/**
 * The completion loop's own lines, recognised in the Doc (review.ts says what they mean): a line
 * is known by the first two words of its phrase (PROGRAM.completion) and a date 'YYYY-MM-DD' in its
 * opening, so it is still known after people re-case, move or partly delete it. These lines are a
 * record, never evidence: outline.ts asks isLoopLine.
 */
import {isIsoDate} from './dates';
import type {Block, IsoDate} from './document-model';
import type {CompletionWording, Program} from './program';
import type {Role} from './report';
import {words} from './text';

export type LoopLineKind = keyof Omit<
  CompletionWording,
  'accepted' | 'furtherActions'
>;

/** A completion-loop line as read from the Doc. */
export interface LoopLine {
  kind: LoopLineKind;
  index: number;
  /** The first 'YYYY-MM-DD' of its opening. */
  date: IsoDate;
  /** Its words (normalised), to read the role, the outcome or the digest from. */
  words: string[];
  /** The text after the date (an action's text), without the punctuation around it. */
  rest: string;
}

/** Only a line's opening is read: loop lines are short, and this keeps every check linear. */
export const OPENING_CHARS = 300;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

export interface Phrases {
  kinds: Array<{kind: LoopLineKind; words: string[]}>;
  accepted: string[];
  /** The last word of 'further targeted actions': what an outcome with actions always says. */
  actionsWord: string;
  /** The last word of each role's name: 'candidate', 'manager'. */
  roles: Array<{role: Role; word: string}>;
  /** The first two words of the action phrase, which an entry for an action starts with. */
  actionKey: string[];
}

const phrasesOf = new WeakMap<Program, Phrases>();

export function phrases(program: Program): Phrases {
  const cached = phrasesOf.get(program);
  if (cached) return cached;
  const wording = program.completion;
  const kinds: LoopLineKind[] = [
    'confirmed',
    'agreed',
    'scheduled',
    'decision',
    'action',
    'actionDone',
  ];
  const built: Phrases = {
    kinds: kinds.map(kind => ({kind, words: words(wording[kind])})),
    accepted: words(wording.accepted),
    actionsWord: words(wording.furtherActions).pop() ?? '',
    roles: (Object.keys(program.roleNames) as Role[]).map(role => ({
      role,
      word: words(program.roleNames[role]).pop() ?? role,
    })),
    actionKey: words(wording.action).slice(0, 2),
  };
  phrasesOf.set(program, built);
  return built;
}

/** How many of `phrase`'s words `line` starts with. */
export function leadingMatch(
  line: readonly string[],
  phrase: readonly string[],
) {
  let matched = 0;
  while (
    matched < phrase.length &&
    matched < line.length &&
    line[matched] === phrase[matched]
  )
    matched += 1;
  return matched;
}

function firstIsoDate(text: string): {date: IsoDate; end: number} | null {
  const match = ISO_DATE.exec(text);
  if (!match || !isIsoDate(match[0])) return null;
  return {date: match[0], end: match.index + match[0].length};
}

/** An action's text without the punctuation that joins it to its date: '): Run…' -> 'Run…'. */
function trimJoin(text: string): string {
  return text.replace(/^[\s):.,;·—–-]+/u, '').trim();
}

/**
 * The loop line a block is, or null. The kind whose phrase the line's words open with the most of
 * (two words at least) wins; on a tie, the phrase matched whole ('Targeted action (…)' is an
 * action, not a partly deleted 'Targeted action done on').
 */
export function readLoopLine(
  program: Program,
  block: Block,
  index: number,
): LoopLine | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  const opening = block.text.slice(0, OPENING_CHARS);
  const dated = firstIsoDate(opening);
  if (!dated) return null;
  const lineWords = words(opening);
  let best: {kind: LoopLineKind; score: number} | null = null;
  for (const phrase of phrases(program).kinds) {
    const matched = leadingMatch(lineWords, phrase.words);
    if (matched < 2) continue;
    const score = matched * 2 + (matched === phrase.words.length ? 1 : 0);
    if (!best || score > best.score) best = {kind: phrase.kind, score};
  }
  if (!best) return null;
  return {
    kind: best.kind,
    index,
    date: dated.date,
    words: lineWords,
    rest: trimJoin(block.text.slice(dated.end, dated.end + OPENING_CHARS)),
  };
}

/** True for the loop's own lines, which are a record, never evidence. */
export function isLoopLine(program: Program, block: Block): boolean {
  return readLoopLine(program, block, 0) !== null;
}
