/**
 * Calendar dates as 'YYYY-MM-DD' strings. The user's date comes from the browser, so date math is
 * plain arithmetic on the calendar: no Date objects and no time zone can shift a day.
 *
 * A valid date has a four-digit year from 1000 to 9999: '0099-01-01' is a typo, never a date this
 * program tracks, and the server's request validation (isIsoDate) and the reading of entry dates
 * (leadingDate) agree on it.
 */
import type {IsoDate} from './document-model';

const ISO_DATE_AT_START = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** 'Mon', 'Tues.', 'Wednesday,' and a space, before a date (its value is not checked). */
const WEEKDAY =
  '(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\\s+';
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/** A date must end at a word break: '12 Jan 20261' and '12 Jan 2026x' are not dates. */
const END = '(?![\\p{L}\\p{N}])';

/** '2026-01-12', 'Mon 2026-01-12'. */
const ISO_FORM = new RegExp(
  `^\\s*(?:${WEEKDAY})?(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
  'iu',
);
/** '12 Jan 2026', '12-Jan-2026', '12th January, 2026'. */
const DAY_MONTH_YEAR = new RegExp(
  `^\\s*(?:${WEEKDAY})?${DAY}(?:\\s+|-)${MONTH},?(?:\\s+|-)${YEAR}${END}`,
  'iu',
);
/** 'Jan 12, 2026', 'January 12 2026', 'Mon, Jan 12th, 2026'. */
const MONTH_DAY_YEAR = new RegExp(
  `^\\s*(?:${WEEKDAY})?${MONTH}\\s+${DAY},?\\s+${YEAR}${END}`,
  'iu',
);

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validParts(year: number, month: number, day: number): boolean {
  return (
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function isoOf(year: number, month: number, day: number): IsoDate | null {
  if (!validParts(year, month, day)) return null;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}`;
}

/** The real calendar date a text starts with, written 'YYYY-MM-DD' ('2026-11-24 · Building trust'), or null. */
export function leadingIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE_AT_START.exec(text);
  if (!match) return null;
  return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A date found at the start of a text, and how many characters of the text it takes. */
export interface LeadingDate {
  date: IsoDate;
  length: number;
}

/**
 * The real calendar date a text starts with, in a form that cannot be misread: '2026-01-12',
 * '12 Jan 2026', '12 January 2026', '12-Jan-2026', 'Jan 12, 2026', 'January 12 2026', each optionally
 * after a weekday ('Mon 12 Jan 2026'; the weekday is not checked against the date). Numeric forms
 * such as 12/01/2026 are never read: they mean 12 January to some and December 1 to others.
 */
export function leadingDate(text: string): LeadingDate | null {
  const iso = ISO_FORM.exec(text);
  if (iso) {
    const date = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date === null ? null : {date, length: iso[0].length};
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  const monthFirst = dayFirst ? null : MONTH_DAY_YEAR.exec(text);
  const [whole, day, month, year] = dayFirst
    ? [dayFirst[0], dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[0], monthFirst[2], monthFirst[1], monthFirst[3]]
      : ['', '', '', ''];
  if (whole === '') return null;
  const date = isoOf(
    Number(year),
    MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1,
    Number(day),
  );
  return date === null ? null : {date, length: whole.length};
}

/**
 * The first date anywhere in a short text, in any form leadingDate reads ('Decision: accepted on
 * 15 Dec 2026'), or null. Tried at each word's start only; callers pass a line's opening, so this
 * stays linear in practice (each try reads a few characters at most).
 */
export function dateWithin(text: string): IsoDate | null {
  for (let start = 0; start < text.length; start += 1) {
    const wordStart =
      start === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(start - 1));
    if (!wordStart || !/[\p{L}\p{N}]/u.test(text.charAt(start))) continue;
    const found = leadingDate(text.slice(start));
    if (found) return found.date;
  }
  return null;
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

/** 'Nov 2026' for the month '2026-11' (or any date in it). */
export function monthName(month: string): string {
  const [year, number] = month.split('-');
  const name = MONTHS[Number(number) - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}
