/**
 * What the add-on writes, as blocks: evidence entries of each kind and the set-up template (title,
 * participants, sections); summary.ts builds the readiness summary. outline.ts reads these shapes back, so the
 * texts written here (labels, prompts, guidance, the meta line) are what it recognises.
 */
import type {Block, HeadingLevel, IsoDate, TextRun} from './document-model';
import {
  allSections,
  type Criterion,
  type EntryKind,
  type Field,
  type Program,
  type Prompt,
  type SectionDefinition,
} from './program';
import type {Role} from './report';

/** 'Readiness summary — 2026-11-24': the readiness summary's heading, one a day. */
export function summaryTitle(date: IsoDate): string {
  return `Readiness summary — ${date}`;
}

/** The labels of the readiness summary's lines ('Verdict: …'), so an earlier summary is known. */
export const SUMMARY_LABELS = {
  verdict: 'Verdict',
  stage: 'Stage',
  /** Earlier summaries' line of open actions; the summary now lists them on its review lines. */
  actions: 'Open targeted actions',
  /** Followed by the review's date and the actions it asked for (the manager's words). */
  round: 'Outcome of the leadership review',
  log: 'One-on-one log',
  history: 'History',
} as const;

/**
 * The fixed words of the summary's lines after their labels: of the verdict (summary.ts, and the
 * headline of readiness.ts it quotes while evidence is left; earlier summaries quoted it always),
 * the stage sentence (review.ts), the one-on-one log and the history (summary.ts).
 * With the program's names (areas' short titles, roles), the stage labels, months and numbers, an
 * earlier summary's line is made of these, and outline.ts knows it by them after a join or a
 * deleted character. template-text.test.ts reads every line of summaries at every stage back with
 * them: a new word in one of those sentences fails there first.
 */
export const SUMMARY_WORDING = [
  'Not ready yet: 2 of 5 areas need more evidence; 1 area needs an entry confirmed by',
  'Ready for leadership review once you both agree the evidence is complete',
  'Ready for leadership review: ready to share, both agree the evidence is complete',
  'In review: the leadership review is on. Further actions requested (2 open).',
  'Accepted by the leadership group on',
  'Not ready yet: every area is evidenced and confirmed; ready for leadership review once agree, also agrees the evidence is complete',
  'Ready for leadership review: and agree the evidence is complete',
  'In review: the leadership review is scheduled for; was, no decision is recorded yet',
  'Further targeted actions requested by the leadership group on: 1 of 2 still open',
  'Not in the document. No entries yet. 1 entry, 2 entries, none dated, the last on',
  '1 gap, 2 gaps longer than 1 day, 2 days, 1 week, 2 weeks: to',
  'Agreed the evidence is complete: not yet',
  'evidenced on; evidenced without a dated entry; not yet evidenced. By month: 1 entry and 1 one-on-one, 2 one-on-ones; none',
] as const;

/** The readiness summary table's column headers, in order. */
export const SUMMARY_COLUMNS = {
  area: 'Area',
  status: 'Status',
  evidence: 'Evidence',
} as const;

/** Between an entry's date and its criterion or kind: '2026-11-24 · Building trust'. */
export const ENTRY_SEPARATOR = ' · ';

export function paragraph(heading: HeadingLevel, runs: TextRun[]): Block {
  return {
    type: 'paragraph',
    heading,
    text: runs.map(run => run.text).join(''),
    runs,
  };
}

/**
 * A bold lead-in and plain text: 'Verdict: Ready for leadership review.' in the summary,
 * 'Targeted action (2026-12-15): Run the next retro' in the review section.
 */
export function labelledLine(label: string, text: string): Block {
  return paragraph('NORMAL', [
    {text: `${label}:`, bold: true},
    {text: ` ${text}`, bold: false},
  ]);
}

function promptRun(program: Program, text: string): TextRun {
  return {
    text,
    italic: program.promptLook.italic,
    color: program.promptLook.color,
  };
}

