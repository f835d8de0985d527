/**
 * Blocks -> sections and entries, in one linear pass, tolerant of what people do to documents:
 * renamed, re-cased, numbered, moved, duplicated or deleted headings, half-deleted entries, and
 * tables, lists and images mixed in.
 *
 * - A section starts at a heading (not TITLE, not dated) whose words match a section's title or an
 *   alias: exactly, or (for names of two words or more) as consecutive words of a longer heading;
 *   the most specific name wins. It ends at the next undated heading of the same or a higher level,
 *   or at the next heading that starts a section.
 * - Inside a section, a heading that starts with an ISO date starts an entry; a 'Recorded by:'
 *   line that does not follow an entry heading starts an entry without heading (its heading was
 *   deleted). Blocks before the first entry, besides the guidance line, are loose writing.
 * - Real writing is what is left once labels, prompts, guidance and the meta line are set aside.
 */
import {leadingIsoDate} from './dates';
import type {Block, HeadingLevel, IsoDate, TextRun} from './document-model';
import {allSections, evidenceSections, type Program} from './program';
import type {Role} from './report';
import {findPhrase, hasLettersOrDigits, normalizeText, words} from './text';

export interface OutlineEntry {
  /** The entry's first block: its dated heading, or its meta line when the heading was deleted. */
  start: number;
  /** Index after the entry's last block. */
  end: number;
  /** The heading text (or the meta line's, for an entry without heading). */
  title: string;
  date: IsoDate | null;
  /** Criteria named by the heading, in program order. */
  criterionIds: string[];
  /** From the meta line; null when it was removed or names no role. */
  recorder: Role | null;
  kindId: string | null;
  hasWriting: boolean;
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
  entries: OutlineEntry[];
}

export interface Outline {
  /** The first non-empty TITLE paragraph. */
  titleIndex: number | null;
  /** Participants field id -> index of the first line that starts with its label. */
  participants: Map<string, number>;
  /** Every program section id (areas, log, review) -> its occurrences in document order. */
  sections: Map<string, SectionOccurrence[]>;
  /** Index after the document's last non-empty block (0 for a blank document). */
  contentEnd: number;
}

interface NamePhrase {
  sectionId: string;
  words: string[];
}

interface CriterionPhrase {
  criterionId: string;
  words: string[];
}

/** Everything the pass needs from the program, derived once per program object. */
interface Recognizer {
  sectionNames: NamePhrase[];
  criteria: Map<string, CriterionPhrase[]>;
  guidance: Map<string, string>;
  /** Every prompt, guidance and field prompt, to test whether a run is a fragment of one. */
  promptCorpus: string;
  wholePrompts: Set<string>;
  labels: Set<string>;
  promptColor: string;
  metaLine: RegExp;
  roles: Map<string, Role>;
  kinds: Map<string, string>;
  participantLabels: Map<string, string>;
}

const recognizers = new WeakMap<Program, Recognizer>();

function recognizer(program: Program): Recognizer {
  const cached = recognizers.get(program);
  if (cached) return cached;
  const sections = allSections(program);
  const prompts = [
    ...program.kinds.flatMap(kind => kind.prompts),
    ...program.participants,
    ...program.review.fields,
  ];
  const promptTexts = [
    ...prompts.map(prompt => prompt.text),
    ...sections.map(section => section.guidance),
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
      evidenceSections(program).map(section => [
        section.id,
        section.criteria.flatMap(criterion =>
          [criterion.label, ...criterion.match].map(phrase => ({
            criterionId: criterion.id,
            words: words(phrase),
          })),
        ),
      ]),
    ),
    guidance: new Map(
      sections.map(section => [section.id, normalizeText(section.guidance)]),
    ),
    promptCorpus: promptTexts.join('\n'),
    wholePrompts: new Set(promptTexts.map(normalizeText)),
    labels: new Set(
      [...prompts.map(prompt => prompt.label), program.recordedByLabel].map(
        normalizeText,
      ),
    ),
    promptColor: program.promptLook.color.toLowerCase(),
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

const HEADING_LEVELS: Record<HeadingLevel, number> = {
  NORMAL: Infinity,
  TITLE: 0,
  SUBTITLE: 0,
  HEADING1: 1,
  HEADING2: 2,
  HEADING3: 3,
  HEADING4: 4,
  HEADING5: 5,
  HEADING6: 6,
};

/** '1.', '2.3', 'IV.', 'b)' or 'Part 2' before a heading's words. */
const NUMBERING =
  /^\s*(?:(?:section|part|area|step)\s+)?(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)]|[a-z][.)])\s+/i;
