/**
 * A GBK encoder for tests, built by running the platform's own GB18030 decoder backwards over
 * the two-byte GBK range: tests write "Excel on Chinese Windows" CSV files without committing
 * binary fixtures or depending on an encoding library. Not used by the app.
 */

let table: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const char = decoder.decode(pair);
      if (char.length === 1 && char !== '\uFFFD' && !map.has(char))
        map.set(char, (lead << 8) | trail);
    }
  }
  return map;
}

/** The GBK bytes of a text; throws on a character GBK does not have. */
export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(char);
    if (bytes === undefined) throw new Error(`not in GBK: U+${code.toString(16)}`);
    out.push(bytes >> 8, bytes & 0xff);
  }
  return Uint8Array.from(out);
}
