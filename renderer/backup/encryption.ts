/**
 * The password envelope around a backup zip:
 *
 *   "UDBKENC1" | header length (uint32, big-endian) | header JSON (UTF-8) | AES-256-GCM ciphertext
 *
 * The header carries the PBKDF2 parameters and `check`, the second half of the derived bits, so a
 * wrong password (check differs) is told apart from a damaged file (check matches, GCM fails).
 * Everything before the ciphertext is GCM's additional data, so a changed header fails to
 * decrypt; `headerSha256` additionally catches a damaged header before any password is tried,
 * where a changed salt or check would otherwise read as "wrong password".
 */
import { t } from '../../shared/i18n';
import { BackupError } from './container-error';
import { bufferSource, isCutOffPrefix, sha256Hex, startsWith } from './container-bytes';

export const ENCRYPTION_MAGIC = 'UDBKENC1';
/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const DEFAULT_KDF_ITERATIONS = 600_000;
export const MIN_KDF_ITERATIONS = 1_000;
export const MAX_KDF_ITERATIONS = 10_000_000;
export const KDF_NAME = 'PBKDF2-SHA256';

const encoder = new TextEncoder();
const MAGIC = encoder.encode(ENCRYPTION_MAGIC);
/** The magic without its version digit: a later envelope ("UDBKENC2") is newer, not foreign. */
const MAGIC_FAMILY = MAGIC.subarray(0, MAGIC.length - 1);
export const SUPPORTED_ENVELOPE_VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 4;
/** Ours is about 250 bytes; anything far larger is a damaged length, not a header. */
const MAX_HEADER_BYTES = 4096;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;
const TAG_BYTES = 16;

interface EncryptionHeader {
  kdf: typeof KDF_NAME;
  iterations: number;
  salt: string;
  iv: string;
  check: string;
  /** Length of the ciphertext that follows, tag included: tells a cut-off file from a damaged one. */
  ciphertextBytes: number;
  headerSha256: string;
}

/** A password stretched into an AES key and its check value. */
export interface PasswordKey {
  iterations: number;
  salt: Uint8Array;
  key: CryptoKey;
  check: Uint8Array;
}

function corruptHeader(): BackupError {
  return new BackupError('corrupt', t('backup.error.corruptEncryptionHeader'));
}

export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return startsWith(bytes, MAGIC);
}

/**
 * What the first bytes say about encryption: ours, a later envelope version, a file cut off
 * inside the magic, or not encrypted at all.
 */
export function envelopeKind(bytes: Uint8Array): 'encrypted' | 'newer' | 'cut-off' | 'none' {
  if (startsWith(bytes, MAGIC)) return 'encrypted';
  if (isCutOffPrefix(bytes, MAGIC)) return 'cut-off';
  const digit = (bytes[MAGIC_FAMILY.length] ?? 0) - 0x30;
  if (startsWith(bytes, MAGIC_FAMILY) && digit > SUPPORTED_ENVELOPE_VERSION && digit <= 9) {
    return 'newer';
  }
  return 'none';
}

/** The envelope version digit of a file for which `envelopeKind` said "newer". */
export function envelopeVersion(bytes: Uint8Array): number {
  return (bytes[MAGIC_FAMILY.length] ?? 0) - 0x30;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Canonical base64 of exactly `length` bytes, or null. */
function fromBase64(text: unknown, length: number): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    return null;
  }
  const binary = atob(text);
  if (binary.length !== length) return null;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) bytes[i] = binary.charCodeAt(i);
  return toBase64(bytes) === text ? bytes : null;
}

function headerDigestInput(header: Omit<EncryptionHeader, 'headerSha256'>): Uint8Array {
  return encoder.encode(
    JSON.stringify([
      header.kdf,
      header.iterations,
      header.salt,
      header.iv,
      header.check,
      header.ciphertextBytes,
    ]),
  );
}

/** Same length and same bytes, taking the same time whichever byte differs. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function isValidIterations(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_KDF_ITERATIONS &&
    value <= MAX_KDF_ITERATIONS
  );
}

/**
 * PBKDF2-SHA256 → 512 bits: the first half is the AES-256-GCM key, the second the check value.
 * The password is NFC-normalised so that the same characters typed through different input
 * methods give the same key.
 */
