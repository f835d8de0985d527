/**
 * The readiness summary for the leadership group, who read it in the Doc without the add-on: what
 * it says, laid out for a page (the verdict first, then one short row per area, then the weekly
 * one-on-ones), and how the add-on knows today's summary as its own output, so that a second
 * Insert on the same day replaces it with the current one and never touches a person's writing.
 */
import {
  HEADING_DEPTH,
  deeperHeading,
  type Block,
  type HeadingLevel,
  type IsoDate,
  type TextRun,
} from './document-model';
import {isIsoDate, monthName} from './dates';
import {
  labelledLine,
  paragraph,
  SUMMARY_COLUMNS,
  SUMMARY_LABELS,
  summaryTitle,
} from './entries';
import {roleInSentence, type Area, type Program} from './program';
import {spanOfDays} from './readiness';
import {openActions, stageSentence} from './review';
import {
  ROLES,
  STATUS_LABELS,
  type AreaReport,
  type OneOnOneReport,
  type ReadinessReport,
  recordersInWords,
  type RecorderCounts,
  type ReviewRound,
  type Role,
  type TargetedAction,
} from './report';
import {digestOf, normalizeText, plural} from './text';

export {summaryTitle};

/**
 * The summary's heading one level below the review heading; under a Heading 6 there is none, so
 * it is a bold line: as a Heading 6 it would end the review section, and the next day's summary
 * would then go above it.
 */
export function summaryHeading(reviewHeading: HeadingLevel): HeadingLevel {
  return HEADING_DEPTH[reviewHeading] < HEADING_DEPTH.HEADING6
    ? deeperHeading(reviewHeading)
    : 'NORMAL';
}

/**
 * Writing that names no recorder, as a reader of the Doc sees it: an entry without its 'Recorded
 * by' line (typed without the add-on, or the line deleted).
 */
const NO_RECORDER = 'that does not say who recorded it';

/** ', recorded by the candidate', or ': 2 recorded by the candidate, 1 that does not say who…'. */
function recordersText(counts: RecorderCounts, program: Program): string {
  const parts = recordersInWords(
    counts,
    role => program.roleNames[role],
    NO_RECORDER,
  );
  if (parts.length === 1) return `, ${parts[0].words}`;
  return `: ${parts.map(part => `${part.count} ${part.words}`).join(', ')}`;
}

/** '2 entries, recorded by the candidate; newest 2026-11-12.', or 'No evidence yet.' */
function evidenceFacts(report: AreaReport, program: Program): string {
  if (report.evidenceCount === 0) return 'No evidence yet.';
  const count = plural(report.evidenceCount, 'entry', 'entries');
  const when =
    report.newestEvidence === null
      ? '; none dated'
      : `; newest ${report.newestEvidence}`;
  const stale = report.stale
    ? `, no new evidence for over ${spanOfDays(program.limits.staleAfterDays)}`
    : '';
  return `${count}${recordersText(report.recordedBy, program)}${confirmedText(report, program)}${when}${stale}.`;
}

/** '; 1 confirmed by the sponsoring manager', and how many changed since they were confirmed. */
function confirmedText(report: AreaReport, program: Program): string {
  const parts = [
    `${report.confirmedCount === 0 ? 'none' : report.confirmedCount} confirmed by ${roleInSentence(program, 'manager')}`,
  ];
  if (report.changedSinceConfirmed > 0)
    parts.push(`${report.changedSinceConfirmed} changed since confirmed`);
  return `; ${parts.join(', ')}`;
}

/**
 * The criteria covered, for a reader who does not know the area's rule: '2 of 4 criteria covered',
 * or, where the criteria are examples and any evidence completes the area, 'Examples shown: 2 of
 * 10 (any evidence counts)'.
 */
function coverageInWords(report: AreaReport, area: Area): string {
  const covered = report.criteria.filter(criterion => criterion.covered).length;
  const total = report.criteria.length;
  return area.rule === 'examples'
    ? `Examples shown: ${covered} of ${total} (any evidence counts)`
    : `${covered} of ${plural(total, 'criterion', 'criteria')} covered`;
}

/**
 * The Evidence cell: the criteria as the area's rule reads them, then the entries. Dates stand in
 * this, the widest column's text, never in a column of their own, where a narrow cell splits them.
 */
function evidenceCell(
  report: AreaReport,
  area: Area,
  program: Program,
): string {
  const criteria: string[] = [];
  if (area.rule !== 'at-least-one')
    criteria.push(`${coverageInWords(report, area)}.`);
  const uncovered = report.criteria
    .filter(criterion => !criterion.covered)
    .map(criterion => criterion.label);
  if (area.rule === 'each' && uncovered.length > 0)
    criteria.push(`Still to cover: ${uncovered.join('; ')}.`);
  return [...criteria, evidenceFacts(report, program)].join(' ');
}

