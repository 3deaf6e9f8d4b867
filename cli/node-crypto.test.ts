import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { sha256HexAsync } from '../shared/signing/digest';
import { createEd25519Verifier } from '../shared/signing/ed25519';
import { RFC8032_VECTORS } from '../shared/signing/rfc8032-vectors';
import { nodeEd25519Verifier, nodeSha256Hex } from './node-crypto';

// The command's node:crypto verifier must answer exactly as the app's WebCrypto one does.
describe('node:crypto Ed25519 verifier (RFC 8032 §7.1)', () => {
  const verifier = nodeEd25519Verifier();
  const reference = createEd25519Verifier();

  it.each(RFC8032_VECTORS)('verifies the published signature of $name', async (vector) => {
    const args = [vector.publicKey, vector.signature, vector.message].map(hexToBytes) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    expect(await verifier.verify(...args)).toBe(true);
  });

  it.each(RFC8032_VECTORS)(
    'refuses $name with a bit flipped in the signature, the message or the key',
    async (vector) => {
      const publicKey = hexToBytes(vector.publicKey);
      const signature = hexToBytes(vector.signature);
      const message = hexToBytes(vector.message);
      const flipped = (bytes: Uint8Array, at: number) => {
        const copy = bytes.slice();
        copy[at]! ^= 0x01;
        return copy;
      };
      expect(await verifier.verify(publicKey, flipped(signature, 5), message)).toBe(false);
      expect(await verifier.verify(publicKey, flipped(signature, 40), message)).toBe(false);
      expect(await verifier.verify(publicKey, signature, new Uint8Array([...message, 0]))).toBe(
        false,
      );
      const otherKey = flipped(publicKey, 3);
      const answer = await verifier.verify(otherKey, signature, message);
      expect(answer).toBe(false);
      expect(answer).toBe(await reference.verify(otherKey, signature, message));
    },
  );

  it('answers false, never throws, for keys and signatures of the wrong length or off the curve', async () => {
    const [vector] = RFC8032_VECTORS;
    const message = hexToBytes(vector!.message);
    const signature = hexToBytes(vector!.signature);
    const publicKey = hexToBytes(vector!.publicKey);
    expect(await verifier.verify(new Uint8Array(31), signature, message)).toBe(false);
    expect(await verifier.verify(publicKey, signature.slice(1), message)).toBe(false);
    const offCurve = new Uint8Array(32);
    offCurve[0] = 2; // y = 2 has no x on the curve
    expect(await verifier.verify(offCurve, signature, message)).toBe(false);
    // Still verifies good signatures after a bad key went through the cache.
    expect(await verifier.verify(publicKey, signature, message)).toBe(true);
  });
});

describe('node:crypto SHA-256', () => {
  it('gives the FIPS 180-2 digests and the same hex as WebCrypto', async () => {
    expect(nodeSha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(nodeSha256Hex(new Uint8Array(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    const bytes = hexToBytes(RFC8032_VECTORS.at(-1)!.message);
    expect(nodeSha256Hex(bytes)).toBe(await sha256HexAsync(bytes));
  });
});