export async function derivePasswordKey(
  password: string,
  iterations: number,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
): Promise<PasswordKey> {
  if (!isValidIterations(iterations)) {
    throw new RangeError(
      `derivePasswordKey: iterations must be an integer in [${MIN_KDF_ITERATIONS}, ${MAX_KDF_ITERATIONS}]`,
    );
  }
  const material = await crypto.subtle.importKey(
    'raw',
    encoder.encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bufferSource(salt), iterations },
      material,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.subarray(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const check = bits.slice(32);
  // The key is now held by WebCrypto alone; do not leave a copy of it in ordinary memory.
  bits.fill(0);
  return { iterations, salt, key, check };
}

/** Encrypts a whole backup zip into the envelope. */
export async function sealBackup(zip: Uint8Array, passwordKey: PasswordKey): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const fields = {
    kdf: KDF_NAME,
    iterations: passwordKey.iterations,
    salt: toBase64(passwordKey.salt),
    iv: toBase64(iv),
    check: toBase64(passwordKey.check),
    ciphertextBytes: zip.length + TAG_BYTES,
  } as const;
  const header: EncryptionHeader = {
    ...fields,
    headerSha256: await sha256Hex(headerDigestInput(fields)),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const out = new Uint8Array(PREFIX_BYTES + headerBytes.length + header.ciphertextBytes);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, false);
  out.set(headerBytes, PREFIX_BYTES);
  const additionalData = out.slice(0, PREFIX_BYTES + headerBytes.length);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData, tagLength: TAG_BYTES * 8 },
    passwordKey.key,
    bufferSource(zip),
  );
  if (ciphertext.byteLength !== header.ciphertextBytes) {
    throw new Error('sealBackup: AES-GCM returned an unexpected length');
  }
  out.set(new Uint8Array(ciphertext), additionalData.length);
  return out;
}

interface ParsedEnvelope {
  header: EncryptionHeader;
  salt: Uint8Array;
  iv: Uint8Array<ArrayBuffer>;
  check: Uint8Array;
  additionalData: Uint8Array;
  ciphertext: Uint8Array;
}

async function parseEnvelope(bytes: Uint8Array): Promise<ParsedEnvelope> {
  if (bytes.length < PREFIX_BYTES) {
    throw new BackupError('truncated', t('backup.error.truncated'));
  }
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    MAGIC.length,
    false,
  );
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw corruptHeader();
  const headerEnd = PREFIX_BYTES + headerLength;
  if (bytes.length < headerEnd) throw new BackupError('truncated', t('backup.error.truncated'));

  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, headerEnd)),
    );
  } catch {
    throw corruptHeader();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw corruptHeader();
  const header = raw as Partial<Record<keyof EncryptionHeader, unknown>>;
  const salt = fromBase64(header.salt, SALT_BYTES);
  const iv = fromBase64(header.iv, IV_BYTES);
  const check = fromBase64(header.check, CHECK_BYTES);
  const ciphertextBytes = header.ciphertextBytes;
  if (
    header.kdf !== KDF_NAME ||
    !isValidIterations(header.iterations) ||
    !salt ||
    !iv ||
    !check ||
    typeof ciphertextBytes !== 'number' ||
    !Number.isSafeInteger(ciphertextBytes) ||
    ciphertextBytes < TAG_BYTES ||
    typeof header.headerSha256 !== 'string'
  ) {
    throw corruptHeader();
  }
  const fields = {
    kdf: KDF_NAME,
    iterations: header.iterations,
    salt: header.salt as string,
    iv: header.iv as string,
    check: header.check as string,
    ciphertextBytes,
  } as const;
  if ((await sha256Hex(headerDigestInput(fields))) !== header.headerSha256) throw corruptHeader();

  const ciphertext = bytes.subarray(headerEnd);
  if (ciphertext.length < ciphertextBytes) {
    throw new BackupError('truncated', t('backup.error.truncated'));
  }
  if (ciphertext.length > ciphertextBytes) throw corruptHeader();
  return {
    header: { ...fields, headerSha256: header.headerSha256 },
    salt,
    iv,
    check,
    additionalData: bytes.subarray(0, headerEnd),
    ciphertext,
  };
}

/**
 * Decrypts an enveloped backup back into its zip. The header is checked (and a cut-off file
 * recognised) before the password is asked for, so the user is not asked for a password to a
 * file that cannot be opened anyway.
 */
export async function openBackup(
  bytes: Uint8Array,
  password: string | undefined,
): Promise<Uint8Array> {
  const envelope = await parseEnvelope(bytes);
  if (!password) {
    throw new BackupError('password-required', t('backup.error.passwordRequired'));
  }
  const derived = await derivePasswordKey(password, envelope.header.iterations, envelope.salt);
  if (!constantTimeEqual(derived.check, envelope.check)) {
    throw new BackupError('wrong-password', t('backup.error.wrongPassword'));
  }
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: envelope.iv,
        additionalData: bufferSource(envelope.additionalData),
        tagLength: TAG_BYTES * 8,
      },
      derived.key,
      bufferSource(envelope.ciphertext),
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new BackupError('corrupt', t('backup.error.corruptCiphertext'), { cause: error });
  }
}
