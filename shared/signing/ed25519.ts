/**
 * Ed25519 through WebCrypto, which Node 20 and Chromium both provide as `globalThis.crypto`:
 * native code, an order of magnitude faster than a pure-JS curve when a federation verifies
 * thousands of reports. shared/ is compiled without DOM or Node types, so the few WebCrypto
 * members used here are declared locally.
 */

type KeyUsage = 'sign' | 'verify';

/** The opaque handle WebCrypto returns; only ever passed back to it. */
export interface OpaqueKey {
  readonly type: string;
  readonly extractable: boolean;
}

interface SubtleLike {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'Ed25519' },
    extractable: boolean,
    usages: KeyUsage[],
  ): Promise<OpaqueKey>;
  verify(
    algorithm: { name: 'Ed25519' },
    key: OpaqueKey,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
  sign(algorithm: { name: 'Ed25519' }, key: OpaqueKey, data: Uint8Array): Promise<ArrayBuffer>;
  generateKey(
    algorithm: { name: 'Ed25519' },
    extractable: boolean,
    usages: KeyUsage[],
  ): Promise<{ publicKey: OpaqueKey; privateKey: OpaqueKey }>;
  exportKey(format: 'raw', key: OpaqueKey): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SIGNATURE_BYTES = 64;

export function subtleCrypto(): SubtleLike {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this runtime');
  return subtle;
}

/** Verifies Ed25519 signatures; caches imported public keys, as one union signs many files. */
export interface Ed25519Verifier {
  verify(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean>;
}

export function createEd25519Verifier(): Ed25519Verifier {
  const subtle = subtleCrypto();
  const keys = new Map<string, Promise<OpaqueKey>>();
  return {
    async verify(publicKey, signature, message) {
      if (publicKey.length !== ED25519_PUBLIC_KEY_BYTES) return false;
      if (signature.length !== ED25519_SIGNATURE_BYTES) return false;
      const cacheKey = String.fromCharCode(...publicKey);
      let key = keys.get(cacheKey);
      if (!key) {
        key = subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
        keys.set(cacheKey, key);
      }
      try {
        return await subtle.verify({ name: 'Ed25519' }, await key, signature, message);
      } catch {
        // A public key that is not a curve point makes importKey/verify throw: not valid.
        keys.delete(cacheKey);
        return false;
      }
    },
  };
}

/**
 * Whoever holds a private key: the desktop main process, the browser platform's non-extractable
 * WebCrypto key, or a test. The private key never leaves the signer.
 */
export interface Signer {
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** A signer over a WebCrypto key pair (browser platform, tests, benchmarks). */
export async function webCryptoSigner(pair: {
  publicKey: OpaqueKey;
  privateKey: OpaqueKey;
}): Promise<Signer> {
  const subtle = subtleCrypto();
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey,
    sign: async (message) =>
      new Uint8Array(await subtle.sign({ name: 'Ed25519' }, pair.privateKey, message)),
  };
}

/** A fresh key pair whose private half cannot be exported. */
export async function generateEd25519KeyPair(): Promise<{
  publicKey: OpaqueKey;
  privateKey: OpaqueKey;
}> {
  return subtleCrypto().generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
}
