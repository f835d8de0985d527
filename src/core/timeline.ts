/**
 * The program over time, from the entry dates in the Doc (no hidden store): real evidence per area
 * per month, the day each area became evidenced, and the weekly one-on-one log's rhythm with its
 * gaps. It is computed from the same outline as the readiness check, so it is right for a Doc that
 * existed before the add-on and after people edit dates: an entry counts in the month its date
 * says, an entry without a date is counted apart, and a date after today (a typo) is not charted.
 */
import {monthName} from './dates';
import type {IsoDate} from './document-model';
import {sectionEntries, type Outline, type OutlineEntry} from './outline';
import type {Area, Program} from './program';
import {statusUnderRule} from './readiness';
import type {OneOnOneGap} from './report';
import {plural} from './text';

/** At most this many months are charted: a year, and the month it started. */
export const TIMELINE_MONTHS = 13;

export interface AreaTimeline {
  areaId: string;
  shortTitle: string;
  /** Entries with real writing dated in each month of Timeline.months. */
  perMonth: number[];
  /**
   * The day the area's rule was first met by dated evidence (for an area whose criteria must each
   * be covered, the day the last one was), or null: not yet, or only thanks to undated writing.
   */
  evidencedOn: IsoDate | null;
}

export interface Timeline {
  /**
   * 'YYYY-MM', oldest first: from the program's start date or the first dated evidence, whichever
   * is older (a year at most), to today's month.
   */
  months: string[];
  areas: AreaTimeline[];
  /** One-on-one log entries per month (its gaps are the readiness report's oneOnOnes.gaps). */
  oneOnOnes: {perMonth: number[]};
  /** Entries with real writing but no date: they count for readiness but cannot be charted. */
  undated: number;
  /** Dated entries before the first charted month. */
  earlier: number;
  /** Entries dated after today: typos, not charted. */
  future: number;
  /** The chart in words, for screen readers and for anyone who would rather read. */
  description: string;
}

function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Months counted from year 0: '2026-11' -> 2026 * 12 + 10. */
function monthNumber(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return year * 12 + number - 1;
}

