/**
 * Template text as a class: whatever the add-on writes (prompts, labels, guidance, the meta line,
 * section titles, participants and review lines) and the program's own words, recognised by their
 * words rather than by an exact match, so that the accidental edits people make to them (a deleted
 * character, two lines joined, a sentence typed after the guidance, a change of style) never turn
 * them into evidence.
 *
 * The texts are read as one sequence of normalised words. A line's words are matched against it
 * run by run: a word matches a template word as written, with one character deleted ('sw' for
 * 'saw'), or two template words joined ('whatyou'). Matching is linear in the line's length: at
 * each word only the template positions holding that word are tried, and a run never extends past
 * the end of its template text (the program's texts are a fixed, small amount of data).
 *
 * Lines whose words the add-on generates (the readiness summary's 'Verdict: Not ready yet: 3 of 5
 * areas need more evidence.') are known as a label and then words of a known vocabulary (see
 * GeneratedLines), so they too read as template text when joined to another line, either way round.
 */
import {words} from './text';

/**
 * A stretch of a person's line this long that runs through template text is the template's, not
 * theirs: no sentence of a few words is mistaken for it ('Gain a shared context' is four words, and
 * people name criteria with them), while every prompt and guidance sentence is longer.
 */
export const TEMPLATE_RUN_WORDS = 6;
/**
 * A line made only of template pieces is template text: each piece a whole template text
 * ('Impact', 'Weekly') or a run of at least this many words of one (what is left of a prompt when
 * part of it is deleted).
 */
const PIECE_WORDS = 3;

/**
 * Lines the add-on writes whose words it generates: a label ('Verdict'), then words of `vocabulary`
 * (numbers aside); or, after an open label, anyone's words to the end of the line (the targeted
 * actions the summary lists, as the manager typed them).
 */
export interface GeneratedLines {
  labels: readonly string[];
  openLabels: readonly string[];
  vocabulary: readonly string[];
}

/** GeneratedLines as the reader uses them. */
interface GeneratedReader {
  labels: TemplateText;
  openLabels: TemplateText;
  /** The vocabulary's words, as written and with one character deleted. */
  vocabulary: Set<string>;
}

export interface TemplateText {
  /** Every template text's words, one after another. */
  corpus: string[];
  /** For each corpus position: the position after the end of its text. */
  textEnd: number[];
  /** For each corpus position: true when a text starts there. */
  textStart: boolean[];
  /** A line word (as written, with a deletion, or two joined) -> corpus positions it may match. */
  positions: Map<string, number[]>;
  /** The corpus's words as written. */
  written: Set<string>;
  /** The corpus's words as written, and with one character deleted. */
  words: Set<string>;
  /** Generated lines read as template too, or null. */
  generated: GeneratedReader | null;
}

