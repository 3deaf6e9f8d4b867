import { compactCode } from '../validation/normalize';

/**
 * Clean-up of free text on a roster. Sheets pad two-character names to line up with three-character
 * ones ("张  三"), and write the middle dot of minority names (阿卜杜拉·买买提) with whatever
 * the input method offered.
 */

const SPACES = /\s+/g;
// What the clean-ups below would change; most cells have none of it and skip them.
const NEEDS_CLEANING = /\s|[.．•・∙⋅‧·]/;
const NEEDS_COMPACTING = /[\s\u3000\uff01-\uff5e]/;
const SPACE_NEXT_TO_HAN = /(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu;
const DOT_BETWEEN_HAN = /(?<=\p{Script=Han})\s*[.．•・∙⋅‧·]\s*(?=\p{Script=Han})/gu;

/** Whitespace runs (line breaks included) become one space; ends trimmed. */
export function cleanText(input: string): string {
  if (!/\s/.test(input)) return input;
  return input.replace(SPACES, ' ').trim();
}

/** A person's name: no spaces next to Chinese characters, one kind of middle dot (U+00B7). */
export function cleanName(input: string): string {
  if (!NEEDS_CLEANING.test(input)) return input;
  return cleanText(input).replace(DOT_BETWEEN_HAN, '·').replace(SPACE_NEXT_TO_HAN, '');
}

/** `compactCode`, skipped for the common text that has nothing to compact (a hot path on import). */
export function compact(input: string): string {
  return NEEDS_COMPACTING.test(input) ? compactCode(input) : input;
}