/**
 * The table's columns, few and short so the table reads on a page: one place to add a column,
 * whose cell says something about one area.
 */
interface SummaryColumn {
  header: string;
  cell: (report: AreaReport, area: Area) => string;
}

function summaryColumns(program: Program): SummaryColumn[] {
  return [
    {header: SUMMARY_COLUMNS.area, cell: (_, area) => area.shortTitle},
    {
      header: SUMMARY_COLUMNS.status,
      cell: report => STATUS_LABELS[report.status],
    },
    {
      header: SUMMARY_COLUMNS.evidence,
      cell: (report, area) => evidenceCell(report, area, program),
    },
  ];
}

function areaTable(report: ReadinessReport, program: Program): Block {
  const columns = summaryColumns(program);
  const rows = [
    columns.map(column => column.header),
    ...program.areas.flatMap((area, position) => {
      const areaReport = report.areas[position];
      return areaReport
        ? [columns.map(column => column.cell(areaReport, area))]
        : [];
    }),
  ];
  return {
    type: 'table',
    heading: 'NORMAL',
    text: rows.map(row => row.join('\t')).join('\n'),
    runs: [],
    rows,
  };
}

/** '3 entries, the last on 2026-10-28. 1 gap longer than 2 weeks: 2026-10-08 to 2026-10-28 (20 days).' */
function logText(log: OneOnOneReport, program: Program): string {
  if (!log.sectionFound) return 'not in the document.';
  if (log.entryCount === 0) return 'no entries yet.';
  const count = plural(log.entryCount, 'entry', 'entries');
  if (log.lastDate === null) return `${count}, none dated.`;
  const gaps =
    log.gaps.length === 0
      ? ''
      : ` ${plural(log.gaps.length, 'gap', 'gaps')} longer than ${spanOfDays(program.limits.oneOnOneGapDays)}: ${log.gaps
          .map(gap => `${gap.from} to ${gap.to} (${gap.days} days)`)
          .join('; ')}.`;
  return `${count}, the last on ${log.lastDate}.${gaps}`;
}

/** 'Collecting evidence. Agreed complete: the candidate on 2026-12-01; the sponsoring manager not yet.' */
function stageText(report: ReadinessReport, program: Program): string {
  const {completion} = report;
  const agreed = (['candidate', 'manager'] as const)
    .map(role => {
      const date = completion.agreed[role];
      return `${roleInSentence(program, role)} ${date ? `on ${date}` : 'not yet'}`;
    })
    .join('; ');
  const decided = completion.stage === 'accepted';
  return `${stageSentence(completion)}.${decided ? '' : ` Agreed the evidence is complete: ${agreed}.`}`;
}

/** An action as the manager typed it, without the punctuation that ended it. */
function actionWords(action: TargetedAction): string {
  return action.text.replace(/[.;\s]+$/u, '');
}

/**
 * '(evidenced on 2026-12-18)', '(marked done on 2026-12-20)', '(still open)'; an action of an
 * earlier round that was never done is not open (a later decision replaced it): '(not recorded as
 * done)'.
 */
function actionState(action: TargetedAction, latest: boolean): string {
  const on = action.doneOn === null ? '' : ` on ${action.doneOn}`;
  switch (action.done) {
    case 'evidence':
      return `(evidenced${on})`;
    case 'marked':
      return `(marked done${on})`;
    default:
      return latest ? '(still open)' : '(not recorded as done)';
  }
}

/**
 * The reviews that asked for further targeted actions, oldest first, each action with how it was
 * closed: 'Outcome of the leadership review on 2026-12-15: further targeted actions — Run the next
 * retrospective (evidenced on 2026-12-18); Hold a feedback conversation (still open).' What the
 * leadership group asked for, and what came of it, in their own document. Every round is a
 * sentence of one paragraph, the first one's label bold, so later rounds cost no call to write
 * (issue 11: replacing today's summary stays within 30 calls beyond the read, however many).
 */
