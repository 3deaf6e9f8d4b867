import { describe, expect, it } from 'vitest';
import { render } from '../../i18n';
import {
  checkMapping,
  columnLetter,
  describeMapping,
  findHeaderRow,
  matchHeader,
  normalizeHeader,
  proposeMapping,
  type HeaderRow,
} from './headers';

describe('normalizeHeader', () => {
  it.each([
    ['身份证号码（18位）', '身份证号码'],
    ['＊姓名', '姓名'],
    ['姓名*', '姓名'],
    ['姓 名', '姓名'],
    ['身份证\n号码', '身份证号码'],
    ['入会时间(YYYY-MM-DD)', '入会时间'],
    ['手机【必填】', '手机'],
    ['出生日期：', '出生日期'],
    ['\uFEFF姓名', '姓名'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('matchHeader', () => {
  it.each([
    ['名字', 'name'],
    ['会员姓名', 'name'],
    ['公民身份号码', 'docNumber'],
    ['身份证号', 'docNumber'],
    ['联系电话', 'mobile'],
    ['手机号', 'mobile'],
    ['入会时间', 'joinedOn'],
    ['所在部门', 'department'],
    ['文化程度', 'education'],
    ['农民工', 'migrantWorker'],
    ['会员编号', 'memberNo'],
    ['户口性质', 'household'],
    ['序号', 'ignored'],
  ])('%j names %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('does not guess at unrelated headers', () => {
    expect(matchHeader('紧急联系人姓名')).toBeUndefined();
    expect(matchHeader('')).toBeUndefined();
  });
});

describe('findHeaderRow', () => {
  it('skips title rows, blank rows and a merged title', () => {
    const rows = [
      ['杭州示例机械有限公司工会会员花名册', null, null, null],
      [],
      ['填报单位：工会委员会', null, '填报日期：2024-05-01'],
      ['序号', '姓名', '性别', '身份证号码（18位）', '联系电话'],
      [1, '张三', '男', '330106198503120121', '13800138000'],
    ];
    expect(findHeaderRow(rows)).toEqual<HeaderRow>({
      index: 3,
      dataStart: 4,
      headers: ['序号', '姓名', '性别', '身份证号码（18位）', '联系电话'],
      score: 4,
    });
  });

  it('merges a two-row header: merged cells above, a group split below', () => {
    const rows = [
      ['会员名册'],
      ['序号', '姓名', '身份信息', null, '联系方式'],
      [null, null, '证件类型', '证件号码', '手机'],
      [1, '张三', '居民身份证', '330106198503120121', '13800138000'],
    ];
    const header = findHeaderRow(rows);
    expect(header?.headers).toEqual(['序号', '姓名', '证件类型', '证件号码', '手机']);
    expect(header?.dataStart).toBe(3);
  });

  it('does not take the first data row for a sub-header', () => {
    const rows = [
      ['姓名', '身份证号', '劳模'],
      ['张三', '330106198503120121', '是'],
    ];
    expect(findHeaderRow(rows)?.dataStart).toBe(1);
  });

  it('gives null when no row names two fields', () => {
    expect(findHeaderRow([['会员名册'], ['姓名'], ['张三']])).toBeNull();
    expect(findHeaderRow([])).toBeNull();
  });
});

describe('proposeMapping and checkMapping', () => {
  const header = (headers: string[]): HeaderRow => ({ index: 0, dataStart: 1, headers, score: 0 });

  it('maps columns by alias and reports the rest', () => {
    const { mapping, report } = proposeMapping(
      header(['序号', '姓名', '身份证号', '手机', '联系电话', '爱好', '']),
    );
    expect(mapping.columns).toEqual([null, 'name', 'docNumber', 'mobile', null, null, null]);
    expect(report.ok).toBe(true);
    expect(report.unmapped).toEqual([
      { column: 4, header: '联系电话', looksLike: 'mobile' },
      { column: 5, header: '爱好' },
    ]);
  });

  it('blocks a mapping without a required column or with a field twice', () => {
    const { mapping, report } = proposeMapping(header(['姓名', '性别']));
    expect(report).toMatchObject({ ok: false, missing: ['docNumber'] });
    const corrected = checkMapping({ ...mapping, columns: ['name', 'name'] });
    expect(corrected.duplicates).toEqual([{ field: 'name', columns: [0, 1] }]);
    expect(corrected.ok).toBe(false);
  });
});

describe('describeMapping', () => {
  it('says what blocks the import and which columns are left out', () => {
    const report = checkMapping({
      dataStart: 1,
      headers: ['手机', '联系电话', '爱好'],
      columns: ['mobile', 'mobile', null],
    });
    expect(describeMapping(report, 1).map((m) => [m.level, render(m.message)])).toEqual([
      [
        'error',
        '表格中没有“姓名”列，无法导入。请在下方把对应的列指定为“姓名”，或在表格中加上这一列。',
      ],
      [
        'error',
        '表格中没有“证件号码”列，无法导入。请在下方把对应的列指定为“证件号码”，或在表格中加上这一列。',
      ],
      ['error', '“移动电话”对应了 B、C 这几列，只能选其中一列，请把其余的列改为“不导入”。'],
      ['info', 'D 列“爱好”不对应任何会员信息，不会导入。'],
    ]);
  });
});

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
