import * as XLSX from 'xlsx';

/**
 * Builders of spreadsheet files for tests: the tests generate every file they read (SheetJS
 * writes xlsx, xls, ods and csv), so no binary fixture is committed. Not used by the app.
 */

export type Cells = unknown[][];

export interface SheetFixture {
  name: string;
  rows: Cells;
  hidden?: boolean;
  /** Top-left cell of the data, e.g. "B3"; A1 when absent. */
  at?: string;
}

export function makeBook(sheets: readonly SheetFixture[]): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = sheet.at
      ? XLSX.utils.sheet_add_aoa({}, sheet.rows, { origin: sheet.at })
      : XLSX.utils.aoa_to_sheet(sheet.rows);
    // Excel declares the range from the first cell used; SheetJS would start it at A1.
    if (sheet.at && ws['!ref']) {
      const end = XLSX.utils.decode_range(ws['!ref']).e;
      ws['!ref'] = XLSX.utils.encode_range(XLSX.utils.decode_cell(sheet.at), end);
    }
    XLSX.utils.book_append_sheet(book, ws, sheet.name);
  }
  book.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
  return book;
}

export function writeBook(
  sheets: readonly SheetFixture[],
  bookType: 'xlsx' | 'xls' | 'ods' | 'biff8' | 'csv' | 'html',
): Uint8Array {
  const written: unknown = XLSX.write(makeBook(sheets), { type: 'array', bookType });
  if (typeof written === 'string') return new TextEncoder().encode(written);
  return new Uint8Array(written as ArrayBuffer);
}

/** An OLE file that looks like an encrypted .xlsx (ECMA-376 agile encryption container). */
export function encryptedXlsx(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(512));
  return Uint8Array.from(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}

/** An OLE file that is not a workbook (like a Word .doc). */
export function oleDocument(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', new Uint8Array(512));
  return Uint8Array.from(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}
