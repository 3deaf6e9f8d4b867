import { describe, expect, it } from 'vitest';
import { render } from '../../i18n';
import {
  ChoiceReader,
  cellText,
  dateFromJs,
  dateFromSerial,
  parseBooleanCell,
  parseDateCell,
  parseDocNumberCell,
} from './cells';

const date = (cell: unknown, options?: { date1904?: boolean }) =>
  parseDateCell(cell, 'members.field.joinedOn', options);

describe('parseDateCell: every form offices write', () => {
  it.each([
    ['2015-06-13'],
    ['2015/6/13'],
    ['2015.6.13'],
    ['2015年6月13日'],
    ['2015年06月13号'],
    ['20150613'],
    ['２０１５－０６－１３'],
    [' 2015 / 06 / 13 '],
    ['2015-06-13 00:00:00'],
    ['2015-06-13T00:00:00Z'],
    [42168],
    [42168.75],
    [20150613],
  ])('reads %j as 2015-06-13', (cell) => {
    expect(date(cell)).toEqual({ value: '2015-06-13' });
  });

  it('reads serial numbers around the 1900 leap-year bug', () => {
    expect(dateFromSerial(1)).toBe('1900-01-01');
    expect(dateFromSerial(59)).toBe('1900-02-28');
    expect(dateFromSerial(60)).toBeNull();
    expect(dateFromSerial(61)).toBe('1900-03-01');
    expect(dateFromSerial(0)).toBeUndefined();
    expect(date(60).error?.key).toBe('field.dateInvalid');
  });

  it('reads serial numbers of the 1904 date system', () => {
    expect(dateFromSerial(0, true)).toBe('1904-01-01');
    expect(date(40706, { date1904: true })).toEqual({ value: '2015-06-13' });
  });

  it('reads Date cells at local or UTC midnight, and drifted old dates', () => {
    expect(date(new Date(2015, 5, 13))).toEqual({ value: '2015-06-13' });
    expect(date(new Date(Date.UTC(2015, 5, 13)))).toEqual({ value: '2015-06-13' });
    // China's 1900 local mean time drift: a few minutes before midnight.
    expect(dateFromJs(new Date(new Date(1900, 0, 2).getTime() - 343_000))).toBe('1900-01-02');
    expect(date(new Date(Number.NaN)).error?.key).toBe('members.cell.dateUnreadable');
  });

  it('reads a month without a day as the 1st, with a warning', () => {
    for (const cell of ['2010.07', '2010年7月', '2010-7', '201007', 201007]) {
      const result = date(cell);
      expect(result.value).toBe('2010-07-01');
      expect(result.warning?.key).toBe('members.cell.dateMonthOnly');
    }
  });

  it('refuses a bare year, an impossible day and text that is no date', () => {
    expect(date(2015).error?.key).toBe('members.cell.dateYearOnly');
    expect(date('2015年').error?.key).toBe('members.cell.dateYearOnly');
    expect(date('2015-02-29').error?.key).toBe('field.dateInvalid');
    const bad = date('15.6.13');
    expect(bad.error?.key).toBe('members.cell.dateUnreadable');
    expect(render(bad.error!)).toContain('入会日期“15.6.13”');
  });

  it('gives blank for a blank cell', () => {
    expect(date(null)).toEqual({ value: '' });
    expect(date('  ')).toEqual({ value: '' });
  });
});

describe('parseBooleanCell', () => {
  it.each([['是'], ['√'], ['Y'], ['y'], ['1'], [1], [true], ['TRUE'], [' 是 ']])(
    '%j is yes',
    (cell) => {
      expect(parseBooleanCell(cell, 'members.field.migrantWorker')).toEqual({ value: true });
    },
  );

  it.each([['否'], ['×'], ['N'], ['0'], [0], [false], [null], ['']])('%j is no', (cell) => {
    expect(parseBooleanCell(cell, 'members.field.migrantWorker')).toEqual({ value: false });
  });

  it('refuses what it cannot read', () => {
    const result = parseBooleanCell('低保户', 'members.field.hardship');
    expect(result.error?.key).toBe('members.cell.booleanUnknown');
    expect(render(result.error!)).toContain('困难职工“低保户”');
  });
});

describe('ChoiceReader', () => {
  it('reads labels, aliases and codes, ignoring width, spaces and brackets', () => {
    const education = new ChoiceReader('education', 'members.field.education');
    expect(education.read('大学本科').value).toBe('bachelor');
    expect(education.read('大专').value).toBe('college');
    expect(education.read('中专(中技)').value).toBe('secondaryVocational');
    expect(education.read(' 中专（中技） ').value).toBe('secondaryVocational');
    const sex = new ChoiceReader('sex', 'members.field.sex');
    expect(sex.read('女').value).toBe('female');
    expect(sex.read('M').value).toBe('male');
    expect(sex.read(2).value).toBe('female');
  });

  it('leaves an unknown choice blank with a warning listing the choices', () => {
    const household = new ChoiceReader('household', 'members.field.household');
    const result = household.read('集体户');
    expect(result.value).toBe('');
    expect(render(result.warning!)).toContain('本地城镇、本地农村、外地城镇、外地农村');
  });
});

describe('parseDocNumberCell', () => {
  it('refuses an ID that arrived as a number', () => {
    const result = parseDocNumberCell(4.40524188001e17);
    expect(result.error?.key).toBe('members.cell.idAsNumber');
    expect(render(result.error!)).toContain('设置单元格格式为“文本”后重新录入');
  });

  it('keeps an old 15-digit number, which a number holds exactly', () => {
    expect(parseDocNumberCell(110105491231002)).toEqual({ value: '110105491231002' });
    expect(parseDocNumberCell('11010519491231002X')).toEqual({ value: '11010519491231002X' });
  });
});

describe('cellText', () => {
  it('writes numbers without exponent or decimals', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(1001)).toBe('1001');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(2015, 5, 13))).toBe('2015-06-13');
  });
});
