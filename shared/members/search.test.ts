import { describe, expect, it } from 'vitest';
import { makeMemberData, makeResidentId } from './fixtures';
import { filterBySearch, matchesSearch, prepareQuery, searchKeys } from './search';

const member = (name: string, extra: { memberNo?: string; docNumber?: string } = {}) =>
  makeMemberData({
    name,
    memberNo: extra.memberNo,
    docNumber: extra.docNumber ?? makeResidentId(),
  });
const finds = (name: string, query: string, extra?: Parameters<typeof member>[1]) =>
  matchesSearch(searchKeys(member(name, extra)), prepareQuery(query));

describe('search by name and pinyin', () => {
  it.each([
    '张三',
    '张',
    '三',
    'zhangsan',
    'zhang',
    'zhangs',
    'san',
    'zs',
    'z',
    'ZS',
    'zhang san',
    'ｚｓ',
  ])('张三 is found by %j', (query) => {
    expect(finds('张三', query)).toBe(true);
  });

  it.each(['zhangsi', 'hangsan', 'sz', '李', 'ans'])('张三 is not found by %j', (query) => {
    expect(finds('张三', query)).toBe(false);
  });

  it.each([
    ['单雄信', 'shanxiongxin', 'sxx'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['仇英', 'qiuying', 'qy'],
    ['区寄', 'ouji', 'oj'],
    ['查良镛', 'zhaliangyong', 'zly'],
    ['朴正熙', 'piaozhengxi', 'pzx'],
    ['覃振', 'qinzhen', 'qz'],
    ['欧阳修', 'ouyangxiu', 'oyx'],
  ])('reads the surname of %s as a surname (%s, %s)', (name, full, initials) => {
    expect(finds(name, full)).toBe(true);
    expect(finds(name, initials)).toBe(true);
  });

  it('also finds a polyphonic surname by its common reading', () => {
    expect(finds('单雄信', 'danxiongxin')).toBe(true);
    expect(finds('曾国藩', 'cengguofan')).toBe(true);
  });

  it('writes ü as v, as input methods do', () => {
    expect(finds('吕布', 'lvbu')).toBe(true);
    expect(finds('吕布', 'lb')).toBe(true);
  });

  it('finds Latin and minority names', () => {
    expect(finds('Maria Lopez', 'maria')).toBe(true);
    expect(finds('阿卜杜拉·买买提', 'maimaiti')).toBe(true);
    expect(finds('阿卜杜拉·买买提', '买买提')).toBe(true);
  });
});

describe('search by numbers', () => {
  it('finds 会员证号 by its start or end, in any case', () => {
    expect(finds('张三', 'hy2015', { memberNo: 'HY2015001' })).toBe(true);
    expect(finds('张三', '001', { memberNo: 'HY2015001' })).toBe(true);
    expect(finds('张三', '2015', { memberNo: 'HY2015001', docNumber: 'E1' })).toBe(false);
  });

  it('finds the last digits of the ID number, from 4 characters on', () => {
    const docNumber = '11010519491231002X';
    expect(finds('张三', '002x', { docNumber })).toBe(true);
    expect(finds('张三', '1231002X', { docNumber })).toBe(true);
    expect(finds('张三', '02x', { docNumber })).toBe(false);
    expect(finds('张三', '1949', { docNumber })).toBe(false);
  });
});

describe('filterBySearch', () => {
  it('keeps order and returns everyone for a blank query', () => {
    const members = ['张三', '李四', '张伟', '赵敏'].map((name) => ({
      name,
      keys: searchKeys(member(name)),
    }));
    expect(filterBySearch(members, (m) => m.keys, 'zh').map((m) => m.name)).toEqual([
      '张三',
      '张伟',
      '赵敏',
    ]);
    expect(filterBySearch(members, (m) => m.keys, '  ')).toHaveLength(4);
  });

  it('runs without DOM globals', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(searchKeys(member('张三'))).toContain('zhangsan');
  });
});
