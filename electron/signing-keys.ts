import type { App, SafeStorage } from 'electron';
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { render, t } from '../shared/i18n';
import type { Signer } from '../shared/signing/ed25519';
import { signEnvelopeBytes } from '../shared/signing/envelope';
import {
  FINGERPRINT_PATTERN,
  groupFingerprint,
  keyFingerprint,
} from '../shared/signing/fingerprint';
import {
  activeKeyExists,
  activeKeyOf,
  isRotationSubject,
  KEY_ROLES,
  newestKeyFirst,
  noActiveKey,
  roleLabel,
  signRequestRefusal,
  signRotationStatement,
  type KeyRole,
  type SigningKeyInfo,
  type SigningService,
} from '../shared/signing/keys';
import { writeFileAtomic } from './atomic-write';
import { DesktopError, errnoCode } from './errors';

/**
 * The signing keys of the desktop app (DESIGN.md: "The private signing key never enters the
 * renderer"). Keys are made and used here with node:crypto; each private key is kept as its
 * PKCS#8 DER, encrypted by Electron's safeStorage (DPAPI on Windows, the keyring on Linux), in
 * one JSON file in userData. Every change is one atomic write of that file, so a crash leaves
 * either the old set of keys or the new one.
 */

/** In userData, next to the IndexedDB and the backup settings. */
export const SIGNING_KEYS_FILE = 'signing-keys.json';
const FILE_VERSION = 1;

/**
 * What this module uses of Electron's safeStorage; tests pass a fake. The asynchronous calls:
 * Electron 45 deprecates the synchronous ones (and says they go), and keys encrypted by them
 * decrypt with decryptStringAsync, so keys made by earlier versions still open.
 */
export type KeyEncryption = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

export interface SigningKeysDeps {
  app: Pick<App, 'getPath'>;
  safeStorage: KeyEncryption;
  /** process.platform; only Linux has a storage backend worth recording. */
  platform?: string;
  now?: () => Date;
}

const storedKeySchema = z
  .object({
    role: z.enum(KEY_ROLES),
    fingerprint: z.string().regex(FINGERPRINT_PATTERN),
    publicKey: z.string().max(100),
    status: z.enum(['active', 'retired']),
    createdAt: z.iso.datetime(),
    retiredAt: z.iso.datetime().optional(),
    protection: z.enum(['safeStorage', 'safeStorage-basic']),
    /** Base64 of safeStorage's ciphertext of the base64 PKCS#8 DER (it encrypts strings). */
    encryptedPrivateKey: z.string().min(1).max(10_000),
  })
  .strict();
type StoredKey = z.infer<typeof storedKeySchema>;

const keyFileSchema = z
  .object({ version: z.literal(FILE_VERSION), keys: z.array(storedKeySchema).max(1000) })
  .strict();
type KeyFile = z.infer<typeof keyFileSchema>;

// An Ed25519 SubjectPublicKeyInfo is this fixed 12-byte header and the raw 32-byte key.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function rawPublicKey(key: KeyObject): Uint8Array {
  const spki = key.export({ format: 'der', type: 'spki' });
  if (spki.length !== 44 || !spki.subarray(0, 12).equals(ED25519_SPKI_PREFIX)) {
    throw new Error('not an Ed25519 public key');
  }
  return new Uint8Array(spki.subarray(12));
}

/** Fingerprints match their keys, retired keys say when, and no role has two active keys. */
function isConsistent(file: KeyFile): boolean {
  const keysMatch = file.keys.every((key) => {
    const raw = Buffer.from(key.publicKey, 'base64');
    return (
      raw.length === 32 &&
      // Node's decoder skips stray characters; only the one canonical spelling is accepted.
      raw.toString('base64') === key.publicKey &&
      keyFingerprint(raw) === key.fingerprint &&
      (key.status === 'active') === (key.retiredAt === undefined)
    );
  });
  return (
    keysMatch &&
    KEY_ROLES.every(
      (role) => file.keys.filter((k) => k.role === role && k.status === 'active').length <= 1,
    )
  );
}

