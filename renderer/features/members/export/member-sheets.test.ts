import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { variedMembers } from '../../../../test/fixtures/members';
import { findHeaderRow, proposeMapping } from '../../../../shared/members/import/headers';
import { buildImportPreview } from '../../../../shared/members/import/preview';
import { rosterSheet, templateSheet } from './member-sheets';
import { rosterFileName, safeFileName, unionTitleName } from './names';
import { buildXlsx, columnWidths, displayWidth } from '../../../../shared/format/xlsx-build';

const today = '2026-11-23';
const UNION = '杭州示例机械有限公司工会委员会';

/** Reads the first sheet the way an import reads a file: every cell, rows from the sheet's top. */
function readBack(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
  });
  return { book, sheet, rows };
}

function importPreview(rows: unknown[][]) {
  const header = findHeaderRow(rows);
  if (!header) throw new Error('no header row found');
  const { mapping, report } = proposeMapping(header);
  return { header, report, preview: buildImportPreview(rows, mapping, { today }) };
}

function sheetXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
}

describe('roster export to xlsx', () => {
  it('imports back to identical member data', () => {
    const roster = variedMembers(80);
    const bytes = buildXlsx(
      rosterSheet(roster, { unionName: UNION, maskIdNumbers: false, maskPhones: false }),
    );
    const { rows } = readBack(bytes);
    expect(rows[0]![0]).toBe('杭州示例机械有限公司工会会员名册');
    const { report, preview } = importPreview(rows);
    expect(report.ok).toBe(true);
    expect(report.unmapped).toEqual([]);
    expect(preview.rows.map((r) => r.status)).toEqual(roster.map(() => 'ok'));
    expect(preview.rows.map((r) => r.data)).toEqual(roster);
  });

  it('writes ID numbers, phones and member numbers as text cells in text-formatted columns', () => {
    const roster = variedMembers(3);
    const { sheet } = readBack(
      buildXlsx(rosterSheet(roster, { unionName: UNION, maskIdNumbers: false, maskPhones: false })),
    );
    // Row 1 title, row 2 header; 证件号码 is column F, 移动电话 L, 会员证号 O.
    expect(sheet['F2']?.v).toBe('证件号码*');
    for (const ref of ['F3', 'F4', 'L3', 'O3', 'O4']) {
      expect({ ref, ...sheet[ref] }).toMatchObject({ ref, t: 's', z: '@' });
    }
    expect(sheet['F3']?.v).toBe('11010519491231002X');
    expect(sheet['O4']?.v).toBe('000123');
  });

  it('freezes the header rows and the name column, and sizes the columns', () => {
    const roster = variedMembers(3);
    const xml = sheetXml(
      buildXlsx(rosterSheet(roster, { unionName: UNION, maskIdNumbers: false, maskPhones: false })),
    );
    expect(xml).toContain(
      '<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>',
    );
    expect(xml).toMatch(/<autoFilter ref="A2:T\d+"\/>/);
    const widths = [...xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) =>
      Number(m[2]),
    );
    expect(widths).toHaveLength(20);
    // The 证件号码 column fits 18 digits; 姓名 fits the longest name.
    expect(widths[5]).toBeGreaterThanOrEqual(20);
    expect(widths[0]).toBeGreaterThanOrEqual(displayWidth('阿卜杜拉·买买提'));
  });

  it('masks on request, says so in a note row, and such a sheet does not import', () => {
    const roster = variedMembers(2);
    const { rows } = readBack(
      buildXlsx(rosterSheet(roster, { unionName: UNION, maskIdNumbers: true, maskPhones: true })),
    );
    expect(String(rows[1]![0])).toContain('不能用于导入');
    expect(rows[3]![5]).toBe('110105********002X');
    expect(rows.flat().join()).not.toContain('11010519491231002X');
    expect(rows.flat().join()).not.toContain('13800138000');
    const { preview } = importPreview(rows);
    expect(preview.rows.every((r) => r.status === 'error')).toBe(true);
  });
});

describe('blank template', () => {
  it('has the note and the header, text-formatted empty rows, and imports nothing', () => {
    const bytes = buildXlsx(templateSheet());
    const { rows } = readBack(bytes);
    const { header, preview } = importPreview(rows);
    expect(header.index).toBe(1);
    expect(preview.rows).toEqual([]);
    const xml = sheetXml(bytes);
    // Matched outside expect(): a failure would print the whole sheet.
    expect(/<c r="F2000" s="\d+"><\/c>/.test(xml)).toBe(true);
    expect(xml).toContain('ySplit="2"');
  });
});

describe('sheet helpers', () => {
  it('counts Chinese as two characters wide and bounds the widths', () => {
    expect(displayWidth('张三')).toBe(4);
    expect(displayWidth('13800138000')).toBe(11);
    expect(columnWidths([['t'], ['姓名', 'x'.repeat(90)], ['欧阳娜娜', '']], 1)).toEqual([10, 50]);
  });

  it('names files after the union and the day, without characters Windows refuses', () => {
    expect(unionTitleName(UNION)).toBe('杭州示例机械有限公司工会');
    expect(unionTitleName('某某联合工会')).toBe('某某联合工会');
    expect(rosterFileName(UNION, today)).toBe('会员名册_杭州示例机械有限公司工会委员会_20261123');
    expect(safeFileName('A/B:C*?工会. ')).toBe('A_B_C__工会');
  });
});
