import { describe, expect, it } from 'vitest';
import { compactCode, toHalfWidth } from './normalize';

describe('toHalfWidth', () => {
  it('converts full-width digits, letters and punctuation', () => {
    expect(toHalfWidth('１１０１０５ｘＸ－＋')).toBe('110105xX-+');
  });

  it('converts the ideographic space and leaves Chinese text alone', () => {
    expect(toHalfWidth('工会\u3000委员会')).toBe('工会 委员会');
  });
});

describe('compactCode', () => {
  it('removes all whitespace, including full-width spaces and line breaks', () => {
    expect(compactCode(' 9135 0100\u3000M000\n100Y43\t')).toBe('91350100M000100Y43');
  });

  it('keeps an empty string empty', () => {
    expect(compactCode('   ')).toBe('');
  });
});
