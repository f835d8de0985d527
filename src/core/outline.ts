/**
 * Blocks -> sections and entries, in one linear pass, tolerant of what people do to documents:
 * renamed, re-cased, numbered, moved, duplicated or deleted headings, half-deleted entries, and
 * tables, lists and images mixed in.
 *
 * - A section starts at a heading (not TITLE, not dated) whose words match a section's title or an
 *   alias: exactly, or (for names of two words or more) as consecutive words of a longer heading;
 *   the most specific name wins. Inside a section, a heading deeper than the section's own starts
 *   another section only on an exact match: a sub-heading that merely mentions an area ('Improving
 *   our team development process', 'Week 3 one-on-one') belongs to the section it stands in. A
 *   section ends at the next undated heading of the same or a higher level, or at the next heading
 *   that starts a section.
 * - Inside a section, a heading that starts with a date (dates.ts leadingDate) starts an entry; so
 *   does, in the one-on-one log, a paragraph or list item that starts with a date ('12 Jan 2026:
 *   roadmap'), unless it is part of an entry of that same date. A 'Recorded by:' line that does not
 *   follow an entry heading starts an entry without heading (its heading was deleted). Blocks
 *   before the first entry, besides the guidance line, are loose writing.
 * - Real writing is what is left once labels, prompts, guidance and the meta line are set aside.
 * - An entry heading joined to another line by a backspace is still its entry's heading: joined to
 *   the end of the line before, it gives the meta line after it the entry's date and topic (and it
 *   is not that line's writing); with the line after it joined in, it keeps its topic, and a meta
 *   line joined in still names the recorder and kind (headingsInLine, datedText).
 * - Criteria are named by an entry's heading (any of their match phrases), or by the opening of a
 *   paragraph of writing (see criteriaInWriting for the stricter rule).
 */
import {leadingDate, monthName} from './dates';
import {
  ENTRY_SEPARATOR,
  SUMMARY_COLUMNS,
  SUMMARY_LABELS,
  SUMMARY_WORDING,
  summaryTitle,
} from './entries';
import {
  HEADING_DEPTH,
  type Block,
  type HeadingLevel,
  type IsoDate,
} from './document-model';
import {isLoopLine} from './loop-lines';
import {allSections, evidenceSections, findKind, type Program} from './program';
import {
  promptTexts,
  runsOf,
  withoutPromptRuns,
  type PromptTexts,
} from './prompt-runs';
import {STAGE_LABELS, type Role} from './report';
import {
  type GeneratedLines,
  readTemplate,
  startsWithTemplate,
  templateText,
  type TemplateText,
} from './template-text';
import {findPhrase, hasLettersOrDigits, normalizeText, words} from './text';

export interface OutlineEntry {
  /** The entry's first block: its dated heading, or its meta line when the heading was deleted. */
  start: number;
  /** Index after the entry's last block. */
  end: number;
  /** The heading text (or the meta line's, for an entry without heading). */
  title: string;
  /**
   * The section the entry counts for. An entry names its criterion (its heading's topic) and its
   * kind (the meta line): a topic or a kind of one section only makes it that section's wherever
   * it stands (under another heading, or under none when its heading was lost); any other entry is
   * the section's it stands in.
   */
  sectionId: string;
  /** False when the entry does not stand under a heading of the section it counts for. */
  underItsHeading: boolean;
  date: IsoDate | null;
  /** Criteria named by the heading or by the opening of a paragraph of its writing, in program order. */
  criterionIds: string[];
  /** From the meta line; null when it was removed or names no role. */
  recorder: Role | null;
  kindId: string | null;
  hasWriting: boolean;
  /** Characters of the person's own words in the entry (for the "very short" hint). */
  writingLength: number;
  /** Labels of the entry's prompt lines that still hold only their prompt ('Impact'), in order. */
  unanswered: string[];
}

/** One heading of a section and what stands under it (a section may appear more than once). */
export interface SectionOccurrence {
  sectionId: string;
  headingIndex: number;
  /** The heading's style, so restored neighbours and summaries can match it. */
  heading: HeadingLevel;
  /** Index after the section's last block (where the next section or an unrelated heading starts). */
  end: number;
  /** Where to append to the section: after its last non-empty block, before trailing blank lines. */
  appendIndex: number;
  guidanceIndex: number | null;
  /** True when writing stands under the heading outside any entry (typed without the add-on). */
  looseWriting: boolean;
  /** Criteria named by the openings of that loose writing's paragraphs, in program order. */
  looseCriterionIds: string[];
  entries: OutlineEntry[];
  /**
   * True for entries that stand under no section heading (it was deleted or emptied): the first
   * names its section, and the stretch is read like a section with no heading of its own.
   */
  stray: boolean;
}

export interface Outline {
  /** The first non-empty TITLE paragraph. */
  titleIndex: number | null;
  /** Participants field id -> index of the first line that starts with its label. */
  participants: Map<string, number>;
  /** Every program section id (areas, log, review) -> its occurrences in document order. */
  sections: Map<string, SectionOccurrence[]>;
  /** Entries standing under no section heading, in document order (see SectionOccurrence.stray). */
  strays: SectionOccurrence[];
  /** Index after the document's last non-empty block (0 for a blank document). */
  contentEnd: number;
  /** The blocks read as part of an earlier readiness summary (readSummaryPart): nobody's writing. */
  summaryBlocks: Set<number>;
}

interface NamePhrase {
  sectionId: string;
  words: string[];
}

interface CriterionPhrase {
  criterionId: string;
  words: string[];
  /** The criterion's label (not one of its match phrases). */
  isLabel: boolean;
}

/** A section's criteria: every phrase naming them, those strict enough for writing, their order. */
interface SectionCriteria {
  phrases: CriterionPhrase[];
  inWriting: CriterionPhrase[];
  order: string[];
}

