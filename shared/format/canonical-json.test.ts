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

/** RFC 8785 Appendix B: IEEE-754 bit patterns and the text JCS writes for them. */
const APPENDIX_B: readonly [bits: string, text: string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

function doubleFromBits(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bits}`));
  return view.getFloat64(0);
}

describe('RFC 8785 test vectors', () => {
  it.each(APPENDIX_B)('writes the double %s as %s (Appendix B)', (bits, text) => {
    expect(canonicalJson(doubleFromBits(bits))).toBe(text);
    expect(canonicalJson([doubleFromBits(bits)])).toBe(`[${text}]`);
  });

  it('refuses NaN and Infinity (Appendix B), which have no JSON form', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      expect(() => canonicalJson({ n: doubleFromBits(bits) })).toThrow();
    }
  });

  it('sorts property names by UTF-16 code units, not code points or locale (§3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Read the order off the text: JSON.parse would move the integer-like key "1" to the front.
    const values = [...canonicalJson(input).matchAll(/:"([^"]*)"/g)].map((m) => m[1]);
    expect(values).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    // A surrogate pair (U+1F600 → D83D …) sorts before U+FB33 although its code point is higher.
    expect(canonicalJson({ '\ufb33': 1, '\ud83d\ude00': 2 })).toBe('{"\ud83d\ude00":2,"\ufb33":1}');
    expect(canonicalJson({ 张: 1, 王: 2, 李: 3 })).toBe('{"张":1,"李":3,"王":2}');
  });

  it('writes the §3.2.4 example: numbers, escapes, literals and nesting', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('escapes only what JSON requires, in the short form where one exists (§3.2.2.2)', () => {
    expect(canonicalJson('\b\f\n\r\t"\\')).toBe('"\\b\\f\\n\\r\\t\\"\\\\"');
    expect(canonicalJson('\u0000\u001f\u007f')).toBe('"\\u0000\\u001f\u007f"');
    // Non-ASCII is written as UTF-8, never as \u escapes; "/" is not escaped.
    expect(canonicalJson('工会/€')).toBe('"工会/€"');
  });
});
