import { describe, expect, it } from 'vitest';
import { cleanName, cleanText } from './text';

describe('cleanName', () => {
  it('removes padding inside Chinese names', () => {
    expect(cleanName(' 张  三 ')).toBe('张三');
    expect(cleanName('张\u3000三')).toBe('张三');
  });

  it('unifies the middle dot of minority names', () => {
    expect(cleanName('阿卜杜拉.买买提')).toBe('阿卜杜拉·买买提');
    expect(cleanName('阿卜杜拉 • 买买提')).toBe('阿卜杜拉·买买提');
  });

  it('keeps single spaces in Latin names', () => {
    expect(cleanName('  Maria   Lopez ')).toBe('Maria Lopez');
  });
});

describe('cleanText', () => {
  it('collapses line breaks and runs of spaces', () => {
    expect(cleanText(' 一车间\n 装配班 ')).toBe('一车间 装配班');
  });
});
