import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../fixtures';
import { findHeaderRow, proposeMapping } from './headers';
import { buildImportPreview, describeImportMessage, type ImportOptions } from './preview';

const today = '2024-06-01';
const ID_A = makeResidentId({ birthDate: '1985-03-12', sex: 'male', sequence: 1 });
const ID_B = makeResidentId({ birthDate: '1990-11-02', sex: 'female', sequence: 2 });
const ID_C = makeResidentId({ birthDate: '1979-01-30', sex: 'male', sequence: 3 });

/** A sheet as clerks keep it: title rows, a note in a header, mixed date forms, stray spaces. */
function messySheet(): unknown[][] {
  return [
    ['杭州示例机械有限公司工会会员花名册'],
    [null],
    [
      '序号',
      '姓 名',
      '性别',
      '公民身份号码*',
      '联系电话',
      '入会时间',
      '是否农民工',
      '文化程度',
      '部门',
    ],
    [1, '张  三', '男', ID_A, 13800138000, 42168, '是', '大专', '一车间'],
    [2, '李四', '女', ID_B.toLowerCase(), '139 0013 9000', '2018年3月1日', '否', '本科', '办公室'],
    [3, '王五', '男', 4.40524188001e17, '13700137000', '2019.7', '√', '高中', '一车间'],
    [4, '赵六', '男', '440524188001010000', '', '2020/1/5', 'N', '', ''],
    [5, '张三', '男', ` ${ID_A} `, '', '', '', '', ''],
    [null, null, null, null, null, null, null, null, null],
    [6, '钱七', '男', ID_C, '0571-87654321', '20250101', '是', '技校', '二车间'],
    ['制表人：孙', null, null, null, null, null, null, null, null],
  ];
}

function preview(rows: unknown[][], options: Partial<ImportOptions> = {}) {
  const header = findHeaderRow(rows);
  if (!header) throw new Error('no header');
  const { mapping } = proposeMapping(header);
  return buildImportPreview(rows, mapping, { today, ...options });
}

describe('buildImportPreview on a messy sheet', () => {
  const result = preview(messySheet(), {
    existing: (key) => (key === `residentId:${ID_B}` ? 'member-b' : undefined),
  });
  const byRow = new Map(result.rows.map((r) => [r.row, r]));

  it('reads good rows into normalised drafts', () => {
    expect(byRow.get(4)).toMatchObject({
      status: 'ok',
      draft: {
        name: '张三',
        sex: 'male',
        docNumber: ID_A,
        mobile: '13800138000',
        joinedOn: '2015-06-13',
        migrantWorker: true,
        education: 'college',
        department: '一车间',
      },
      idKey: `residentId:${ID_A}`,
      messages: [],
    });
  });

  it('marks a member already in the roster, with its id', () => {
    expect(byRow.get(5)).toMatchObject({
      status: 'duplicateOfExisting',
      existingId: 'member-b',
      draft: { docNumber: ID_B, joinedOn: '2018-03-01', education: 'bachelor' },
    });
  });

  it('explains an ID that Excel turned into a number, by row and column', () => {
    const row = byRow.get(6)!;
    expect(row.status).toBe('error');
    expect(row.messages[0]).toMatchObject({
      level: 'error',
      row: 6,
      column: 'D',
      header: '公民身份号码*',
    });
    expect(describeImportMessage(row.messages[0]!)).toMatch(
      /^第 6 行 D 列（公民身份号码\*）：.*设置单元格格式为“文本”后重新录入/,
    );
    // The month-only date still reads, with a warning beside its column.
    expect(
      row.messages.some((m) => m.column === 'F' && m.message.key === 'members.cell.dateMonthOnly'),
    ).toBe(true);
  });

  it('explains an ID whose last digits became zeros', () => {
    const row = byRow.get(7)!;
    expect(row.status).toBe('error');
    expect(row.messages.map((m) => m.message.key)).toContain('residentId.excelNumber');
  });

  it('finds the same person twice in the file', () => {
    expect(byRow.get(8)).toMatchObject({ status: 'duplicateInFile', duplicateOfRow: 4 });
    expect(describeImportMessage(byRow.get(8)!.messages.at(-1)!)).toContain(
      '与第 4 行的证件号码相同',
    );
  });

  it('reports a landline in the mobile column and a future date as errors of their cells', () => {
    const row = byRow.get(10)!;
    expect(row.status).toBe('error');
    expect(
      row.messages.filter((m) => m.level === 'error').map((m) => [m.column, m.message.key]),
    ).toEqual([
      ['E', 'phone.mobileLength'],
      ['F', 'field.dateFuture'],
    ]);
    expect(row.draft.education).toBe('secondaryVocational');
  });

  it('skips blank rows, and a footer outside the imported columns', () => {
    expect(result.blankRows).toBe(2);
    expect(byRow.has(9) || byRow.has(11)).toBe(false);
    expect(result.counts).toEqual({
      ok: 1,
      warning: 0,
      error: 3,
      duplicateInFile: 1,
      duplicateOfExisting: 1,
    });
  });
});

describe('buildImportPreview: details', () => {
  const rows = [
    ['姓名', '身份证号', '会员证号'],
    ['张三', ID_A, 'HY1'],
    ['李四', ID_B, 'HY1'],
  ];

  it('warns about the same 会员证号 twice', () => {
    const result = preview(rows);
    expect(result.rows[1]).toMatchObject({ status: 'warning' });
    expect(result.rows[1]!.messages[0]!.message).toEqual({
      key: 'members.import.duplicateMemberNo',
      params: { memberNo: 'HY1', row: 2 },
    });
  });

  it('numbers rows and columns from where the sheet range starts', () => {
    const bad = [
      ['姓名', '身份证号'],
      ['张三', '123'],
    ];
    const result = preview(bad, { origin: { row: 5, column: 2 } });
    expect(result.rows[0]!.messages[0]).toMatchObject({ row: 6, column: 'D' });
  });

  it('reads document types, and refuses one it does not know', () => {
    const sheet = [
      ['姓名', '证件类型', '证件号码', '性别'],
      ['Maria Lopez', '护照', 'e1234 5678', '女'],
      ['张三', '', ID_A, ''],
      ['李四', '军官证', '12345', '男'],
    ];
    const [passport, resident, unknown] = preview(sheet).rows;
    expect(passport).toMatchObject({ status: 'ok', idKey: 'passport:E12345678' });
    expect(resident).toMatchObject({ status: 'ok', draft: { docType: 'residentId', sex: 'male' } });
    expect(unknown).toMatchObject({ status: 'error' });
    expect(unknown!.messages.map((m) => [m.column, m.message.key])).toEqual([
      ['B', 'members.cell.docTypeUnknown'],
    ]);
  });

  it('accepts a boolean lookup for existing members', () => {
    const result = preview(rows, { existing: () => true });
    expect(result.rows[0]).toMatchObject({ status: 'duplicateOfExisting' });
    expect(result.rows[0]).not.toHaveProperty('existingId');
  });

  it('reads nothing when the mapping lacks a required column', () => {
    const header = findHeaderRow([
      ['姓名', '性别'],
      ['张三', '男'],
    ])!;
    const { mapping } = proposeMapping(header);
    const result = buildImportPreview(
      [
        ['姓名', '性别'],
        ['张三', '男'],
      ],
      mapping,
      { today },
    );
    expect(result.mapping.missing).toEqual(['docNumber']);
    expect(result.rows).toEqual([]);
  });
});