function info({ encryptedPrivateKey: _secret, ...key }: StoredKey): SigningKeyInfo {
  return key;
}

function refused(message: string, cause?: unknown): DesktopError {
  return new DesktopError('failed', message, { cause });
}

export function createSigningKeys(deps: SigningKeysDeps): SigningService {
  const { safeStorage } = deps;
  const platform = deps.platform ?? process.platform;
  const now = deps.now ?? (() => new Date());

  // Changes run one after another: two "create" calls must not both find no active key.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function filePath(): string {
    return path.join(deps.app.getPath('userData'), SIGNING_KEYS_FILE);
  }

  /** The key file; none yet means no keys. Anything unreadable is an error, never "no keys". */
  async function readKeyFile(): Promise<KeyFile> {
    const file = filePath();
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { version: FILE_VERSION, keys: [] };
      const code = errnoCode(error) ?? '?';
      throw new DesktopError('io', t('signing.error.fileUnreadable', { file, code }), {
        cause: error,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw refused(t('signing.error.fileCorrupt', { file }), error);
    }
    const version = (parsed as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > FILE_VERSION) {
      throw refused(t('signing.error.fileTooNew', { file }));
    }
    const result = keyFileSchema.safeParse(parsed);
    if (!result.success || !isConsistent(result.data)) {
      throw refused(t('signing.error.fileCorrupt', { file }));
    }
    return result.data;
  }

  async function writeKeyFile(keys: StoredKey[]): Promise<void> {
    const file = filePath();
    const content: KeyFile = { version: FILE_VERSION, keys };
    try {
      await mkdir(path.dirname(file), { recursive: true });
      // Owner-only from the first byte: with Linux's 'basic_text' backend the encryption key
      // is a constant, so the file's permissions are what keeps other accounts out.
      await writeFileAtomic(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    } catch (error) {
      // writeFileAtomic words its errors for a file the user chose; the errno says enough here.
      const code = errnoCode(error instanceof DesktopError ? error.cause : error) ?? '?';
      throw new DesktopError('io', t('signing.error.saveFailed', { code }), { cause: error });
    }
  }

  function protection(): StoredKey['protection'] {
    if (platform !== 'linux') return 'safeStorage';
    try {
      return safeStorage.getSelectedStorageBackend?.() === 'basic_text'
        ? 'safeStorage-basic'
        : 'safeStorage';
    } catch {
      return 'safeStorage';
    }
  }

  async function encryptionAvailable(): Promise<boolean> {
    try {
      return await safeStorage.isAsyncEncryptionAvailable();
    } catch {
      return false;
    }
  }

  /** The private key's PKCS#8 DER (base64) as safeStorage encrypts it, in base64. */
  async function encrypt(pkcs8: string): Promise<string> {
    try {
      return (await safeStorage.encryptStringAsync(pkcs8)).toString('base64');
    } catch (error) {
      throw refused(t('signing.error.encryptionUnavailable'), error);
    }
  }

  /** A fresh key pair, its private half already encrypted; nothing is written yet. */
  async function generate(role: KeyRole): Promise<{ stored: StoredKey; publicKey: Uint8Array }> {
    if (!(await encryptionAvailable())) throw refused(t('signing.error.encryptionUnavailable'));
    const pair = generateKeyPairSync('ed25519');
    const publicKey = rawPublicKey(pair.publicKey);
    const encrypted = await encrypt(
      pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    );
    const stored: StoredKey = {
      role,
      fingerprint: keyFingerprint(publicKey),
      publicKey: Buffer.from(publicKey).toString('base64'),
      status: 'active',
      createdAt: now().toISOString(),
      protection: protection(),
      encryptedPrivateKey: encrypted,
    };
    return { stored, publicKey };
  }

  /**
   * Stores `key` encrypted anew, when safeStorage says its key has changed (rotated by the
   * system, or a stronger one available) — only if the file still holds the old ciphertext.
   */
  function reEncrypt(key: StoredKey, pkcs8: string): Promise<void> {
    return serially(async () => {
      const encryptedPrivateKey = await encrypt(pkcs8);
      const { keys } = await readKeyFile();
      const stale = keys.find(
        (k) =>
          k.fingerprint === key.fingerprint && k.encryptedPrivateKey === key.encryptedPrivateKey,
      );
      if (!stale) return;
      await writeKeyFile(keys.map((k) => (k === stale ? { ...k, encryptedPrivateKey } : k)));
    });
  }

  /** A signer over a stored key; the decrypted key lives only as long as the signer. */
  async function unlock(key: StoredKey): Promise<Signer> {
    if (!(await encryptionAvailable())) throw refused(t('signing.error.keyLocked'));
    let privateKey: KeyObject;
    let publicKey: Uint8Array;
    let pkcs8: string;
    let shouldReEncrypt: boolean;
    try {
      ({ result: pkcs8, shouldReEncrypt } = await safeStorage.decryptStringAsync(
        Buffer.from(key.encryptedPrivateKey, 'base64'),
      ));
      privateKey = createPrivateKey({
        key: Buffer.from(pkcs8, 'base64'),
        format: 'der',
        type: 'pkcs8',
      });
      publicKey = rawPublicKey(createPublicKey(privateKey));
    } catch (error) {
      const fingerprint = groupFingerprint(key.fingerprint);
      throw refused(
        t('signing.error.decryptFailed', { role: roleLabel(key.role), fingerprint }),
        error,
      );
    }
    // A private key that does not belong to the listed public key: the file was tampered with.
    if (keyFingerprint(publicKey) !== key.fingerprint) {
      throw refused(t('signing.error.fileCorrupt', { file: filePath() }));
    }
    // Not awaited: signing does not wait on the rewrite, and a failed rewrite leaves the old
    // ciphertext, which still decrypts.
    if (shouldReEncrypt) void reEncrypt(key, pkcs8).catch(() => undefined);
    return {
      publicKey,
      sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
    };
  }

  async function activeKey(role: KeyRole): Promise<{ file: KeyFile; key: StoredKey }> {
    const file = await readKeyFile();
    const key = activeKeyOf(file.keys, role);
    if (!key) throw refused(render(noActiveKey(role)));
    return { file, key };
  }

  return {
    list: async () => (await readKeyFile()).keys.map(info).sort(newestKeyFirst),

    create: (role) =>
      serially(async () => {
        const { keys } = await readKeyFile();
        const active = activeKeyOf(keys, role);
        if (active) throw refused(render(activeKeyExists(active)));
        const fresh = await generate(role);
        await writeKeyFile([...keys, fresh.stored]);
        return info(fresh.stored);
      }),

    rotate: (role, subject) =>
      serially(async () => {
        if (!isRotationSubject(subject)) throw refused(t('signing.error.badSubject'));
        const { file, key: old } = await activeKey(role);
        const oldSigner = await unlock(old);
        const fresh = await generate(role);
        const statement = await signRotationStatement(subject, oldSigner, fresh.publicKey);
        // One write retires the old key and activates the new one.
        const retired: StoredKey = { ...old, status: 'retired', retiredAt: fresh.stored.createdAt };
        await writeKeyFile([...file.keys.map((k) => (k === old ? retired : k)), fresh.stored]);
        return { key: info(fresh.stored), statement };
      }),

    retire: (role, fingerprint) =>
      serially(async () => {
        const { file, key } = await activeKey(role);
        if (key.fingerprint !== fingerprint) throw refused(t('signing.error.changed'));
        // No decryption: a key that can no longer be decrypted is what this is for.
        const retired: StoredKey = { ...key, status: 'retired', retiredAt: now().toISOString() };
        await writeKeyFile(file.keys.map((k) => (k === key ? retired : k)));
        return info(retired);
      }),

    signEnvelope: async (role, payloadType, payload) => {
      const refusal = signRequestRefusal(role, payloadType, payload);
      if (refusal) throw refused(render(refusal));
      const { key } = await activeKey(role);
      return signEnvelopeBytes(payloadType, payload, await unlock(key));
    },
  };
}
