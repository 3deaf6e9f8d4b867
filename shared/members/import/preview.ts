import { msg, render, type Message } from '../../i18n';
import { idKey, type MemberData, type MemberDraft, type MemberField } from '../model';
import { validateMember } from '../validate';
import { checkMapping, columnLetter, type ImportMapping, type MappingReport } from './headers';
import { RowReader } from './read-row';

export type RowStatus = 'ok' | 'warning' | 'error' | 'duplicateInFile' | 'duplicateOfExisting';

export interface ImportMessage {
  level: 'error' | 'warning';
  /** The row as the user sees it in Excel: 1-based sheet row. */
  row: number;
  /** Column letter (A, B, …) and header text; absent for messages about the whole row. */
  column?: string;
  header?: string;
  field?: MemberField;
  message: Message;
}

export interface PreviewRow {
  /** 1-based sheet row. */
  row: number;
  status: RowStatus;
  /** The row read and normalised, as the member form would hold it. */
  draft: MemberDraft;
  /** What to store; present unless the row has an error. */
  data?: MemberData;
  /** Present when the document number is valid. */
  idKey?: string;
  /** `duplicateOfExisting`: the existing member's id, when the lookup gave one. */
  existingId?: string;
  /** `duplicateInFile`: the sheet row of the first row with the same document. */
  duplicateOfRow?: number;
  messages: ImportMessage[];
}

export interface ImportPreview {
  mapping: MappingReport;
  /** Data rows in sheet order; empty when the mapping is not usable. */
  rows: PreviewRow[];
  counts: Record<RowStatus, number>;
  /** Rows below the header where every imported column is blank. */
  blankRows: number;
}

export interface ImportOptions {
  /** `YYYY-MM-DD`: bounds the dates (no date may be later). */
  today: string;
  /** Looks up a member already in the roster: its id, or `true` if it exists. */
  existing?: (idKey: string) => string | boolean | null | undefined;
  /** The workbook uses the 1904 date system (SheetJS: `wb.Workbook.WBProps.date1904`). */
  date1904?: boolean;
  /**
   * Where `rows[0][0]` sits in the sheet: 1-based row and 0-based column. SheetJS starts the
   * array at the sheet's used range (`decode_range(ws['!ref']).s`), which need not be A1.
   */
  origin?: { row: number; column: number };
}

const STATUSES: readonly RowStatus[] = [
  'ok',
  'warning',
  'error',
  'duplicateInFile',
  'duplicateOfExisting',
];

/**
 * Reads every data row of a sheet through the mapping, validates it as the member form would, and
 * says per row what will happen: imported (ok / warning), not imported (error), a second row for
 * the same document (duplicateInFile), or a member already in the roster (duplicateOfExisting,
 * for the user to skip or update). Messages carry the sheet row, column letter and header.
 */
export function buildImportPreview(
  rows: readonly (readonly unknown[] | null | undefined)[],
  mapping: ImportMapping,
  options: ImportOptions,
): ImportPreview {
  const report = checkMapping(mapping);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;
  if (!report.ok) return { mapping: report, rows: [], counts, blankRows: 0 };

  const origin = options.origin ?? { row: 1, column: 0 };
  const reader = new RowReader(mapping.columns, { date1904: options.date1904 ?? false });
  const columnOf = new Map(reader.cells.map((c) => [c.field, c.column]));
  const where = (field: MemberField) => {
    const column = columnOf.get(field);
    return column === undefined
      ? { field }
      : {
          field,
          column: columnLetter(origin.column + column),
          header: mapping.headers[column] ?? '',
        };
  };

  const seenIds = new Map<string, number>();
  const seenMemberNos = new Map<string, number>();
  const out: PreviewRow[] = [];
  let blankRows = 0;

  for (let r = mapping.dataStart; r < rows.length; r += 1) {
    const source = rows[r] ?? [];
    if (reader.isBlank(source)) {
      blankRows += 1;
      continue;
    }
    const row = origin.row + r;
    const { draft: raw, problems } = reader.read(source);
    const messages: ImportMessage[] = problems.map(({ field, level, message }) => ({
      level,
      row,
      ...where(field),
      message,
    }));
    const cellErrors = new Set(problems.filter((p) => p.level === 'error').map((p) => p.field));

    const check = validateMember(raw, { today: options.today });
    for (const [field, message] of Object.entries(check.fieldErrors) as [MemberField, Message][]) {
      // The cell's own message already says what is wrong with it.
      if (!cellErrors.has(field)) messages.push({ level: 'error', row, ...where(field), message });
    }
    for (const [field, list] of Object.entries(check.fieldWarnings) as [MemberField, Message[]][]) {
      for (const message of list)
        messages.push({ level: 'warning', row, ...where(field), message });
    }

    const preview: PreviewRow = { row, status: 'ok', draft: check.draft, messages };
    if (check.data) preview.data = check.data;
    if (!check.fieldErrors.docNumber && !cellErrors.has('docNumber')) {
      preview.idKey = idKey(check.draft.docType, check.draft.docNumber);
    }
    classify(preview, seenIds, options);
    const memberNo = check.draft.memberNo;
    if (memberNo !== '') {
      const first = seenMemberNos.get(memberNo);
      if (first === undefined) seenMemberNos.set(memberNo, row);
      else {
        messages.push({
          level: 'warning',
          row,
          ...where('memberNo'),
          message: msg('members.import.duplicateMemberNo', { memberNo, row: first }),
        });
        if (preview.status === 'ok') preview.status = 'warning';
      }
    }
    if (messages.length > 1) messages.sort((a, b) => order(a) - order(b));
    counts[preview.status] += 1;
    out.push(preview);
  }
  return { mapping: report, rows: out, counts, blankRows };

  function order(m: ImportMessage): number {
    const column = m.field === undefined ? -1 : (columnOf.get(m.field) ?? -1);
    return column * 2 + (m.level === 'error' ? 0 : 1);
  }
}

function classify(preview: PreviewRow, seenIds: Map<string, number>, options: ImportOptions): void {
  const hasError = preview.messages.some((m) => m.level === 'error');
  const key = preview.idKey;
  if (key !== undefined) {
    const first = seenIds.get(key);
    if (first === undefined) seenIds.set(key, preview.row);
    else if (!hasError) {
      preview.status = 'duplicateInFile';
      preview.duplicateOfRow = first;
      preview.messages.push({
        level: 'error',
        row: preview.row,
        message: msg('members.import.duplicateInFile', { row: first }),
      });
      return;
    }
  }
  if (hasError) {
    preview.status = 'error';
    return;
  }
  const existing = key === undefined ? undefined : options.existing?.(key);
  if (existing) {
    preview.status = 'duplicateOfExisting';
    if (typeof existing === 'string') preview.existingId = existing;
    preview.messages.push({
      level: 'warning',
      row: preview.row,
      message: msg('members.import.duplicateOfExisting'),
    });
    return;
  }
  preview.status = preview.messages.length > 0 ? 'warning' : 'ok';
}

/** One message as a line of text: "第 12 行 C 列（身份证号）：…". */
export function describeImportMessage(message: ImportMessage): string {
  const text = render(message.message);
  return message.column === undefined
    ? render(msg('members.import.atRow', { row: message.row, text }))
    : render(
        msg('members.import.atCell', {
          row: message.row,
          column: message.column,
          header: message.header ?? '',
          text,
        }),
      );
}
