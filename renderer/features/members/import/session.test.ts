import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { render } from '../../../../shared/i18n';
import { describeImportMessage } from '../../../../shared/members/import/preview';
import { makeResidentId } from '../../../../shared/members/fixtures';
import { writeBook, type Cells } from './book-fixtures';
import type { ImportItem } from './protocol';
import { ImportRefusal } from './refusal';
import { ImportSession, type SessionOptions } from './session';

const today = '2024-06-01';
const ID_A = makeResidentId({ birthDate: '1985-03-12', sex: 'male', sequence: 1 });
const ID_B = makeResidentId({ birthDate: '1990-11-02', sex: 'female', sequence: 2 });
const ID_C = makeResidentId({ birthDate: '1979-01-30', sex: 'male', sequence: 3 });
const ID_D = makeResidentId({ birthDate: '1992-05-20', sex: 'female', sequence: 4 });
const badCheck = ID_C.slice(0, 17) + (ID_C.endsWith('0') ? '1' : '0');

/** A roster as clerks keep it. */
function messyRows(): Cells {
  return [
    ['XX公司工会会员花名册'],
    [],
    ['序号', '姓　名', '性别', '公民身份号码（18位）', '联系电话', '入会时间', '部门'],
    [1, '张三', '男', ID_A, '13800138000', 42168, '一车间'],
    [2, '李四', '女', ID_B, '１３９００１３９０００', '2018年3月1日', '办公室'],
    [3, '王五', '男', 4.40524188001e17, '', '2019.7.1', '一车间'],
    [4, '赵六', '男', badCheck, '', '20200105', ''],
    [5, '张三', '男', ID_A, '', '2015/6/13', ''],
    [6, '钱七', '女', ID_D, '', '2021-03-08', '二车间'],
  ];
}

const options = (existing: Record<string, string> = {}): SessionOptions => ({
  today,
  existing: new Map(Object.entries(existing)),
});

function all(session: ImportSession): ImportItem[] {
  return [...session.items(2)].flat();
}

function refusalOf(run: () => unknown): ImportRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('ImportSession', () => {
  const bytes = writeBook([{ name: '花名册', rows: messyRows() }], 'xlsx');
  const session = ImportSession.open(
    bytes,
    '会员.xlsx',
    options({ [`residentId:${ID_D}`]: 'm-d' }),
  );
  const items = all(session);
  const byRow = new Map(items.map((item) => [item.row, item]));

  it('finds the header below the title and maps aliases and full-width headers', () => {
    const view = session.view();
    expect(view).toMatchObject({ headerRow: 3, dataRows: 6, sheetIndex: 0, format: 'book' });
    expect(view.mapping?.columns).toEqual([
      null,
      'name',
      'sex',
      'docNumber',
      'mobile',
      'joinedOn',
      'department',
    ]);
    expect(view.report?.ok).toBe(true);
  });

  it('gives every row a status, with counts', () => {
    expect(items.map((i) => [i.row, i.status])).toEqual([
      [4, 'ok'],
      [5, 'ok'],
      [6, 'error'],
      [7, 'error'],
      [8, 'duplicateInFile'],
      [9, 'duplicateOfExisting'],
    ]);
    expect(session.summary()).toEqual({
      counts: { ok: 2, warning: 0, error: 2, duplicateInFile: 1, duplicateOfExisting: 1 },
      blankRows: 0,
      total: 6,
    });
    expect(byRow.get(9)?.existingId).toBe('m-d');
    expect(byRow.get(5)?.data).toMatchObject({ mobile: '13900139000', joinedOn: '2018-03-01' });
  });

  it('masks ID numbers in what it sends and names row and column in messages', () => {
    expect(byRow.get(4)?.maskedDoc).toBe(`${ID_A.slice(0, 6)}********${ID_A.slice(-4)}`);
    expect(JSON.stringify(items.map(({ data: _data, ...rest }) => rest))).not.toContain(ID_A);
    expect(describeImportMessage(byRow.get(6)!.messages[0]!)).toMatch(
      /^第 6 行 D 列（公民身份号码（18位））：这个证件号码在表格里是数字格式/,
    );
    expect(describeImportMessage(byRow.get(7)!.messages[0]!)).toMatch(/^第 7 行 D 列.*校验位错误/);
  });

  it('re-runs the preview when the user changes the mapping', () => {
    const local = ImportSession.open(bytes, '会员.xlsx', options());
    local.setColumns([null, 'name', 'sex', null, 'mobile', 'joinedOn', 'department']);
    expect(local.view().report).toMatchObject({ ok: false, missing: ['docNumber'] });
    expect(local.summary().total).toBe(0);
    local.setColumns([null, 'name', 'sex', 'docNumber', null, 'joinedOn', 'department']);
    expect(local.summary().total).toBe(6);
  });

  it('writes the 错误清单 as xlsx with one line per problem, IDs masked', () => {
    const data = session.errorList(today);
    const book = XLSX.read(data, { type: 'array' });
    expect(book.SheetNames).toEqual(['错误清单']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['错误清单']!, { header: 1 });
    expect(rows[1]).toEqual([
      '行号',
      '姓名',
      '证件号码（部分隐藏）',
      '检查结果',
      '列',
      '列名',
      '级别',
      '问题',
    ]);
    const lines = rows.slice(2);
    expect(lines.map((r) => r[0])).toEqual([6, 7, 8]);
    expect(lines[0]).toEqual([
      6,
      '王五',
      '440524********0000',
      '有错误',
      'D',
      '公民身份号码（18位）',
      '错误',
      expect.stringMatching(/^这个证件号码在表格里是数字格式/),
    ]);
    expect(JSON.stringify(rows)).not.toContain(ID_A);
  });
});

