/**
 * Calendar dates as 'YYYY-MM-DD' strings. The user's date comes from the browser, so date math is
 * plain arithmetic on the calendar: no Date objects and no time zone can shift a day.
 */
import type {IsoDate} from './document-model';

const ISO_DATE_AT_START = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validParts(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The real calendar date a text starts with ('2026-11-24 · Building trust'), or null. */
export function leadingIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE_AT_START.exec(text);
  if (!match) return null;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  return validParts(year, month, day)
    ? `${match[1]}-${match[2]}-${match[3]}`
    : null;
}

/** True when the value is exactly one real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is IsoDate {
  return (
    typeof value === 'string' &&
    value.length === 10 &&
    leadingIsoDate(value) === value
  );
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), for differences between dates. */
function dayNumber(date: IsoDate): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
