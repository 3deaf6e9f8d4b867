/**
 * Text clean-up shared by the validators. Clerks paste numbers from Word, WeChat and Excel, where
 * a Chinese input method often leaves full-width digits (１２３), letters (Ｘ) and spaces.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
// U+FF01..U+FF5E mirror ASCII 0x21..0x7E at this fixed distance.
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Turns full-width ASCII forms and the ideographic space into their half-width equivalents. */
export function toHalfWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

/** Half-width, with every kind of whitespace removed: the form codes and numbers are kept in. */
export function compactCode(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '');
}
