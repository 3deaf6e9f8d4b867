import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { checkContactPhone, checkMobile, type PhoneResult } from './phone';

function errorKey(result: PhoneResult): string {
  if (result.ok) throw new Error(`expected a failure, got ${result.value}`);
  return result.error.key;
}

describe('checkMobile', () => {
  it.each([
    '13800138000',
    ' 138 0013 8000 ',
    '138-0013-8000',
    '+86 138 0013 8000',
    '+86-13800138000',
    '8613800138000',
    '0086 13800138000',
    '１３８００１３８０００',
  ])('accepts %s as 13800138000', (input) => {
    expect(checkMobile(input)).toEqual({ ok: true, value: '13800138000', kind: 'mobile' });
  });

  it('names a wrong length', () => {
    const result = checkMobile('1380013800');
    expect(result).toEqual({
      ok: false,
      value: '1380013800',
      error: { key: 'phone.mobileLength', params: { length: 10 } },
    });
    if (!result.ok) expect(render(result.error)).toBe('手机号应为 11 位（现在是 10 位），请核对。');
  });

  it('refuses numbers that cannot be mobiles', () => {
    expect(errorKey(checkMobile('12800138000'))).toBe('phone.mobilePrefix');
    expect(errorKey(checkMobile('23800138000'))).toBe('phone.mobilePrefix');
  });

  it('names a character it cannot read', () => {
    expect(checkMobile('138O0138000')).toMatchObject({
      ok: false,
      error: { key: 'phone.badChar', params: { char: 'O' } },
    });
  });

  it('asks for a number when empty', () => {
    expect(errorKey(checkMobile('   '))).toBe('phone.empty');
  });

  it('does not take a landline for a mobile', () => {
    expect(errorKey(checkMobile('010-12345678'))).toBe('phone.mobilePrefix');
  });
});

describe('checkContactPhone', () => {
  it('accepts a mobile', () => {
    expect(checkContactPhone('+86 138-0013-8000')).toEqual({
      ok: true,
      value: '13800138000',
      kind: 'mobile',
    });
  });

  it.each([
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['(010)12345678', '010-12345678'],
    ['（010）1234 5678', '010-12345678'],
    ['020 8765 4321', '020-87654321'],
    ['0755-1234567', '0755-1234567'],
    ['07551234567', '0755-1234567'],
    ['0571-8765-4321', '0571-87654321'],
    ['0755-1234567-801', '0755-1234567-801'],
    ['0755-1234567转801', '0755-1234567-801'],
    ['0755 1234567 ext. 801', '0755-1234567-801'],
    ['0755—1234567', '0755-1234567'],
  ])('accepts the landline %s as %s', (input, value) => {
    expect(checkContactPhone(input)).toEqual({ ok: true, value, kind: 'landline' });
  });

  it('asks for the area code of a local number', () => {
    expect(errorKey(checkContactPhone('87654321'))).toBe('phone.landlineNeedsArea');
  });

  it('refuses an area code that does not exist', () => {
    expect(checkContactPhone('012-12345678')).toMatchObject({
      ok: false,
      error: { key: 'phone.landlineArea', params: { area: '012' } },
    });
    expect(errorKey(checkContactPhone('0055-1234567'))).toBe('phone.landlineArea');
  });

  it('refuses a subscriber number of the wrong size or shape', () => {
    expect(checkContactPhone('0755-12345')).toMatchObject({
      ok: false,
      error: { key: 'phone.landlineNumber', params: { number: '12345' } },
    });
    expect(errorKey(checkContactPhone('010-123456789'))).toBe('phone.landlineNumber');
    expect(errorKey(checkContactPhone('010-02345678'))).toBe('phone.landlineNumber');
  });

  it('refuses a long extension', () => {
    expect(errorKey(checkContactPhone('0755-1234567-8012345'))).toBe('phone.extension');
  });

  it('refuses other shapes with an example of what is accepted', () => {
    expect(errorKey(checkContactPhone('4008123123'))).toBe('phone.contactInvalid');
    expect(errorKey(checkContactPhone('0755-1234567-801-2'))).toBe('phone.contactInvalid');
    expect(render({ key: 'phone.contactInvalid' })).toContain('010-12345678');
  });

  it('names letters and asks for a number when empty', () => {
    expect(errorKey(checkContactPhone('电话 0755-1234567'))).toBe('phone.badChar');
    expect(errorKey(checkContactPhone(''))).toBe('phone.empty');
  });
});
