import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { decodeBase64Native, decodeBase64Portable, decodeBase64Strict } from './base64';
import { seeded } from '../../test/fixtures/random';

const decoders = {
  portable: decodeBase64Portable,
  native: (text: string) => decodeBase64Native(text, Buffer),
};

it('uses the native decoder where Node has one', () => {
  expect(decodeBase64Strict('Zm9v')).toEqual(new Uint8Array([102, 111, 111]));
  expect(decodeBase64Strict).not.toBe(decodeBase64Portable);
});

describe.each(Object.entries(decoders))('strict base64 (%s)', (_name, decodeBase64Strict) => {
  it('decodes the RFC 4648 §10 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      const bytes = decodeBase64Strict(encoded)!;
      expect(new TextDecoder().decode(bytes)).toBe(plain);
      // A plain Uint8Array of its own, never a view into a shared pool.
      expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.buffer.byteLength).toBe(bytes.length);
    }
  });

  it('agrees with @scure/base on random bytes of every length up to 100', () => {
    const random = seeded(11);
    for (let length = 1; length <= 100; length += 1) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      expect(decodeBase64Strict(base64.encode(bytes))).toEqual(bytes);
    }
  });

  it('refuses every second spelling: no padding, bad letters, set unused bits, whitespace', () => {
    for (const text of [
      'Zg',
      'Zg=',
      'Zh==',
      'Zm9=',
      'Zm8',
      'Zm9v\n',
      'Zm 9v',
      'Zm-_',
      'Zm9v====',
      '=Zm9',
      'Zm=v',
      'Zg==Zg==',
      'Z\u0100==',
      'Zm9\u0176',
    ]) {
      expect(decodeBase64Strict(text), text).toBeNull();
    }
  });
});
