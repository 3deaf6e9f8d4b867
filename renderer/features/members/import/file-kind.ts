/**
 * What a file is, by its first bytes rather than its name: clerks rename files, and systems save
 * HTML tables or CSV under ".xls". SheetJS reads anything it does not recognise as plain text, so
 * a PDF or a photo would "open" as a one-cell sheet; this is what refuses them instead.
 */

export type FileKind =
  /** OLE compound file: .xls (BIFF), .et, or an encrypted .xlsx (EncryptedPackage inside). */
  | 'ole'
  /** ZIP: .xlsx, .xlsm, .ods. */
  | 'zip'
  /** Text: CSV or tab-separated, or an HTML / SpreadsheetML table saved as ".xls". */
  | 'text'
  | 'empty'
  | 'binary';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];
const SAMPLE = 64 * 1024;
// Text files carry tabs and line breaks; a handful of stray control characters is tolerated.
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE)) return 'ole';
  if (
    startsWith(bytes, ZIP) &&
    (bytes[2] === 0x03 || bytes[2] === 0x05) &&
    bytes[3] === bytes[2]! + 1
  ) {
    return 'zip';
  }
  // UTF-16 text has a NUL in every other byte: recognise it by its mark before counting.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  return looksLikeText(bytes.subarray(0, SAMPLE)) ? 'text' : 'binary';
}

function looksLikeText(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) {
      control += 1;
    }
  }
  return control <= sample.length * MAX_CONTROL_SHARE;
}

/** Text that is a table in markup (HTML or Excel 2003 XML) rather than CSV. */
export function isMarkup(text: string): boolean {
  return /^\s*</.test(text.slice(0, 1024));
}
