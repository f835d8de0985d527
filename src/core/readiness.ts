/**
 * Outline + program + today -> the readiness report. Never throws on a document: what it cannot
 * find it reports ("Section missing — Set up will restore it").
 */
import {daysBetween} from './dates';
import type {DocumentModel, IsoDate} from './document-model';
import {
  buildOutline,
  sectionEntries,
  type Outline,
  type OutlineEntry,
} from './outline';
import {allSections, type Area, type Program} from './program';
import {plural} from './text';
import {computeTimeline} from './timeline';
import type {
  AreaReport,
  AreaStatus,
  CriterionCoverage,
  DraftEntry,
  OneOnOneGap,
  OneOnOneReport,
  ReadinessReport,
  Verdict,
} from './report';

/** The note on a section no heading matches; after a name in a list: 'Development process: section missing — …'. */
export const SECTION_MISSING = 'Section missing — Set up will restore it';
export const READY_HEADLINE = 'Ready for leadership review';

/** SECTION_MISSING after a name and a colon, where it reads on in lower case. */
function missingAfter(name: string): string {
  return `${name}: ${SECTION_MISSING.charAt(0).toLowerCase()}${SECTION_MISSING.slice(1)}`;
}

/** '6 weeks' for 42 days, else '10 days'. */
export function spanOfDays(days: number): string {
  return days % 7 === 0
    ? plural(days / 7, 'week', 'weeks')
    : plural(days, 'day', 'days');
}

/**
 * The dates of entries, split at today: a date after today is a typo (the entry was written on or
 * before the day it was checked), so it takes no part in "newest evidence" or in gaps, and is noted.
 */
function datesOf(
  entries: OutlineEntry[],
  today: IsoDate,
): {past: IsoDate[]; future: IsoDate[]} {
  const past = new Set<IsoDate>();
  const future = new Set<IsoDate>();
  for (const entry of entries) {
    if (entry.date === null) continue;
    (entry.date > today ? future : past).add(entry.date);
  }
  return {past: [...past].sort(), future: [...future].sort()};
}

/** 'An entry is dated in the future (2062-01-10)', or '2 entries are dated in the future (…, …)'. */
function futureNote(future: IsoDate[]): string[] {
  if (future.length === 0) return [];
  return [
    `${future.length === 1 ? 'An entry is' : `${future.length} entries are`} dated in the future (${future.join(', ')})`,
  ];
}

function draftsOf(sectionId: string, entries: OutlineEntry[]): DraftEntry[] {
  const drafts: DraftEntry[] = [];
  entries.forEach((entry, entryIndex) => {
    if (!entry.hasWriting)
      drafts.push({sectionId, entryIndex, title: entry.title.trim()});
  });
  return drafts;
}

/** What the report's fields do not say: the section's headings as found (missing, duplicated). */
function sectionNotes(sectionCount: number): string[] {
  if (sectionCount === 0) return [SECTION_MISSING];
  if (sectionCount > 1)
    return [`Heading appears ${sectionCount} times; all are read`];
  return [];
}

/** AreaReport.coverage: what the covered criteria mean under the area's rule. */
function coverageText(area: Area, criteria: CriterionCoverage[]): string {
  const covered = criteria.filter(criterion => criterion.covered).length;
  const total = criteria.length;
  return area.rule === 'examples'
    ? `Examples shown: ${covered} of ${total} — evidence overall counts`
    : `${covered} of ${plural(total, 'criterion', 'criteria')} covered`;
}

/**
 * An area's status from how much evidence it has and which criteria that evidence names: the one
 * place the area's rule is applied (the readiness check, and the timeline's "evidenced on" day).
 */
export function statusUnderRule(
  area: Area,
  evidenceCount: number,
  named: ReadonlySet<string>,
): AreaStatus {
  if (evidenceCount === 0) return 'missing';
  const allNamed = area.criteria.every(criterion => named.has(criterion.id));
  return area.rule === 'each' && !allNamed ? 'in-progress' : 'evidenced';
}

