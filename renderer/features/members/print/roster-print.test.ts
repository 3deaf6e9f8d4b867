import { describe, expect, it } from 'vitest';
import { makeMember } from '../../../../shared/members/fixtures';
import { memberCardContent } from './member-card';
import { needsStatusColumn, rosterPrintColumns, rosterPrintRow } from './roster-print';

const member = makeMember({
  docNumber: '11010519491231002X',
  sex: 'female',
  birthDate: '1949-12-31',
  mobile: '13800138000',
  department: '一车间',
  position: '装配工',
  hardship: true,
});

describe('printed roster', () => {
  it('has one cell per column, masked by default', () => {
    const columns = rosterPrintColumns(false);
    const row = rosterPrintRow(member, 0, { reveal: false, withStatus: false });
    expect(row).toHaveLength(columns.length);
    const cell = (key: string) => row[columns.findIndex((c) => c.key === key)];
    expect(cell('index')).toBe('1');
    expect(cell('docNumber')).toBe('110105********002X');
    expect(cell('mobile')).toBe('138****8000');
    expect(cell('migrantWorker')).toBe('是');
    expect(cell('departmentPosition')).toBe('一车间 / 装配工');
    expect(columns.map((c) => c.header)).toContain('证件号码');
  });

  it('shows full numbers only when revealed, and a status column only when needed', () => {
    const row = rosterPrintRow(member, 4, { reveal: true, withStatus: true });
    expect(row).toContain('11010519491231002X');
    expect(row).toContain('13800138000');
    expect(row.at(-1)).toBe('在册');
    expect(rosterPrintColumns(true).at(-1)?.header).toBe('会籍');
    expect(needsStatusColumn([member])).toBe(false);
    expect(needsStatusColumn([member, { status: 'left' }])).toBe(true);
  });
});

describe('member card', () => {
  it('lists every field, the flags and the history, masked by default', () => {
    const card = memberCardContent(
      member,
      [
        { type: 'join', date: '2015-06-13' },
        { type: 'transferOut', date: '2024-03-01', reason: '调往分公司' },
      ],
      { reveal: false },
    );
    expect(card.fields.docNumber).toEqual({ label: '证件号码', value: '110105********002X' });
    expect(card.fields.mobile.value).toBe('138****8000');
    expect(card.fields.ethnicity.value).toBe('汉族');
    expect(card.flags).toEqual([
      { label: '困难职工', checked: true },
      { label: '劳模', checked: false },
      { label: '工会积极分子', checked: false },
      { label: '会员代表', checked: false },
    ]);
    expect(card.history).toEqual([
      { date: '2015-06-13', type: '入会', reason: '' },
      { date: '2024-03-01', type: '转出', reason: '调往分公司' },
    ]);
    expect(memberCardContent(member, [], { reveal: true }).fields.docNumber.value).toBe(
      '11010519491231002X',
    );
  });
});