function reviewRoundLines(report: ReadinessReport, program: Program): Block[] {
  const {completion} = report;
  const rounds: ReviewRound[] = [
    ...completion.earlierRounds,
    ...(completion.decision
      ? [{...completion.decision, actions: completion.actions}]
      : []),
  ];
  const sentences = rounds
    .map((round, position) => ({round, latest: position === rounds.length - 1}))
    .filter(({round}) => round.outcome === 'further-actions')
    .map(({round, latest}) => {
      const on = round.date === null ? '' : ` on ${round.date}`;
      const actions = round.actions
        .map(action => `${actionWords(action)} ${actionState(action, latest)}`)
        .join('; ');
      return {
        label: `${SUMMARY_LABELS.round}${on}`,
        text: `${program.completion.furtherActions}${actions === '' ? '' : ` — ${actions}`}.`,
      };
    });
  if (sentences.length === 0) return [];
  // The first round's label bold; later rounds read on as plain sentences of the same paragraph.
  const [first, ...later] = sentences;
  return [
    labelledLine(
      first.label,
      [first.text, ...later.map(({label, text}) => `${label}: ${text}`)].join(
        ' ',
      ),
    ),
  ];
}

/** The roles still to agree the evidence is complete, in the program's order. */
function stillToAgree(report: ReadinessReport): Role[] {
  return ROLES.filter(role => report.completion.agreed[role] === null);
}

/**
 * The verdict for the leadership group, in the third person and in step with the stage line:
 * until both the candidate and the manager agree the evidence is complete the program is still
 * collecting evidence, so the verdict says "not ready yet" then, however complete the evidence.
 */
function summaryVerdict(report: ReadinessReport, program: Program): string {
  const {completion, verdict} = report;
  const named = (role: Role) => roleInSentence(program, role);
  const both = ROLES.map(named).join(' and ');
  switch (completion.stage) {
    case 'accepted':
      return completion.decision?.date
        ? `Accepted by the leadership group on ${completion.decision.date}`
        : 'Accepted by the leadership group';
    case 'actions-requested': {
      const open = openActions(completion).length;
      const on = completion.decision?.date
        ? ` on ${completion.decision.date}`
        : '';
      return `Further targeted actions requested by the leadership group${on}: ${open} of ${completion.actions.length} still open`;
    }
    case 'in-review': {
      const day = completion.reviewDate ?? '';
      // Past its date with no decision recorded, the review is not said to be still to come.
      return day < report.today
        ? `In review: the leadership review was scheduled for ${day}; no decision is recorded yet`
        : `In review: the leadership review is scheduled for ${day}`;
    }
    case 'ready-to-share':
      return `Ready for leadership review: ${both} agree the evidence is complete`;
    default: {
      // Not ready for what is left of the evidence: the readiness check's own reading of it.
      if (!verdict.ready) return verdict.headline;
      const waiting = stillToAgree(report);
      const who =
        waiting.length === 1
          ? `${named(waiting[0])} also agrees`
          : `${waiting.map(named).join(' and ')} agree`;
      return `Not ready yet: every area is evidenced and confirmed; ready for leadership review once ${who} the evidence is complete`;
    }
  }
}

/**
 * 'Leadership training evidenced on 2026-09-03; Performance review on 2026-11-05; not yet
 * evidenced: One-on-ones. By month: Sep 2026, 2 entries and 3 one-on-ones; Oct 2026, none.'
 * From the timeline (the entries' own dates); null when nothing is dated yet.
 */
export function historyText(report: ReadinessReport): string | null {
  const {timeline} = report;
  if (timeline.months.length === 0) return null;
  const dated = timeline.areas
    .filter(area => area.evidencedOn !== null)
    .sort((a, b) => (a.evidencedOn ?? '').localeCompare(b.evidencedOn ?? ''));
  const evidenced = dated.map(
    (area, position) =>
      `${area.shortTitle}${position === 0 ? ' evidenced' : ''} on ${area.evidencedOn}`,
  );
  const undated = timeline.areas.filter(
    (area, position) =>
      area.evidencedOn === null &&
      report.areas[position]?.status === 'evidenced',
  );
  const waiting = timeline.areas.filter(
    (area, position) =>
      area.evidencedOn === null &&
      report.areas[position]?.status !== 'evidenced',
  );
  const parts = [
    ...(evidenced.length > 0 ? [evidenced.join('; ')] : []),
    ...(undated.length > 0
      ? [
          `evidenced without a dated entry: ${undated.map(area => area.shortTitle).join(', ')}`,
        ]
      : []),
    ...(waiting.length > 0
      ? [
          `not yet evidenced: ${waiting.map(area => area.shortTitle).join(', ')}`,
        ]
      : []),
  ];
  const months = timeline.months.map((month, index) => {
    const entries = timeline.areas.reduce(
      (sum, area) => sum + (area.perMonth[index] ?? 0),
      0,
    );
    const meetings = timeline.oneOnOnes.perMonth[index] ?? 0;
    const counts = [
      ...(entries > 0 ? [plural(entries, 'entry', 'entries')] : []),
      ...(meetings > 0 ? [plural(meetings, 'one-on-one', 'one-on-ones')] : []),
    ];
    return `${monthName(month)}, ${counts.length > 0 ? counts.join(' and ') : 'none'}`;
  });
  return `${parts.join('; ')}. By month: ${months.join('; ')}.`;
}

