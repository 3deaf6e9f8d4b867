import { describe, expect, it } from 'vitest';
import { checkIsoDate, daysInMonth, formatIsoDate, isRealDate, localToday } from './date';

describe('calendar dates', () => {
  it('knows leap years, including the century rules', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('rejects days that do not exist', () => {
    expect(isRealDate(1999, 2, 30)).toBe(false);
    expect(isRealDate(1999, 13, 1)).toBe(false);
    expect(isRealDate(1999, 0, 1)).toBe(false);
    expect(isRealDate(1999, 12, 0)).toBe(false);
    expect(isRealDate(1949, 12, 31)).toBe(true);
  });

  it('classifies date strings', () => {
    expect(checkIsoDate('2015-07-01')).toBe('ok');
    expect(checkIsoDate('2015-7-1')).toBe('format');
    expect(checkIsoDate('2015/07/01')).toBe('format');
    expect(checkIsoDate('2015-02-29')).toBe('invalid');
  });

  it('formats with padding', () => {
    expect(formatIsoDate(988, 3, 4)).toBe('0988-03-04');
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2024, 0, 5, 0, 30))).toBe('2024-01-05');
  });
});