/** Everything the pass needs from the program, derived once per program object. */
interface Recognizer {
  sectionNames: NamePhrase[];
  criteria: Map<string, SectionCriteria>;
  guidance: Map<string, string>;
  logId: string;
  /** Every prompt and guidance, to tell a prompt run from writing (prompt-runs.ts). */
  prompts: PromptTexts;
  /** Whatever the add-on writes and the program's own words, known by their words. */
  template: TemplateText;
  /** What an entry heading names after its date: criterion and kind labels, normalised. */
  topics: Set<string>;
  /** The same labels in lower case, as written and with a character deleted (see labelledTopic). */
  topicForms: TopicForms;
  /** Evidence section id -> the topics its entries' headings name: its criteria and kinds. */
  sectionTopics: Map<string, Set<string>>;
  /** A topic of one evidence section only -> that section. */
  topicSections: Map<string, string>;
  /** An entry kind offered by one evidence section only -> that section. */
  kindSections: Map<string, string>;
  labels: Set<string>;
  /** A prompt's label, normalised -> its text, for the prompts that ask for a date (DATE_PLACEHOLDER). */
  datePrompts: Map<string, string>;
  metaLine: RegExp;
  roles: Map<string, Role>;
  kinds: Map<string, string>;
  participantLabels: Map<string, string>;
}

const recognizers = new WeakMap<Program, Recognizer>();

/**
 * Every text the add-on writes, each as a whole line would hold it, and every line of the program:
 * prompts with and without their labels, field lines, guidance, section names, the meta line's
 * words (kind labels, role names), the title. Not the criteria's labels: a line that names one is
 * how people say what their writing is about.
 */
function templateTexts(program: Program): string[] {
  const sections = allSections(program);
  const prompts = [
    ...program.kinds.flatMap(kind => kind.prompts),
    ...program.participants,
    ...program.review.fields,
  ];
  return [
    program.title,
    program.recordedByLabel,
    ...Object.values(program.roleNames),
    ...program.kinds.map(kind => kind.label),
    ...prompts.flatMap(prompt => [prompt.label, prompt.text]),
    ...prompts.map(prompt => `${prompt.label}: ${prompt.text}`),
    ...[...program.participants, ...program.review.fields].flatMap(field =>
      field.value === undefined
        ? []
        : [field.value, `${field.label}: ${field.value}`],
    ),
    ...sections.flatMap(section => [
      section.title,
      ...section.aliases,
      section.guidance,
    ]),
    ...program.sourceText,
    summaryTitle(''),
  ];
}

/**
 * The readiness summary's lines as generated text: a label, then the summary's own words, the
 * program's names it uses, stage labels and months; the targeted actions (open, and each review's)
 * are the manager's words, to the end of their line.
 */
function summaryLines(program: Program): GeneratedLines {
  const {actions, round, ...labels} = SUMMARY_LABELS;
  return {
    labels: Object.values(labels),
    openLabels: [actions, round],
    vocabulary: [
      ...SUMMARY_WORDING,
      ...Object.values(STAGE_LABELS),
      ...program.areas.map(area => area.shortTitle),
      ...Object.values(program.roleNames),
      ...Array.from({length: 12}, (_, month) =>
        monthName(`2026-${String(month + 1).padStart(2, '0')}`),
      ),
    ],
  };
}

function recognizer(program: Program): Recognizer {
  const cached = recognizers.get(program);
  if (cached) return cached;
  const sections = allSections(program);
  const prompts = [
    ...program.kinds.flatMap(kind => kind.prompts),
    ...program.participants,
    ...program.review.fields,
  ];
  const topicLabels = [
    ...evidenceSections(program).flatMap(section =>
      section.criteria.map(criterion => criterion.label),
    ),
    ...program.kinds.map(kind => kind.label),
  ];
  const escapedLabel = program.recordedByLabel.replace(
    /[.*+?^${}()|[\]\\]/g,
    '\\$&',
  );
  const built: Recognizer = {
    sectionNames: sections.flatMap(section =>
      [section.title, ...section.aliases].map(name => ({
        sectionId: section.id,
        words: words(name),
      })),
    ),
    criteria: new Map(
      evidenceSections(program).map(section => {
        const phrases = section.criteria.flatMap(criterion =>
          [criterion.label, ...criterion.match].map((phrase, position) => ({
            criterionId: criterion.id,
            words: words(phrase),
            isLabel: position === 0,
          })),
        );
        return [
          section.id,
          {
            phrases,
            inWriting: phrases.filter(
              phrase => phrase.isLabel || phrase.words.length >= 2,
            ),
            order: section.criteria.map(criterion => criterion.id),
          },
        ];
      }),
    ),
    guidance: new Map(
      sections.map(section => [section.id, normalizeText(section.guidance)]),
    ),
    logId: program.oneOnOneLog.id,
    prompts: promptTexts(program),
    template: templateText(templateTexts(program), summaryLines(program)),
    ...entryOwners(program),
    topics: new Set(topicLabels.map(normalizeText)),
    topicForms: topicForms(topicLabels),
    labels: new Set(
      [...prompts.map(prompt => prompt.label), program.recordedByLabel].map(
        normalizeText,
      ),
    ),
    datePrompts: new Map(
      prompts
        .filter(prompt => prompt.text.includes(DATE_PLACEHOLDER))
        .map(prompt => [normalizeText(prompt.label), prompt.text]),
    ),
    metaLine: new RegExp(`^\\s*${escapedLabel}\\s*:(.*)$`, 'i'),
    roles: new Map(
      (Object.keys(program.roleNames) as Role[]).map(role => [
        normalizeText(program.roleNames[role]),
        role,
      ]),
    ),
    kinds: new Map(
      program.kinds.map(kind => [normalizeText(kind.label), kind.id]),
    ),
    participantLabels: new Map(
      program.participants.map(field => [normalizeText(field.label), field.id]),
    ),
  };
  recognizers.set(program, built);
  return built;
}

/** What tells an entry's section wherever it stands: the topics and kinds of one section only. */
function entryOwners(
  program: Program,
): Pick<Recognizer, 'sectionTopics' | 'topicSections' | 'kindSections'> {
  const sections = evidenceSections(program);
  const sectionTopics = new Map(
    sections.map(section => [
      section.id,
      new Set(
        [
          ...section.criteria.map(criterion => criterion.label),
          ...section.kinds.map(
            kindId => findKind(program, kindId)?.label ?? kindId,
          ),
        ].map(normalizeText),
      ),
    ]),
  );
  const onlyOne = (owners: Map<string, string[]>) =>
    new Map(
      [...owners]
        .filter(([, ids]) => ids.length === 1)
        .map(([key, ids]) => [key, ids[0]]),
    );
  const byTopic = new Map<string, string[]>();
  const byKind = new Map<string, string[]>();
  for (const section of sections) {
    for (const topic of sectionTopics.get(section.id) ?? [])
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), section.id]);
    for (const kindId of section.kinds)
      byKind.set(kindId, [...(byKind.get(kindId) ?? []), section.id]);
  }
  return {
    sectionTopics,
    topicSections: onlyOne(byTopic),
    kindSections: onlyOne(byKind),
  };
}

