/**
 * The completion loop's own lines, recognised in the Doc (review.ts says what they mean): a line
 * is known by the first two words of its phrase (PROGRAM.completion) and a date 'YYYY-MM-DD' in its
 * opening, so it is still known after people re-case, move or partly delete it. These lines are a
 * record, never evidence: outline.ts asks isLoopLine.
 */
import {dateWithin, isIsoDate} from './dates';
import type {Block, IsoDate} from './document-model';
import type {CompletionWording, Field, Program} from './program';
import {promptTexts, withoutPromptRuns} from './prompt-runs';
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
  /** The text after the date to the line's end (an action's text), without the joining punctuation. */
  rest: string;
}

/** Only a line's opening is read: loop lines are short, and this keeps every check linear. */
export const OPENING_CHARS = 300;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;

export interface Phrases {
  kinds: Array<{kind: LoopLineKind; words: string[]}>;
  /** The decision phrase's words ('leadership group decision on'), which a typed label is made of. */
  decisionWords: string[];
  /** Those of them no other phrase has ('group', 'decision'): a typed label needs one. */
  decisionOnly: string[];
  /** The review fields' prompts, as words: left in place, they say nothing. */
  fieldPrompts: string[][];
  /** The words of 'further targeted actions'. */
  furtherWords: string[];
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
  const kindWords = kinds.map(kind => ({kind, words: words(wording[kind])}));
  const decisionWords = words(wording.decision);
  const elsewhere = new Set(
    kindWords.filter(({kind}) => kind !== 'decision').flatMap(k => k.words),
  );
  const built: Phrases = {
    kinds: kindWords,
    decisionWords,
    decisionOnly: decisionWords.filter(word => !elsewhere.has(word)),
    fieldPrompts: program.review.fields.map(field => words(field.text)),
    furtherWords: words(wording.furtherActions),
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
 * action, not a partly deleted 'Targeted action done on'). A line that may be one is read without
 * its prompt runs: what is left of the decision field's prompt ('Accepted') beside a date typed
 * there decides nothing.
 */
export function readLoopLine(
  program: Program,
  block: Block,
  index: number,
): LoopLine | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  if (loopLineIn(program, block.text, index) === null) return null;
  return loopLineIn(
    program,
    withoutPromptRuns(block, promptTexts(program)),
    index,
  );
}

function loopLineIn(
  program: Program,
  text: string,
  index: number,
): LoopLine | null {
  const opening = text.slice(0, OPENING_CHARS);
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
    rest: trimJoin(text.slice(dated.end)),
  };
}

/** The word that makes a typed label the decision's date ('Decision date: 2026-12-15'). */
const DATE_WORD = 'date';
/**
 * Words a typed label may hold besides the decision phrase's: 'The leadership group's decision',
 * 'Date of the decision'. Never a verb ('is', 'was'): a sentence about the decision is not one.
 */
const LABEL_FILLERS = new Set(['the', 'of', DATE_WORD]);
/** What ends a typed label: the outcome comes straight after it ('Decision: accepted'). */
const LABEL_END = ':';
/** The word that offers a choice between outcomes, as the review field's prompt does. */
const CHOICE_WORD = 'or';
/** A typed label is short: a few words before its colon. */
const LABEL_WORDS = 6;

/**
 * The line's words before its first colon when they make a typed decision label (a few of the
 * decision phrase's words, one of them its own: 'decision' or 'group'), and its words after that
 * colon; null when they make none.
 */
function typedLabel(
  text: string,
  said: Phrases,
): {label: string[]; rest: string[]} | null {
  const colon = text.indexOf(LABEL_END);
  if (colon < 0) return null;
  const label = words(text.slice(0, colon));
  if (label.length === 0 || label.length > LABEL_WORDS) return null;
  // 'group's' reads 'groups': a label word may take a plural ending.
  const isWord = (word: string, phrase: readonly string[]) =>
    phrase.some(known => word === known || word === `${known}s`);
  const labelled =
    label.every(
      word => isWord(word, said.decisionWords) || LABEL_FILLERS.has(word),
    ) && label.some(word => isWord(word, said.decisionOnly));
  return labelled ? {label, rest: words(text.slice(colon + 1))} : null;
}

/** `line` without a review field's prompt at its start (a prompt left in place says nothing). */
function withoutPrompt(line: string[], said: Phrases): string[] {
  const prompt = said.fieldPrompts.find(
    words => words.length > 0 && leadingMatch(line, words) === words.length,
  );
  return prompt ? line.slice(prompt.length) : line;
}

export type Outcome = 'accepted' | 'further-actions';

/**
 * A decision the people typed themselves, not the add-on's dated line: 'Decision: accepted',
 * 'Leadership group decision: Further targeted actions' (the review field filled in), the add-on's
 * line with its date deleted, or 'Decision date: 15 Dec 2026' (outcome null: the line only dates
 * the decision). It is read from what people wrote, the prompt's runs set aside (prompt-runs.ts).
 * The label is a few words ending in a colon, and the outcome must come first after it, so 'Decision: not accepted yet' and
 * 'Decision: pending' are not decisions, and a line that says both outcomes or offers a choice
 * (the field's prompt 'Accepted, or further targeted actions', even clipped) is none. Read only in the review section:
 * elsewhere 'Decision: accepted the new stand-up time' is someone's evidence.
 */
