import { describe, expect, it } from 'vitest';
import { utf8DecodeStrict, utf8Encode } from './utf8';

describe('strict UTF-8', () => {
  it('round-trips text, including a literal U+FFFD and characters outside the BMP', () => {
    for (const text of ['工会', 'a\uFFFDb', '😀 基层', '']) {
      expect(utf8DecodeStrict(utf8Encode(text))).toBe(text);
    }
  });

  it('refuses invalid sequences instead of replacing them', () => {
    for (const bytes of [[0xff], [0xe5, 0xb7], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x61, 0x80]]) {
      expect(() => utf8DecodeStrict(new Uint8Array(bytes))).toThrow();
    }
    // A real U+FFFD next to an invalid byte is still an error.
    expect(() => utf8DecodeStrict(new Uint8Array([0xef, 0xbf, 0xbd, 0xff]))).toThrow();
  });

  it('keeps a leading byte-order mark, so a file with one is not the same text', () => {
    expect(utf8DecodeStrict(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\uFEFFa');
  });
});