/** '1.', '2.3', 'IV.', 'b)' or 'Part 2' before a heading's words. */
const NUMBERING =
  /^\s*(?:(?:section|part|area|step)\s+)?(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)]|[a-z][.)])\s+/i;

/**
 * The text with every '(…)' set aside, as /\([^)]*\)/g would, but linear: that regex tries every
 * '(' to the end of a text of many '(' and no ')'.
 */
function withoutParentheses(text: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    const close = open < 0 ? -1 : text.indexOf(')', open);
    if (close < 0) return kept + text.slice(from);
    kept += `${text.slice(from, open)} `;
    from = close + 1;
  }
}

interface SectionMatch {
  sectionId: string;
  /** The heading is the name (once numbering and parentheses are set aside), not a longer text. */
  exact: boolean;
}

function sectionMatch(
  rec: Recognizer,
  headingText: string,
): SectionMatch | null {
  const headingWords = words(
    withoutParentheses(headingText).replace(NUMBERING, ''),
  );
  if (headingWords.length === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const name of rec.sectionNames) {
    const exact =
      name.words.length === headingWords.length &&
      findPhrase(headingWords, name.words) === 0;
    const contained =
      !exact &&
      name.words.length >= 2 &&
      findPhrase(headingWords, name.words) >= 0;
    const score = exact
      ? 1000 + name.words.length
      : contained
        ? name.words.length
        : 0;
    if (score > bestScore) {
      best = name.sectionId;
      bestScore = score;
    }
  }
  return best === null ? null : {sectionId: best, exact: bestScore >= 1000};
}

/**
 * The section a heading names, or null. Exact names beat contained ones; longer names beat shorter.
 * (buildOutline also weighs where the heading stands: see the file comment.)
 */
export function matchSection(
  program: Program,
  headingText: string,
): string | null {
  return sectionMatch(recognizer(program), headingText)?.sectionId ?? null;
}

/**
 * The section a line names exactly (once numbering and parentheses are set aside), or null: a
 * line of writing that merely mentions a section's name names none.
 */
export function sectionNamedExactly(
  program: Program,
  lineText: string,
): string | null {
  const match = sectionMatch(recognizer(program), lineText);
  return match?.exact ? match.sectionId : null;
}

/** The criteria `phrases` name in `text`, in program order; where two overlap, the longer wins. */
function criteriaNamed(
  text: string[],
  phrases: readonly CriterionPhrase[],
  order: readonly string[],
): string[] {
  const found: Array<{criterionId: string; start: number; end: number}> = [];
  for (const phrase of phrases) {
    const start = findPhrase(text, phrase.words);
    if (start >= 0)
      found.push({
        criterionId: phrase.criterionId,
        start,
        end: start + phrase.words.length,
      });
  }
  if (found.length === 0) return [];
  const kept = new Set(
    found
      .filter(match =>
        found.every(
          other =>
            other.criterionId === match.criterionId ||
            !(
              other.start <= match.start &&
              other.end >= match.end &&
              other.end - other.start > match.end - match.start
            ),
        ),
      )
      .map(match => match.criterionId),
  );
  return order.filter(id => kept.has(id));
}

/**
 * The criteria an entry heading names. Where two names overlap ('program increment planning' and
 * 'planning'), the longer one wins, so one heading does not claim an unrelated criterion.
 */
export function matchCriteria(
  program: Program,
  sectionId: string,
  topic: string,
): string[] {
  const criteria = recognizer(program).criteria.get(sectionId);
  return criteria
    ? criteriaNamed(words(topic), criteria.phrases, criteria.order)
    : [];
}

/** How much of a paragraph of writing may name a criterion: its opening, where people say what it is about. */
export const WRITING_OPENING_CHARS = 200;

/**
 * The criteria a paragraph of writing names. Writing is looser than a heading, so the rule is
 * stricter, to keep a narrative from covering what it only mentions in passing:
 * - only the paragraph's first WRITING_OPENING_CHARS characters are read ('Building trust: weekly
 *   1:1s with Ana…' names it; a long story that says "trust" in its tenth line does not);
 * - only the criterion's label or a match phrase of two words or more counts, as whole words
 *   (plural endings allowed): 'Building trust' or 'shared context' name a criterion, while single
 *   words such as 'trust', 'context', 'career' or 'problem' are too common in any narrative;
 * - where two names overlap, the longer wins, as in headings.
 */
function criteriaInWriting(
  rec: Recognizer,
  sectionId: string,
  writing: string,
): string[] {
  const criteria = rec.criteria.get(sectionId);
  if (!criteria || criteria.inWriting.length === 0) return [];
  return criteriaNamed(
    words(writing.slice(0, WRITING_OPENING_CHARS)),
    criteria.inWriting,
    criteria.order,
  );
}

/** `ids` with `more` added, in the section's criteria order. */
function withCriteria(
  rec: Recognizer,
  sectionId: string,
  ids: string[],
  more: string[],
): string[] {
  if (more.every(id => ids.includes(id))) return ids;
  const order = rec.criteria.get(sectionId)?.order ?? [];
  return order.filter(id => ids.includes(id) || more.includes(id));
}

/** Drops a known label ('Observe:', 'Candidate:') from the start of a line. */
function withoutLabel(text: string, rec: Recognizer): string {
  const colon = text.indexOf(':');
  if (
    colon > 0 &&
    colon <= 40 &&
    rec.labels.has(normalizeText(text.slice(0, colon)))
  ) {
    return text.slice(colon + 1);
  }
  return text;
}

/** What a prompt that asks for a date shows in its place ('When you attended (YYYY-MM-DD).'). */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

/**
 * True when a date answers the prompt that asks for one ('Date: 2026-11-18', or the placeholder in
 * the prompt replaced: 'When you attended (18 Nov 2026).'): `answer` is what follows the label,
 * prompt runs left out. A date holds no words of a person's (ownWords), so the line is not
 * writing, but its prompt is answered. The placeholder itself is no date: it answers nothing.
 */
