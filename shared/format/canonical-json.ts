import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * RFC 8785 (JCS) canonical JSON and its SHA-256: the one way UnionDesk turns a record into bytes
 * that a hash or signature covers, so the same content always gives the same hash on every
 * platform. Sync and pure, so the command-line verifier uses the same code.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  // canonicalize returns undefined only for undefined/functions/symbols at the top level.
  if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
  return text;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
