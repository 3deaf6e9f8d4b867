import { msg, type Message } from '../i18n';
import { compactCode } from './normalize';

/** Mainland China phone numbers: mobiles for members, mobile or landline for a contact. */

export type PhoneResult =
  | {
      ok: true;
      /** Normal form: `13800138000` for a mobile, `0755-1234567` or `0755-1234567-801` for a landline. */
      value: string;
      kind: 'mobile' | 'landline';
    }
  | { ok: false; value: string; error: Message };

// Accepted separators: spaces (removed by compactCode), dashes and brackets around an area code.
const DASHES = /[-‐‑‒–—―－]/g;
const EXTENSION_MARK = /(转|ext\.?|#)/gi;

function fail(value: string, error: Message): PhoneResult {
  return { ok: false, value, error };
}

function firstBadChar(value: string, allowed: RegExp): string | undefined {
  return [...value].find((ch) => !allowed.test(ch));
}

/** Strips a country prefix: +86, 0086, or a bare 86 when 11 digits follow. */
function stripCountryCode(digits: string): string {
  if (digits.startsWith('+86')) return digits.slice(3);
  if (digits.startsWith('0086')) return digits.slice(4);
  if (/^861\d{10}$/.test(digits)) return digits.slice(2);
  return digits;
}

function checkMobileDigits(digits: string): PhoneResult {
  if (digits.length !== 11)
    return fail(digits, msg('phone.mobileLength', { length: digits.length }));
  if (!/^1[3-9]/.test(digits)) return fail(digits, msg('phone.mobilePrefix'));
  return { ok: true, value: digits, kind: 'mobile' };
}

/** A mainland mobile number: 11 digits starting 13–19, with optional +86 and separators. */
export function checkMobile(input: string): PhoneResult {
  const compact = compactCode(input).replace(DASHES, '').replace(/[()]/g, '');
  if (compact === '') return fail(compact, msg('phone.empty'));
  const bad = firstBadChar(compact.replace(/^\+/, ''), /\d/);
  if (bad !== undefined) return fail(compact, msg('phone.badChar', { char: bad }));
  return checkMobileDigits(stripCountryCode(compact));
}

// Only Beijing (010) and the 02x cities have 3-character area codes; all others have 4.
function isAreaCode(area: string): boolean {
  return /^0(10|2\d)$/.test(area) || /^0[3-9]\d{2}$/.test(area);
}

function checkLandline(compact: string): PhoneResult {
  const parts = compact
    .replace(/^\((0\d{2,3})\)/, '$1-')
    .split('-')
    .filter((part) => part !== '');
  const head = parts[0] ?? '';
  let area = head;
  let rest = parts.slice(1);
  if (head.length > 4) {
    // Area code and number typed together: the area code's own prefix tells its length.
    area = head.slice(0, /^0[12]/.test(head) ? 3 : 4);
    rest = [head.slice(area.length), ...rest];
  }
  if (!isAreaCode(area)) return fail(compact, msg('phone.landlineArea', { area }));

  // Numbers are often grouped, e.g. 0571-8765-4321: join groups until the number is complete.
  let number = rest[0] ?? '';
  let next = 1;
  while (number.length < 7 && next < rest.length) number += rest[next++] ?? '';
  const extension = rest[next];
  if (rest.length > next + 1) return fail(compact, msg('phone.contactInvalid'));
  if (!/^[1-9]\d{6,7}$/.test(number)) {
    return fail(compact, msg('phone.landlineNumber', { number }));
  }
  if (extension !== undefined && !/^\d{1,6}$/.test(extension)) {
    return fail(compact, msg('phone.extension', { extension }));
  }
  const value = extension ? `${area}-${number}-${extension}` : `${area}-${number}`;
  return { ok: true, value, kind: 'landline' };
}

/**
 * A contact phone: a mobile, or a landline with its area code and an optional extension
 * (010-12345678, (0755)1234567, 0755-1234567转801).
 */
export function checkContactPhone(input: string): PhoneResult {
  const compact = compactCode(input)
    .replace(DASHES, '-')
    .replace(EXTENSION_MARK, '-')
    .replace(/^-+|-+$/g, '');
  if (compact === '') return fail(compact, msg('phone.empty'));
  const bad = firstBadChar(compact.replace(/^\+/, ''), /[\d()-]/);
  if (bad !== undefined) return fail(compact, msg('phone.badChar', { char: bad }));

  const digitsOnly = stripCountryCode(compact.replace(/[()-]/g, ''));
  if (digitsOnly.startsWith('1')) return checkMobileDigits(digitsOnly);
  if (compact.startsWith('0') || compact.startsWith('(0')) return checkLandline(compact);
  if (/^[2-9]\d{6,7}$/.test(digitsOnly)) return fail(compact, msg('phone.landlineNeedsArea'));
  return fail(compact, msg('phone.contactInvalid'));
}
