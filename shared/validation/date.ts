/**
 * Calendar dates as the app stores them: `YYYY-MM-DD` strings, compared as text (the format
 * sorts chronologically). No time zones are involved, which is why this avoids `Date` parsing.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the year, month and day name a day that exists (e.g. not 1999-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Formats a date as `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type IsoDateCheck = 'ok' | 'format' | 'invalid';

/** Classifies a `YYYY-MM-DD` string: well formed and real, badly formed, or not a real day. */
export function checkIsoDate(value: string): IsoDateCheck {
  const match = ISO_DATE.exec(value);
  if (!match) return 'format';
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) ? 'ok' : 'invalid';
}

/**
 * Today on the user's own calendar. Local, not UTC: between midnight and 08:00 in China the UTC
 * date is still yesterday, and a birth or founding date entered today would look "future".
 */
export function localToday(now: Date = new Date()): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