/**
 * The readiness summary, for readers without the add-on (no add-on instructions in it):
 *   heading  'Readiness summary — 2026-11-24'
 *   line     'Verdict: …' (first, as the leadership group reads it; its own words, not the
 *            sidebar's, which speak to the candidate and the manager)
 *   line     'Stage: …', and who agreed the evidence is complete
 *   line     'Outcome of the leadership review on …: further targeted actions — …', a sentence per
 *            review that asked for actions, each action with the day it was evidenced or done
 *   table    Area | Status | Evidence, one row per area (short names, dates in the text)
 *   line     'One-on-one log: …', with any long gaps
 *   line     'History: …', when each area was first evidenced and each month's evidence
 */
export function readinessSummaryBlocks(
  report: ReadinessReport,
  program: Program,
  today: IsoDate,
  heading: HeadingLevel,
): Block[] {
  const title: TextRun = {text: summaryTitle(today)};
  if (heading === 'NORMAL') title.bold = true;
  const history = historyText(report);
  return [
    paragraph(heading, [title]),
    labelledLine(SUMMARY_LABELS.verdict, `${summaryVerdict(report, program)}.`),
    labelledLine(SUMMARY_LABELS.stage, stageText(report, program)),
    ...reviewRoundLines(report, program),
    areaTable(report, program),
    labelledLine(SUMMARY_LABELS.log, logText(report.oneOnOnes, program)),
    ...(history === null
      ? []
      : [labelledLine(SUMMARY_LABELS.history, history)]),
  ];
}

/**
 * What the add-on keeps (in the Doc's properties) of the summary it wrote last: its date, its
 * number of blocks and a fingerprint of their words. A summary still matching it is the add-on's
 * own, untouched; one that does not (changed by hand, or typed by a person) is never replaced.
 */
export interface SummaryMark {
  date: IsoDate;
  blocks: number;
  fingerprint: string;
}

/**
 * The blocks' letters and digits, hashed (FNV-1a, 32 bits). Only letters and digits count, so the
 * fingerprint is the same whichever separators a table's text is read back with; linear in the text.
 */
function fingerprintOf(blocks: readonly Block[]): string {
  return digestOf(
    blocks
      .map(
        block => `${block.type}:${block.text.replace(/[^\p{L}\p{N}]+/gu, '')}`,
      )
      .join('|'),
  );
}

export function summaryMark(
  blocks: readonly Block[],
  date: IsoDate,
): SummaryMark {
  return {date, blocks: blocks.length, fingerprint: fingerprintOf(blocks)};
}

/** A stored mark read back; anything else (missing, from another version, broken) is null. */
export function parseSummaryMark(stored: string | null): SummaryMark | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const {date, blocks, fingerprint} = value as Record<string, unknown>;
    return isIsoDate(date) &&
      Number.isInteger(blocks) &&
      typeof blocks === 'number' &&
      blocks > 0 &&
      typeof fingerprint === 'string'
      ? {date, blocks, fingerprint}
      : null;
  } catch {
    return null;
  }
}

/** Today's summary in the Doc: none, the add-on's own (where it stands), or one a person changed. */
export type TodaysSummary =
  | {found: 'none'}
  | {found: 'own'; index: number; count: number; heading: HeadingLevel}
  | {found: 'changed'};

/**
 * Looks for today's summary anywhere in the Doc, by its heading's words in any style: wherever
 * people moved it, and whatever the review section's level or how often it appears, there is one
 * summary a day. It is the add-on's own only when its blocks still match the stored mark.
 */
export function findTodaysSummary(
  blocks: readonly Block[],
  today: IsoDate,
  mark: SummaryMark | null,
): TodaysSummary {
  const title = normalizeText(summaryTitle(today));
  let found = false;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    // The date test first: cheap, and it rules out nearly every block.
    if (
      block.type === 'table' ||
      !block.text.includes(today) ||
      normalizeText(block.text) !== title
    )
      continue;
    found = true;
    if (
      mark !== null &&
      mark.date === today &&
      index + mark.blocks <= blocks.length &&
      fingerprintOf(blocks.slice(index, index + mark.blocks)) ===
        mark.fingerprint
    )
      return {found: 'own', index, count: mark.blocks, heading: block.heading};
  }
  return found ? {found: 'changed'} : {found: 'none'};
}
