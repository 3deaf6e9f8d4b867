import { base64 } from '@scure/base';
import { z } from 'zod';
import { keyFingerprint } from './fingerprint';

/**
 * Key rotation: the union's new key, announced in a statement signed by the old one, so a
 * federation that trusts the old key can register the new one without a new slip round trip
 * being the only proof. The old key's fingerprint stays in the registry, revoked from `date`.
 */
export const ROTATION_PAYLOAD_TYPE = 'application/vnd.uniondesk.key-rotation+json; version=1';
export const ROTATION_KIND = 'uniondesk-key-rotation';
export const ROTATION_MAX_BYTES = 64 * 1024;

export const rotationPayloadSchema = z
  .object({
    kind: z.literal(ROTATION_KIND),
    creditCode: z.string().regex(/^[0-9A-Z]{18}$/),
    unionName: z.string().max(200),
    oldKeyid: z.string().regex(/^[0-9a-f]{64}$/),
    newKeyid: z.string().regex(/^[0-9a-f]{64}$/),
    /** Base64 of the new raw 32-byte public key. */
    newPublicKey: z.string().max(100),
    /** `YYYY-MM-DD`: from this day the old key no longer signs. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();

export type RotationPayload = z.infer<typeof rotationPayloadSchema>;

export function rotationPayload(input: {
  creditCode: string;
  unionName: string;
  oldPublicKey: Uint8Array;
  newPublicKey: Uint8Array;
  date: string;
}): RotationPayload {
  return {
    kind: ROTATION_KIND,
    creditCode: input.creditCode,
    unionName: input.unionName,
    oldKeyid: keyFingerprint(input.oldPublicKey),
    newKeyid: keyFingerprint(input.newPublicKey),
    newPublicKey: base64.encode(input.newPublicKey),
    date: input.date,
  };
}

/** Whether a verified statement's new key matches its stated fingerprint. */
export function rotationKeyMatches(payload: RotationPayload): boolean {
  try {
    const key = base64.decode(payload.newPublicKey);
    return key.length === 32 && keyFingerprint(key) === payload.newKeyid;
  } catch {
    return false;
  }
}
