import { msg, t, type Message, type PlainMessageKey } from '../../i18n';
import { formatIsoDate, isRealDate } from '../../validation/date';
import { toHalfWidth } from '../../validation/normalize';
import { CHOICE_FIELDS, type ChoiceField } from '../model';
import { compact } from '../text';

/**
 * Reading one cell of a sheet that SheetJS gave as `sheet_to_json(ws, { header: 1, raw: true })`:
 * a string, a number (Excel stores dates as serial numbers), a boolean, a Date (when read with
 * `cellDates`), or null/undefined for a blank.
 */

export interface CellResult<T> {
  value: T;
  error?: Message;
  warning?: Message;
}

/** Text of a cell: numbers without exponent or trailing ".0", dates as `YYYY-MM-DD`. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell) ? cell.toFixed(0) : String(cell);
  }
  if (typeof cell === 'boolean') return cell ? t('members.boolean.yes') : t('members.boolean.no');
  if (cell instanceof Date) return dateFromJs(cell) ?? '';
  return String(cell);
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

// ---- dates ----------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const HALF_DAY_MS = DAY_MS / 2;
// Largest serial Excel accepts: 9999-12-31.
const MAX_SERIAL = 2_958_465;
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const FULL_DATE = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?${TIME}$`,
);
const MONTH_ONLY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const COMPACT_FULL = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MONTH = /^(19|20)(\d{2})(\d{2})$/;
const YEAR_ONLY = /^\d{4}\s*年?$/;

/**
 * An Excel serial day number as a date. Excel counts 1 = 1900-01-01 but treats 1900 as a leap
 * year (a Lotus 1-2-3 compatibility bug), so 60 is the non-existent 1900-02-29 and every serial
 * from 61 on is one day ahead of a plain count. Workbooks saved with the 1904 date system (old
 * Mac Excel) count 0 = 1904-01-01. Returns `null` for serial 60, `undefined` out of range.
 */
