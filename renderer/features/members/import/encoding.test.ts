import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, isValidUtf8 } from './encoding';
import { encodeGbk } from './gbk-encoder';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV text encoding', () => {
  it('decodes GBK bytes of known characters (张 = D5 C5, 三 = C8 FD, 姓名 = D0 D5 C3 FB)', () => {
    const bytes = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]);
    expect(isValidUtf8(bytes)).toBe(false);
    expect(decodeText(bytes)).toEqual({ text: '姓名\n张三', encoding: 'gb18030', bom: false });
  });

  it('has an encoder for tests that agrees with those known bytes', () => {
    expect([...encodeGbk('姓名,张三')]).toEqual([
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd,
    ]);
    const text = '序号,姓名,身份证号,入会日期\n1,欧阳娜娜,330106198503120116,2015年6月13日';
    expect(decodeText(encodeGbk(text)).text).toBe(text);
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    const text = '姓名,身份证号\n张三,330106198503120116';
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', bom: false });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeText(withBom)).toEqual({ text, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 saved by Excel as "Unicode text"', () => {
    const text = '姓名\t身份证号';
    const le = [0xff, 0xfe];
    for (const char of text) {
      const code = char.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
    }
    expect(decodeText(Uint8Array.from(le))).toEqual({ text, encoding: 'utf-16le', bom: true });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(detectEncoding(utf8('name,id\n'))).toEqual({ encoding: 'utf-8', bom: 0 });
  });
});
