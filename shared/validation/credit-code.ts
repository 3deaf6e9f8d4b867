import { msg, type Message } from '../i18n';
import { compactCode } from './normalize';

/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015: 18 characters over 31 symbols,
 * the last a MOD 31 check character.
 */

/** The code's symbols in value order (0–30); I, O, Z, S, V are left out to avoid misreading. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Registration authority 8 (工会) + type 1 (基层工会 and other union legal persons). */
export const UNION_PREFIX = '81';

// The letters left out of the alphabet, and the symbol each is usually a misreading of.
const CONFUSABLE: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' };

export interface CreditCodeCheck {
  /** The code after clean-up: half-width, upper-case, no spaces. */
  value: string;
  /** The code cannot be right; it must be corrected. */
  errors: Message[];
  /** The code may be right; the user should check it against the certificate and confirm. */
  warnings: Message[];
}

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || [...first17].some((ch) => !CREDIT_CODE_ALPHABET.includes(ch))) {
    throw new RangeError('creditCodeCheckChar expects 17 characters of the code alphabet');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Clean-up applied before checking: half-width, upper-case, no spaces. */
export function normalizeCreditCode(input: string): string {
  return compactCode(input).toUpperCase();
}

/**
 * Checks a unified social credit code. A failed check character is only a warning: some codes
 * issued in the early pilots are legal yet fail it. With `expectUnion`, a code that is not a
 * union legal person's (not `81…`) is a warning too — often the employer's code typed by mistake.
 */
export function checkCreditCode(
  input: string,
  options: { expectUnion?: boolean } = {},
): CreditCodeCheck {
  const value = normalizeCreditCode(input);
  if (value === '') return { value, errors: [msg('creditCode.empty')], warnings: [] };

  const errors: Message[] = [];
  const chars = [...value];
  const badIndex = chars.findIndex((ch) => !CREDIT_CODE_ALPHABET.includes(ch));
  if (badIndex >= 0) {
    const char = chars[badIndex] ?? '';
    const suggestion = CONFUSABLE[char];
    const position = badIndex + 1;
    errors.push(
      suggestion
        ? msg('creditCode.confusableChar', { position, char, suggestion })
        : msg('creditCode.badChar', { position, char }),
    );
  }
  if (chars.length !== 18) errors.push(msg('creditCode.length', { length: chars.length }));
  if (errors.length > 0) return { value, errors, warnings: [] };

  const warnings: Message[] = [];
  const expected = creditCodeCheckChar(value.slice(0, 17));
  if (value.charAt(17) !== expected) warnings.push(msg('creditCode.checkChar', { expected }));
  if (options.expectUnion && !value.startsWith(UNION_PREFIX)) {
    warnings.push(msg('creditCode.notUnion', { prefix: value.slice(0, 2) }));
  }
  return { value, errors, warnings };
}
