import { msg, type Message } from '../i18n';
import { isRealDate, localToday } from './date';
import { compactCode } from './normalize';

/**
 * Resident ID numbers (居民身份证号码), GB 11643-1999: 6-digit area code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character.
 */

export type Sex = 'male' | 'female';

export type ResidentIdResult =
  | {
      ok: true;
      /** The 18-character number as stored: half-width, upper-case X. */
      value: string;
      areaCode: string;
      /** `YYYY-MM-DD`. */
      birthDate: string;
      sex: Sex;
      /** The input was an old 15-digit number, converted to 18 characters. */
      converted15: boolean;
    }
  | {
      ok: false;
      /** The input after clean-up, so the UI can show what was checked. */
      value: string;
      error: Message;
    };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
// Nobody on a roster today was born earlier; it also catches years such as 0000 or 0199.
const EARLIEST_BIRTH_YEAR = 1800;

/** The check character (0–9 or X) for the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('residentIdCheckChar expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Clean-up applied before checking: half-width, no spaces, lower-case x as X. */
export function normalizeResidentId(input: string): string {
  return compactCode(input).replace(/x/g, 'X');
}

/**
 * Excel keeps 15 significant digits of a number, so an 18-digit ID typed into a cell formatted
 * as a number comes back as "4.40524188001E+17" or with its last digits turned into zeros.
 */
function isExcelScientific(value: string): boolean {
  return /^\d+(\.\d+)?E\+?\d+$/i.test(value) || /^\d{15,18}\.0+$/.test(value);
}

// Only 18-digit values can be damaged this way: every area code starts with 1–8, so an ID read
// as a number is at least 1e17. A real ID ending in "00" passes the checksum and never gets here.
function hasFloatZeros(value: string): boolean {
  return /^\d{16}00$/.test(value);
}

function fail(value: string, error: Message): ResidentIdResult {
  return { ok: false, value, error };
}

/**
 * Checks and normalises a resident ID number. `today` (`YYYY-MM-DD`, default: the local date)
 * bounds the birth date.
 */
export function parseResidentId(input: string, options: { today?: string } = {}): ResidentIdResult {
  const today = options.today ?? localToday();
  const raw = normalizeResidentId(input);
  if (raw === '') return fail(raw, msg('residentId.empty'));
  if (isExcelScientific(raw)) return fail(raw, msg('residentId.excelNumber'));

  const chars = [...raw];
  const badIndex = chars.findIndex((ch) => !/[0-9X]/.test(ch));
  if (badIndex >= 0) {
    const char = chars[badIndex] ?? '';
    return fail(raw, msg('residentId.badChar', { position: badIndex + 1, char }));
  }
  if (raw.length !== 18 && raw.length !== 15) {
    return fail(raw, msg('residentId.length', { length: raw.length }));
  }
  const xIndex = raw.indexOf('X');
  if (xIndex >= 0 && xIndex !== 17) {
    return fail(raw, msg('residentId.misplacedX', { position: xIndex + 1 }));
  }

  // Old 15-digit numbers have a 2-digit year; they were only issued to people born in the 1900s.
  const converted15 = raw.length === 15;
  const first17 = converted15 ? `${raw.slice(0, 6)}19${raw.slice(6)}` : raw.slice(0, 17);
  const value = converted15 ? first17 + residentIdCheckChar(first17) : raw;

  const year = value.slice(6, 10);
  const month = value.slice(10, 12);
  const day = value.slice(12, 14);
  const birthDate = `${year}-${month}-${day}`;
  if (Number(year) < EARLIEST_BIRTH_YEAR || !isRealDate(Number(year), Number(month), Number(day))) {
    return fail(raw, msg('residentId.badBirthDate', { date: birthDate }));
  }
  if (birthDate > today) {
    return fail(raw, msg('residentId.futureBirthDate', { date: birthDate }));
  }

  if (!converted15) {
    const expected = residentIdCheckChar(first17);
    if (value[17] !== expected) {
      if (hasFloatZeros(value)) return fail(raw, msg('residentId.excelNumber'));
      return fail(raw, msg('residentId.checkChar', { expected }));
    }
  }

  return {
    ok: true,
    value,
    areaCode: value.slice(0, 6),
    birthDate,
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    converted15,
  };
}

/** Whether an 18-character number's last character matches its first 17 (format not checked). */
export function isResidentIdChecksumValid(id18: string): boolean {
  const first17 = id18.slice(0, 17);
  return /^\d{17}[0-9X]$/.test(id18) && id18[17] === residentIdCheckChar(first17);
}

/**
 * Compares a valid ID with the birth date and sex entered on the roster, so a typo in either is
 * caught. Fields not entered, or an ID that did not parse, give no messages.
 */
export function checkIdAgainst(
  entered: { birthDate?: string | null; sex?: Sex | null },
  parsed: ResidentIdResult,
): Message[] {
  if (!parsed.ok) return [];
  const problems: Message[] = [];
  if (entered.birthDate && entered.birthDate !== parsed.birthDate) {
    problems.push(
      msg('residentId.birthDateMismatch', { fromId: parsed.birthDate, entered: entered.birthDate }),
    );
  }
  if (entered.sex && entered.sex !== parsed.sex) {
    problems.push(
      msg(parsed.sex === 'male' ? 'residentId.sexMismatchMale' : 'residentId.sexMismatchFemale'),
    );
  }
  return problems;
}
