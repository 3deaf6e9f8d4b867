import * as XLSX from 'xlsx';
import { parseCsv } from './csv';
import { decodeText, type TextEncodingName } from './encoding';
import { detectFileKind, isMarkup } from './file-kind';
import { refuse } from './refusal';

/**
 * Opens the bytes of a picked file as sheets of cells, or refuses it (ImportRefusal). Runs in
 * the import worker (and in tests): it is the only place that loads SheetJS for reading.
 */

export type Row = readonly unknown[];
export type SourceFormat = 'book' | 'csv';

export interface BookSheet {
  name: string;
  hidden: boolean;
  /** Where rows()[0][0] sits: 1-based sheet row, 0-based column. */
  origin: { row: number; column: number };
  /** The first `count` rows, cheap on a large sheet. */
  head(count: number): Row[];
  /** Every row, blank rows included so that indexes match sheet rows. */
  rows(): Row[];
}

export interface OpenedBook {
  format: SourceFormat;
  /** CSV only: how the text was decoded. */
  encoding?: TextEncodingName;
  date1904: boolean;
  sheets: BookSheet[];
}

// Dates stay Excel serial numbers (cellDates: false): the domain reads them with the 1904 flag,
// which is exact, where a JS Date would carry the time zone of the machine.
const READ_OPTIONS: XLSX.ParsingOptions = { cellDates: false, dense: true };

function readWorkbook(data: Uint8Array | string, name: string, text: boolean): XLSX.WorkBook {
  try {
    return text
      ? // raw: an HTML table's digit strings stay text, like a CSV's.
        XLSX.read(data, { ...READ_OPTIONS, type: 'string', raw: true })
      : XLSX.read(data, { ...READ_OPTIONS, type: 'array' });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/password|encrypt/i.test(message)) throw refuse('encrypted', name);
    throw refuse('damaged', name);
  }
}

/** The streams or entries of an OLE or ZIP container, or null when it cannot be read at all. */
function containerPaths(bytes: Uint8Array): string[] | null {
  let paths: string[];
  try {
    paths = XLSX.CFB.read(bytes, { type: 'array' }).FullPaths.map((p: string) => p.toLowerCase());
  } catch {
    return null;
  }
  // The root and the marker entry SheetJS adds are there for any input; nothing else is there
  // for a cut-off zip, whose directory sits at its end.
  const entries = paths.filter((p) => p !== 'root entry/' && !p.includes('sh33tj5'));
  return entries.length > 0 ? entries : null;
}

const has = (paths: readonly string[], suffix: string) => paths.some((p) => p.endsWith(suffix));

function checkOle(bytes: Uint8Array, name: string): void {
  const paths = containerPaths(bytes);
  if (!paths) throw refuse('damaged', name);
  // An encrypted .xlsx is an OLE file holding the encrypted zip (ECMA-376 §2.3.4).
  if (has(paths, '/encryptedpackage') || has(paths, '/encryptioninfo')) {
    throw refuse('encrypted', name);
  }
  // BIFF8 keeps the sheets in "Workbook", BIFF5 in "Book"; a .doc or .msg has neither.
  if (!has(paths, '/workbook') && !has(paths, '/book')) throw refuse('notSpreadsheet', name);
}

function checkZip(bytes: Uint8Array, name: string): void {
  const paths = containerPaths(bytes);
  if (!paths) throw refuse('damaged', name);
  const workbook =
    has(paths, 'xl/workbook.xml') || has(paths, 'xl/workbook.bin') || has(paths, 'content.xml');
  if (!workbook) throw refuse('notSpreadsheet', name);
}

export function openBook(bytes: Uint8Array, name: string): OpenedBook {
  switch (detectFileKind(bytes)) {
    case 'empty':
      throw refuse('empty', name);
    case 'binary':
      throw refuse('notSpreadsheet', name);
    case 'ole':
      checkOle(bytes, name);
      return fromWorkbook(readWorkbook(bytes, name, false));
    case 'zip':
      checkZip(bytes, name);
      return fromWorkbook(readWorkbook(bytes, name, false));
    case 'text': {
      const { text, encoding } = decodeText(bytes);
      if (text.trim() === '') throw refuse('empty', name);
      if (isMarkup(text)) return fromWorkbook(readWorkbook(text, name, true));
      return { format: 'csv', encoding, date1904: false, sheets: [csvSheet(name, text)] };
    }
  }
}

function csvSheet(fileName: string, text: string): BookSheet {
  const rows = parseCsv(text);
  return {
    name: fileName.replace(/\.[^.]*$/, ''),
    hidden: false,
    origin: { row: 1, column: 0 },
    head: (count) => rows.slice(0, count),
    rows: () => rows,
  };
}

function fromWorkbook(book: XLSX.WorkBook): OpenedBook {
  const props = book.Workbook;
  return {
    format: 'book',
    date1904: Boolean(props?.WBProps?.date1904),
    sheets: book.SheetNames.map((name, i) => {
      const hidden = Number(props?.Sheets?.[i]?.Hidden ?? 0) > 0;
      return bookSheet(name, hidden, book.Sheets[name]);
    }),
  };
}

/**
 * The range that really holds cells. A sheet's declared range can run to row 1,048,576 when
 * someone formatted whole columns; walking it would take minutes for nothing.
 */
function usedRange(sheet: XLSX.WorkSheet): XLSX.Range | null {
  const ref = sheet['!ref'];
  if (!ref) return null;
  const range = XLSX.utils.decode_range(ref);
  const data = sheet['!data'];
  if (data) {
    let lastRow = -1;
    let lastColumn = -1;
    for (let r = range.s.r; r < data.length && r <= range.e.r; r += 1) {
      const row = data[r];
      if (!row) continue;
      for (let c = Math.min(row.length - 1, range.e.c); c >= range.s.c; c -= 1) {
        if (row[c] !== undefined) {
          lastRow = r;
          lastColumn = Math.max(lastColumn, c);
          break;
        }
      }
    }
    if (lastRow < 0) return null;
    range.e = { r: lastRow, c: lastColumn };
  }
  return range;
}

function bookSheet(name: string, hidden: boolean, sheet: XLSX.WorkSheet | undefined): BookSheet {
  const range = sheet ? usedRange(sheet) : null;
  const origin = range ? { row: range.s.r + 1, column: range.s.c } : { row: 1, column: 0 };
  const toRows = (last: number): Row[] =>
    sheet && range
      ? XLSX.utils.sheet_to_json<unknown[]>(sheet, {
          header: 1,
          raw: true,
          blankrows: true,
          range: { s: range.s, e: { r: last, c: range.e.c } },
        })
      : [];
  let all: Row[] | undefined;
  return {
    name,
    hidden,
    origin,
    head: (count) =>
      all ? all.slice(0, count) : range ? toRows(Math.min(range.e.r, range.s.r + count - 1)) : [],
    rows: () => (all ??= range ? toRows(range.e.r) : []),
  };
}
