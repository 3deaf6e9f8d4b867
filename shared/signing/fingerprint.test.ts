import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_PATTERN,
  groupFingerprint,
  keyFingerprint,
  normaliseFingerprint,
} from './fingerprint';

// RFC 8032 TEST 1's public key; its SHA-256 computed independently (sha256sum of the 32 bytes).
const TEST1_PUBLIC = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const TEST1_FINGERPRINT = '21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9';

describe('key fingerprints', () => {
  it('is the lowercase hex SHA-256 of the raw public key', () => {
    expect(keyFingerprint(hexToBytes(TEST1_PUBLIC))).toBe(TEST1_FINGERPRINT);
    expect(FINGERPRINT_PATTERN.test(TEST1_FINGERPRINT)).toBe(true);
  });

  it('prints in sixteen upper-case groups of four for the slip', () => {
    const grouped = groupFingerprint(TEST1_FINGERPRINT);
    expect(grouped).toBe(
      '21FE 31DF A154 A261 626B F854 046F D227 1B7B ED4B 6ABE 45AA 5887 7EF4 7F97 21B9',
    );
    expect(grouped.split(' ')).toHaveLength(16);
  });

  it('reads back what a person typed from the slip, whatever the spacing, dashes and case', () => {
    expect(normaliseFingerprint(groupFingerprint(TEST1_FINGERPRINT))).toBe(TEST1_FINGERPRINT);
    const typed = ` ${TEST1_FINGERPRINT.slice(0, 8)}-${TEST1_FINGERPRINT.slice(8).toUpperCase()}\n`;
    expect(normaliseFingerprint(typed)).toBe(TEST1_FINGERPRINT);
    expect(normaliseFingerprint(TEST1_FINGERPRINT.replace(/(.{4})/g, '$1：'))).toBe(
      TEST1_FINGERPRINT,
    );
  });

  it('refuses what is not 64 hex digits', () => {
    expect(normaliseFingerprint(TEST1_FINGERPRINT.slice(1))).toBeNull();
    expect(normaliseFingerprint(`${TEST1_FINGERPRINT}0`)).toBeNull();
    expect(normaliseFingerprint(TEST1_FINGERPRINT.replace('f', 'g'))).toBeNull();
    expect(normaliseFingerprint('')).toBeNull();
  });
});
