import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import {
  ED25519_PUBLIC_KEY_BYTES,
  ED25519_SIGNATURE_BYTES,
  type Ed25519Verifier,
} from '../shared/signing/ed25519';

/**
 * The command's Ed25519 and SHA-256 through node:crypto rather than WebCrypto: the same OpenSSL
 * underneath, without WebCrypto's per-call algorithm normalising and promise plumbing, which cost
 * the main thread more than the hashing itself over ten thousand files. The app keeps WebCrypto
 * (shared/signing/ed25519.ts); both pass the RFC 8032 vectors.
 */

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw 32 bytes follow it. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function nodeEd25519Verifier(): Ed25519Verifier {
  const keys = new Map<string, KeyObject | null>();
  const keyFor = (publicKey: Uint8Array): KeyObject | null => {
    const cacheKey = Buffer.from(publicKey).toString('base64');
    let key = keys.get(cacheKey);
    if (key === undefined) {
      try {
        key = createPublicKey({
          key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]),
          format: 'der',
          type: 'spki',
        });
      } catch {
        // Not a point on the curve: nothing it "signs" verifies.
        key = null;
      }
      keys.set(cacheKey, key);
    }
    return key;
  };
  return {
    verify(publicKey, signature, message) {
      if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) return Promise.resolve(false);
      if (signature.length !== ED25519_SIGNATURE_BYTES) return Promise.resolve(false);
      const key = keyFor(publicKey);
      if (!key) return Promise.resolve(false);
      // The callback form runs in libuv's thread pool, off the thread that parses the next file.
      return new Promise((resolve) => {
        verify(null, message, key, signature, (error, ok) => resolve(!error && ok));
      });
    },
  };
}

/** Lowercase hex SHA-256: synchronous, as a report file's 30 kB hash in tens of microseconds. */
export function nodeSha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
