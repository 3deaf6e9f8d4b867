import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';

/**
 * Builds .xlsx files with SheetJS (in the renderer imported only by the export worker and tests,
 * so the main bundle never carries it; the federation's verifier uses it for its summary). The cells hold what the rows hold: strings stay text cells, so an
 * 18-digit ID number can never become a float; columns holding numbers typed by people also get
 * the text format "@", so a number the clerk types into them later stays text as well.
 */

export type SheetCell = string | number;

export interface SheetSpec {
  sheetName: string;
  rows: SheetCell[][];
  /** 0-based row of the column headers; the rows above it are a title or notes across the sheet. */
  headerRow: number;
  /** 0-based columns written with the text format "@" (ID numbers, phones, member numbers). */
  textColumns?: readonly number[];
  /** Empty rows below the data that still carry the text format (a blank template). */
  blankRows?: number;
  /** Columns kept in view at the left while scrolling; the rows through the header always are. */
  freezeColumns?: number;
  /** Column widths in characters; computed from the contents when absent. */
  widths?: readonly number[];
  /** Adds Excel's filter buttons to the header row. */
  autoFilter?: boolean;
}

/** Width of a text in Excel's character units: Chinese and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code >= 0x2e80 || (code >= 0x1100 && code <= 0x115f) ? 2 : 1;
  }
  return width;
}

/** Column widths from the header row down: wide enough for the longest cell, within bounds. */
export function columnWidths(rows: readonly SheetCell[][], headerRow: number): number[] {
  const widths: number[] = [];
  for (let r = headerRow; r < rows.length; r += 1) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      const width = cell === undefined ? 0 : displayWidth(String(cell));
      if (width > (widths[c] ?? 0)) widths[c] = width;
    }
  }
  return widths.map((w) => Math.min(50, Math.max(6, (w ?? 0) + 2)));
}

// SheetJS Community Edition writes no panes, so the frozen header is added to each sheet's XML.
function freezePanes(
  files: Record<string, Uint8Array>,
  sheet: number,
  rows: number,
  columns: number,
): void {
  const name = `xl/worksheets/sheet${sheet + 1}.xml`;
  const xml = strFromU8(files[name]!);
  const topLeft = XLSX.utils.encode_cell({ r: rows, c: columns });
  const pane =
    columns > 0
      ? `<pane xSplit="${columns}" ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`
      : `<pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  const view = /<sheetView ([^>]*?)\/>/;
  if (!view.test(xml)) throw new Error('xlsx: sheet view not found');
  files[name] = strToU8(xml.replace(view, `<sheetView $1>${pane}</sheetView>`));
}

function buildSheet(spec: SheetSpec): XLSX.WorkSheet {
  const { rows, headerRow } = spec;
  const columnCount = rows.reduce((most, row) => Math.max(most, row.length), 1);
  // Blank strings are left out rather than written as empty text cells.
  const cells = rows.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  const sheet = XLSX.utils.aoa_to_sheet(cells);
  const lastRow = rows.length - 1 + (spec.blankRows ?? 0);

  for (const c of spec.textColumns ?? []) {
    for (let r = headerRow + 1; r <= lastRow; r += 1) {
      const ref = XLSX.utils.encode_cell({ r, c });
      const cell: XLSX.CellObject = sheet[ref] ?? { t: 'z' };
      cell.z = '@';
      sheet[ref] = cell;
    }
  }
  sheet['!ref'] = XLSX.utils.encode_range({ r: 0, c: 0 }, { r: lastRow, c: columnCount - 1 });
  sheet['!cols'] = (spec.widths ?? columnWidths(rows, headerRow)).map((wch) => ({ wch }));
  sheet['!merges'] = Array.from({ length: headerRow }, (_, r) => ({
    s: { r, c: 0 },
    e: { r, c: columnCount - 1 },
  }));
  if (spec.autoFilter && rows.length > headerRow + 1) {
    sheet['!autofilter'] = {
      ref: XLSX.utils.encode_range(
        { r: headerRow, c: 0 },
        { r: rows.length - 1, c: columnCount - 1 },
      ),
    };
  }
  return sheet;
}

/**
 * A workbook with one sheet per spec, in order. `level` is the deflate level of the final zip:
 * 6 by default; a summary of thousands of rows may prefer 1 (four times faster, a third larger).
 */
export function buildWorkbook(
  specs: readonly SheetSpec[],
  { level = 6 }: { level?: 1 | 6 } = {},
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of specs) XLSX.utils.book_append_sheet(book, buildSheet(spec), spec.sheetName);
  const written = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
  }) as ArrayBuffer;
  const files = unzipSync(new Uint8Array(written));
  specs.forEach((spec, index) =>
    freezePanes(files, index, spec.headerRow + 1, spec.freezeColumns ?? 0),
  );
  return zipSync(files, { level });
}

export function buildXlsx(spec: SheetSpec): Uint8Array {
  return buildWorkbook([spec]);
}
