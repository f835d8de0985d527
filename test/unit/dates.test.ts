import {daysBetween, isIsoDate, leadingIsoDate} from '../../src/core/dates';

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
