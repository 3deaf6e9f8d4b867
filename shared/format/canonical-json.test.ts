import { describe, expect, it } from 'vitest';
import { canonicalHash, canonicalJson, sha256Hex } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts keys and writes numbers as ECMAScript does (RFC 8785 §3.2)', () => {
    expect(canonicalJson({ b: 2, a: [1, 'x', { d: true, c: null }] })).toBe(
      '{"a":[1,"x",{"c":null,"d":true}],"b":2}',
    );
    expect(canonicalJson({ n: 1e21, m: 0.000001, z: -0 })).toBe('{"m":0.000001,"n":1e+21,"z":0}');
  });

  it('gives the same hash for the same content in any key order', () => {
    expect(canonicalHash({ a: '中文', b: 1 })).toBe(canonicalHash({ b: 1, a: '中文' }));
    expect(canonicalHash({ a: '中文', b: 1 })).not.toBe(canonicalHash({ a: '中文', b: 2 }));
  });

  it('hashes UTF-8 with SHA-256 (FIPS 180-2 "abc" vector)', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