function monthOfNumber(value: number): string {
  const year = Math.floor(value / 12);
  return `${year}-${String((value % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included; the last TIMELINE_MONTHS when longer. */
function monthsBetween(first: string, last: string): string[] {
  const to = monthNumber(last);
  const from = Math.max(monthNumber(first), to - TIMELINE_MONTHS + 1);
  const months: string[] = [];
  for (let value = from; value <= to; value += 1)
    months.push(monthOfNumber(value));
  return months;
}

/** The day dated evidence first met the area's rule, walking the entries in date order. */
function evidencedOn(area: Area, dated: OutlineEntry[]): IsoDate | null {
  const named = new Set<string>();
  const byDate = [...dated].sort((a, b) =>
    (a.date ?? '').localeCompare(b.date ?? ''),
  );
  for (let count = 1; count <= byDate.length; count += 1) {
    const entry = byDate[count - 1];
    for (const id of entry.criterionIds) named.add(id);
    if (statusUnderRule(area, count, named) === 'evidenced') return entry.date;
  }
  return null;
}

function countPerMonth(entries: OutlineEntry[], months: string[]): number[] {
  const position = new Map(months.map((month, index) => [month, index]));
  const counts = months.map(() => 0);
  for (const entry of entries) {
    const index =
      entry.date === null ? undefined : position.get(monthOf(entry.date));
    if (index !== undefined) counts[index] += 1;
  }
  return counts;
}

/**
 * '1 in Sep 2026, 1 in Nov 2026': each month's count, named by its month. An area's evidence names
 * only the months that have some; the log names every month, as a month without a one-on-one is
 * what its rhythm is about ('none in Oct 2026').
 */
function perMonthInWords(
  perMonth: readonly number[],
  months: readonly string[],
  everyMonth: boolean,
): string {
  return months
    .flatMap((month, index) => {
      const count = perMonth[index] ?? 0;
      if (count === 0 && !everyMonth) return [];
      return [`${count === 0 ? 'none' : count} in ${monthName(month)}`];
    })
    .join(', ');
}

function describe(
  timeline: Omit<Timeline, 'description'>,
  gaps: OneOnOneGap[],
): string {
  const {months} = timeline;
  if (months.length === 0)
    return 'No dated evidence yet, so there is nothing to chart.';
  const span =
    months.length === 1
      ? monthName(months[0])
      : `${monthName(months[0])} to ${monthName(months[months.length - 1])}`;
  const lines = [`Evidence by month, ${span}.`];
  for (const area of timeline.areas) {
    const total = area.perMonth.reduce((sum, count) => sum + count, 0);
    const when = area.evidencedOn
      ? `evidenced on ${area.evidencedOn}`
      : 'not evidenced by dated entries yet';
    const count =
      total === 0
        ? 'no dated entries'
        : `${plural(total, 'entry', 'entries')} (${perMonthInWords(area.perMonth, months, false)})`;
    lines.push(`${area.shortTitle}: ${count}, ${when}.`);
  }
  const log = timeline.oneOnOnes;
  lines.push(
    `One-on-one log: ${perMonthInWords(log.perMonth, months, true)}; ${
      gaps.length === 0
        ? 'no long gaps'
        : plural(gaps.length, 'long gap', 'long gaps')
    }.`,
  );
  if (timeline.earlier > 0)
    lines.push(
      `${plural(timeline.earlier, 'entry is', 'entries are')} older than the chart.`,
    );
  if (timeline.undated > 0)
    lines.push(
      `${plural(timeline.undated, 'entry has no date and is', 'entries have no date and are')} not charted.`,
    );
  if (timeline.future > 0)
    lines.push(
      `${plural(timeline.future, 'entry is', 'entries are')} dated in the future and not charted.`,
    );
  return lines.join(' ');
}

/**
 * `gaps`: the readiness report's one-on-one gaps, named in the description; `start`: the program's
 * start date (readiness.ts programStart), where the chart starts when it is older than the first
 * dated entry, so the months before the first entry show as empty.
 */
export function computeTimeline(
  outline: Outline,
  program: Program,
  today: IsoDate,
  gaps: OneOnOneGap[],
  start: IsoDate | null = null,
): Timeline {
  const written = (sectionId: string) =>
    sectionEntries(outline, sectionId).filter(entry => entry.hasWriting);
  const areaEntries = program.areas.map(area => written(area.id));
  const logEntries = written(program.oneOnOneLog.id);
  const all = [...areaEntries.flat(), ...logEntries];
  const charted = all.filter(
    (entry): entry is OutlineEntry & {date: IsoDate} =>
      entry.date !== null && entry.date <= today,
  );
  const first = charted.reduce<string | null>(
    (oldest, entry) =>
      oldest === null || monthOf(entry.date) < oldest
        ? monthOf(entry.date)
        : oldest,
    start === null || start > today ? null : monthOf(start),
  );
  const months = first === null ? [] : monthsBetween(first, monthOf(today));
  const inPast = (entries: OutlineEntry[]) =>
    entries.filter(entry => entry.date !== null && entry.date <= today);
  const timeline = {
    months,
    areas: program.areas.map((area, position) => ({
      areaId: area.id,
      shortTitle: area.shortTitle,
      perMonth: countPerMonth(areaEntries[position], months),
      evidencedOn: evidencedOn(area, inPast(areaEntries[position])),
    })),
    oneOnOnes: {perMonth: countPerMonth(logEntries, months)},
    undated: all.filter(entry => entry.date === null).length,
    earlier: charted.filter(
      entry => months.length > 0 && monthOf(entry.date) < months[0],
    ).length,
    future: all.filter(entry => entry.date !== null && entry.date > today)
      .length,
  };
  return {...timeline, description: describe(timeline, gaps)};
}