describe('choosing among sheets', () => {
  const notes: Cells = [['填表说明'], ['请按模板填写']];
  const summary: Cells = [
    ['部门', '人数'],
    ['一车间', 2],
  ];
  const other: Cells = [
    ['姓名', '身份证号'],
    ['孙八', ID_C],
  ];
  const bytes = writeBook(
    [
      { name: '说明', rows: notes },
      { name: '汇总', rows: summary },
      { name: '花名册', rows: messyRows() },
      { name: '新入职', rows: other },
    ],
    'xlsx',
  );

  it('uses the sheet that looks most like a roster and lets the user pick another', () => {
    const session = ImportSession.open(bytes, 'book.xlsx', options());
    expect(session.view().sheetIndex).toBe(2);
    expect(session.scores.map((s) => s.score)).toEqual([0, 0, 6, 2]);
    session.useSheet(3);
    expect(session.view()).toMatchObject({ sheetIndex: 3, headerRow: 1, dataRows: 1 });
    expect(all(session).map((i) => i.name)).toEqual(['孙八']);
    session.useSheet(0);
    expect(session.view()).toMatchObject({ headerRow: null, mapping: null });
    expect(session.summary().total).toBe(0);
  });
});

describe('refusals', () => {
  it('says which headers were expected when no sheet has one', () => {
    const bytes = writeBook([{ name: 'S', rows: [['员工'], ['张三', ID_A]] }], 'xlsx');
    const refusal = refusalOf(() => ImportSession.open(bytes, '名单.xlsx', options()));
    expect(refusal.reason).toBe('noHeader');
    const text = render(refusal.detail);
    expect(text).toContain('在“名单.xlsx”中没有找到表头行');
    expect(text).toContain('“姓名”和“身份证号”');
    expect(text).toContain('入会日期');
  });

  it('calls a workbook whose sheets are all blank empty', () => {
    const bytes = writeBook([{ name: 'S', rows: [[null], ['  ']] }], 'xlsx');
    expect(refusalOf(() => ImportSession.open(bytes, '空表.xlsx', options())).reason).toBe('empty');
  });
});
