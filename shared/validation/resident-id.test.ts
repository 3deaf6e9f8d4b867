import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/fixtures/random';
import { render } from '../i18n';
import {
  checkIdAgainst,
  isResidentIdChecksumValid,
  parseResidentId,
  residentIdCheckChar,
  type ResidentIdResult,
} from './resident-id';

const today = '2024-06-01';
const parse = (input: string) => parseResidentId(input, { today });

function errorOf(result: ResidentIdResult) {
  if (result.ok) throw new Error(`expected a failure, got ${result.value}`);
  return result.error;
}

const digits = (random: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

describe('parseResidentId: the standard vectors', () => {
  it('reads 11010519491231002X as a woman born 1949-12-31', () => {
    expect(parse('11010519491231002X')).toEqual({
      ok: true,
      value: '11010519491231002X',
      areaCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
      converted15: false,
    });
  });

  it('reads 440524188001010014 as a man born 1880-01-01', () => {
    expect(parse('440524188001010014')).toMatchObject({
      ok: true,
      areaCode: '440524',
      birthDate: '1880-01-01',
      sex: 'male',
    });
  });

  it('computes the check characters of the vectors', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
  });
});

describe('parseResidentId: normalisation', () => {
  it('accepts lower-case x and stores upper-case X', () => {
    expect(parse('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('accepts full-width digits, spaces and surrounding blanks', () => {
    expect(parse(' １１０１０５ １９４９１２３１ ００２ｘ ')).toMatchObject({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('converts an old 15-digit number', () => {
    expect(parse('110105491231002')).toEqual({
      ok: true,
      value: '11010519491231002X',
      areaCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
      converted15: true,
    });
  });
});

describe('parseResidentId: errors say what is wrong', () => {
  it('asks for a number when empty', () => {
    expect(errorOf(parse('  ')).key).toBe('residentId.empty');
  });

  it('names the length', () => {
    const error = errorOf(parse('1101051949123100'));
    expect(error).toEqual({ key: 'residentId.length', params: { length: 16 } });
    expect(render(error)).toBe('身份证号应为 18 位（现在是 16 位），请核对。');
  });

  it('names the first character that is not a digit', () => {
    expect(errorOf(parse('1101051949l231002X'))).toEqual({
      key: 'residentId.badChar',
      params: { position: 11, char: 'l' },
    });
  });

  it('refuses an X before the last place', () => {
    expect(errorOf(parse('1101051949123100X2'))).toEqual({
      key: 'residentId.misplacedX',
      params: { position: 17 },
    });
    expect(errorOf(parse('11010549123100X'))).toMatchObject({ key: 'residentId.misplacedX' });
  });

  it('refuses a birth date that does not exist', () => {
    const first17 = '11010519990230002';
    const error = errorOf(parse(first17 + residentIdCheckChar(first17)));
    expect(error).toEqual({ key: 'residentId.badBirthDate', params: { date: '1999-02-30' } });
  });

  it('refuses a birth year before 1800', () => {
    const first17 = '11010517991231002';
    expect(errorOf(parse(first17 + residentIdCheckChar(first17))).key).toBe(
      'residentId.badBirthDate',
    );
  });

  it('refuses a birth date after today, but accepts today', () => {
    const future = '11010520240602002';
    expect(errorOf(parse(future + residentIdCheckChar(future)))).toEqual({
      key: 'residentId.futureBirthDate',
      params: { date: '2024-06-02' },
    });
    const born = '11010520240601002';
    expect(parse(born + residentIdCheckChar(born)).ok).toBe(true);
  });

  it('states the expected check character', () => {
    const error = errorOf(parse('110105194912310021'));
    expect(error).toEqual({ key: 'residentId.checkChar', params: { expected: 'X' } });
    expect(render(error)).toContain('身份证号校验位错误（应为 X）');
  });

  it('fails every single-digit change to a valid number', () => {
    for (const valid of ['11010519491231002X', '440524188001010014']) {
      for (let i = 0; i < 18; i += 1) {
        for (const replacement of '0123456789X') {
          if (replacement === valid[i] || (replacement === 'X' && i !== 17)) continue;
          const changed = valid.slice(0, i) + replacement + valid.slice(i + 1);
          expect(parse(changed).ok, changed).toBe(false);
        }
      }
    }
  });
});

describe('parseResidentId: the Excel trap', () => {
  it('explains scientific notation instead of reporting bad characters', () => {
    for (const input of ['4.40524188001E+17', '4.40524E17', '1.10105194912310E+17']) {
      expect(errorOf(parse(input)).key, input).toBe('residentId.excelNumber');
    }
    expect(errorOf(parse('440524188001010000.0')).key).toBe('residentId.excelNumber');
  });

  it('explains trailing zeros left by a float instead of a check character error', () => {
    expect(errorOf(parse('440524188001010000')).key).toBe('residentId.excelNumber');
    expect(errorOf(parse('440524188001010010')).key).toBe('residentId.checkChar');
  });

  it('tells the user to set the column to text', () => {
    expect(render(errorOf(parse('4.40524188001E+17')))).toContain('文本');
  });
});

describe('check characters over random numbers', () => {
  it('a computed check character always validates', () => {
    const random = seeded(11643);
    for (let n = 0; n < 2000; n += 1) {
      const first17 = digits(random, 17);
      expect(isResidentIdChecksumValid(first17 + residentIdCheckChar(first17)), first17).toBe(true);
    }
  });

  it('a number with a real birth date and its check character parses', () => {
    const random = seeded(1999);
    for (let n = 0; n < 500; n += 1) {
      const year = 1900 + Math.floor(random() * 120);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      const first17 = `${1 + Math.floor(random() * 8)}${digits(random, 5)}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${digits(random, 3)}`;
      const result = parse(first17 + residentIdCheckChar(first17));
      expect(result.ok, first17).toBe(true);
    }
  });

  it('checksum validity needs the 18-character shape', () => {
    expect(isResidentIdChecksumValid('11010519491231002X')).toBe(true);
    expect(isResidentIdChecksumValid('11010519491231002x')).toBe(false);
    expect(isResidentIdChecksumValid('110105194912310')).toBe(false);
  });
});

describe('checkIdAgainst', () => {
  const parsed = parse('11010519491231002X');

  it('is silent when the roster agrees or is blank', () => {
    expect(checkIdAgainst({ birthDate: '1949-12-31', sex: 'female' }, parsed)).toEqual([]);
    expect(checkIdAgainst({}, parsed)).toEqual([]);
    expect(checkIdAgainst({ birthDate: null, sex: null }, parsed)).toEqual([]);
  });

  it('reports a different birth date and sex', () => {
    const problems = checkIdAgainst({ birthDate: '1949-12-13', sex: 'male' }, parsed);
    expect(problems).toEqual([
      {
        key: 'residentId.birthDateMismatch',
        params: { fromId: '1949-12-31', entered: '1949-12-13' },
      },
      { key: 'residentId.sexMismatchFemale' },
    ]);
  });

  it('reports a man entered as a woman', () => {
    const man = parse('440524188001010014');
    expect(checkIdAgainst({ sex: 'female' }, man).map((m) => m.key)).toEqual([
      'residentId.sexMismatchMale',
    ]);
  });

  it('has nothing to compare when the ID did not parse', () => {
    expect(checkIdAgainst({ sex: 'male' }, parse('123'))).toEqual([]);
  });
});
