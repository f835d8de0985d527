/**
 * Outline + program + today -> the readiness report. Never throws on a document: what it cannot
 * find it reports ("Section missing — Set up will restore it").
 */
import {daysBetween, leadingDate} from './dates';
import type {Block, DocumentModel, IsoDate} from './document-model';
import {
  buildOutline,
  sectionEntries,
  type Outline,
  type OutlineEntry,
} from './outline';
import {allSections, roleInSentence, type Area, type Program} from './program';
import {
  areaConfirmations,
  confirmedEntriesNeeded,
  entryConfirmations,
  nothingToConfirm,
  openActions,
  readLoop,
  stageOf,
  type EntryConfirmation,
  type LoopState,
} from './review';
import {RECOMMENDATION_FIELD, recommendationWritten} from './review-fields';
import {plural} from './text';
import {computeTimeline} from './timeline';
import {evidenceHints} from './hints';
import {ROLES} from './report';
import type {
  AreaReport,
  AreaStatus,
  LeftItem,
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

/** A draft's title in a reply is at most this long: a heading may hold any amount of text. */
export const DRAFT_TITLE_CHARS = 120;
/** Drafts a section lists at most, beyond each criterion's newest (draftsOf). */
export const MAX_LISTED_DRAFTS = 5;

/** The title, cut to DRAFT_TITLE_CHARS with '…' when longer. */
function draftTitle(title: string): string {
  const trimmed = title.trim();
  return trimmed.length <= DRAFT_TITLE_CHARS
    ? trimmed
    : `${trimmed.slice(0, DRAFT_TITLE_CHARS - 1).trimEnd()}…`;
}

/**
 * A section's drafts as the report lists them, in the Doc's order: the newest
 * MAX_LISTED_DRAFTS, and each criterion's newest draft besides (what is left offers it), so a
 * reply stays the same size however many drafts a long-used Doc holds. draftCount counts them all.
 */
function draftsOf(
  sectionId: string,
  entries: OutlineEntry[],
): {drafts: DraftEntry[]; draftCount: number} {
  const positions = entries.flatMap((entry, entryIndex) =>
    entry.hasWriting ? [] : [entryIndex],
  );
  const listed = new Set(positions.slice(-MAX_LISTED_DRAFTS));
  const criteriaListed = new Set<string>();
  for (const entryIndex of [...positions].reverse()) {
    const fresh = entries[entryIndex].criterionIds.filter(
      id => !criteriaListed.has(id),
    );
    if (fresh.length > 0) listed.add(entryIndex);
    for (const id of fresh) criteriaListed.add(id);
  }
  const drafts = positions
    .filter(entryIndex => listed.has(entryIndex))
    .map(entryIndex => ({
      sectionId,
      entryIndex,
      title: draftTitle(entries[entryIndex].title),
      criterionIds: entries[entryIndex].criterionIds,
    }));
  return {drafts, draftCount: positions.length};
}

/** The entryIndex of each entry that counts for the section but stands outside its heading. */
function entriesOutside(entries: OutlineEntry[]): number[] {
  return entries.flatMap((entry, entryIndex) =>
    entry.underItsHeading ? [] : [entryIndex],
  );
}

/** '2 entries for Development process are not under its heading'. */
export function outsideNote(count: number, name: string): string {
  return `${plural(count, 'entry', 'entries')} for ${name} ${count === 1 ? 'is' : 'are'} not under its heading`;
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
  confirmed: ReadonlyMap<OutlineEntry, EntryConfirmation>,
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
  const {drafts, draftCount} = draftsOf(area.id, entries);
  const outside = entriesOutside(entries);
  const notes = [
    ...sectionNotes(occurrences.length),
    ...(outside.length > 0
      ? [outsideNote(outside.length, area.shortTitle)]
      : []),
    ...futureNote(dates.future),
  ];
  // Evidence typed without the add-on (or a table) has no date: it counts, but cannot go stale.
  if (evidenceCount > 0 && newestEvidence === null && dates.future.length === 0)
    notes.push('No evidence is dated, so its freshness cannot be checked');
  const confirmations = areaConfirmations(confirmed, outline, area.id);

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
    draftCount,
    confirmedCount: confirmations.confirmedCount,
    selfReportedCount: evidenceCount - confirmations.confirmedCount,
    confirmedNeeded: confirmedEntriesNeeded(area),
    changedSinceConfirmed: confirmations.changedSinceConfirmed,
    toConfirm: confirmations.toConfirm,
    entriesOutside: outside,
    notes,
  };
}

