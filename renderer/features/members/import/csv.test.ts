import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('keeps every cell as text: an 18-digit ID and leading zeros survive', () => {
    expect(parseCsv('姓名,身份证号,会员证号\n张三,330106198503120116,007\n')).toEqual([
      ['姓名', '身份证号', '会员证号'],
      ['张三', '330106198503120116', '007'],
    ]);
  });

  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\nd,e,f,g')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['d', 'e', 'f', 'g'],
    ]);
  });

  it('keeps blank lines so row numbers match the sheet', () => {
    expect(parseCsv('标题\r\n\r\n姓名,身份证号\r\n张三,1\r\n')).toEqual([
      ['标题'],
      [],
      ['姓名', '身份证号'],
      ['张三', '1'],
    ]);
  });

  it('unwraps ="…" that exports use to keep digits as text', () => {
    expect(parseCsv('="330106198503120116",="0571"')).toEqual([['330106198503120116', '0571']]);
  });

  it('finds tab, semicolon and the sep= hint', () => {
    expect(detectDelimiter('姓名\t身份证号\n张三\t1')).toBe('\t');
    expect(detectDelimiter('姓名;身份证号;"a,b"\n张三;1;2')).toBe(';');
    expect(detectDelimiter('sep=;\na,b;c')).toBe(';');
    expect(parseCsv('sep=;\n姓名;身份证号\n张三;1')).toEqual([
      ['姓名', '身份证号'],
      ['张三', '1'],
    ]);
    expect(parseCsv('姓名\t身份证号\n张三\t1')).toEqual([
      ['姓名', '身份证号'],
      ['张三', '1'],
    ]);
  });

  it('handles a last line without a break and an empty last quoted cell', () => {
    expect(parseCsv('a,b\nc,""')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});
