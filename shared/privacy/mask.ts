/**
 * Masked display of personal numbers (个人信息保护法; GB/T 35273 lists ID numbers as sensitive).
 * Screens and printouts show masked values unless the user reveals one on purpose. Masking keeps
 * the length, so a clerk can still tell an 18-character ID from a passport number.
 */

const STAR = '*';

function keepEnds(chars: readonly string[], head: number, tail: number): string {
  const hidden = chars.length - head - tail;
  if (hidden <= 0) return STAR.repeat(chars.length);
  return (
    chars.slice(0, head).join('') + STAR.repeat(hidden) + chars.slice(chars.length - tail).join('')
  );
}

function clean(value: string | null | undefined): string[] {
  return [...(value ?? '').trim()];
}

/**
 * An ID number for display. Resident IDs (15 or 18 characters) keep the first 6 and last 4, as
 * the domain rules require; shorter documents (passports, permits) keep less, and never more
 * than half of the characters.
 */
export function maskIdNumber(value: string | null | undefined): string {
  const chars = clean(value);
  const n = chars.length;
  if (n >= 15) return keepEnds(chars, 6, 4);
  if (n >= 9) return keepEnds(chars, 2, 2);
  if (n >= 6) return keepEnds(chars, 1, 2);
  if (n >= 4) return keepEnds(chars, 1, 1);
  if (n === 3) return keepEnds(chars, 1, 0);
  return STAR.repeat(n);
}

/**
 * A phone number for display: first 3 and last 4 digits. Separators are dropped and a +86 prefix
 * before a mobile is left out, so the 3 kept digits are the carrier prefix, not the country code.
 */
export function maskPhone(value: string | null | undefined): string {
  const compact = (value ?? '').replace(/[\s\-()]/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
  const chars = [...compact];
  const n = chars.length;
  if (n >= 8) return keepEnds(chars, 3, 4);
  if (n >= 4) return keepEnds(chars, 0, 2);
  return STAR.repeat(n);
}