function answersWithDate(answer: string, prompt: string): boolean {
  const text = answer.trim();
  const whole = leadingDate(text);
  if (whole && !hasLettersOrDigits(text.slice(whole.length))) return true;
  const at = prompt.indexOf(DATE_PLACEHOLDER);
  const before = prompt.slice(0, at);
  const after = prompt.slice(at + DATE_PLACEHOLDER.length).trim();
  if (at < 0 || !text.startsWith(before)) return false;
  const inside = leadingDate(text.slice(before.length));
  return (
    inside !== null &&
    text.slice(before.length + inside.length).trim() === after
  );
}

/** True when the prompt line labelled `label` asks for a date and holds one (answersWithDate). */
function answeredWithDate(
  block: Block,
  label: string,
  rec: Recognizer,
): boolean {
  const prompt = rec.datePrompts.get(normalizeText(label));
  if (prompt === undefined) return false;
  const rest = withoutPromptRuns(block, rec.prompts);
  const colon = rest.indexOf(':');
  return colon >= 0 && answersWithDate(rest.slice(colon + 1), prompt);
}

/** 'Impact' for an unanswered 'Impact: <prompt>' line: the label, as the line writes it; else null. */
function labelOf(text: string, rec: Recognizer): string | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  const label = text.slice(0, colon).trim();
  return rec.labels.has(normalizeText(label)) ? label : null;
}

/**
 * A line's own words, or null when it holds none: its template text (whole or edited, see
 * template-text.ts), a numbering before it and numbers (what is left of a date, a count in the
 * add-on's summary) are not the person's.
 */
function ownWords(text: string, rec: Recognizer): string | null {
  if (!hasLettersOrDigits(text)) return null;
  const lettered = words(text.replace(NUMBERING, '')).filter(word =>
    /\p{L}/u.test(word),
  );
  const reading = readTemplate(rec.template, lettered);
  return reading.whole ? null : reading.ownWords.join(' ');
}

/**
 * A block's real writing (what is left once labels, prompts and template text are set aside), or
 * null when it holds none. A table or an image is writing without text to read criteria from: ''.
 */
function writingOf(block: Block, rec: Recognizer): string | null {
  if (block.type === 'paragraph' || block.type === 'listItem') {
    const rest = withoutPromptRuns(block, rec.prompts);
    // An entry heading in the line is the add-on's: joined to it, or the line itself with its
    // date broken by an edit ('026-09-01 · Training attended').
    const own = ownWords(
      withoutLabel(withoutEntryHeadings(rest, rec), rec),
      rec,
    );
    if (own !== null) return own;
  }
  if (block.hasImage) return '';
  if (block.type === 'table' && hasLettersOrDigits(block.text)) return '';
  return null;
}

/**
 * A block's real writing, or null when it holds none (writingOf, for the program): what people
 * wrote in a line of the review section, once its label and prompt are set aside.
 */
export function ownWriting(block: Block, program: Program): string | null {
  return writingOf(block, recognizer(program));
}

function isBlank(block: Block): boolean {
  return (
    block.type !== 'table' &&
    block.type !== 'other' &&
    !block.hasImage &&
    block.text.trim() === ''
  );
}

/**
 * Guidance by text, or, when it comes first, by look (every run in the prompt colour) and text: a
 * fragment of the section's guidance (what is left when people delete part of it). Docs keeps the
 * grey italic style when someone selects the guidance and types over it, so grey text that is not
 * part of the guidance is writing.
 */
function isGuidance(
  block: Block,
  sectionId: string,
  first: boolean,
  rec: Recognizer,
): boolean {
  if (
    block.type !== 'paragraph' ||
    block.heading !== 'NORMAL' ||
    block.hasImage
  )
    return false;
  const text = normalizeText(block.text);
  const guidance = rec.guidance.get(sectionId) ?? '';
  if (text === guidance) return true;
  if (!first || text === '' || !guidance.includes(text)) return false;
  const visible = runsOf(block).filter(run => run.text.trim() !== '');
  return (
    visible.length > 0 &&
    visible.every(run => (run.color ?? '').toLowerCase() === rec.prompts.color)
  );
}

/**
 * What the outline can only learn from a line's look, so a reader that fetches looks one service
 * call at a time knows where to spend them (see src/server/doc-reader.ts). Keep these in step with
 * isPromptRun (prompt-runs.ts), isGuidance and readMetaLine: they are the only rules that read a run's colour or
 * tell a paragraph from a list item.
 *
 * A run's colour matters when the run is a fragment of a prompt or guidance that is not a whole
 * one (isPromptRun: a whole one is a prompt in any colour), or when its line is a fragment of a
 * section's guidance (isGuidance: all of its runs in the prompt colour).
 */
export function colourCanMatter(
  program: Program,
  runText: string,
  lineText: string,
): boolean {
  const rec = recognizer(program);
  const text = runText.trim();
  if (
    text !== '' &&
    rec.prompts.corpus.includes(text) &&
    !rec.prompts.whole.has(normalizeText(text))
  )
    return true;
  return guidanceHolds(lineText, rec).part;
}

/**
 * Whether a line being a paragraph or a list item can change the outline: only a body-text line
 * that may be a meta line or a guidance line (readMetaLine and isGuidance take paragraphs only).
 */
export function kindCanMatter(
  program: Program,
  heading: HeadingLevel,
  lineText: string,
): boolean {
  if (heading !== 'NORMAL') return false;
  const rec = recognizer(program);
  const held = guidanceHolds(lineText, rec);
  return rec.metaLine.test(lineText) || held.whole || held.part;
}

/** Whether some section's guidance holds the line: as all of it (whole), or as a part (part). */
function guidanceHolds(
  lineText: string,
  rec: Recognizer,
): {whole: boolean; part: boolean} {
  const text = normalizeText(lineText);
  const held = {whole: false, part: false};
  if (text === '') return held;
  for (const guidance of rec.guidance.values()) {
    if (text === guidance) held.whole = true;
    else if (guidance.includes(text)) held.part = true;
  }
  return held;
}

interface MetaLine {
  recorder: Role | null;
  kindId: string | null;
}

/**
 * 'Recorded by: Candidate · Feedback' -> who and which kind (either may be unknown), in any style:
 * made a list item or a heading by accident, it is still the meta line.
 */