function areaReport(
  area: Area,
  outline: Outline,
  program: Program,
  today: IsoDate,
): AreaReport {
  const occurrences = outline.sections.get(area.id) ?? [];
  const entries = sectionEntries(outline, area.id);
  const written = entries.filter(entry => entry.hasWriting);
  const looseCount = occurrences.filter(
    occurrence => occurrence.looseWriting,
  ).length;
  const evidenceCount = written.length + looseCount;
  const recordedBy = {candidate: 0, manager: 0, unknown: looseCount};
  for (const entry of written) recordedBy[entry.recorder ?? 'unknown'] += 1;

  const named = new Set([
    ...written.flatMap(entry => entry.criterionIds),
    ...occurrences.flatMap(occurrence => occurrence.looseCriterionIds),
  ]);
  const criteria = area.criteria.map(({id, label}) => ({
    id,
    label,
    covered: area.rule === 'at-least-one' ? evidenceCount > 0 : named.has(id),
  }));
  const status = statusUnderRule(area, evidenceCount, named);

  const dates = datesOf(written, today);
  const newestEvidence =
    dates.past.length > 0 ? dates.past[dates.past.length - 1] : null;
  const stale =
    newestEvidence !== null &&
    daysBetween(newestEvidence, today) > program.limits.staleAfterDays;
  const drafts = draftsOf(area.id, entries);
  const notes = [
    ...sectionNotes(occurrences.length),
    ...futureNote(dates.future),
  ];
  // Evidence typed without the add-on (or a table) has no date: it counts, but cannot go stale.
  if (evidenceCount > 0 && newestEvidence === null && dates.future.length === 0)
    notes.push('No evidence is dated, so its freshness cannot be checked');

  return {
    areaId: area.id,
    title: area.title,
    status,
    sectionFound: occurrences.length > 0,
    sectionCount: occurrences.length,
    criteria,
    coverage: coverageText(area, criteria),
    evidenceCount,
    recordedBy,
    newestEvidence,
    stale,
    drafts,
    notes,
  };
}

function oneOnOneReport(
  outline: Outline,
  program: Program,
  today: IsoDate,
): OneOnOneReport {
  const logId = program.oneOnOneLog.id;
  const occurrences = outline.sections.get(logId) ?? [];
  const entries = sectionEntries(outline, logId);
  const written = entries.filter(entry => entry.hasWriting);
  // Writing typed under the log heading without the add-on counts, as in the areas.
  const looseCount = occurrences.filter(
    occurrence => occurrence.looseWriting,
  ).length;
  const {past: dates, future} = datesOf(written, today);
  const limit = program.limits.oneOnOneGapDays;
  const gaps: OneOnOneGap[] = [];
  const addGap = (from: IsoDate, to: IsoDate) => {
    const days = daysBetween(from, to);
    if (days > limit) gaps.push({from, to, days});
  };
  dates.forEach((date, position) => {
    if (position > 0) addGap(dates[position - 1], date);
  });
  const lastDate = dates.length > 0 ? dates[dates.length - 1] : null;
  if (lastDate !== null) addGap(lastDate, today);

  const drafts = draftsOf(logId, entries);
  const entryCount = written.length + looseCount;
  const notes = [...sectionNotes(occurrences.length), ...futureNote(future)];
  if (entryCount > 0 && dates.length === 0 && future.length === 0)
    notes.push('No entry is dated, so gaps cannot be checked');
  return {
    sectionFound: occurrences.length > 0,
    entryCount,
    lastDate,
    gaps,
    drafts,
    notes,
  };
}

function missingSections(outline: Outline, program: Program): string[] {
  const missing: string[] = [];
  if (program.participants.some(field => !outline.participants.has(field.id)))
    missing.push('Participants');
  for (const section of allSections(program)) {
    if ((outline.sections.get(section.id) ?? []).length === 0)
      missing.push(section.title);
  }
  return missing;
}