/** The participants field the weekly rhythm is measured from. */
export const START_DATE_FIELD = 'start-date';

/**
 * The program's start date, from the participants block: a date the field's line starts with
 * after its label ('Start date: 2026-09-01', '1 Sep 2026'); null while it is the placeholder,
 * unreadable, missing, or after today (a typo, or a program not started yet).
 */
export function programStart(
  blocks: readonly Block[],
  outline: Outline,
  today: IsoDate,
): IsoDate | null {
  const index = outline.participants.get(START_DATE_FIELD);
  const text = index === undefined ? '' : (blocks[index]?.text ?? '');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const found = leadingDate(text.slice(colon + 1).trim());
  return found !== null && found.date <= today ? found.date : null;
}

/**
 * The one-on-one log: its entries, and the gaps over the program's limit between their dates, up
 * to today, and from the program's start (`start`) to the first, as the weekly rhythm is asked
 * for from the start. A start after the first entry is not the log's start: it is not used.
 */
function oneOnOneReport(
  outline: Outline,
  program: Program,
  today: IsoDate,
  start: IsoDate | null,
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
  const fromStart =
    start !== null && dates.length > 0 && start <= dates[0] ? [start] : [];
  const measured = [...fromStart, ...dates];
  measured.forEach((date, position) => {
    if (position > 0) addGap(measured[position - 1], date);
  });
  const lastDate = dates.length > 0 ? dates[dates.length - 1] : null;
  if (lastDate !== null) addGap(lastDate, today);

  const {drafts, draftCount} = draftsOf(logId, entries);
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
    draftCount,
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
  program.areas.forEach((area, position) => {
    const changed = areas[position]?.changedSinceConfirmed ?? 0;
    if (changed > 0)
      flag(
        `${area.shortTitle}: ${plural(changed, 'entry', 'entries')} changed since confirmed`,
      );
  });
  const log = 'One-on-one log';
  if (!oneOnOnes.sectionFound) flag(missingAfter(log), 'log');
  else if (oneOnOnes.entryCount === 0) flag(`${log}: no entries yet`, 'log');
  for (const gap of oneOnOnes.gaps)
    flag(`${log}: ${gap.days}-day gap (${gap.from} to ${gap.to})`);
  const draftCount = areas.reduce(
    (count, area) => count + area.draftCount,
    oneOnOnes.draftCount,
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

/** What is left of the evidence: areas to evidence, then entries to confirm. */
function evidenceLeft(
  areas: AreaReport[],
  program: Program,
  outline: Outline,
): LeftItem[] {
  const left: LeftItem[] = [];
  const confirmer = roleInSentence(program, 'manager');
  program.areas.forEach((area, position) => {
    const report = areas[position];
    if (!report) return;
    const item = (text: string): LeftItem => ({
      text,
      about: 'evidence',
      areaId: area.id,
    });
    if (!report.sectionFound) left.push(item(missingAfter(area.shortTitle)));
    else if (report.status === 'missing')
      left.push(item(`${area.shortTitle}: no evidence yet`));
    else if (report.status === 'in-progress') {
      const uncovered = report.criteria
        .filter(criterion => !criterion.covered)
        .map(criterion => criterion.label);
      left.push(
        item(`${area.shortTitle}: still to cover ${uncovered.join(', ')}`),
      );
    }
  });
  program.areas.forEach((area, position) => {
    const report = areas[position];
    if (!report || report.status !== 'evidenced') return;
    const {confirmedCount, confirmedNeeded} = report;
    if (confirmedCount >= confirmedNeeded) return;
    left.push({
      text:
        (confirmedNeeded === 1
          ? `${area.shortTitle}: no entry confirmed by ${confirmer} yet`
          : `${area.shortTitle}: ${confirmedCount} of ${confirmedNeeded} entries confirmed by ${confirmer}`) +
        nothingToConfirm(program, outline, report),
      about: 'confirmation',
      areaId: area.id,
    });
  });
  return left;
}

/** The verdict's headline: the stage, in a sentence. */
function headlineOf(
  loop: LoopState,
  stage: ReturnType<typeof stageOf>,
  areas: AreaReport[],
  left: LeftItem[],
  program: Program,
): string {
  const waiting = areas.filter(area => area.status !== 'evidenced').length;
  switch (stage) {
    case 'accepted':
      return loop.decision?.date
        ? `Accepted by the leadership group on ${loop.decision.date}`
        : 'Accepted by the leadership group';
    case 'actions-requested':
      return `Further actions requested (${openActions(loop).length} open)`;
    case 'in-review':
      return `In review: the leadership review is on ${loop.reviewDate ?? ''}`;
    case 'ready-to-share':
      return `${READY_HEADLINE}: ready to share, both agree the evidence is complete`;
    default:
      if (waiting > 0)
        return `Not ready yet: ${waiting} of ${plural(areas.length, 'area needs', 'areas need')} more evidence`;
      if (left.length > 0)
        return `Not ready yet: ${plural(left.length, 'area needs', 'areas need')} an entry confirmed by ${roleInSentence(program, 'manager')}`;
      return `${READY_HEADLINE} once you both agree the evidence is complete`;
  }
}

/**
 * What is left once the evidence is: 'Manager's recommendation: still to write in the review
 * section — why the candidate is ready, in a few lines'; null when written (or not asked for).
 */
function recommendationLeft(
  program: Program,
  recommended: boolean,
): string | null {
  const field = program.review.fields.find(
    candidate => candidate.id === RECOMMENDATION_FIELD,
  );
  if (recommended || !field) return null;
  const prompt = field.text.trim();
  return `${field.label}: still to write in the review section${prompt ? ` — ${prompt.charAt(0).toLowerCase()}${prompt.slice(1)}` : ''}`;
}

/**
 * The verdict. Once nothing is left of the evidence (and no action is open), what the program's
 * ending needs comes next: both agree the evidence is complete (before it is ready to share), and
 * the manager's recommendation, which goes with the documented progress to the leadership group
 * (so it stays left, through the review, until written; the decision ends the program).
 */
function verdictOf(
  areas: AreaReport[],
  oneOnOnes: OneOnOneReport,
  missing: string[],
  program: Program,
  loop: LoopState,
  recommended: boolean,
  outline: Outline,
): Verdict {
  const open = openActions(loop);
  const evidence = evidenceLeft(areas, program, outline);
  const left: LeftItem[] = [
    ...evidence,
    ...open.map((action): LeftItem => ({
      text: `${program.completion.action}: ${action.text}`,
      about: 'action',
      action: action.text,
    })),
  ];
  const stage = stageOf(loop, left.length === 0);
  const recommendation = recommendationLeft(program, recommended);
  const headline = headlineOf(loop, stage, areas, left, program);
  if (left.length === 0 && stage !== 'accepted') {
    if (stage === 'collecting-evidence')
      for (const role of ROLES)
        if (loop.agreed[role] === null)
          left.push({
            text: `Agreement from ${roleInSentence(program, role)} that the evidence is complete`,
            about: 'agreement',
            role,
          });
    if (recommendation !== null)
      left.push({
        text: recommendation,
        about: 'recommendation',
        sectionId: program.review.id,
      });
  }
  return {
    ready: open.length === 0 && evidence.length === 0,
    stage,
    headline,
    left: left.map(item => item.text),
    leftItems: left,
    flagged: flagsOf(areas, oneOnOnes, missing, program).map(flag => flag.text),
  };
}

export function computeReadiness(
  model: DocumentModel,
  program: Program,
  today: IsoDate,
): ReadinessReport {
  const outline = buildOutline(model.blocks, program);
  const confirmed = entryConfirmations(model.blocks, outline, program);
  const areas = program.areas.map(area =>
    areaReport(area, outline, program, today, confirmed),
  );
  const start = programStart(model.blocks, outline, today);
  const oneOnOnes = oneOnOneReport(outline, program, today, start);
  const missing = missingSections(outline, program);
  const loop = readLoop(model.blocks, outline, program);
  const verdict = verdictOf(
    areas,
    oneOnOnes,
    missing,
    program,
    loop,
    recommendationWritten(model.blocks, outline, program),
    outline,
  );
  return {
    today,
    areas,
    oneOnOnes,
    missingSections: missing,
    completion: {...loop, stage: verdict.stage},
    verdict,
    timeline: computeTimeline(outline, program, today, oneOnOnes.gaps, start),
    hints: evidenceHints(outline, program, areas),
  };
}
