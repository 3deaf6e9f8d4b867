import { hexToBytes, bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createEd25519Verifier, generateEd25519KeyPair, webCryptoSigner } from './ed25519';
import { RFC8032_VECTORS } from './rfc8032-vectors';

/**
 * RFC 8032 §7.1 against the runtime's WebCrypto. WebCrypto cannot import a raw seed, so the
 * signing half wraps the seed in the fixed PKCS#8 prefix for Ed25519 (RFC 8410) — here only;
 * the app never imports a private key.
 */
const PKCS8_ED25519_PREFIX = hexToBytes('302e020100300506032b657004220420');

async function signWithSeed(
  seedHex: string,
  message: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const der = new Uint8Array([...PKCS8_ED25519_PREFIX, ...hexToBytes(seedHex)]);
  const key = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key, message));
}

describe('Ed25519 (RFC 8032 §7.1)', () => {
  const verifier = createEd25519Verifier();

  it.each(RFC8032_VECTORS)('verifies the published signature of $name', async (vector) => {
    const ok = await verifier.verify(
      hexToBytes(vector.publicKey),
      hexToBytes(vector.signature),
      hexToBytes(vector.message),
    );
    expect(ok).toBe(true);
  });

  it.each(RFC8032_VECTORS)('signs $name to the published signature', async (vector) => {
    const signature = await signWithSeed(vector.secretKey, hexToBytes(vector.message));
    expect(bytesToHex(signature)).toBe(vector.signature);
  });

  it.each(RFC8032_VECTORS)('refuses $name with one bit flipped', async (vector) => {
    const signature = hexToBytes(vector.signature);
    signature[5]! ^= 0x01;
    const message = hexToBytes(vector.message);
    const publicKey = hexToBytes(vector.publicKey);
    expect(await verifier.verify(publicKey, signature, message)).toBe(false);
    const longer = new Uint8Array([...message, 0]);
    expect(await verifier.verify(publicKey, hexToBytes(vector.signature), longer)).toBe(false);
  });

  it('answers false, never throws, for keys and signatures of the wrong length or off the curve', async () => {
    const [vector] = RFC8032_VECTORS;
    const message = hexToBytes(vector!.message);
    const signature = hexToBytes(vector!.signature);
    expect(await verifier.verify(new Uint8Array(31), signature, message)).toBe(false);
    expect(await verifier.verify(hexToBytes(vector!.publicKey), signature.slice(1), message)).toBe(
      false,
    );
    // y = 2 has no x on the curve: WebCrypto refuses the key, the verifier says "not valid".
    const offCurve = new Uint8Array(32);
    offCurve[0] = 2;
    expect(await verifier.verify(offCurve, signature, message)).toBe(false);
  });

  it('signs with a generated non-extractable key and verifies with the exported public key', async () => {
    const signer = await webCryptoSigner(await generateEd25519KeyPair());
    const message = new TextEncoder().encode('基层工会年度报告');
    const signature = await signer.sign(message);
    expect(signer.publicKey.length).toBe(32);
    expect(await verifier.verify(signer.publicKey, signature, message)).toBe(true);
  });
});
