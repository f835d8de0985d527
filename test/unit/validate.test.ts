import {isIsoDate} from '../../src/core/dates';
import {requireIsoDate} from '../../src/server/validate';

describe('requireIsoDate', () => {
  it.each([
    '2026-11-24',
    '2024-02-29',
    '2026-02-29',
    '2026-04-31',
    '0000-01-01',
    '0099-12-31',
    '0100-01-01',
    '0999-06-15',
    '1000-01-01',
    '9999-12-31',
  ])('accepts "%s" exactly when core reads it as a date', value => {
    const accepted = (() => {
      try {
        return requireIsoDate(value, 'today') === value;
      } catch {
        return false;
      }
    })();
    expect(accepted).toBe(isIsoDate(value));
  });

  it('rejects years before 1000 as no real calendar date', () => {
    expect(() => requireIsoDate('0999-06-15', 'today')).toThrow(
      /"today" is not a real calendar date: 0999-06-15/,
    );
    expect(() => requireIsoDate('0099-12-31', 'today')).toThrow(
      /"today" is not a real calendar date/,
    );
  });
});
