import {
  dateWithin,
  daysBetween,
  isIsoDate,
  leadingDate,
  leadingIsoDate,
} from '../../src/core/dates';

describe('dates', () => {
  it('reads the ISO date a heading starts with, and only a real one', () => {
    expect(leadingIsoDate('2026-11-24 · Building trust')).toBe('2026-11-24');
    expect(leadingIsoDate('  2024-02-29 notes')).toBe('2024-02-29');
    expect(leadingIsoDate('2026-02-29 · not a leap year')).toBeNull();
    expect(leadingIsoDate('2026-13-01')).toBeNull();
    expect(leadingIsoDate('20261-01-01')).toBeNull();
    expect(leadingIsoDate('2026-01-012')).toBeNull();
    expect(leadingIsoDate('Notes from 2026-11-24')).toBeNull();
  });

  it('accepts only a whole YYYY-MM-DD date', () => {
    expect(isIsoDate('2026-11-24')).toBe(true);
    expect(isIsoDate('2026-11-24 ')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate(20261124)).toBe(false);
  });

  it('counts calendar days across months, leap years and years', () => {
    expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0);
    expect(daysBetween('2026-10-01', '2026-10-21')).toBe(20);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-01-01')).toBe(-365);
    expect(daysBetween('2000-01-01', '2100-01-01')).toBe(36525);
  });
});

describe('dates people type', () => {
  it.each([
    ['2026-01-12 · Building trust', '2026-01-12', 10],
    ['12 Jan 2026: roadmap', '2026-01-12', 11],
    ['12 January 2026', '2026-01-12', 15],
    ['3 Sept. 2026 notes', '2026-09-03', 12],
    ['12-Jan-2026 retro', '2026-01-12', 11],
    ['12th January, 2026 — retro', '2026-01-12', 18],
    ['Jan 12, 2026 · Trust', '2026-01-12', 12],
    ['January 12 2026', '2026-01-12', 15],
    ['Mon 12 Jan 2026', '2026-01-12', 15],
    ['Monday, January 12th, 2026: kickoff', '2026-01-12', 26],
    ['  tue. 2026-01-13 notes', '2026-01-13', 17],
    ['29 Feb 2024', '2024-02-29', 11],
  ])('reads "%s" as %s', (text, date, length) => {
    expect(leadingDate(text)).toEqual({date, length});
  });

  it.each([
    '12/01/2026',
    '01/12/2026',
    '12.01.2026',
    '12 Jan',
    'Jan 2026',
    '29 Feb 2026',
    '31 April 2026',
    '12 Jan 20261',
    '12 Janx 2026',
    'March of 2026',
    'Notes from 12 Jan 2026',
    'Marching 12 2026',
    '12 Jan 0999',
    '',
  ])('never guesses a date from "%s"', text => {
    expect(leadingDate(text)).toBeNull();
  });
});

describe('a date anywhere in a line', () => {
  it.each([
    ['Decision: accepted on 15 Dec 2026', '2026-12-15'],
    ['Decision (2026-12-15): accepted', '2026-12-15'],
    ['accepted, December 18, 2026, after the review', '2026-12-18'],
    ['Notes from 12 Jan 2026 and 2026-02-01', '2026-01-12'],
  ])('finds the first in "%s"', (text, date) => {
    expect(dateWithin(text)).toBe(date);
  });

  it.each([
    'Decision: accepted',
    'Decision date: YYYY-MM-DD',
    'on 12/01/2026',
    'ref 20261215x',
    'in 12 Jan',
  ])('finds none in "%s"', text => {
    expect(dateWithin(text)).toBeNull();
  });
});

describe('one definition of a valid date', () => {
  it('has a four-digit year from 1000, for request dates and entry dates alike', () => {
    for (const value of [
      '0000-01-01',
      '0099-12-31',
      '0100-01-01',
      '0999-06-15',
    ])
      expect([isIsoDate(value), leadingDate(value)]).toEqual([false, null]);
    expect(isIsoDate('1000-01-01')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });
});
