/**
 * UTF-8 through the runtime's TextEncoder/TextDecoder, present in Node 20 and every browser.
 * shared/ is compiled without DOM or Node types, so the two members used are declared here.
 */
interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label: string,
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string };
}

const codecs = globalThis as unknown as TextCodecs;
const encoder = new codecs.TextEncoder();
// ignoreBOM keeps a leading byte-order mark in the text instead of dropping it silently: a BOM
// in front of a signed file would otherwise give a second byte spelling that opens as valid.
const strictDecoder = new codecs.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Decodes UTF-8, throwing on any invalid byte sequence instead of substituting U+FFFD. A leading
 * BOM stays in the text as U+FEFF.
 */
export function utf8DecodeStrict(bytes: Uint8Array): string {
  return strictDecoder.decode(bytes);
}
