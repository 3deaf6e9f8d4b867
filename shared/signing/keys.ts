import type { z } from 'zod';
import { msg, t, type Message, type MessageKey } from '../i18n';
import { REPORT_PAYLOAD_TYPE } from '../report/payload';
import { RECEIPT_PAYLOAD_TYPE } from '../report/receipt';
import type { Signer } from './ed25519';
import { isCanonicalPayload, signEnvelope } from './envelope';
import { groupFingerprint } from './fingerprint';
import { ROTATION_PAYLOAD_TYPE, rotationPayload, rotationPayloadSchema } from './rotation';

/**
 * What the desktop key store (electron/signing-keys.ts) and the browser one
 * (renderer/platform/browser-signing.ts) share, so that both refuse and sign alike.
 */

/** 'union' signs annual reports and rotation statements; 'federation' signs receipts. */
export const KEY_ROLES = ['union', 'federation'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** How a private key is kept: the UI warns about 'safeStorage-basic' (Linux without a keyring). */
export type KeyProtection = 'safeStorage' | 'safeStorage-basic' | 'webcrypto-non-extractable';

/** A signing key as the renderer sees it: public half only. */
export interface SigningKeyInfo {
  fingerprint: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  role: KeyRole;
  status: 'active' | 'retired';
  /** UTC ISO timestamp. */
  createdAt: string;
  /** UTC ISO timestamp; present once the key is retired. */
  retiredAt?: string;
  protection: KeyProtection;
}

/**
 * The platform's key store, one implementation per platform. Every failure is thrown with a
 * Chinese message for the user (DesktopError across the bridge, PlatformError in the renderer).
 */
export interface SigningService {
  /** All keys, active and retired, newest first. */
  list(): Promise<SigningKeyInfo[]>;
  /** Refused while the role has an active key: at most one active key per role. */
  create(role: KeyRole): Promise<SigningKeyInfo>;
  /**
   * A new union key, announced by a rotation statement signed by the OLD key, which is retired
   * in the same write. Returns the new key and the statement's file text.
   */
  rotate(role: 'union', subject: RotationSubject): Promise<RotatedKey>;
  /**
   * Retires the role's active key without a successor, for a key that can no longer be used
   * (the system's key store cannot decrypt it after a reinstall) or may be in other hands; a
   * new key must then be registered with the federation from scratch. `fingerprint` names the
   * key the user saw: another active key (changed meanwhile) is refused, never retired.
   */
  retire(role: KeyRole, fingerprint: string): Promise<SigningKeyInfo>;
  /** Signs canonical payload bytes (`payloadBytes()`) with the role's active key. */
  signEnvelope(role: KeyRole, payloadType: string, payload: Uint8Array): Promise<string>;
}

export interface RotatedKey {
  key: SigningKeyInfo;
  /** The signed rotation envelope's text. */
  statement: string;
}

/** Who the union is, for a rotation statement; `date` is the first day the old key is void. */
export const rotationSubjectSchema = rotationPayloadSchema
  .pick({ creditCode: true, unionName: true, date: true })
  .strict();
export type RotationSubject = z.infer<typeof rotationSubjectSchema>;

/**
 * The only payload types each role may sign on request. Rotation statements are absent on
 * purpose: only `rotate` makes one, so the renderer cannot have the old key vouch for any key.
 */
export const SIGNABLE_PAYLOAD_TYPES: Readonly<Record<KeyRole, readonly string[]>> = {
  union: [REPORT_PAYLOAD_TYPE],
  federation: [RECEIPT_PAYLOAD_TYPE],
};

/** The role's name inside messages, e.g. "本工会签名密钥". */
export function roleLabel(role: KeyRole): string {
  const key: Extract<MessageKey, `signing.role.${string}`> =
    role === 'union' ? 'signing.role.union' : 'signing.role.federation';
  return t(key);
}

/** Why a signing request must be refused, or null when it may be signed. */
export function signRequestRefusal(
  role: KeyRole,
  payloadType: string,
  payload: Uint8Array,
): Message | null {
  if (!SIGNABLE_PAYLOAD_TYPES[role].includes(payloadType)) {
    return msg('signing.error.wrongType', {
      role: roleLabel(role),
      payloadType: payloadType.slice(0, 100),
    });
  }
  // Signing bytes that are not the canonical form would give a file the verifier refuses.
  if (!isCanonicalPayload(payload)) return msg('signing.error.notCanonical');
  return null;
}

/** The role's active key among `keys`, if any. */
export function activeKeyOf<K extends Pick<SigningKeyInfo, 'role' | 'status'>>(
  keys: readonly K[],
  role: KeyRole,
): K | undefined {
  return keys.find((key) => key.role === role && key.status === 'active');
}

/** `create` refused: the role already has this active key. */
export function activeKeyExists(key: Pick<SigningKeyInfo, 'role' | 'fingerprint'>): Message {
  return msg('signing.error.activeExists', {
    role: roleLabel(key.role),
    fingerprint: groupFingerprint(key.fingerprint),
  });
}

export function noActiveKey(role: KeyRole): Message {
  return msg('signing.error.noActiveKey', { role: roleLabel(role) });
}

export function isRotationSubject(subject: unknown): subject is RotationSubject {
  return rotationSubjectSchema.safeParse(subject).success;
}

/** The statement announcing `newPublicKey`, signed by the key it replaces. */
export function signRotationStatement(
  subject: RotationSubject,
  oldSigner: Signer,
  newPublicKey: Uint8Array,
): Promise<string> {
  const payload = rotationPayloadSchema.parse(
    rotationPayload({ ...subject, oldPublicKey: oldSigner.publicKey, newPublicKey }),
  );
  return signEnvelope(ROTATION_PAYLOAD_TYPE, payload, oldSigner);
}

/** Newest first; on equal times, the active key before a retired one. */
export function newestKeyFirst(a: SigningKeyInfo, b: SigningKeyInfo): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.status === b.status ? 0 : a.status === 'active' ? -1 : 1;
}
