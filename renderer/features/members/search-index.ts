/**
 * Substring search over many short keys at once, for search as you type over 50,000 members:
 * `searchKeys(index, needles)` marks the keys that contain any of the needles, exactly as
 * `key.includes(needle)` would, in a millisecond or two.
 *
 * The keys are joined into one text, so that a needle costs one `indexOf` scan instead of one
 * call per key. Such a scan stops at every occurrence of the needle's first character, and a
 * needle such as "123456" + the ID number's end marker begins with a digit, which the keys are
 * full of; so the fields between the keys' field markers (control characters that occur once
 * in a key, as shared/members/search.ts puts around the 会员证号 and the ID number) are also
 * kept on their own: for each marker c, `after[c]` holds the field that follows c in each key
 * and `before[c]` the field that precedes it (from the previous marker). A needle made of c and
 * then text without markers matches exactly where a field after c begins with that text, so it
 * is looked for among 会员证号 only, or ID numbers only. Likewise `wide` holds each key's runs
 * of characters outside ASCII (the name, in Chinese), where a needle made only of such
 * characters can only be: a small part of the text, and the only part that makes the full text
 * a two-byte string. Pieces are joined by SEPARATOR, which no needle contains (see
 * `searchKeys`).
 */

/** Between keys and between pieces. Prepared queries never contain whitespace. */
export const SEPARATOR = '\n';
const SEPARATOR_CODE = SEPARATOR.charCodeAt(0);

/** Joined pieces of text, each belonging to one key. */
interface PieceText {
  readonly text: string;
  /** Where each piece starts in `text`. */
  readonly starts: Int32Array;
  /** The key each piece belongs to; absent when piece i is key i. */
  readonly keyOf?: Int32Array;
}

export interface SearchIndex {
  readonly size: number;
  readonly keys: readonly string[];
  readonly full: PieceText;
  readonly wide: PieceText;
  readonly after: ReadonlyMap<number, PieceText>;
  readonly before: ReadonlyMap<number, PieceText>;
}

function isMarker(code: number): boolean {
  return code < 0x20 && code !== SEPARATOR_CODE;
}

/** UTF-16 code units as a string; a one-byte string when they are all ASCII. */
function decode(units: Uint16Array, ascii: boolean): string {
  // The engine scans one-byte strings much faster, and ASCII bytes decode to themselves.
  if (ascii) return new TextDecoder('latin1').decode(new Uint8Array(units));
  const chunks: string[] = [];
  for (let at = 0; at < units.length; at += 8192) {
    chunks.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  }
  return chunks.join('');
}

/**
 * Pieces of text joined by SEPARATOR (before each piece when `lead`, else after each), copied
 * code unit by code unit into one buffer: slices of keys that hold Chinese would be two-byte
 * strings, and hundreds of thousands of them left for the collector.
 */
class PieceBuilder {
  private units = new Uint16Array(1 << 16);
  private length = 0;
  private ascii = true;
  private readonly starts: number[] = [];
  private readonly keys: number[] = [];

  constructor(private readonly lead: boolean) {}

  /** Adds `source[from, to)` as a piece of key `key`. */
  add(source: string, from: number, to: number, key: number): void {
    const needed = this.length + (to - from) + 1;
    if (needed > this.units.length) {
      const grown = new Uint16Array(Math.max(needed, this.units.length * 2));
      grown.set(this.units.subarray(0, this.length));
      this.units = grown;
    }
    const units = this.units;
    let at = this.length;
    this.starts.push(at);
    this.keys.push(key);
    if (this.lead) units[at++] = SEPARATOR_CODE;
    let all = 0;
    for (let i = from; i < to; i += 1) {
      const code = source.charCodeAt(i);
      all |= code;
      units[at++] = code;
    }
    if (!this.lead) units[at++] = SEPARATOR_CODE;
    if (all >= 0x80) this.ascii = false;
    this.length = at;
  }

  build(): PieceText {
    return {
      text: decode(this.units.subarray(0, this.length), this.ascii),
      starts: Int32Array.from(this.starts),
      keyOf: Int32Array.from(this.keys),
    };
  }
}

/**
 * The key format's field markers: the marker characters of the first key that occur at most
 * once in every key.
 */
function fieldMarkers(keys: readonly string[]): string[] {
  const first = keys[0] ?? '';
  const candidates = new Set<string>();
  for (let i = 0; i < first.length; i += 1) {
    if (isMarker(first.charCodeAt(i))) candidates.add(first[i]!);
  }
  return [...candidates].filter((char) =>
    keys.every((key) => {
      const at = key.indexOf(char);
      return at < 0 || key.indexOf(char, at + 1) < 0;
    }),
  );
}