export function dateFromSerial(serial: number, date1904 = false): string | null | undefined {
  const day = Math.floor(serial);
  if (!Number.isFinite(day) || day > MAX_SERIAL) return undefined;
  let epoch: number;
  let offset: number;
  if (date1904) {
    if (day < 0) return undefined;
    epoch = Date.UTC(1904, 0, 1);
    offset = day;
  } else {
    if (day < 1) return undefined;
    if (day === 60) return null;
    epoch = Date.UTC(1899, 11, 31);
    offset = day < 60 ? day : day - 1;
  }
  const date = new Date(epoch + offset * DAY_MS);
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The calendar day of a Date cell. SheetJS builds it at local midnight, or at UTC midnight with
 * `UTC: true`; old dates drift by minutes (China's 1900 local mean time was UTC+8:05:43), and
 * for those the nearest local midnight is the right day.
 */
export function dateFromJs(date: Date): string | undefined {
  const time = date.getTime();
  if (Number.isNaN(time)) return undefined;
  if (date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0) {
    return formatIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  if (time % DAY_MS === 0) {
    return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const nearest = new Date(time + HALF_DAY_MS);
  return formatIsoDate(nearest.getFullYear(), nearest.getMonth() + 1, nearest.getDate());
}

type DateReading =
  | { kind: 'date'; year: number; month: number; day: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'year' }
  | { kind: 'iso'; value: string }
  | { kind: 'fake29' }
  | { kind: 'unreadable' };

function readNumber(value: number, date1904: boolean): DateReading {
  if (Number.isInteger(value)) {
    if (value >= 1900 && value <= 2100) return { kind: 'year' };
    const text = value.toFixed(0);
    const full = COMPACT_FULL.exec(text);
    if (full) return ymd(full[1], full[2], full[3]);
    const month = COMPACT_MONTH.exec(text);
    if (month)
      return { kind: 'month', year: Number(month[1]! + month[2]!), month: Number(month[3]) };
  }
  const iso = dateFromSerial(value, date1904);
  if (iso === null) return { kind: 'fake29' };
  return iso === undefined ? { kind: 'unreadable' } : { kind: 'iso', value: iso };
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): DateReading {
  return { kind: 'date', year: Number(y), month: Number(m), day: Number(d) };
}

function readText(text: string): DateReading {
  const full = FULL_DATE.exec(text) ?? COMPACT_FULL.exec(text);
  if (full) return ymd(full[1], full[2], full[3]);
  const month = MONTH_ONLY.exec(text) ?? COMPACT_MONTH.exec(text);
  if (month) {
    const year = month.length === 4 ? month[1]! + month[2]! : month[1]!;
    return { kind: 'month', year: Number(year), month: Number(month[month.length - 1]) };
  }
  if (YEAR_ONLY.test(text)) return { kind: 'year' };
  return { kind: 'unreadable' };
}

/**
 * A date cell in any form offices write: an Excel serial number, a Date, 2015-06-13, 2015/6/13,
 * 2015.6.13, 2015年6月13日, 20150613, with full-width digits or a time after it. A month without
 * a day (2015.06, 2015年6月, common for 入会时间) is read as the 1st with a warning; a bare year
 * is an error. Blank gives ''.
 */
export function parseDateCell(
  cell: unknown,
  label: PlainMessageKey,
  options: { date1904?: boolean } = {},
): CellResult<string> {
  if (isBlank(cell)) return { value: '' };
  const field = t(label);
  const shown = cellText(cell).trim();
  let reading: DateReading;
  if (cell instanceof Date) {
    const iso = dateFromJs(cell);
    reading = iso ? { kind: 'iso', value: iso } : { kind: 'unreadable' };
  } else if (typeof cell === 'number') {
    reading = readNumber(cell, options.date1904 ?? false);
  } else {
    reading = readText(toHalfWidth(shown).trim());
  }
  switch (reading.kind) {
    case 'iso':
      return { value: reading.value };
    case 'date': {
      const { year, month, day } = reading;
      const value = formatIsoDate(year, month, day);
      if (!isRealDate(year, month, day)) {
        return { value: '', error: msg('field.dateInvalid', { field, date: value }) };
      }
      return { value };
    }
    case 'month': {
      if (!isRealDate(reading.year, reading.month, 1)) break;
      const value = formatIsoDate(reading.year, reading.month, 1);
      return {
        value,
        warning: msg('members.cell.dateMonthOnly', { field, value: shown, date: value }),
      };
    }
    case 'year':
      return { value: '', error: msg('members.cell.dateYearOnly', { field, value: shown }) };
    case 'fake29':
      return { value: '', error: msg('field.dateInvalid', { field, date: '1900-02-29' }) };
    case 'unreadable':
      break;
  }
  return { value: '', error: msg('members.cell.dateUnreadable', { field, value: shown }) };
}

// ---- yes / no -------------------------------------------------------------------------------

const YES = new Set(['是', '√', '✓', '✔', 'y', 'yes', '1', 'true', '对', '有']);
const NO = new Set(['否', '×', '✗', '✘', 'x', 'n', 'no', '0', 'false', '不是', '无', '-', '/']);

/** A yes/no cell: 是/否, √/×, Y/N, 1/0, TRUE/FALSE. Blank is no. */
export function parseBooleanCell(cell: unknown, label: PlainMessageKey): CellResult<boolean> {
  if (isBlank(cell)) return { value: false };
  if (typeof cell === 'boolean') return { value: cell };
  const raw = cellText(cell);
  if (YES.has(raw)) return { value: true };
  if (NO.has(raw)) return { value: false };
  const text = compact(raw).toLowerCase();
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return {
    value: false,
    error: msg('members.cell.booleanUnknown', { field: t(label), value: cellText(cell).trim() }),
  };
}

// ---- choices --------------------------------------------------------------------------------

/** The comparable form of a choice: half-width, no spaces or brackets, lower case. */
export function normalizeChoice(text: string): string {
  return compact(text)
    .replace(/[()（）]/g, '')
    .toLowerCase();
}

type ChoiceValue<F extends ChoiceField> = (typeof CHOICE_FIELDS)[F][number]['value'];

/** Looks up the choices of one field by label (active catalogue), alias or code. */
export class ChoiceReader<F extends ChoiceField> {
  private readonly table = new Map<string, ChoiceValue<F>>();
  // A column holds few distinct values: read each once.
  private readonly seen = new Map<string, CellResult<ChoiceValue<F> | ''>>();
  private listText: string | undefined;

  constructor(
    private readonly field: F,
    private readonly label: PlainMessageKey,
  ) {
    for (const option of CHOICE_FIELDS[field]) {
      const value = option.value as ChoiceValue<F>;
      for (const text of [t(option.label), ...option.aliases, option.value]) {
        const key = normalizeChoice(text);
        if (!this.table.has(key)) this.table.set(key, value);
      }
    }
  }

  /** Blank gives ''; an unknown value gives '' with a warning that lists the choices. */
  read(cell: unknown): CellResult<ChoiceValue<F> | ''> {
    if (isBlank(cell)) return { value: '' };
    const text = cellText(cell);
    let result = this.seen.get(text);
    if (result === undefined) {
      result = this.lookUp(text);
      this.seen.set(text, result);
    }
    return result;
  }

  private lookUp(text: string): CellResult<ChoiceValue<F> | ''> {
    const found = this.table.get(normalizeChoice(text));
    if (found !== undefined) return { value: found };
    this.listText ??= CHOICE_FIELDS[this.field].map((o) => t(o.label)).join('、');
    return {
      value: '',
      warning: msg('members.cell.choiceUnknown', {
        field: t(this.label),
        value: text.trim(),
        choices: this.listText,
      }),
    };
  }
}

// ---- document numbers -----------------------------------------------------------------------

// An old 15-digit ID fits a double exactly; anything longer read as a number has lost digits.
const LARGEST_EXACT_ID = 999_999_999_999_999;

/**
 * A document number cell. A number cell longer than 15 digits lost its last digits when Excel
 * stored it (15 significant digits), and its text can even pass the checksum by chance, so it is
 * refused here, before any check: the sheet must be fixed.
 */
export function parseDocNumberCell(cell: unknown): CellResult<string> {
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell) || cell > LARGEST_EXACT_ID) {
      return { value: cellText(cell), error: msg('members.cell.idAsNumber') };
    }
  }
  return { value: cellText(cell) };
}
