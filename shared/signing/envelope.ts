import { base64 } from '@scure/base';
import { canonicalJson } from '../format/canonical-json';
import { utf8DecodeStrict, utf8Encode } from '../format/utf8';
import { decodeBase64Strict } from './base64';
import {
  ED25519_PUBLIC_KEY_BYTES,
  ED25519_SIGNATURE_BYTES,
  type Ed25519Verifier,
  type Signer,
} from './ed25519';
import { FINGERPRINT_PATTERN, keyFingerprint } from './fingerprint';

/**
 * The signed-file envelope (DESIGN.md "The signed report"), DSSE-style:
 *
 *   {"payload":"<base64 of RFC 8785 bytes>","payloadType":"…",
 *    "signatures":[{"keyid":"<fingerprint>","publicKey":"<base64>","sig":"<base64>"}]}
 *
 * The signature covers PAE(payloadType, payload bytes), so the type cannot be swapped. The file is
 * itself the canonical JSON of the envelope: any change to any byte, even whitespace, is refused
 * before the signature is checked, which is what lets "every single-byte change is rejected" hold.
 * The public key travels in the file so that a federation can show an unregistered key's
 * fingerprint; it is trusted only when that fingerprint is registered.
 */

export interface Envelope {
  payload: string;
  payloadType: string;
  signatures: EnvelopeSignature[];
}

export interface EnvelopeSignature {
  keyid: string;
  publicKey: string;
  sig: string;
}

/** DSSE v1 pre-authentication encoding: "DSSEv1 <len> <type> <len> <body>", lengths in bytes. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = utf8Encode(payloadType);
  const head = utf8Encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** Canonical bytes of a payload: NFC text, integers only, RFC 8785 order. */
export function payloadBytes(payload: unknown): Uint8Array {
  return utf8Encode(canonicalJson(normaliseForSigning(payload)));
}

/**
 * Text to NFC, and refuses what must never be signed: non-integer numbers (scores are tenths),
 * undefined values inside arrays, non-plain objects.
 */
export function normaliseForSigning(value: unknown, path = '$'): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`${path}: signed data has integers only`);
    return value;
  }
  if (value === null || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v, i) => normaliseForSigning(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[key.normalize('NFC')] = normaliseForSigning(v, `${path}.${key}`);
    }
    return out;
  }
  throw new TypeError(`${path}: not plain JSON data`);
}

/** Signs a payload and returns the file's text (UTF-8 when written). */
export async function signEnvelope(
  payloadType: string,
  payload: unknown,
  signer: Signer,
): Promise<string> {
  return signEnvelopeBytes(payloadType, payloadBytes(payload), signer);
}

/** Bytes the canonicaliser produced for a payload: a signer behind a bridge receives these. */
export function isCanonicalPayload(bytes: Uint8Array): boolean {
  try {
    return (
      canonicalJson(normaliseForSigning(JSON.parse(utf8DecodeStrict(bytes)))) ===
      utf8DecodeStrict(bytes)
    );
  } catch {
    return false;
  }
}

/** Signs payload bytes that are already canonical (see `isCanonicalPayload`). */
export async function signEnvelopeBytes(
  payloadType: string,
  bytes: Uint8Array,
  signer: Signer,
): Promise<string> {
  const sig = await signer.sign(preAuthEncoding(payloadType, bytes));
  const envelope: Envelope = {
    payload: base64.encode(bytes),
    payloadType,
    signatures: [
      {
        keyid: keyFingerprint(signer.publicKey),
        publicKey: base64.encode(signer.publicKey),
        sig: base64.encode(sig),
      },
    ],
  };
  return envelopeText(envelope);
}

const PAYLOAD_HEAD = '{"payload":"';

/**
 * Whether `text` is envelopeText(envelope), for an envelope whose payload is valid base64: such a
 * payload is written as is between quotes, so the file is compared with the canonical form piece
 * by piece instead of writing out a second copy of a payload that may run to megabytes.
 */
function isEnvelopeText(text: string, envelope: Envelope): boolean {
  const { payload } = envelope;
  const tail = envelopeText({ ...envelope, payload: '' }).slice(PAYLOAD_HEAD.length);
  const end = PAYLOAD_HEAD.length + payload.length;
  // slice + === (a memory compare in V8) rather than startsWith, which is ten times slower on a
  // payload-sized argument.
  return (
    text.length === end + tail.length &&
    text.slice(0, PAYLOAD_HEAD.length) === PAYLOAD_HEAD &&
    text.slice(PAYLOAD_HEAD.length, end) === payload &&
    text.slice(end) === tail
  );
}

/**
 * The RFC 8785 text of an envelope. Its shape is fixed, so the keys are written in their sorted
 * order and each string as JSON.stringify writes it — which is how RFC 8785 §3.2.2.2 defines
 * string output. Equal to canonicalJson(envelope) (envelope.test.ts checks), but done by native
 * code: the generic canonicaliser walks a payload of megabytes one character at a time, for every
 * file a federation opens.
 */
