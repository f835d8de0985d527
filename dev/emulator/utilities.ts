/**
 * Utilities: formatDate, sleep and getUuid.
 * References: https://developers.google.com/apps-script/reference/utilities/utilities
 * ("formatDate(date, timeZone, format): Formats date according to specification described in Java
 * SimpleDateFormat class") and the pattern letters of
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html.
 */
import {randomUUID} from 'node:crypto';
import {checkSignature, isDate, isNumber, isString} from './arguments';
import type {EmulationContext} from './context';
import {emulate, NotEmulatedError} from './service-calls';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MINUTE_MS = 60_000;

/** A time zone as Java resolves an ID: an IANA zone, or a fixed "GMT+hh:mm" offset. */
interface Zone {
  /** Minutes east of UTC at `time`. */
  offsetMinutes(time: number): number;
  name(time: number, style: 'short' | 'long'): string;
}

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function gmtOffsetName(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `GMT${sign}${pad(Math.trunc(Math.abs(minutes) / 60), 2)}:${pad(Math.abs(minutes) % 60, 2)}`;
}

function fixedZone(minutes: number): Zone {
  return {offsetMinutes: () => minutes, name: () => gmtOffsetName(minutes)};
}

function ianaZone(timeZone: string): Zone {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  return {
    offsetMinutes(time) {
      const parts = new Map<string, string>(
        fields.formatToParts(time).map(part => [part.type, part.value]),
      );
      const number = (type: string) => Number(parts.get(type));
      const year =
        parts.get('era') === 'BC' ? 1 - number('year') : number('year');
      const wall = Date.UTC(
        year,
        number('month') - 1,
        number('day'),
        number('hour'),
        number('minute'),
        number('second'),
      );
      const wholeSeconds = time - (((time % 1000) + 1000) % 1000);
      return Math.round((wall - wholeSeconds) / MINUTE_MS);
    },
    name(time, style) {
      const part = new Intl.DateTimeFormat('en-US', {
        timeZone,
        timeZoneName: style,
      })
        .formatToParts(time)
        .find(p => p.type === 'timeZoneName');
      return part?.value ?? timeZone;
    },
  };
}

/**
 * Java's TimeZone.getTimeZone: custom "GMT+h", "GMT+hh:mm", "GMT-hhmm" IDs are fixed offsets, and
 * an ID it does not know silently means GMT.
 */
export function resolveTimeZone(id: string): Zone {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    return fixedZone(custom[1] === '-' ? -minutes : minutes);
  }
  try {
    return ianaZone(id);
  } catch {
    return fixedZone(0);
  }
}

interface Fields {
  era: string;
  year: number;
  month: number;
  day: number;
  dayOfYear: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

function fieldsAt(time: number, zone: Zone): Fields {
  const offsetMinutes = zone.offsetMinutes(time);
  const wall = new Date(time + offsetMinutes * MINUTE_MS);
  const year = wall.getUTCFullYear();
  const startOfYear = Date.UTC(year, 0, 1);
  const startOfDay = Date.UTC(year, wall.getUTCMonth(), wall.getUTCDate());
  return {
    era: year > 0 ? 'AD' : 'BC',
    year: year > 0 ? year : 1 - year,
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    dayOfYear:
      Math.round((startOfDay - startOfYear) / (24 * 60 * MINUTE_MS)) + 1,
    weekday: wall.getUTCDay(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    offsetMinutes,
  };
}

function rfc822Offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60), 2)}${pad(Math.abs(minutes) % 60, 2)}`;
}

function isoOffset(minutes: number, count: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hours = pad(Math.trunc(Math.abs(minutes) / 60), 2);
  const rest = pad(Math.abs(minutes) % 60, 2);
  if (count === 1) return `${sign}${hours}`;
  return count === 2 ? `${sign}${hours}${rest}` : `${sign}${hours}:${rest}`;
}

function text(full: string, count: number): string {
  return count >= 4 ? full : full.slice(0, 3);
}

function field(
  letter: string,
  count: number,
  f: Fields,
  zone: Zone,
  time: number,
): string {
  switch (letter) {
    case 'G':
      return f.era;
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
    case 'L':
      return count >= 3
        ? text(MONTHS[f.month], count)
        : pad(f.month + 1, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(f.dayOfYear, count);
    case 'E':
      return text(DAYS[f.weekday], count);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      return zone.name(time, count >= 4 ? 'long' : 'short');
    case 'Z':
      return rfc822Offset(f.offsetMinutes);
    case 'X':
      return isoOffset(f.offsetMinutes, count);
    default:
      throw new NotEmulatedError(
        'Utilities.formatDate',
        `pattern letter '${letter}'`,
      );
  }
}

/** Letters SimpleDateFormat defines; any other letter is an illegal pattern character. */
const PATTERN_LETTERS = new Set('GyYMLwWDdFEuaHkKhmsSzZX');

export function formatDate(
  context: EmulationContext,
  time: number,
  timeZone: string,
  pattern: string,
): string {
  const zone = resolveTimeZone(timeZone);
  const fields = fieldsAt(time, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "'") {
      // Quoted text; '' is a literal quote, inside or outside quotes.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i += 1;
      while (i < pattern.length) {
        if (pattern[i] === "'" && pattern[i + 1] === "'") {
          out += "'";
          i += 2;
        } else if (pattern[i] === "'") {
          i += 1;
          break;
        } else {
          out += pattern[i];
          i += 1;
        }
      }
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      if (!PATTERN_LETTERS.has(char)) {
        throw context.exception(`Illegal pattern character '${char}'`);
      }
      let count = 1;
      while (pattern[i + count] === char) count += 1;
      out += field(char, count, fields, zone, time);
      i += count;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

export class Utilities {
  readonly #context: EmulationContext;
  readonly #sleeps: number[];

  /** `sleeps` records each sleep's milliseconds: the emulation never really sleeps. */
  constructor(context: EmulationContext, sleeps: number[]) {
    this.#context = context;
    this.#sleeps = sleeps;
    return emulate(this, 'Utilities', context.calls);
  }

  formatDate(date: Date, timeZone: string, format: string): string {
    checkSignature(
      this.#context,
      'Utilities.formatDate',
      [date, timeZone, format],
      [isDate, isString, isString],
    );
    // The Date may come from the loader's sandbox (another realm): read it through the prototype.
    return formatDate(
      this.#context,
      Date.prototype.getTime.call(date),
      timeZone,
      format,
    );
  }

  sleep(milliseconds: number): void {
    checkSignature(
      this.#context,
      'Utilities.sleep',
      [milliseconds],
      [isNumber],
    );
    this.#sleeps.push(milliseconds);
  }

  getUuid(): string {
    return randomUUID();
  }
}
