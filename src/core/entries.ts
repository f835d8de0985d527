/**
 * What the add-on writes, as blocks: evidence entries of each kind, the set-up template (title,
 * participants, sections) and the readiness summary. outline.ts reads the same shapes back, so the
 * texts written here (labels, prompts, guidance, the meta line) are what it recognises.
 */
import type {Block, HeadingLevel, IsoDate, TextRun} from './document-model';
import {
  allSections,
  type AreaRule,
  type Criterion,
  type EntryKind,
  type Field,
  type Program,
  type Prompt,
  type SectionDefinition,
} from './program';
import {leadershipFlags} from './readiness';
import {
  STATUS_LABELS,
  type AreaReport,
  type ReadinessReport,
  type Role,
} from './report';
import {plural} from './text';

/** Between an entry's date and its criterion or kind: '2026-11-24 · Building trust'. */
export const ENTRY_SEPARATOR = ' · ';

function paragraph(heading: HeadingLevel, runs: TextRun[]): Block {
  return {
    type: 'paragraph',
    heading,
    text: runs.map(run => run.text).join(''),
    runs,
  };
}

function promptRun(program: Program, text: string): TextRun {
  return {
    text,
    italic: program.promptLook.italic,
    color: program.promptLook.color,
  };
}

/** The label, then a plain space: text typed after the label is neither bold nor grey. */
function labelRuns(label: string): TextRun[] {
  return [
    {text: `${label}:`, bold: true},
    {text: ' ', bold: false, italic: false},
  ];
}

/** 'Observe: ' + grey italic prompt; the prompt text starts at `${label}: `.length. */
export function promptLine(program: Program, prompt: Prompt): Block {
  return paragraph('NORMAL', [
    ...labelRuns(prompt.label),
    promptRun(program, prompt.text),
  ]);
}

/** A participants or review line: its default value in plain text, or its prompt. */
export function fieldLine(program: Program, field: Field): Block {
  if (field.value === undefined) return promptLine(program, field);
  return paragraph('NORMAL', [...labelRuns(field.label), {text: field.value}]);
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
}

export interface EntryBlocks {
  blocks: Block[];
  /** Where the person starts typing: the first prompt's text. */
  cursor: {block: number; offset: number};
}

/**
 * An evidence entry:
 *   HEADING3  '2026-11-24 · Building trust'          (criterion label, or the kind's label)
 *   NORMAL    'Recorded by: Candidate · Feedback'    (grey)
 *   NORMAL    'Observe: ' + grey italic prompt        (one line per prompt of the kind)
 */
export function entryBlocks(program: Program, spec: EntrySpec): EntryBlocks {
  const topic = spec.criterion ? spec.criterion.label : spec.kind.label;
  const meta = `${program.recordedByLabel}: ${program.roleNames[spec.role]}${ENTRY_SEPARATOR}${spec.kind.label}`;
  const blocks = [
    paragraph('HEADING3', [{text: `${spec.date}${ENTRY_SEPARATOR}${topic}`}]),
    paragraph('NORMAL', [{text: meta, color: program.promptLook.color}]),
    ...spec.kind.prompts.map(prompt => promptLine(program, prompt)),
  ];
  const firstPrompt = spec.kind.prompts[0];
  return {
    blocks,
    cursor: {
      block: 2,
      offset: firstPrompt ? `${firstPrompt.label}: `.length : 0,
    },
  };
}

/** Marks the criteria count of an area whose criteria are examples, explained under the table. */
const EXAMPLES_MARK = '(examples)';

/** '2 of 4', or '3 of 10 (examples)'. */
function coveredCell(area: AreaReport, rule: AreaRule | undefined): string {
  if (area.criteria.length === 0) return '—';
  const covered = area.criteria.filter(criterion => criterion.covered).length;
  const count = `${covered} of ${area.criteria.length}`;
  return rule === 'examples' ? `${count} ${EXAMPLES_MARK}` : count;
}

