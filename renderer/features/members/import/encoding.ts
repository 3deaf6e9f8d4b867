/**
 * The text encoding of a CSV file. Excel on a Chinese Windows saves "CSV" in the ANSI code page
 * (GBK), WPS and newer Excel save "CSV UTF-8" with a byte-order mark, other systems UTF-8 without
 * one, and Excel's "Unicode text" is UTF-16 with a mark. A file that is not valid UTF-8 is read
 * as GB18030, the superset of GBK and GB2312 that every browser decodes.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte-order mark. */
  bom: boolean;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The encoding by byte-order mark, or by whether the bytes are valid UTF-8. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'gb18030', bom: 0 };
}

/**
 * Pure ASCII is valid UTF-8 and GBK alike; GBK text with Chinese in it is almost never valid
 * UTF-8 (its lead bytes 0x81–0xFE are rarely followed by the continuation bytes UTF-8 needs).
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bom } = detectEncoding(bytes);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom));
  return { text, encoding, bom: bom > 0 };
}
