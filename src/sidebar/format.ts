/**
 * How the sidebar words dates and check times, so every component says them the same way. Date
 * arithmetic and counts come from core (dates.ts daysBetween, text.ts plural).
 */
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

/** "just now", "5 min ago", "at 14:05": how long ago the sidebar last read the Doc (local clock). */
export function checkedAgo(checkedAt: number, now: number): string {
  const minutes = Math.floor((now - checkedAt) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const time = new Date(checkedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `at ${pad(time.getHours())}:${pad(time.getMinutes())}`;
}