function readMeta(block: Block, rec: Recognizer): MetaLine | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  return metaOf(block.text, rec);
}

/** The meta line's facts from its text. */
function metaOf(text: string, rec: Recognizer): MetaLine | null {
  const match = rec.metaLine.exec(text);
  if (!match) return null;
  const [who = '', kind = ''] = match[1].split(/[·|,;]/);
  return {
    recorder: rec.roles.get(normalizeText(who)) ?? null,
    kindId: rec.kinds.get(normalizeText(kind)) ?? null,
  };
}

function participantField(block: Block, rec: Recognizer): string | null {
  if (block.type !== 'paragraph' && block.type !== 'listItem') return null;
  const colon = block.text.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  return (
    rec.participantLabels.get(normalizeText(block.text.slice(0, colon))) ?? null
  );
}

/**
 * The lines of a participants block wherever it stands (moved, pasted, or written by Set up under
 * an area): two or more participants lines in a row, blank lines between them allowed. Never
 * evidence, even filled in; a lone 'Candidate: …' line is a person's writing.
 */
function participantsBlock(
  blocks: readonly Block[],
  rec: Recognizer,
): boolean[] {
  const lines = blocks.map(block => participantField(block, rec) !== null);
  const marked = lines.map(() => false);
  let previous = -1;
  lines.forEach((isLine, index) => {
    if (!isLine) {
      if (!isBlank(blocks[index])) previous = -1;
      return;
    }
    if (previous >= 0) marked[previous] = marked[index] = true;
    previous = index;
  });
  return marked;
}

function newEntry(
  index: number,
  title: string,
  date: IsoDate | null,
  sectionId: string,
): OutlineEntry {
  return {
    start: index,
    end: index + 1,
    title,
    sectionId,
    underItsHeading: true,
    date,
    criterionIds: [],
    recorder: null,
    kindId: null,
    hasWriting: false,
    writingLength: 0,
    unanswered: [],
  };
}

function newOccurrence(
  sectionId: string,
  headingIndex: number,
  heading: HeadingLevel,
): SectionOccurrence {
  return {
    sectionId,
    headingIndex,
    heading,
    end: headingIndex + 1,
    appendIndex: headingIndex + 1,
    guidanceIndex: null,
    looseWriting: false,
    looseCriterionIds: [],
    entries: [],
    stray: false,
  };
}

/** The section's open entry: every block up to the next entry or the section's end is its. */
function lastEntry(section: SectionOccurrence): OutlineEntry | undefined {
  return section.entries[section.entries.length - 1];
}

/**
 * What the walk through the blocks knows so far. One handler per kind of block reads and updates
 * it (readHeading, readMetaLine, readLogLine, readGuidance, readWriting); buildOutline only
 * dispatches.
 */
interface Walk {
  rec: Recognizer;
  program: Program;
  outline: Outline;
  /** The section the walk stands in and its heading's depth; null outside any section. */
  open: {section: SectionOccurrence; depth: number} | null;
  /** The open section's last entry has only its heading so far: a meta line may still follow. */
  entryAwaitsMeta: boolean;
  /**
   * An undated sub-heading of the open section, not yet attributed: followed by a meta line it is
   * that entry's heading (its date deleted or never typed); followed by anything else, it is writing.
   */
  pendingHeading: {index: number; block: Block} | null;
  /** The walk stands in an earlier readiness summary (see readSummaryPart). */
  inSummary: boolean;
  /** The last block that was not blank, before the one being read. */
  previous: Block | null;
  /** For each block: a line of a participants block (see participantsBlock). */
  participantsLines: boolean[];
}

/** A block as the walk meets it, with what every handler needs to know about it. */
interface Step {
  block: Block;
  index: number;
  blank: boolean;
  /** A paragraph or list item (the blocks that carry a style and runs). */
  isText: boolean;
}

export function buildOutline(
  blocks: readonly Block[],
  program: Program,
): Outline {
  const walk: Walk = {
    rec: recognizer(program),
    program,
    outline: {
      titleIndex: null,
      participants: new Map(),
      sections: new Map(allSections(program).map(section => [section.id, []])),
      strays: [],
      contentEnd: 0,
      summaryBlocks: new Set(),
    },
    open: null,
    entryAwaitsMeta: false,
    pendingHeading: null,
    inSummary: false,
    previous: null,
    participantsLines: participantsBlock(blocks, recognizer(program)),
  };
  blocks.forEach((block, index) => readBlock(walk, block, index));
  settlePendingHeading(walk);
  for (const occurrence of occurrencesOf(walk.outline)) {
    for (const entry of occurrence.entries)
      entry.underItsHeading =
        !occurrence.stray && entry.sectionId === occurrence.sectionId;
  }
  return walk.outline;
}

function readBlock(walk: Walk, block: Block, index: number): void {
  const step: Step = {
    block,
    index,
    blank: isBlank(block),
    isText: block.type === 'paragraph' || block.type === 'listItem',
  };
  if (!step.blank) walk.outline.contentEnd = index + 1;
  const previous = walk.previous;
  if (!step.blank) walk.previous = block;
  const meta = walk.open && !step.blank ? readMeta(block, walk.rec) : null;
  const isHeading = step.isText && block.heading !== 'NORMAL';
  const inSummary = readSummaryPart(walk, step);
  if (inSummary) walk.outline.summaryBlocks.add(index);
  // A pending sub-heading followed by anything but its meta line is writing.
  if (walk.pendingHeading && (!step.blank || isHeading) && meta === null)
    settlePendingHeading(walk);
  if (isHeading && meta === null && !inSummary && readHeading(walk, step))
    return;
  noteParticipant(walk, step);
  if (!walk.open) return openStray(walk, step);
  const {section} = walk.open;
  const nothingYet = section.appendIndex === section.headingIndex + 1;
  section.end = index + 1;
  if (!step.blank) section.appendIndex = index + 1;
  if (meta) return readMetaLine(walk, section, step, meta, previous);
  if (inSummary || walk.participantsLines[index]) return;
  if (!step.blank) walk.entryAwaitsMeta = false;
  if (readDatedLine(walk, section, step)) return;
  const entry = lastEntry(section);
  if (entry) entry.end = index + 1;
  else if (readGuidance(walk, section, step, nothingYet)) return;
  readWriting(walk, section, block, (writing, sectionId) =>
    criteriaInWriting(walk.rec, sectionId, writing),
  );
}