/**
 * The fields between field markers, per marker. A field that starts at the key's beginning
 * (before its first marker) is not kept, being most of the key: `before[c]` exists only for a
 * marker that always follows another. Needles that no piece list covers are looked for in the
 * full text.
 */
function fieldPieces(keys: readonly string[], markers: readonly string[]) {
  const before = markers.map(() => new PieceBuilder(false));
  const after = markers.map(() => new PieceBuilder(true));
  const beforeComplete = markers.map(() => true);
  const found: { at: number; marker: number }[] = [];
  keys.forEach((key, k) => {
    found.length = 0;
    markers.forEach((char, marker) => {
      const at = key.indexOf(char);
      if (at >= 0) found.push({ at, marker });
    });
    if (found.length > 1) found.sort((a, b) => a.at - b.at);
    found.forEach(({ at, marker }, i) => {
      const previous = found[i - 1];
      if (previous) before[marker]!.add(key, previous.at + 1, at, k);
      else beforeComplete[marker] = false;
      const next = found[i + 1];
      after[marker]!.add(key, at + 1, next ? next.at : key.length, k);
    });
  });
  const afterMap = new Map<number, PieceText>();
  const beforeMap = new Map<number, PieceText>();
  markers.forEach((char, i) => {
    afterMap.set(char.charCodeAt(0), after[i]!.build());
    if (beforeComplete[i]) beforeMap.set(char.charCodeAt(0), before[i]!.build());
  });
  return { after: afterMap, before: beforeMap };
}

/** Runs of characters outside ASCII (UTF-16 code units from U+0080 on). */
const WIDE_RUNS = /[\u0080-\uffff]+/g;

/** Each key's runs of non-ASCII characters, the runs of a key separated by SEPARATOR. */
function wideRuns(keys: readonly string[]): PieceText {
  const runs = keys.map((key) => key.match(WIDE_RUNS)?.join(SEPARATOR) ?? '');
  const starts = new Int32Array(keys.length);
  let offset = 0;
  runs.forEach((run, k) => {
    starts[k] = offset;
    offset += run.length + 1;
  });
  return { text: runs.join(SEPARATOR) + SEPARATOR, starts };
}

export function buildSearchIndex(keys: readonly string[]): SearchIndex {
  const starts = new Int32Array(keys.length);
  let offset = 0;
  keys.forEach((key, k) => {
    starts[k] = offset;
    offset += key.length + 1;
  });
  const { after, before } = fieldPieces(keys, fieldMarkers(keys));
  return {
    size: keys.length,
    keys,
    full: { text: keys.join(SEPARATOR) + SEPARATOR, starts },
    wide: wideRuns(keys),
    after,
    before,
  };
}

/** The piece whose text holds position `at`. */
function pieceAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

function hasMarker(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isMarker(text.charCodeAt(i))) return true;
  return false;
}

function hasAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) < 0x80) return true;
  return false;
}

/** Marks the keys that have a piece in `layer` containing `needle`. */
function markPieces(layer: PieceText, needle: string, hits: Uint8Array): void {
  const { text, starts, keyOf } = layer;
  let at = text.indexOf(needle);
  while (at !== -1) {
    const piece = pieceAt(starts, at);
    hits[keyOf ? keyOf[piece]! : piece] = 1;
    // The next find of interest is in a later piece.
    if (piece + 1 >= starts.length) return;
    at = text.indexOf(needle, starts[piece + 1]!);
  }
}

/** Marks (with 1) the keys that contain any of the needles. */
export function searchKeys(index: SearchIndex, needles: readonly string[]): Uint8Array {
  const hits = new Uint8Array(index.size);
  for (const needle of needles) {
    if (needle === '' || needle.includes(SEPARATOR)) {
      // Not from a prepared query; exact all the same.
      index.keys.forEach((key, i) => {
        if (key.includes(needle)) hits[i] = 1;
      });
      continue;
    }
    const after = needle.length > 1 ? index.after.get(needle.charCodeAt(0)) : undefined;
    const before =
      needle.length > 1 ? index.before.get(needle.charCodeAt(needle.length - 1)) : undefined;
    if (after && !hasMarker(needle.slice(1))) {
      markPieces(after, SEPARATOR + needle.slice(1), hits);
    } else if (before && !hasMarker(needle.slice(0, -1))) {
      markPieces(before, needle.slice(0, -1) + SEPARATOR, hits);
    } else if (!hasAscii(needle)) {
      markPieces(index.wide, needle, hits);
    } else {
      markPieces(index.full, needle, hits);
    }
  }
  return hits;
}