interface Flag {
  text: string;
  /**
   * 'upkeep': about keeping the document itself (drafts, participants lines), not the evidence;
   * 'log': the log's own state (missing, empty), which the summary states in its log line.
   */
  about: 'evidence' | 'log' | 'upkeep';
}

/** What is worth a look but does not block the verdict, in the order the sidebar lists it. */
function flagsOf(
  areas: AreaReport[],
  oneOnOnes: OneOnOneReport,
  missing: string[],
  program: Program,
): Flag[] {
  const flags: Flag[] = [];
  const flag = (text: string, about: Flag['about'] = 'evidence') =>
    flags.push({text, about});
  program.areas.forEach((area, position) => {
    if (areas[position]?.stale)
      flag(
        `${area.shortTitle}: no new evidence for ${spanOfDays(program.limits.staleAfterDays)}`,
      );
  });
  const log = 'One-on-one log';
  if (!oneOnOnes.sectionFound) flag(missingAfter(log), 'log');
  else if (oneOnOnes.entryCount === 0) flag(`${log}: no entries yet`, 'log');
  for (const gap of oneOnOnes.gaps)
    flag(`${log}: ${gap.days}-day gap (${gap.from} to ${gap.to})`);
  const draftCount = areas.reduce(
    (count, area) => count + area.drafts.length,
    oneOnOnes.drafts.length,
  );
  if (draftCount > 0)
    flag(
      `${plural(draftCount, 'entry is', 'entries are')} still a draft`,
      'upkeep',
    );
  if (missing.includes('Participants'))
    flag(
      'Participants: some lines are missing — Set up will restore them',
      'upkeep',
    );
  if (missing.includes(program.review.title))
    flag(missingAfter(program.review.title));
  return flags;
}

/**
 * The flags for the leadership group's summary: stale areas, one-on-one gaps and a missing review
 * section, without what only concerns keeping the document (drafts, participants lines) or the
 * log's own state (the summary has a line of its own for the log).
 */
export function leadershipFlags(
  report: ReadinessReport,
  program: Program,
): string[] {
  return flagsOf(
    report.areas,
    report.oneOnOnes,
    report.missingSections,
    program,
  )
    .filter(flag => flag.about === 'evidence')
    .map(flag => flag.text);
}

function verdictOf(
  areas: AreaReport[],
  oneOnOnes: OneOnOneReport,
  missing: string[],
  program: Program,
): Verdict {
  const left: string[] = [];
  program.areas.forEach((area, position) => {
    const report = areas[position];
    if (!report) return;
    if (!report.sectionFound) left.push(missingAfter(area.shortTitle));
    else if (report.status === 'missing')
      left.push(`${area.shortTitle}: no evidence yet`);
    else if (report.status === 'in-progress') {
      const uncovered = report.criteria
        .filter(criterion => !criterion.covered)
        .map(criterion => criterion.label);
      left.push(`${area.shortTitle}: still to cover ${uncovered.join(', ')}`);
    }
  });

  const waiting = areas.filter(area => area.status !== 'evidenced').length;
  return {
    ready: waiting === 0,
    headline:
      waiting === 0
        ? READY_HEADLINE
        : `Not ready yet: ${waiting} of ${plural(areas.length, 'area needs', 'areas need')} more evidence`,
    left,
    flagged: flagsOf(areas, oneOnOnes, missing, program).map(flag => flag.text),
  };
}

export function computeReadiness(
  model: DocumentModel,
  program: Program,
  today: IsoDate,
): ReadinessReport {
  const outline = buildOutline(model.blocks, program);
  const areas = program.areas.map(area =>
    areaReport(area, outline, program, today),
  );
  const oneOnOnes = oneOnOneReport(outline, program, today);
  const missing = missingSections(outline, program);
  return {
    today,
    areas,
    oneOnOnes,
    missingSections: missing,
    verdict: verdictOf(areas, oneOnOnes, missing, program),
    timeline: computeTimeline(outline, program, today, oneOnOnes.gaps),
  };
}
