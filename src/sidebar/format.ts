/** Small text helpers for dates and counts, so every component words things the same way. */
import type {IsoDate} from '../contract';

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function parts(date: IsoDate): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "12 Mar", or "12 Mar 2024" when the year is not today's. Unparseable dates are shown as given. */
export function formatDate(date: IsoDate, today: IsoDate): string {
  const p = parts(date);
  if (!p) return date;
  const [year, month, day] = p;
  const sameYear = parts(today)?.[0] === year;
  const short = `${day} ${MONTHS[month - 1] ?? ''}`.trim();
  return sameYear ? short : `${short} ${year}`;
}

/** Whole days from `from` to `to` (calendar dates, no time zones involved). */
export function daysBetween(from: IsoDate, to: IsoDate): number | null {
  const a = parts(from);
  const b = parts(to);
  if (!a || !b) return null;
  const dayMs = 24 * 60 * 60 * 1000;
  return Math.round(
    (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / dayMs,
  );
}

/** "1 entry", "3 entries". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
