import { pinyin } from 'pinyin-pro';
import { toHalfWidth } from '../validation/normalize';
import type { MemberData } from './model';

/**
 * Search as you type over the roster: by name, by pinyin in full or by initials (张三 ←
 * "zhangsan", "zs", "zhangs", "san"), by 会员证号 (start or end), or by the last digits of the
 * document number. The expensive part, pinyin, runs once per member in `searchKeys`; a keystroke
 * then costs one `String.includes` per needle per member.
 *
 * A key is one string of marked segments:
 *   name · (PY pinyin-suffix)… · NO memberNo NO_END · docNumber ID_END
 * so that a needle can only match where it should: "PY"+query matches a pinyin segment from a
 * syllable boundary, query+"ID_END" matches the end of the document number.
 */

export type SearchKeys = string;

const PY = '\u0001';
const NO = '\u0002';
const NO_END = '\u0003';
const ID_END = '\u0004';

// Surnames read differently from the same character in a word (单 shàn, not dān). pinyin-pro's
// surname mode reads them as surnames; the common reading is indexed too, for users who type it.
const POLYPHONIC_SURNAMES: ReadonlySet<string> = new Set([
  ...'单曾解仇区查朴覃盖种乐缪翟尉秘繁员黑召',
]);

// A short digit string matches too many document numbers to be useful; 4 is a phone-like tail.
const MIN_ID_DIGITS = 4;

function syllables(text: string, surname: 'head' | 'off'): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', surname, v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
}

function addSuffixes(segments: Set<string>, parts: readonly string[]): void {
  for (let i = 0; i < parts.length; i += 1) segments.add(parts.slice(i).join(''));
}

/** The search key of one member; compute it when the member is loaded or changed. */
export function searchKeys(
  member: Pick<MemberData, 'name' | 'memberNo' | 'docNumber'>,
): SearchKeys {
  const name = member.name.trim();
  const readings = [syllables(name, 'head')];
  const first = name.charAt(0);
  if (POLYPHONIC_SURNAMES.has(first)) {
    const common = syllables(first, 'off')[0];
    const head = readings[0]!;
    if (common && common !== head[0]) readings.push([common, ...head.slice(1)]);
  }
  const segments = new Set<string>();
  for (const reading of readings) {
    addSuffixes(segments, reading);
    addSuffixes(
      segments,
      reading.map((s) => s.charAt(0)),
    );
  }
  const memberNo = (member.memberNo ?? '').toLowerCase();
  const doc = member.docNumber.toLowerCase();
  return `${name.toLowerCase()}${PY}${[...segments].join(PY)}${NO}${memberNo}${NO_END}${doc}${ID_END}`;
}

/** A typed query turned into the substrings a matching key contains (any one of them). */
export interface SearchQuery {
  needles: string[];
}

const HAN = /\p{Script=Han}/u;

/** Prepares a query once per keystroke; `null` when blank (everything matches). */
export function prepareQuery(input: string): SearchQuery | null {
  const q = toHalfWidth(input).replace(/\s+/g, '').toLowerCase();
  if (q === '') return null;
  if (HAN.test(q)) return { needles: [q] };
  const needles = [`${NO}${q}`, `${q}${NO_END}`];
  if (/^[a-z]+$/.test(q)) needles.push(`${PY}${q}`);
  if (/^\d+x?$/.test(q) && q.length >= MIN_ID_DIGITS) needles.push(`${q}${ID_END}`);
  return { needles };
}

export function matchesSearch(keys: SearchKeys, query: SearchQuery | null): boolean {
  if (query === null) return true;
  for (const needle of query.needles) if (keys.includes(needle)) return true;
  return false;
}

/** The items whose key matches, in their order. */
export function filterBySearch<T>(
  items: readonly T[],
  keysOf: (item: T) => SearchKeys,
  input: string,
): T[] {
  const query = prepareQuery(input);
  if (query === null) return [...items];
  return items.filter((item) => matchesSearch(keysOf(item), query));
}