/**
 * A heading: a section's (it opens the section), an entry's (dated, inside a section), a
 * sub-heading (pending until the next block says what it is), or another heading, which closes the
 * open section when it stands at its level or higher. Returns true when the heading is consumed;
 * false lets it be read as an ordinary block (outside any section, or blank).
 */
function readHeading(walk: Walk, step: Step): boolean {
  const {block, index} = step;
  const depth = HEADING_DEPTH[block.heading];
  const dated = entryDate(block.text);
  const match =
    dated === null && block.heading !== 'TITLE'
      ? sectionMatch(walk.rec, withoutEntryHeadings(block.text, walk.rec))
      : null;
  // Inside a section, a deeper sub-heading starts another section only when it is that
  // section's name, not when it mentions one.
  if (
    match !== null &&
    (match.exact || walk.open === null || depth <= walk.open.depth)
  ) {
    const section = newOccurrence(match.sectionId, index, block.heading);
    walk.open = {section, depth};
    walk.outline.sections.get(match.sectionId)?.push(section);
    return true;
  }
  if (walk.open && dated === null && depth <= walk.open.depth) walk.open = null;
  if (
    block.heading === 'TITLE' &&
    walk.outline.titleIndex === null &&
    !step.blank
  )
    walk.outline.titleIndex = index;
  const section = walk.open?.section;
  if (!section || (dated === null && step.blank)) return false;
  section.appendIndex = index + 1;
  section.end = index + 1;
  if (dated !== null) {
    startDatedEntry(walk, section, step, dated);
  } else {
    walk.pendingHeading = {index, block};
    walk.entryAwaitsMeta = false;
  }
  return true;
}

/**
 * The date an entry heading starts with, numbering before it allowed ('6. 2026-09-01 · …'), and
 * the length of both in the text.
 */
function entryDate(text: string): {date: IsoDate; length: number} | null {
  const asWritten = leadingDate(text);
  if (asWritten !== null) return asWritten;
  const numbering = NUMBERING.exec(text)?.[0].length ?? 0;
  const dated = numbering > 0 ? leadingDate(text.slice(numbering)) : null;
  return dated === null
    ? null
    : {date: dated.date, length: numbering + dated.length};
}

/** An entry begun by a dated heading (or line): the criteria its heading names are its. */
function startDatedEntry(
  walk: Walk,
  section: SectionOccurrence,
  step: Step,
  dated: {date: IsoDate; length: number},
): OutlineEntry {
  const {block, index} = step;
  const entry = newEntry(index, block.text, dated.date, section.sectionId);
  section.entries.push(entry);
  // Its meta line joined into it by a backspace still says who recorded it, and the kind.
  const glued = metaOf(datedText(block.text, walk.rec)?.after ?? '', walk.rec);
  if (glued !== null) {
    entry.recorder = glued.recorder;
    entry.kindId = glued.kindId;
  }
  settleEntrySection(walk, section, entry);
  walk.entryAwaitsMeta = glued === null;
  return entry;
}

/** Between an entry heading's date and its topic: the separator, spaces. */
const BEFORE_TOPIC = /^[\s·:|—–-]*/u;

/** A letter, and whether it is a capital. */
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

/** The topic labels in lower case, as written and with one character deleted, by first letter. */
interface TopicForms {
  byFirst: Map<string, Array<{form: string; label: string}>>;
  longest: number;
}

function topicForms(labels: readonly string[]): TopicForms {
  const byFirst = new Map<string, Array<{form: string; label: string}>>();
  let longest = 0;
  for (const label of labels) {
    const lower = label.toLowerCase();
    const forms = new Set([lower]);
    for (let cut = 0; cut < lower.length; cut += 1)
      forms.add(lower.slice(0, cut) + lower.slice(cut + 1));
    for (const form of forms) {
      if (form === '') continue;
      byFirst.set(form[0], [...(byFirst.get(form[0]) ?? []), {form, label}]);
      longest = Math.max(longest, form.length);
    }
  }
  for (const forms of byFirst.values())
    forms.sort((a, b) => b.form.length - a.form.length);
  return {byFirst, longest};
}

/**
 * The topic label an entry heading names at `from` (after its date) as the add-on wrote it, and
 * where it ends: a criterion's or kind's label (the longest; one character may be deleted), ending
 * the text or glued to a line a backspace joined after it ('Building trustRecorded by: …',
 * 'Training.Name: …': no space, and no word going on in the same case); null when there is none (a
 * heading people wrote: 'Trainings on hiring'). Reads a bounded stretch of the text.
 */
function labelledTopic(
  text: string,
  from: number,
  rec: Recognizer,
): {label: string; end: number} | null {
  const skip = BEFORE_TOPIC.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  const start = from + skip;
  const head = text.slice(start, start + rec.topicForms.longest).toLowerCase();
  for (const {form, label} of rec.topicForms.byFirst.get(head[0]) ?? []) {
    if (!head.startsWith(form)) continue;
    const end = start + form.length;
    const next = text.charAt(end);
    const last = text.charAt(end - 1);
    if (
      next === '' ||
      (!LETTER.test(next) && !/\s/u.test(next)) ||
      (LETTER.test(next) && CAPITAL.test(next) !== CAPITAL.test(last))
    )
      return {label, end};
  }
  return null;
}

/**
 * A dated line read as an entry heading: its date, its topic (the label it names, or all after the
 * date when it names none as the add-on writes it) and what a backspace joined after that label.
 */
interface DatedText {
  date: IsoDate;
  /** The date's length in the text (numbering before it included). */
  length: number;
  topic: string;
  /** The topic is a label, as the add-on writes it. */
  labelled: boolean;
  after: string;
}

function datedText(text: string, rec: Recognizer): DatedText | null {
  const dated = entryDate(text);
  if (dated === null) return null;
  const labelled = labelledTopic(text, dated.length, rec);
  return labelled === null
    ? {...dated, topic: text.slice(dated.length), labelled: false, after: ''}
    : {
        ...dated,
        topic: labelled.label,
        labelled: true,
        after: text.slice(labelled.end),
      };
}

/**
 * A date as the add-on writes it in an entry heading, inside a line: '2026-09-01', or what an edit
 * left of it ('026-09-01', '2026-0901', '2026-09-1', '26-09-01'); never a numeric date people write
 * ('12/01/2026', '12-01-2026'), which the add-on never does.
 */