export interface TypedDecision {
  index: number;
  outcome: Outcome | null;
  /** A date written on the line, in any form people write ('15 Dec 2026'), or null. */
  date: IsoDate | null;
}

export function readTypedDecision(
  program: Program,
  block: Block,
  index: number,
): TypedDecision | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  // Only what people wrote decides: the field's prompt, or what is left of it, never does.
  const written = withoutPromptRuns(block, promptTexts(program)).slice(
    0,
    OPENING_CHARS,
  );
  const said = phrases(program);
  const labelled = typedLabel(written, said);
  if (labelled === null) return null;
  const rest = withoutPrompt(labelled.rest, said);
  const saysAccepted =
    said.accepted.length > 0 && rest.includes(said.accepted[0]);
  const saysActions = rest.some(word => said.furtherWords.includes(word));
  const first = rest[0] ?? '';
  // 'Accepted, or …' offers a choice (the prompt, clipped): it decides nothing.
  const offersChoice = rest.includes(CHOICE_WORD);
  const outcome: Outcome | null =
    saysAccepted === saysActions || offersChoice
      ? null
      : first === said.accepted[0]
        ? 'accepted'
        : said.furtherWords.includes(first)
          ? 'further-actions'
          : null;
  const date = dateWithin(written);
  if (outcome !== null) return {index, outcome, date};
  const datesIt = labelled.label.includes(DATE_WORD);
  return datesIt && date !== null && !saysAccepted && !saysActions
    ? {index, outcome: null, date}
    : null;
}

const labelWordsOf = new WeakMap<Field, string[]>();

function labelWords(field: Field): string[] {
  let label = labelWordsOf.get(field);
  if (label === undefined) {
    label = words(field.label);
    labelWordsOf.set(field, label);
  }
  return label;
}

/** The words of a line's opening, as a field's label is looked for in them. */
function fieldOpening(block: Block): string[] | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  return words(block.text.slice(0, OPENING_CHARS));
}

function opensWithLabel(lineWords: readonly string[], field: Field): boolean {
  const label = labelWords(field);
  return label.length > 0 && leadingMatch(lineWords, label) === label.length;
}

/**
 * True when `block` is a line of `field`, filled in or not: its label's words open the line
 * ('Decision date: 2026-12-15', re-cased or restyled). The one rule for the review fields' lines.
 */
export function startsWithFieldLabel(block: Block, field: Field): boolean {
  const lineWords = fieldOpening(block);
  return lineWords !== null && opensWithLabel(lineWords, field);
}

/** True for a line of any of the review section's template fields ('Decision date: YYYY-MM-DD'). */
export function isReviewField(program: Program, block: Block): boolean {
  const lineWords = fieldOpening(block);
  return (
    lineWords !== null &&
    program.review.fields.some(field => opensWithLabel(lineWords, field))
  );
}

/**
 * A targeted action as people type it under their decision, one a line: 'Targeted action: Run the
 * next retrospective' (its text after the label), or the action itself, as a list item or a plain
 * line alike (the document reader tells them apart only where the outline needs it); null for a
 * heading or 'Targeted action done: …'.
 */
export function readTypedAction(program: Program, block: Block): string | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  if (block.heading !== 'NORMAL') return null;
  const said = phrases(program);
  const key = said.actionKey;
  const lineWords = words(block.text.slice(0, OPENING_CHARS));
  const done = said.kinds.find(phrase => phrase.kind === 'actionDone');
  // 'Targeted action done: …' marks one done; it is not another action.
  if (done && leadingMatch(lineWords, done.words) > key.length) return null;
  // The action is the rest of the line, however long: an action as long as the add-on takes
  // (MAX_ACTION_CHARS) with its label is longer than the opening the label is known by.
  if (key.length > 0 && leadingMatch(lineWords, key) === key.length) {
    const colon = block.text.indexOf(':');
    return colon >= 0 ? trimJoin(block.text.slice(colon + 1)) || null : null;
  }
  return trimJoin(block.text) || null;
}

/** What the add-on's decision line decided, or null when it says both outcomes or neither. */
export function decisionOutcome(
  line: LoopLine,
  program: Program,
): Outcome | null {
  const {accepted, actionsWord} = phrases(program);
  const saysAccepted = accepted.length > 0 && line.words.includes(accepted[0]);
  const saysActions = line.words.includes(actionsWord);
  // The review field's prompt ('Accepted, or further targeted actions') says both: no decision.
  if (saysAccepted === saysActions) return null;
  return saysAccepted ? 'accepted' : 'further-actions';
}

/** True for the loop's own lines, which are a record, never evidence. */
export function isLoopLine(program: Program, block: Block): boolean {
  return readLoopLine(program, block, 0) !== null;
}