/**
 * 'Observe: ' + grey italic prompt + ' ': the prompt is a hint between the label and the place
 * where the person writes, the plain space at the end of the line (see PROMPT_LINE_WRITING).
 * Docs gives typed text the look of the character before the cursor, and the look of the first
 * character of a selection typed over: writing typed at the end of the line is normal text, while
 * a prompt is never where the cursor starts, so it is typed over only on purpose.
 */
export function promptLine(program: Program, prompt: Prompt): Block {
  return paragraph('NORMAL', [
    {text: `${prompt.label}: `},
    promptRun(program, prompt.text),
    {text: PROMPT_LINE_WRITING},
  ]);
}

/** Ends a prompt line in the body text's look: where the person's writing goes. */
export const PROMPT_LINE_WRITING = ' ';

/** A participants or review line: its default value in plain text, or its prompt. */
export function fieldLine(program: Program, field: Field): Block {
  if (field.value === undefined) return promptLine(program, field);
  return paragraph('NORMAL', [{text: `${field.label}: ${field.value}`}]);
}

export function guidanceLine(program: Program, text: string): Block {
  return paragraph('NORMAL', [promptRun(program, text)]);
}

export function titleBlock(program: Program): Block {
  return paragraph('TITLE', [{text: program.title}]);
}

/** A section as Set up writes it: HEADING1 title, guidance line, and the review's fields. */
export function sectionBlocks(
  program: Program,
  section: SectionDefinition,
  heading: HeadingLevel = 'HEADING1',
): Block[] {
  const blocks = [
    paragraph(heading, [{text: section.title}]),
    guidanceLine(program, section.guidance),
  ];
  if (section.id === program.review.id) {
    for (const field of program.review.fields)
      blocks.push(fieldLine(program, field));
  }
  return blocks;
}

/** The whole template, as Set up writes it into an empty document. */
export function templateBlocks(program: Program): Block[] {
  return [
    titleBlock(program),
    ...program.participants.map(field => fieldLine(program, field)),
    ...allSections(program).flatMap(section => sectionBlocks(program, section)),
  ];
}

export interface EntrySpec {
  date: IsoDate;
  criterion: Criterion | null;
  kind: EntryKind;
  role: Role;
  /**
   * What the entry answers, first in its heading after the date (a targeted action: review.ts
   * actionTopic); the criterion's label follows it when there is one, so the entry covers both.
   */
  topic?: string;
}

/**
 * An entry heading's words after its date: 'Building trust' (the criterion), 'Training' (the kind,
 * for a general entry), 'Targeted action: Lead a retro · Planning, review and retrospectives'.
 */
export function entryTopic(spec: EntrySpec): string {
  const named = spec.criterion?.label;
  if (spec.topic === undefined) return named ?? spec.kind.label;
  return named ? `${spec.topic}${ENTRY_SEPARATOR}${named}` : spec.topic;
}

export interface EntryBlocks {
  blocks: Block[];
  /** Where the person starts typing: the end of the first prompt line (of the heading without one). */
  cursor: {block: number; offset: number};
}

/**
 * An evidence entry:
 *   HEADING3  '2026-11-24 · Building trust'          (criterion label, or the kind's label)
 *   NORMAL    'Recorded by: Candidate · Feedback'    (grey)
 *   NORMAL    'Observe: ' + grey italic prompt + ' ' (one line per prompt of the kind)
 * The cursor goes to the end of the first prompt line, where writing is normal text.
 */
export function entryBlocks(program: Program, spec: EntrySpec): EntryBlocks {
  const topic = entryTopic(spec);
  const meta = `${program.recordedByLabel}: ${program.roleNames[spec.role]}${ENTRY_SEPARATOR}${spec.kind.label}`;
  const blocks = [
    paragraph('HEADING3', [{text: `${spec.date}${ENTRY_SEPARATOR}${topic}`}]),
    paragraph('NORMAL', [{text: meta, color: program.promptLook.color}]),
    ...spec.kind.prompts.map(prompt => promptLine(program, prompt)),
  ];
  const firstLine = spec.kind.prompts.length > 0 ? 2 : 0;
  return {
    blocks,
    cursor: {block: firstLine, offset: blocks[firstLine].text.length},
  };
}
