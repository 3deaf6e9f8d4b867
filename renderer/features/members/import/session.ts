import {
  findHeaderRow,
  proposeMapping,
  type ImportMapping,
} from '../../../../shared/members/import/headers';
import {
  buildImportPreview,
  type ImportPreview,
  type PreviewRow,
} from '../../../../shared/members/import/preview';
import type { MemberField } from '../../../../shared/members/model';
import { maskIdNumber } from '../../../../shared/privacy/mask';
import { errorListRows, writeErrorList } from './error-list';
import type { ImportItem, ImportStage, PreviewSummary, SheetView } from './protocol';
import { openBook, type OpenedBook, type Row } from './read-workbook';
import { refuse, refuseNoHeader } from './refusal';
import { chooseSheet, scoreSheets, type SheetScore } from './sheet-choice';

/**
 * One import as the worker holds it: the opened file, the sheet in use, its mapping and the
 * latest preview. Plain code without the worker around it, so tests drive it directly.
 */

// findHeaderRow looks at 30 rows; one more shows whether a sub-header row follows.
const HEAD_ROWS = 31;

export interface SessionOptions {
  today: string;
  existing: ReadonlyMap<string, string>;
}

function isBlankRow(row: Row | null | undefined): boolean {
  return (row ?? []).every(
    (cell) =>
      cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''),
  );
}

export function toItem(row: PreviewRow): ImportItem {
  const item: ImportItem = {
    row: row.row,
    status: row.status,
    name: row.draft.name,
    maskedDoc: maskIdNumber(row.draft.docNumber),
    messages: row.messages,
  };
  if (row.data) item.data = row.data;
  if (row.existingId) item.existingId = row.existingId;
  return item;
}

export class ImportSession {
  private index = 0;
  private rows: Row[] = [];
  private headerRow: number | null = null;
  private mapping: ImportMapping | null = null;
  private latest: ImportPreview | null = null;

  private constructor(
    readonly fileName: string,
    private readonly book: OpenedBook,
    readonly scores: SheetScore[],
    private readonly options: SessionOptions,
  ) {}

  /** Opens the file and picks the sheet; throws ImportRefusal for a file it cannot use. */
  static open(
    bytes: Uint8Array,
    fileName: string,
    options: SessionOptions,
    onStage: (stage: ImportStage) => void = () => undefined,
  ): ImportSession {
    onStage('parse');
    const book = openBook(bytes, fileName);
    onStage('rows');
    const scores = scoreSheets(
      book.sheets.map(({ name, hidden, head }) => ({ name, hidden, head: head(HEAD_ROWS) })),
    );
    const index = chooseSheet(scores);
    if (index < 0) {
      if (book.sheets.every((sheet) => sheet.rows().every(isBlankRow))) {
        throw refuse('empty', fileName);
      }
      throw refuseNoHeader(fileName, book.sheets.length);
    }
    const session = new ImportSession(fileName, book, scores, options);
    session.useSheet(index);
    return session;
  }

  /** Switches to another sheet; its header row and mapping are found afresh. */
  useSheet(index: number): void {
    const sheet = this.book.sheets[index];
    if (!sheet) throw new RangeError('no such sheet');
    this.index = index;
    this.rows = sheet.rows();
    const header = findHeaderRow(this.rows);
    this.headerRow = header ? sheet.origin.row + header.index : null;
    this.mapping = header ? proposeMapping(header).mapping : null;
    this.latest = null;
  }

  /** The user's corrected mapping: one field (or null) per column. */
  setColumns(columns: readonly (MemberField | null)[]): void {
    if (!this.mapping) return;
    this.mapping = { ...this.mapping, columns: [...columns] };
    this.latest = null;
  }

  preview(): ImportPreview {
    if (this.latest) return this.latest;
    const sheet = this.book.sheets[this.index]!;
    const { existing, today } = this.options;
    this.latest = this.mapping
      ? buildImportPreview(this.rows, this.mapping, {
          today,
          existing: (key) => existing.get(key),
          date1904: this.book.date1904,
          origin: sheet.origin,
        })
      : {
          mapping: { missing: [], duplicates: [], unmapped: [], ok: false },
          rows: [],
          counts: { ok: 0, warning: 0, error: 0, duplicateInFile: 0, duplicateOfExisting: 0 },
          blankRows: 0,
        };
    return this.latest;
  }

  summary(): PreviewSummary {
    const { counts, blankRows, rows } = this.preview();
    return { counts, blankRows, total: rows.length };
  }

  view(): SheetView {
    const sheet = this.book.sheets[this.index]!;
    const dataStart = this.mapping?.dataStart ?? this.rows.length;
    const view: SheetView = {
      fileName: this.fileName,
      format: this.book.format,
      sheets: this.scores,
      sheetIndex: this.index,
      origin: sheet.origin,
      headerRow: this.headerRow,
      dataRows: Math.max(0, this.rows.length - dataStart),
      mapping: this.mapping,
      report: this.mapping ? this.preview().mapping : null,
    };
    if (this.book.encoding) view.encoding = this.book.encoding;
    return view;
  }

  /** The preview rows for the dialog, in sheet order, `size` at a time. */
  *items(size: number): Generator<ImportItem[]> {
    const rows = this.preview().rows;
    for (let start = 0; start < rows.length; start += size) {
      yield rows.slice(start, start + size).map(toItem);
    }
  }

  errorList(today: string): Uint8Array {
    const items = this.preview()
      .rows.filter((row) => row.status !== 'ok')
      .map(toItem);
    return writeErrorList(errorListRows(items, { fileName: this.fileName, today }));
  }
}