export function envelopeText(envelope: Envelope): string {
  const signature = envelope.signatures[0]!;
  const q = JSON.stringify;
  return (
    `{"payload":${q(envelope.payload)},"payloadType":${q(envelope.payloadType)},` +
    `"signatures":[{"keyid":${q(signature.keyid)},"publicKey":${q(signature.publicKey)},` +
    `"sig":${q(signature.sig)}}]}`
  );
}

export type EnvelopeFailure =
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'not-canonical'
  | 'bad-shape'
  | 'wrong-type'
  | 'key-mismatch'
  | 'bad-signature';

export type OpenedEnvelope =
  | {
      ok: true;
      payloadType: string;
      /** The verified bytes; parse only these. */
      payload: Uint8Array;
      keyid: string;
      publicKey: Uint8Array;
    }
  | { ok: false; failure: EnvelopeFailure; detail?: string; keyid?: string };

export interface OpenOptions {
  maxBytes: number;
  /** Payload types this caller accepts; anything else is 'wrong-type'. */
  payloadTypes: readonly string[];
}

function decodeBase64(text: string, length?: number): Uint8Array | null {
  // Only the one canonical spelling of the bytes is accepted (see base64.ts).
  const bytes = decodeBase64Strict(text);
  return bytes && (length === undefined || bytes.length === length) ? bytes : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => k in value);
}

/**
 * Checks a file in the order DESIGN.md sets: size, envelope, key, signature. The payload bytes
 * are returned only when the signature over them verifies; nothing parses them before that.
 * Key registration is the caller's business: this proves only that the key in the file signed it.
 */
export async function openEnvelope(
  file: Uint8Array,
  options: OpenOptions,
  verifier: Ed25519Verifier,
): Promise<OpenedEnvelope> {
  if (file.length > options.maxBytes) return { ok: false, failure: 'too-large' };
  let text: string;
  try {
    text = utf8DecodeStrict(file);
  } catch {
    return { ok: false, failure: 'not-utf8' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, failure: 'not-json' };
  }
  if (
    !isRecord(parsed) ||
    !hasExactly(parsed, ['payload', 'payloadType', 'signatures']) ||
    typeof parsed['payload'] !== 'string' ||
    typeof parsed['payloadType'] !== 'string' ||
    !Array.isArray(parsed['signatures']) ||
    parsed['signatures'].length !== 1
  ) {
    return { ok: false, failure: 'bad-shape' };
  }
  const signature: unknown = parsed['signatures'][0];
  if (
    !isRecord(signature) ||
    !hasExactly(signature, ['keyid', 'publicKey', 'sig']) ||
    typeof signature['keyid'] !== 'string' ||
    typeof signature['publicKey'] !== 'string' ||
    typeof signature['sig'] !== 'string'
  ) {
    return { ok: false, failure: 'bad-shape' };
  }
  const payloadType = parsed['payloadType'];
  const keyid = signature['keyid'];
  // Decoded before the canonical check: valid base64 holds nothing that JSON escapes, which lets
  // that check compare the file with its canonical form in place (isEnvelopeText).
  const payload = decodeBase64(parsed['payload']);
  if (!payload) return { ok: false, failure: 'bad-shape' };
  const envelope: Envelope = {
    payload: parsed['payload'],
    payloadType,
    signatures: [{ keyid, publicKey: signature['publicKey'], sig: signature['sig'] }],
  };
  if (!isEnvelopeText(text, envelope)) return { ok: false, failure: 'not-canonical' };

  if (!options.payloadTypes.includes(payloadType)) {
    return { ok: false, failure: 'wrong-type', detail: payloadType.slice(0, 100) };
  }
  if (!FINGERPRINT_PATTERN.test(keyid)) return { ok: false, failure: 'bad-shape' };
  const publicKey = decodeBase64(signature['publicKey'], ED25519_PUBLIC_KEY_BYTES);
  const sig = decodeBase64(signature['sig'], ED25519_SIGNATURE_BYTES);
  if (!publicKey || !sig) return { ok: false, failure: 'bad-shape', keyid };
  if (keyFingerprint(publicKey) !== keyid) return { ok: false, failure: 'key-mismatch', keyid };
  const valid = await verifier.verify(publicKey, sig, preAuthEncoding(payloadType, payload));
  if (!valid) return { ok: false, failure: 'bad-signature', keyid };
  return { ok: true, payloadType, payload, keyid, publicKey };
}

/** Parses verified payload bytes as JSON; null when they are not (cannot happen for our own). */
export function parseVerifiedPayload(payload: Uint8Array): unknown {
  try {
    return JSON.parse(utf8DecodeStrict(payload));
  } catch {
    return null;
  }
}