const PARENTHESES = /\([^)]*\)/g;

/** The section a heading names, or null. Exact names beat contained ones; longer names beat shorter. */
export function matchSection(
  program: Program,
  headingText: string,
): string | null {
  const headingWords = words(
    headingText.replace(PARENTHESES, ' ').replace(NUMBERING, ''),
  );
  if (headingWords.length === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const name of recognizer(program).sectionNames) {
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
  return best;
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
  const topicWords = words(topic);
  const found: Array<{criterionId: string; start: number; end: number}> = [];
  for (const phrase of recognizer(program).criteria.get(sectionId) ?? []) {
    const start = findPhrase(topicWords, phrase.words);
    if (start >= 0)
      found.push({
        criterionId: phrase.criterionId,
        start,
        end: start + phrase.words.length,
      });
  }
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
  const section = evidenceSections(program).find(
    candidate => candidate.id === sectionId,
  );
  return (section?.criteria ?? [])
    .map(criterion => criterion.id)
    .filter(id => kept.has(id));
}

function isPromptRun(run: TextRun, rec: Recognizer): boolean {
  const text = run.text.trim();
  if (text === '') return false;
  if (
    run.color &&
    run.color.toLowerCase() === rec.promptColor &&
    rec.promptCorpus.includes(text)
  )
    return true;
  return rec.wholePrompts.has(normalizeText(text));
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

function runsOf(block: Block): TextRun[] {
  return block.runs.length > 0 || block.text === ''
    ? block.runs
    : [{text: block.text}];
}

/** True when a block holds real writing: not prompts, labels or guidance. */
function holdsWriting(block: Block, rec: Recognizer): boolean {
  if (block.hasImage) return true;
  if (block.type === 'table') return hasLettersOrDigits(block.text);
  if (block.type !== 'paragraph' && block.type !== 'listItem') return false;
  let rest = '';
  for (const run of runsOf(block))
    rest += isPromptRun(run, rec) ? ' ' : run.text;
  const unlabelled = withoutLabel(rest, rec);
  return (
    hasLettersOrDigits(unlabelled) &&
    !rec.wholePrompts.has(normalizeText(unlabelled))
  );
}

function isBlank(block: Block): boolean {
  return (
    block.type !== 'table' &&
    block.type !== 'other' &&
    !block.hasImage &&
    block.text.trim() === ''
  );
}

/** Guidance by text, or by look (every run in the prompt colour) when it comes first. */
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
  if (normalizeText(block.text) === rec.guidance.get(sectionId)) return true;
  const visible = runsOf(block).filter(run => run.text.trim() !== '');
  return (
    first &&
    visible.length > 0 &&
    visible.every(run => (run.color ?? '').toLowerCase() === rec.promptColor)
  );
}

interface MetaLine {
  recorder: Role | null;
  kindId: string | null;
}

/** 'Recorded by: Candidate · Feedback' -> who and which kind (either may be unknown). */
function readMetaLine(block: Block, rec: Recognizer): MetaLine | null {
  if (block.type !== 'paragraph' || block.heading !== 'NORMAL') return null;
  const match = rec.metaLine.exec(block.text);
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

/** What follows the date in an entry heading: '2026-11-24 · Building trust' -> 'Building trust'. */
function topicOf(headingText: string): string {
  return headingText.replace(/^\s*\d{4}-\d{2}-\d{2}/, '');
}

function newEntry(
  index: number,
  title: string,
  date: IsoDate | null,
): OutlineEntry {
  return {
    start: index,
    end: index + 1,
    title,
    date,
    criterionIds: [],
    recorder: null,
    kindId: null,
    hasWriting: false,
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
    entries: [],
  };
}

/** The section's open entry: every block up to the next entry or the section's end is its. */
function lastEntry(section: SectionOccurrence): OutlineEntry | undefined {
  return section.entries[section.entries.length - 1];
}

export function buildOutline(
  blocks: readonly Block[],
  program: Program,
): Outline {
  const rec = recognizer(program);
  const sections = new Map<string, SectionOccurrence[]>(
    allSections(program).map(section => [section.id, []]),
  );
  const participants = new Map<string, number>();
  let titleIndex: number | null = null;
  let contentEnd = 0;
  let current: SectionOccurrence | null = null;
  let currentLevel = 0;
  /** The current entry has only its heading so far: a meta line may still follow. */
  let entryAwaitsMeta = false;

  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    const blank = isBlank(block);
    if (!blank) contentEnd = index + 1;

    if (
      (block.type === 'paragraph' || block.type === 'listItem') &&
      block.heading !== 'NORMAL'
    ) {
      const level = HEADING_LEVELS[block.heading];
      const date = leadingIsoDate(block.text);
      const sectionId =
        date === null && block.heading !== 'TITLE'
          ? matchSection(program, block.text)
          : null;
      if (sectionId !== null) {
        current = newOccurrence(sectionId, index, block.heading);
        currentLevel = level;
        sections.get(sectionId)?.push(current);
        continue;
      }
      if (current && date === null && level <= currentLevel) {
        current = null;
      }
      if (block.heading === 'TITLE' && titleIndex === null && !blank)
        titleIndex = index;
      if (current && date !== null) {
        const entry = newEntry(index, block.text, date);
        entry.criterionIds = matchCriteria(
          program,
          current.sectionId,
          topicOf(block.text),
        );
        current.entries.push(entry);
        current.appendIndex = index + 1;
        current.end = index + 1;
        entryAwaitsMeta = true;
        continue;
      }
    }

    const field = participantField(block, rec);
    if (field !== null && !participants.has(field))
      participants.set(field, index);
    if (!current) continue;
    current.end = index + 1;
    const nothingYet = current.appendIndex === current.headingIndex + 1;
    if (!blank) current.appendIndex = index + 1;

    const meta = readMetaLine(block, rec);
    if (meta) {
      let owner = lastEntry(current);
      if (!owner || !entryAwaitsMeta) {
        owner = newEntry(index, block.text, null);
        current.entries.push(owner);
      }
      owner.recorder = meta.recorder;
      owner.kindId = meta.kindId;
      owner.end = index + 1;
      entryAwaitsMeta = false;
      continue;
    }
    if (!blank) entryAwaitsMeta = false;

    const entry = lastEntry(current);
    if (entry) {
      entry.end = index + 1;
      if (!entry.hasWriting && holdsWriting(block, rec))
        entry.hasWriting = true;
      continue;
    }
    if (
      current.guidanceIndex === null &&
      !blank &&
      isGuidance(block, current.sectionId, nothingYet, rec)
    ) {
      current.guidanceIndex = index;
      continue;
    }
    if (!current.looseWriting && holdsWriting(block, rec))
      current.looseWriting = true;
  }
  return {titleIndex, participants, sections, contentEnd};
}

/** A section's entries across all its occurrences, in document order (entryIndex counts these). */
export function sectionEntries(
  outline: Outline,
  sectionId: string,
): OutlineEntry[] {
  return (outline.sections.get(sectionId) ?? []).flatMap(
    occurrence => occurrence.entries,
  );
}