const DATE_IN_LINE = /(?<!\d)\d{2,4}-?\d{1,2}-?\d{1,2}(?!\d)/gu;

/** An entry heading's text as the add-on writes it ('2026-09-01 · Building trust') inside a line. */
interface HeadingInLine {
  start: number;
  end: number;
  title: string;
  date: IsoDate | null;
}

/**
 * Every entry heading's text (a date, the separator, a topic label) standing inside a line: what a
 * backspace at the start of an entry heading leaves at the end of the line before it, a character
 * deleted or not. Linear: each date is tried once, against a bounded stretch after it.
 */
function headingsInLine(text: string, rec: Recognizer): HeadingInLine[] {
  const found: HeadingInLine[] = [];
  for (const date of text.matchAll(DATE_IN_LINE)) {
    const start = date.index ?? 0;
    const labelled = date[0].includes('-')
      ? labelledTopic(text, start + date[0].length, rec)
      : null;
    if (labelled === null) continue;
    found.push({
      start,
      end: labelled.end,
      title: `${date[0]}${ENTRY_SEPARATOR}${labelled.label}`,
      date: leadingDate(date[0])?.date ?? null,
    });
  }
  return found;
}

/** The line without the entry headings standing in it (see headingsInLine): they are not writing. */
function withoutEntryHeadings(text: string, rec: Recognizer): string {
  let kept = '';
  let from = 0;
  for (const heading of headingsInLine(text, rec)) {
    if (heading.start < from) continue;
    kept += `${text.slice(from, heading.start)} `;
    from = heading.end;
  }
  return kept + text.slice(from);
}

/** The words of an entry's heading after its date: its criterion or kind. */
function topicOf(entry: OutlineEntry, rec: Recognizer): string {
  return datedText(entry.title, rec)?.topic ?? entry.title;
}

/**
 * Which section the entry counts for (OutlineEntry.sectionId), from its topic and kind as far as
 * they are known, and the criteria its heading names there.
 */
function settleEntrySection(
  walk: Walk,
  section: SectionOccurrence,
  entry: OutlineEntry,
): void {
  const {rec} = walk;
  const topic = topicOf(entry, rec);
  const key = normalizeText(topic);
  entry.sectionId = rec.sectionTopics.get(section.sectionId)?.has(key)
    ? section.sectionId
    : (rec.topicSections.get(key) ??
      (entry.kindId === null
        ? undefined
        : rec.kindSections.get(entry.kindId)) ??
      section.sectionId);
  entry.criterionIds = matchCriteria(walk.program, entry.sectionId, topic);
}

/**
 * Outside any section, a dated heading (or line) whose topic is one section's opens a stray
 * stretch for its entries: the section's heading was deleted or emptied above them.
 */
function openStray(walk: Walk, step: Step): void {
  const {block, index} = step;
  if (!step.isText || step.blank) return;
  const dated = datedText(block.text, walk.rec);
  if (dated === null) return;
  const owner = walk.rec.topicSections.get(normalizeText(dated.topic));
  if (owner === undefined) return;
  const stray = newOccurrence(owner, index, block.heading);
  stray.stray = true;
  walk.open = {section: stray, depth: HEADING_DEPTH[block.heading]};
  walk.outline.strays.push(stray);
  startDatedEntry(walk, stray, step, dated);
}

/** The summary heading's words before its date, known with a character deleted too. */
const SUMMARY_TITLE = templateText([summaryTitle('')]);

/**
 * 'Readiness summary — 2026-11-24' in any style, numbered or with a character deleted: the heading
 * of a summary the add-on wrote (its words, then only the date's numbers).
 */
function isSummaryTitle(text: string): boolean {
  if (text.length > 80) return false;
  const titleWords = words(text.replace(NUMBERING, ''));
  const [date, prefix] = [titleWords.slice(2), titleWords.slice(0, 2)];
  return (
    date.length >= 1 &&
    date.length <= 3 &&
    date.every(word => /^\d+$/.test(word)) &&
    startsWithTemplate(SUMMARY_TITLE, prefix)
  );
}

/** How far into a line its summary label may reach. */
const SUMMARY_LABEL_CHARS = 40;

/** The labels that start the summary's lines, known with a character deleted too. */
const SUMMARY_LINE_LABELS = templateText(Object.values(SUMMARY_LABELS));

/** The summary table's header row, as one text. */
const SUMMARY_HEADER = templateText([Object.values(SUMMARY_COLUMNS).join(' ')]);

/**
 * A line or table the summary starts with its own words: 'Verdict: …' (the label, then nothing of a
 * person's: 'History: the team had no retros' is theirs), the Area | Status table.
 */
function isSummaryLine(block: Block, rec: Recognizer): boolean {
  const opening = words(block.text.slice(0, SUMMARY_LABEL_CHARS));
  return block.type === 'table'
    ? startsWithTemplate(SUMMARY_HEADER, opening)
    : (block.type === 'paragraph' || block.type === 'listItem') &&
        startsWithTemplate(SUMMARY_LINE_LABELS, opening) &&
        writingOf(block, rec) === null;
}

/**
 * An earlier readiness summary moved (or pasted) into a section, whole or in part: its heading in
 * any style (unless it closes the section: as deep as the section's own heading or higher), its
 * lines and table wherever they stand, and, after its heading, blank lines and tables, whatever
 * template text stands between them. None of it is evidence. Returns true for a block of it.
 */
function readSummaryPart(walk: Walk, step: Step): boolean {
  const {block} = step;
  const open = walk.open;
  if (open === null) return false;
  const belowSection = HEADING_DEPTH[block.heading] > open.depth;
  if (step.isText && belowSection && isSummaryTitle(block.text)) {
    walk.inSummary = true;
    return true;
  }
  const part =
    (belowSection && isSummaryLine(block, walk.rec)) ||
    (walk.inSummary && (step.blank || block.type === 'table'));
  // Template text between its parts (pasted there) does not end the summary; it is read as usual.
  walk.inSummary =
    part ||
    (walk.inSummary &&
      block.heading === 'NORMAL' &&
      writingOf(block, walk.rec) === null);
  return part;
}

