import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { render } from '../../../../shared/i18n';
import { encryptedXlsx, oleDocument, writeBook, type Cells } from './book-fixtures';
import { encodeGbk } from './gbk-encoder';
import { openBook } from './read-workbook';
import { ImportRefusal } from './refusal';

const ID = '330106198503120116';
const rows: Cells = [
  ['XX公司工会会员花名册'],
  [],
  ['姓名', '身份证号', '入会日期'],
  ['张三', ID, 42168],
];

function refusal(run: () => unknown): { reason: string; text: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusal) return { reason: error.reason, text: render(error.detail) };
    throw error;
  }
  throw new Error('not refused');
}

describe('openBook', () => {
  it('uses the fixed SheetJS build', () => {
    expect(XLSX.version).toBe('0.20.3');
  });

  it.each(['xlsx', 'xls', 'biff8', 'ods'] as const)('reads %s with blank rows kept', (type) => {
    const book = openBook(writeBook([{ name: '花名册', rows }], type), `名册.${type}`);
    expect(book.format).toBe('book');
    expect(book.date1904).toBe(false);
    const [sheet] = book.sheets;
    expect(sheet!.name).toBe('花名册');
    expect(sheet!.origin).toEqual({ row: 1, column: 0 });
    expect(sheet!.rows()).toEqual([
      ['XX公司工会会员花名册'],
      [],
      ['姓名', '身份证号', '入会日期'],
      ['张三', ID, 42168],
    ]);
    expect(sheet!.head(2)).toHaveLength(2);
  });

  it('reads a CSV as text: the ID stays a string (SheetJS would make it a number)', () => {
    const csv = new TextEncoder().encode(
      '\uFEFF姓名,身份证号,入会日期\r\n张三,330106198503120116,2015/6/13\r\n',
    );
    const book = openBook(csv, '名册.csv');
    expect(book).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(book.sheets[0]!.name).toBe('名册');
    expect(book.sheets[0]!.rows()[1]).toEqual(['张三', ID, '2015/6/13']);
  });

  it('reads a GBK CSV as Excel on Chinese Windows saves it', () => {
    const book = openBook(encodeGbk('姓名,身份证号\r\n张三,330106198503120116\r\n'), 'gbk.csv');
    expect(book.encoding).toBe('gb18030');
    expect(book.sheets[0]!.rows()).toEqual([
      ['姓名', '身份证号'],
      ['张三', ID],
    ]);
  });

  it('reads an HTML table saved as .xls, keeping digits as text', () => {
    const html = `<html><body><table><tr><td>姓名</td><td>身份证号</td></tr><tr><td>张三</td><td>${ID}</td></tr></table></body></html>`;
    const book = openBook(new TextEncoder().encode(html), '系统导出.xls');
    expect(book.sheets[0]!.rows()[1]).toEqual(['张三', ID]);
  });

  it('starts rows at the used range and reports where that is', () => {
    const book = openBook(writeBook([{ name: 'S', rows, at: 'B3' }], 'xlsx'), 'a.xlsx');
    const sheet = book.sheets[0]!;
    expect(sheet.origin).toEqual({ row: 3, column: 1 });
    expect(sheet.rows()[3]).toEqual(['张三', ID, 42168]);
  });

  it('ignores a declared range far beyond the cells', () => {
    // Formatting whole columns makes Excel declare A1:XFD1048576; SheetJS keeps what it reads.
    const files = unzipSync(writeBook([{ name: 'S', rows }], 'xlsx'));
    const path = 'xl/worksheets/sheet1.xml';
    files[path] = strToU8(
      strFromU8(files[path]!).replace(
        /<dimension ref="[^"]*"\/>/,
        '<dimension ref="A1:XFD1048576"/>',
      ),
    );
    const started = performance.now();
    const read = openBook(zipSync(files), 'big-range.xlsx').sheets[0]!.rows();
    expect(read).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('keeps hidden sheets marked and the 1904 date system', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'A');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'B');
    book.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }], WBProps: { date1904: true } };
    const bytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const read = openBook(bytes, 'a.xlsx');
    expect(read.sheets.map((s) => s.hidden)).toEqual([true, false]);
    expect(read.date1904).toBe(true);
  });

  it('refuses an encrypted workbook, naming the file', () => {
    expect(refusal(() => openBook(encryptedXlsx(), '加密名册.xlsx'))).toMatchObject({
      reason: 'encrypted',
      text: expect.stringContaining('“加密名册.xlsx”设置了打开密码'),
    });
  });

  it('refuses files that are not spreadsheets', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(refusal(() => openBook(png, '照片.png'))).toMatchObject({
      reason: 'notSpreadsheet',
      text: expect.stringContaining('“照片.png”不是表格文件'),
    });
    expect(refusal(() => openBook(oleDocument(), '通知.doc')).reason).toBe('notSpreadsheet');
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(refusal(() => openBook(docx, '通知.docx')).reason).toBe('notSpreadsheet');
  });

  it('refuses an empty file and a damaged workbook', () => {
    expect(refusal(() => openBook(new Uint8Array(0), '空.xlsx'))).toMatchObject({
      reason: 'empty',
      text: expect.stringContaining('“空.xlsx”是空的'),
    });
    expect(refusal(() => openBook(new TextEncoder().encode('\uFEFF \r\n'), '空.csv')).reason).toBe(
      'empty',
    );
    const whole = writeBook([{ name: 'S', rows }], 'xlsx');
    expect(refusal(() => openBook(whole.subarray(0, whole.length / 2), '坏.xlsx')).reason).toBe(
      'damaged',
    );
  });
});
