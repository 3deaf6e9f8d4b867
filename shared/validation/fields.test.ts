import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { checkCount, checkPastDate, checkText } from './fields';

const label = 'profile.field.unionName' as const;

describe('checkText', () => {
  it('trims and keeps text within the limit', () => {
    expect(checkText('  某某公司工会 ', { label, required: true, max: 100 })).toEqual({
      value: '某某公司工会',
    });
  });

  it('names the field when required text is blank', () => {
    const check = checkText('  ', { label, required: true, max: 100 });
    expect(check.error && render(check.error)).toBe('请填写工会名称。');
  });

  it('stores blank optional text as undefined', () => {
    expect(checkText('', { label, required: false, max: 100 })).toEqual({ value: undefined });
    expect(checkText(null, { label, required: false, max: 100 })).toEqual({ value: undefined });
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(checkText('𠀀'.repeat(3), { label, required: true, max: 3 }).error).toBeUndefined();
    expect(checkText('工'.repeat(4), { label, required: true, max: 3 }).error).toEqual({
      key: 'field.tooLong',
      params: { field: '工会名称', max: 3, length: 4 },
    });
  });
});

describe('checkCount', () => {
  const women = 'profile.field.workforceWomen' as const;

  it('accepts whole numbers from 0', () => {
    expect(checkCount(0, { label: women })).toEqual({ value: 0 });
    expect(checkCount(1200, { label: women })).toEqual({ value: 1200 });
  });

  it('refuses blanks, fractions, negatives and non-numbers', () => {
    expect(checkCount(null, { label: women }).error?.key).toBe('field.required');
    expect(checkCount(undefined, { label: women, zeroHint: true }).error?.key).toBe(
      'field.countRequired',
    );
    for (const bad of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(checkCount(bad, { label: women }).error?.key, String(bad)).toBe('field.countInvalid');
    }
  });
});

describe('checkPastDate', () => {
  const rule = { label: 'profile.field.foundedOn' as const, required: false, today: '2024-06-01' };

  it('accepts a real past date and today', () => {
    expect(checkPastDate('2015-07-01', rule)).toEqual({ value: '2015-07-01' });
    expect(checkPastDate('2024-06-01', rule)).toEqual({ value: '2024-06-01' });
  });

  it('stores a blank optional date as undefined and requires a required one', () => {
    expect(checkPastDate('', rule)).toEqual({ value: undefined });
    expect(checkPastDate('', { ...rule, required: true }).error?.key).toBe('field.required');
  });

  it('says what is wrong with a bad date', () => {
    expect(checkPastDate('2015/7/1', rule).error?.key).toBe('field.dateFormat');
    expect(checkPastDate('2015-02-29', rule).error).toEqual({
      key: 'field.dateInvalid',
      params: { field: '成立日期', date: '2015-02-29' },
    });
    expect(checkPastDate('2024-06-02', rule).error?.key).toBe('field.dateFuture');
  });
});