function addPosition(
  positions: Map<string, number[]>,
  key: string,
  position: number,
): void {
  const list = positions.get(key);
  if (list === undefined) positions.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** A word as written, and with each one character deleted. */
function withDeletions(word: string): string[] {
  const forms = [word];
  if (word.length >= 2)
    for (let cut = 0; cut < word.length; cut += 1)
      forms.push(word.slice(0, cut) + word.slice(cut + 1));
  return forms;
}

/**
 * Builds the matcher over `texts` (each a template line as the add-on or the program words it),
 * and `generated` lines when given.
 */
export function templateText(
  texts: readonly string[],
  generated: GeneratedLines | null = null,
): TemplateText {
  const corpus: string[] = [];
  const textEnd: number[] = [];
  const textStart: boolean[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const textWords = words(text);
    const key = textWords.join(' ');
    if (textWords.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const end = corpus.length + textWords.length;
    textWords.forEach((word, offset) => {
      corpus.push(word);
      textEnd.push(end);
      textStart.push(offset === 0);
    });
  }
  const positions = new Map<string, number[]>();
  const single = new Set<string>();
  corpus.forEach((word, position) => {
    for (const form of withDeletions(word)) {
      addPosition(positions, form, position);
      single.add(form);
    }
    if (position + 1 < textEnd[position])
      addPosition(positions, word + corpus[position + 1], position);
  });
  const written = new Set(corpus);
  let reader: GeneratedReader | null = null;
  if (generated !== null) {
    reader = {
      labels: templateText(generated.labels),
      openLabels: templateText(generated.openLabels),
      vocabulary: new Set(
        generated.vocabulary.flatMap(words).flatMap(withDeletions),
      ),
    };
    // Their words are known words too, so a join of them with another word reads apart.
    for (const known of [reader.labels, reader.openLabels]) {
      known.written.forEach(word => written.add(word));
      known.words.forEach(word => single.add(word));
    }
    generated.vocabulary.flatMap(words).forEach(word => written.add(word));
    reader.vocabulary.forEach(word => single.add(word));
  }
  return {
    corpus,
    textEnd,
    textStart,
    positions,
    written,
    words: single,
    generated: reader,
  };
}

/** True when `word` is `template` with exactly one character deleted. */
function oneDeleted(word: string, template: string): boolean {
  if (word.length + 1 !== template.length || template.length < 2) return false;
  let skip = 0;
  while (skip < word.length && word[skip] === template[skip]) skip += 1;
  return word.slice(skip) === template.slice(skip + 1);
}

/** How many corpus words `word` stands for at `position`: 1, 2 (two joined) or 0 (no match). */
function matchAt(
  template: TemplateText,
  word: string,
  position: number,
): number {
  const {corpus, textEnd} = template;
  const expected = corpus[position];
  if (word === expected || oneDeleted(word, expected)) return 1;
  if (
    position + 1 < textEnd[position] &&
    word === expected + corpus[position + 1]
  )
    return 2;
  return 0;
}

/**
 * How many corpus words a line word takes at `position` inside a run: matchAt's, or one more when
 * a one-letter word before it was deleted whole ('not  checklist' for 'not a checklist').
 */
function stepAt(
  template: TemplateText,
  word: string,
  position: number,
  inRun: boolean,
): number {
  const step = matchAt(template, word, position);
  if (
    step > 0 ||
    !inRun ||
    template.corpus[position].length !== 1 ||
    position + 1 >= template.textEnd[position]
  )
    return step;
  const next = matchAt(template, word, position + 1);
  return next === 0 ? 0 : next + 1;
}

/**
 * Calls `found(length, whole)` for each run of line words from `start` through template text
 * beginning at one of the positions the start word may match: `length` line words, `whole` when
 * the run is one whole template text. With `continuing` false, a run that merely goes on from the
 * previous word's run in the same text is skipped (that run already covered it): each alignment of
 * line and template is then followed once, which keeps the reading linear.
 */
function runsFrom(
  template: TemplateText,
  line: readonly string[],
  start: number,
  continuing: boolean,
  found: (length: number, whole: boolean) => void,
): void {
  for (const first of template.positions.get(line[start]) ?? []) {
    if (
      !continuing &&
      start > 0 &&
      !template.textStart[first] &&
      matchAt(template, line[start - 1], first - 1) === 1
    )
      continue;
    const end = template.textEnd[first];
    let position = first;
    let index = start;
    while (index < line.length && position < end) {
      const step = stepAt(template, line[index], position, index > start);
      if (step === 0) break;
      position += step;
      index += 1;
      found(index - start, template.textStart[first] && position === end);
    }
  }
}

/** What of a line is template text: all of it, or the words that are the person's own. */
export interface TemplateReading {
  /** The line is made only of template pieces (see PIECE_WORDS). */
  whole: boolean;
  /** The line's words outside long template runs (TEMPLATE_RUN_WORDS), in order. */
  ownWords: string[];
}

/** Longer words are never split in two (they are no two template words joined, and cost more). */
const MAX_JOINED_LENGTH = 30;

/**
 * The line's words, a word the template does not know split in two where both halves are template
 * words: what two lines, or two template texts, joined by a deleted line break leave behind
 * ('problems.How' reads apart anyway; 'oneshow' does not). Numbers glued to a known word are what
 * is left of a date or a count ('2026-10-01' and 'Verdict' joined read '01verdict'): the word
 * reads without them, as numbers are never the person's words.
 */
function splitJoined(
  template: TemplateText,
  line: readonly string[],
): string[] {
  const single = (word: string) => template.words.has(word);
  const written = (word: string) => template.written.has(word);
  const split = (word: string, test: (half: string) => boolean) => {
    for (let cut = 1; cut < word.length; cut += 1) {
      const [left, right] = [word.slice(0, cut), word.slice(cut)];
      if (test(left) && test(right)) return [left, right];
    }
    return null;
  };
  const apart = (word: string) =>
    // Two words as written first: 'trustgain' is 'trust' 'gain' (whichever texts they end and
    // start), not 'trustg' 'ain'; then two words either of which lost a character.
    single(word) ? [word] : (split(word, written) ?? split(word, single));
  return line.flatMap(word => {
    if (single(word) || word.length > MAX_JOINED_LENGTH) return [word];
    const withoutNumbers = word.replace(/^\d+|\d+$/gu, '');
    return (
      apart(word) ??
      (withoutNumbers !== word && withoutNumbers !== ''
        ? apart(withoutNumbers)
        : null) ?? [word]
    );
  });
}

/**
 * The generated lines' pieces that start at `start`: for each label found there whole, the ends a
 * piece may have (from after the label to the end of the vocabulary words that follow it, or the
 * line's end after an open label). vocabularyRun[i] counts the vocabulary words from i on.
 */
function generatedPieces(
  generated: GeneratedReader,
  line: readonly string[],
  start: number,
  vocabularyRun: readonly number[],
  found: (firstEnd: number, lastEnd: number) => void,
): void {
  runsFrom(generated.labels, line, start, true, (length, whole) => {
    const end = start + length;
    if (whole) found(end, end + vocabularyRun[end]);
  });
  runsFrom(generated.openLabels, line, start, true, (_, whole) => {
    if (whole) found(line.length, line.length);
  });
}

/** Reads a line's words against the template: linear in the line's length. */
export function readTemplate(
  template: TemplateText,
  lineWords: readonly string[],
): TemplateReading {
  const line = splitJoined(template, lineWords);
  if (line.length === 0) return {whole: true, ownWords: []};
  // reach[i]: the first i words are template pieces; covered[i]: a long run covers word i.
  const reach: boolean[] = new Array<boolean>(line.length + 1).fill(false);
  reach[0] = true;
  const covered: boolean[] = new Array<boolean>(line.length).fill(false);
  let coverEnd = 0;
  // A generated piece reaches every end in a range: ranges open and close here, counted in `open`.
  const {generated} = template;
  const vocabularyRun = new Array<number>(line.length + 1).fill(0);
  const rangeEdges = new Array<number>(line.length + 2).fill(0);
  let open = 0;
  if (generated !== null)
    for (let index = line.length - 1; index >= 0; index -= 1)
      if (generated.vocabulary.has(line[index]))
        vocabularyRun[index] = vocabularyRun[index + 1] + 1;
  for (let start = 0; start < line.length; start += 1) {
    open += rangeEdges[start];
    if (open > 0) reach[start] = true;
    let longest = 0;
    // A piece may start where the previous word's pieces could not (after a whole short text).
    const continuing = reach[start] && start > 0 && !reach[start - 1];
    runsFrom(template, line, start, continuing, (length, whole) => {
      if (reach[start] && (whole || length >= PIECE_WORDS))
        reach[start + length] = true;
      if (length >= TEMPLATE_RUN_WORDS && length > longest) longest = length;
    });
    if (generated !== null)
      generatedPieces(generated, line, start, vocabularyRun, (first, last) => {
        if (reach[start]) {
          rangeEdges[first] += 1;
          rangeEdges[last + 1] -= 1;
        }
        if (last - start >= TEMPLATE_RUN_WORDS)
          longest = Math.max(longest, last - start);
      });
    coverEnd = Math.max(coverEnd, start + longest);
    if (start < coverEnd) covered[start] = true;
  }
  if (open + rangeEdges[line.length] > 0) reach[line.length] = true;
  return {
    whole: reach[line.length],
    ownWords: line.filter((_, index) => !covered[index]),
  };
}

/** True when the line starts with one whole template text (as written, or edited as above). */
export function startsWithTemplate(
  template: TemplateText,
  lineWords: readonly string[],
): boolean {
  if (lineWords.length === 0) return false;
  let found = false;
  runsFrom(template, lineWords, 0, true, (_, whole) => {
    found ||= whole;
  });
  return found;
}

/** True when the text is nothing but template text (see readTemplate). */
export function isTemplateOnly(template: TemplateText, text: string): boolean {
  return readTemplate(template, words(text)).whole;
}
