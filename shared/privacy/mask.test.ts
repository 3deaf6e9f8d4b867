import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 of a resident ID', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber(' 440524188001010014 ')).toBe('440524********0014');
  });

  it('hides the birth date of an old 15-digit number', () => {
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
  });

  it('keeps less of shorter documents, never more than half', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
    expect(maskIdNumber('H1234567')).toBe('H*****67');
    expect(maskIdNumber('12345')).toBe('1***5');
    expect(maskIdNumber('1234')).toBe('1**4');
    expect(maskIdNumber('123')).toBe('1**');
    expect(maskIdNumber('12')).toBe('**');
    for (const value of ['E12345678', 'H1234567', 'ABCDEF', '12345', '1234', '123', '12', '1']) {
      const visible = [...maskIdNumber(value)].filter((ch) => ch !== '*').length;
      expect(visible * 2, value).toBeLessThanOrEqual(value.length);
    }
  });

  it('tolerates empty input', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('   ')).toBe('');
    expect(maskIdNumber(null)).toBe('');
    expect(maskIdNumber(undefined)).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('138 0013 8000')).toBe('138****8000');
    expect(maskPhone('+86 138-0013-8000')).toBe('138****8000');
  });

  it('masks a landline the same way', () => {
    expect(maskPhone('010-62345678')).toBe('010****5678');
  });

  it('tolerates short and empty input without revealing it', () => {
    expect(maskPhone('12351')).toBe('***51');
    expect(maskPhone('123')).toBe('***');
    expect(maskPhone('')).toBe('');
    expect(maskPhone(null)).toBe('');
  });
});
