/** Byte helpers shared by the container and its encryption. */

/**
 * The same bytes as a view WebCrypto accepts. WebCrypto refuses views of a SharedArrayBuffer, and
 * TypeScript types `Uint8Array` as possibly shared; a view of an ordinary buffer is passed on
 * without copying, anything else is copied once.
 */
export function bufferSource(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const buffer = view.buffer;
  if (buffer instanceof ArrayBuffer)
    return new Uint8Array(buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(view);
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX[byte];
  return hex;
}

/** Lowercase hex SHA-256; WebCrypto hashes off the main thread in Chromium. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bufferSource(data))));
}

export function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** True when `bytes` is a proper, non-empty beginning of `prefix`: a file cut off inside it. */
export function isCutOffPrefix(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length > 0 && bytes.length < prefix.length && startsWith(prefix, bytes);
}

/** One allocation and one copy per chunk, whatever the number of chunks. */
export function concatBytes(chunks: readonly Uint8Array[], totalLength?: number): Uint8Array {
  const length = totalLength ?? chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function readUint16LE(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

export function readUint32LE(bytes: Uint8Array, offset: number): number {
  return (readUint16LE(bytes, offset) | (readUint16LE(bytes, offset + 2) << 16)) >>> 0;
}

/** Lets the renderer paint (a progress bar) between slices of synchronous work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
