import * as XLSX from 'xlsx';
import { render, t } from '../../../../shared/i18n';
import type { ImportItem } from './protocol';
import { STATUS_LABELS } from './status';

/**
 * The 错误清单: one line per problem, by sheet row and column, so the clerk can fix the sheet
 * and import the rejected rows again. ID numbers are masked like on screen: the row number finds
 * the line in the clerk's own sheet, and the list can be passed around without the full numbers.
 */

const COLUMNS = [
  'memberImport.errorList.col.row',
  'memberImport.errorList.col.name',
  'memberImport.errorList.col.docNumber',
  'memberImport.errorList.col.result',
  'memberImport.errorList.col.column',
  'memberImport.errorList.col.header',
  'memberImport.errorList.col.level',
  'memberImport.errorList.col.message',
] as const;
const WIDTHS = [8, 12, 22, 12, 6, 16, 8, 80];

export function errorListRows(
  items: readonly ImportItem[],
  context: { fileName: string; today: string },
): (string | number)[][] {
  const rows: (string | number)[][] = [
    [t('memberImport.errorList.title', { name: context.fileName, date: context.today })],
    COLUMNS.map((key) => t(key)),
  ];
  for (const item of items) {
    for (const message of item.messages) {
      // Members already in the roster are not a fault of the sheet: the user chose what to do.
      if (message.message.key === 'members.import.duplicateOfExisting') continue;
      rows.push([
        item.row,
        item.name,
        item.maskedDoc,
        t(STATUS_LABELS[item.status]),
        message.column ?? '',
        message.header ?? '',
        t(`memberImport.errorList.level.${message.level}`),
        render(message.message),
      ]);
    }
  }
  return rows;
}

/** The list as an .xlsx workbook (SheetJS: called in the worker only). */
export function writeErrorList(rows: (string | number)[][]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = WIDTHS.map((wch) => ({ wch }));
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: COLUMNS.length - 1 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, t('memberImport.errorList.sheet'));
  const written = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(written as ArrayBuffer);
}