/** The first line that starts with each participants label, wherever it stands. */
function noteParticipant(walk: Walk, step: Step): void {
  const field = participantField(step.block, walk.rec);
  if (field !== null && !walk.outline.participants.has(field))
    walk.outline.participants.set(field, step.index);
}

/**
 * 'Recorded by: …' completes the entry whose heading it follows; otherwise it starts an entry of
 * its own, headed by the pending sub-heading when there is one (the entry's date was deleted or
 * never typed), or by itself (the heading was deleted). An entry heading a backspace joined to the
 * end of the line before (see headingsInLine) still gives the entry its date and topic.
 */
function readMetaLine(
  walk: Walk,
  section: SectionOccurrence,
  step: Step,
  meta: MetaLine,
  previous: Block | null,
): void {
  const pending = walk.pendingHeading;
  const joined =
    previous === null ? null : headingAtEnd(previous.text, walk.rec);
  let owner = lastEntry(section);
  if (
    !owner ||
    !walk.entryAwaitsMeta ||
    (joined !== null && joined.start > 0)
  ) {
    owner = pending
      ? newEntry(pending.index, pending.block.text, null, section.sectionId)
      : newEntry(step.index, step.block.text, null, section.sectionId);
    if (joined !== null) {
      owner.title = joined.title;
      owner.date = joined.date;
    }
    walk.pendingHeading = null;
    section.entries.push(owner);
  }
  owner.recorder = meta.recorder;
  owner.kindId = meta.kindId;
  owner.end = step.index + 1;
  walk.entryAwaitsMeta = false;
  settleEntrySection(walk, section, owner);
}

/** The entry heading a line ends with (see headingsInLine), or null. */
function headingAtEnd(text: string, rec: Recognizer): HeadingInLine | null {
  const headings = headingsInLine(text, rec);
  const last = headings[headings.length - 1];
  return last !== undefined && text.slice(last.end).trim() === '' ? last : null;
}

/**
 * A dated paragraph or list item. An entry heading set to another style by accident ('2026-11-24 ·
 * Building trust' as body text or a list item: a date and template words) still starts its entry;
 * in the one-on-one log, a hand-written line ('12 Jan 2026: roadmap and hiring') is a one-on-one of
 * its own, unless it is part of an entry of that same date. Returns true when the line started an
 * entry.
 */
function readDatedLine(
  walk: Walk,
  section: SectionOccurrence,
  step: Step,
): boolean {
  const {block} = step;
  if (!step.isText) return false;
  const dated = datedText(block.text, walk.rec);
  if (dated === null) return false;
  // After the label the add-on wrote, only what a backspace joined to it may be writing.
  const own =
    dated.labelled || walk.rec.topics.has(normalizeText(dated.topic))
      ? ownWords(withoutEntryHeadings(dated.after, walk.rec), walk.rec)
      : ownWords(dated.topic, walk.rec);
  const open = lastEntry(section);
  const logLine =
    section.sectionId === walk.rec.logId && !(open && open.date === dated.date);
  if (own !== null && !logLine) return false;
  const entry = startDatedEntry(walk, section, step, dated);
  entry.hasWriting = own !== null || block.hasImage === true;
  return true;
}

/** The section's guidance line, before any entry; returns true when the block is it. */
function readGuidance(
  walk: Walk,
  section: SectionOccurrence,
  step: Step,
  first: boolean,
): boolean {
  if (
    section.guidanceIndex !== null ||
    step.blank ||
    !isGuidance(step.block, section.sectionId, first, walk.rec)
  )
    return false;
  section.guidanceIndex = step.index;
  return true;
}

/** Counts a block's writing for the section's open entry, or as loose writing. */
function readWriting(
  walk: Walk,
  section: SectionOccurrence,
  block: Block,
  criterionIds: (writing: string, sectionId: string) => string[],
): void {
  const {rec} = walk;
  const entry = lastEntry(section);
  const sectionId = entry ? entry.sectionId : section.sectionId;
  const hasCriteria = (rec.criteria.get(sectionId)?.order.length ?? 0) > 0;
  // Once writing is found, the rest only matters for the criteria it may name.
  if ((entry ? entry.hasWriting : section.looseWriting) && !hasCriteria) return;
  // The completion loop's lines (a confirmation, a sign-off) are a record, never evidence.
  if (isLoopLine(walk.program, block)) return;
  const writing = writingOf(block, rec);
  if (writing === null) {
    const label = entry ? labelOf(block.text, rec) : null;
    if (entry && label !== null && !answeredWithDate(block, label, rec))
      entry.unanswered.push(label);
    return;
  }
  if (entry) entry.writingLength += writing.length;
  const named =
    hasCriteria && writing !== '' ? criterionIds(writing, sectionId) : [];
  if (entry) {
    entry.hasWriting = true;
    entry.criterionIds = withCriteria(
      rec,
      sectionId,
      entry.criterionIds,
      named,
    );
  } else {
    section.looseWriting = true;
    section.looseCriterionIds = withCriteria(
      rec,
      section.sectionId,
      section.looseCriterionIds,
      named,
    );
  }
}

/** A pending sub-heading that no meta line claimed is writing; a heading names its topic. */
function settlePendingHeading(walk: Walk): void {
  const pending = walk.pendingHeading;
  const section = walk.open?.section;
  walk.pendingHeading = null;
  if (!pending || !section) return;
  readWriting(walk, section, pending.block, (_, sectionId) =>
    matchCriteria(walk.program, sectionId, pending.block.text),
  );
}

/** Every section occurrence and stray stretch of entries, in document order. */
function occurrencesOf(outline: Outline): SectionOccurrence[] {
  return [...[...outline.sections.values()].flat(), ...outline.strays].sort(
    (a, b) => a.headingIndex - b.headingIndex,
  );
}

/** Every entry of the Doc, in document order, whichever section it counts for. */
export function allEntries(outline: Outline): OutlineEntry[] {
  return occurrencesOf(outline).flatMap(occurrence => occurrence.entries);
}

/**
 * The entries that count for a section (OutlineEntry.sectionId), in document order, wherever they
 * stand: under its headings, under another's, or under none. entryIndex counts these.
 */
export function sectionEntries(
  outline: Outline,
  sectionId: string,
): OutlineEntry[] {
  return occurrencesOf(outline).flatMap(occurrence =>
    occurrence.entries.filter(entry => entry.sectionId === sectionId),
  );
}
