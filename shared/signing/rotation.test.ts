import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { createEd25519Verifier, generateEd25519KeyPair, webCryptoSigner } from './ed25519';
import { openEnvelope, parseVerifiedPayload, signEnvelope } from './envelope';
import { keyFingerprint } from './fingerprint';
import {
  ROTATION_MAX_BYTES,
  ROTATION_PAYLOAD_TYPE,
  rotationKeyMatches,
  rotationPayload,
  rotationPayloadSchema,
} from './rotation';

/** Two fresh keys and the statement moving a union from the first to the second. */
async function rotation() {
  const oldSigner = await webCryptoSigner(await generateEd25519KeyPair());
  const newSigner = await webCryptoSigner(await generateEd25519KeyPair());
  const statement = rotationPayload({
    creditCode: '81110000MC1234567X',
    unionName: '示例科技有限公司工会委员会',
    oldPublicKey: oldSigner.publicKey,
    newPublicKey: newSigner.publicKey,
    date: '2027-03-01',
  });
  return { oldSigner, newSigner, statement };
}

describe('key rotation statement', () => {
  it('round-trips: signed by the old key, it names the new key and its fingerprint', async () => {
    const { oldSigner, newSigner, statement } = await rotation();
    const text = await signEnvelope(ROTATION_PAYLOAD_TYPE, statement, oldSigner);
    const opened = await openEnvelope(
      new TextEncoder().encode(text),
      { maxBytes: ROTATION_MAX_BYTES, payloadTypes: [ROTATION_PAYLOAD_TYPE] },
      createEd25519Verifier(),
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.keyid).toBe(keyFingerprint(oldSigner.publicKey));
    const parsed = rotationPayloadSchema.parse(parseVerifiedPayload(opened.payload));
    expect(parsed).toEqual(statement);
    expect(parsed.oldKeyid).toBe(opened.keyid);
    expect(parsed.newKeyid).toBe(keyFingerprint(newSigner.publicKey));
    expect(rotationKeyMatches(parsed)).toBe(true);
  });

  it('notices a new key that does not match its stated fingerprint', async () => {
    const { oldSigner, statement } = await rotation();
    const oldKey = base64.encode(oldSigner.publicKey);
    expect(rotationKeyMatches({ ...statement, newPublicKey: oldKey })).toBe(false);
    expect(rotationKeyMatches({ ...statement, newPublicKey: 'not base64' })).toBe(false);
    expect(rotationPayloadSchema.safeParse({ ...statement, extra: 1 }).success).toBe(false);
  });
});