/** The criteria still needed: their labels, 'Any one example', or '—'. */
function stillToCoverCell(
  area: AreaReport,
  rule: AreaRule | undefined,
): string {
  if (rule === 'examples')
    return area.status === 'missing' ? 'Any one example' : '—';
  const uncovered = area.criteria
    .filter(criterion => !criterion.covered)
    .map(criterion => criterion.label);
  return uncovered.length === 0 ? '—' : uncovered.join('; ');
}

/** '3 (candidate 2, manager 1)'; writing nobody signed is 'not stated'. */
function entriesCell(area: AreaReport): string {
  const {candidate, manager, unknown} = area.recordedBy;
  const parts = [
    candidate > 0 ? `${candidate} by the candidate` : '',
    manager > 0 ? `${manager} by the manager` : '',
    unknown > 0 ? `${unknown} not signed` : '',
  ].filter(part => part !== '');
  return parts.length === 0
    ? String(area.evidenceCount)
    : `${area.evidenceCount} (${parts.join(', ')})`;
}

function listItem(text: string): Block {
  return {type: 'listItem', heading: 'NORMAL', text, runs: [{text}]};
}

/** A bold lead-in and plain text: 'Verdict: Ready for leadership review.' */
function labelledLine(label: string, text: string): Block {
  const lead: TextRun = {text: `${label}:`, bold: true};
  return paragraph(
    'NORMAL',
    text === '' ? [lead] : [lead, {text: ` ${text}`, bold: false}],
  );
}

/**
 * The readiness summary for the leadership group, who read it without the add-on:
 *   heading  'Readiness summary — 2026-11-24'
 *   table    Area | Status | Criteria covered | Still to cover | Entries | Newest evidence
 *   line     what '(examples)' means, when an area's criteria are examples
 *   lines    the one-on-one log, then the verdict
 *   list     'What is left:', one list item each
 *   list     'Also flagged:' (stale areas, one-on-one gaps, missing sections), one list item each
 */
export function readinessSummaryBlocks(
  report: ReadinessReport,
  program: Program,
  today: IsoDate,
  heading: HeadingLevel,
): Block[] {
  const ruleOf = (areaId: string) =>
    program.areas.find(area => area.id === areaId)?.rule;
  const rows = [
    [
      'Area',
      'Status',
      'Criteria covered',
      'Still to cover',
      'Entries',
      'Newest evidence',
    ],
    ...report.areas.map(area => [
      area.title,
      STATUS_LABELS[area.status],
      coveredCell(area, ruleOf(area.areaId)),
      stillToCoverCell(area, ruleOf(area.areaId)),
      entriesCell(area),
      area.newestEvidence ?? '—',
    ]),
  ];
  const blocks: Block[] = [
    paragraph(heading, [{text: `Readiness summary — ${today}`}]),
    {
      type: 'table',
      heading: 'NORMAL',
      text: rows.map(row => row.join('\t')).join('\n'),
      runs: [],
      rows,
    },
  ];
  const examples = program.areas
    .filter(area => area.rule === 'examples')
    .map(area => area.shortTitle);
  if (examples.length > 0)
    blocks.push(
      paragraph('NORMAL', [
        {
          text: `${EXAMPLES_MARK} ${examples.join(', ')}: the criteria are examples, not a checklist. Any evidence completes the area; the count shows which examples it covers.`,
          italic: true,
        },
      ]),
    );

  const log = report.oneOnOnes;
  const logText = !log.sectionFound
    ? 'section missing.'
    : log.entryCount === 0
      ? 'no entries yet.'
      : log.lastDate === null
        ? `${plural(log.entryCount, 'entry', 'entries')}, none dated.`
        : `${plural(log.entryCount, 'entry', 'entries')}, the last on ${log.lastDate}.`;
  blocks.push(
    labelledLine('One-on-one log', logText),
    labelledLine('Verdict', `${report.verdict.headline}.`),
  );
  if (report.verdict.left.length > 0)
    blocks.push(
      labelledLine('What is left', ''),
      ...report.verdict.left.map(listItem),
    );
  const flagged = leadershipFlags(report, program);
  if (flagged.length > 0)
    blocks.push(labelledLine('Also flagged', ''), ...flagged.map(listItem));
  return blocks;
}
