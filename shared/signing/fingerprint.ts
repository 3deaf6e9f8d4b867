import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * A key's id everywhere (envelope `keyid`, registry, slip): lowercase hex SHA-256 of the raw
 * 32-byte public key. Printed in groups of four so a person can compare it with a stamped slip.
 */
export function keyFingerprint(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey));
}

export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/;

/** "7C26 E5F3 …": 16 groups of four, upper case, for print and comparison by eye. */
export function groupFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * What a user typed from a slip, in the canonical form, or null when it is not 64 hex digits.
 * Spaces, dashes and case do not matter.
 */
export function normaliseFingerprint(typed: string): string | null {
  const compact = typed.replace(/[\s\-:：]/g, '').toLowerCase();
  return FINGERPRINT_PATTERN.test(compact) ? compact : null;
}
