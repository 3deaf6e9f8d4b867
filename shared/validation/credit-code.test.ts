import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/fixtures/random';
import { render } from '../i18n';
import { checkCreditCode, CREDIT_CODE_ALPHABET, creditCodeCheckChar } from './credit-code';

const randomCode17 = (random: () => number) =>
  Array.from({ length: 17 }, () => CREDIT_CODE_ALPHABET.charAt(Math.floor(random() * 31))).join('');

const UNION_CODE = (() => {
  const first17 = '81330100MC1234567';
  return first17 + creditCodeCheckChar(first17);
})();

describe('checkCreditCode: valid codes', () => {
  it.each(['91350100M000100Y43', '91110000600037341L'])('accepts the vector %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ value: code, errors: [], warnings: [] });
  });

  it('computes the check characters of the vectors', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    expect(() => creditCodeCheckChar('91110000600037I41')).toThrow(RangeError);
  });

  it('normalises case, full-width characters and spaces', () => {
    expect(checkCreditCode(' ９１３５０１００ｍ000100y43 ')).toEqual({
      value: '91350100M000100Y43',
      errors: [],
      warnings: [],
    });
  });

  it('accepts a union code when a union is expected', () => {
    expect(checkCreditCode(UNION_CODE, { expectUnion: true })).toMatchObject({
      errors: [],
      warnings: [],
    });
  });
});

describe('checkCreditCode: errors', () => {
  it('asks for a code when empty', () => {
    expect(checkCreditCode('').errors).toEqual([{ key: 'creditCode.empty' }]);
  });

  it('names the length', () => {
    expect(checkCreditCode('91350100M000100Y4').errors).toEqual([
      { key: 'creditCode.length', params: { length: 17 } },
    ]);
  });

  it('names the position and character outside the alphabet, with a likely reading', () => {
    const check = checkCreditCode('91350100I000100Y43');
    expect(check.errors).toEqual([
      { key: 'creditCode.confusableChar', params: { position: 9, char: 'I', suggestion: '1' } },
    ]);
    expect(render(check.errors[0]!)).toContain('第 9 位“I”不是统一社会信用代码允许的字符');
    expect(check.warnings).toEqual([]);
  });

  it('names other characters without guessing', () => {
    expect(checkCreditCode('9135-0100M000100Y4').errors).toEqual([
      { key: 'creditCode.badChar', params: { position: 5, char: '-' } },
    ]);
  });

  it('reports both a bad character and a wrong length', () => {
    expect(checkCreditCode('9135010OM000100Y4').errors.map((m) => m.key)).toEqual([
      'creditCode.confusableChar',
      'creditCode.length',
    ]);
  });
});

describe('checkCreditCode: warnings', () => {
  it('only warns on a failed check character, naming the expected one', () => {
    const check = checkCreditCode('91350100M000100Y44');
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([{ key: 'creditCode.checkChar', params: { expected: '3' } }]);
    expect(render(check.warnings[0]!)).toContain('应为 3');
  });

  it('warns when a union is expected but the code is not 81…', () => {
    expect(checkCreditCode('91350100M000100Y43', { expectUnion: true }).warnings).toEqual([
      { key: 'creditCode.notUnion', params: { prefix: '91' } },
    ]);
    expect(checkCreditCode('91350100M000100Y43').warnings).toEqual([]);
  });

  it('flags every single-character change to a valid code', () => {
    for (const valid of ['91350100M000100Y43', '91110000600037341L', UNION_CODE]) {
      for (let i = 0; i < 18; i += 1) {
        for (const replacement of CREDIT_CODE_ALPHABET) {
          if (replacement === valid[i]) continue;
          const changed = valid.slice(0, i) + replacement + valid.slice(i + 1);
          expect(checkCreditCode(changed).warnings.length, changed).toBeGreaterThan(0);
        }
      }
    }
  });

  it('a computed check character always validates', () => {
    const random = seeded(32100);
    for (let n = 0; n < 2000; n += 1) {
      const first17 = randomCode17(random);
      const check = checkCreditCode(first17 + creditCodeCheckChar(first17));
      expect(check.errors.length + check.warnings.length, first17).toBe(0);
    }
  });
});
