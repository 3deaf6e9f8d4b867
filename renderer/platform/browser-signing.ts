import { base64 } from '@scure/base';
import Dexie, { type Table } from 'dexie';
import { msg, render, t, type Message } from '../../shared/i18n';
import {
  generateEd25519KeyPair,
  webCryptoSigner,
  type OpaqueKey,
} from '../../shared/signing/ed25519';
import { signEnvelopeBytes } from '../../shared/signing/envelope';
import { keyFingerprint } from '../../shared/signing/fingerprint';
import {
  activeKeyExists,
  activeKeyOf,
  isRotationSubject,
  newestKeyFirst,
  noActiveKey,
  signRequestRefusal,
  signRotationStatement,
  type KeyRole,
  type SigningKeyInfo,
  type SigningService,
} from '../../shared/signing/keys';
import { newId } from '../db/ids';
import { PlatformError } from './types';

/**
 * The browser platform's signing keys: non-extractable WebCrypto Ed25519 pairs. IndexedDB keeps
 * a CryptoKey by structured clone, still usable and still non-extractable after a reload, so
 * the private key is never bytes that script could read.
 */

interface KeyRow extends Omit<SigningKeyInfo, 'protection'> {
  id: string;
  pair: { publicKey: OpaqueKey; privateKey: OpaqueKey };
}

class KeyDatabase extends Dexie {
  keys!: Table<KeyRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id, role, fingerprint, status, createdAt' });
  }
}

/**
 * A database of its own, apart from the app's: a backup or restore of the app's data never
 * carries, replaces or deletes a key.
 */
export const KEY_DATABASE = 'uniondesk-keys';

function info({ id: _id, pair: _pair, ...key }: KeyRow): SigningKeyInfo {
  return { ...key, protection: 'webcrypto-non-extractable' };
}

function refused(message: Message): PlatformError {
  return new PlatformError('failed', render(message));
}

/** Runs a step that touches the database; its failures come back as a message to read. */
async function guarded<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof PlatformError) throw error;
    const detail = error instanceof Error ? error.name : '?';
    throw new PlatformError('io', t('signing.error.storageFailed', { detail }));
  }
}

export function createBrowserSigning(
  deps: { databaseName?: string; now?: () => Date } = {},
): SigningService {
  const db = new KeyDatabase(deps.databaseName ?? KEY_DATABASE);
  const now = deps.now ?? (() => new Date());

  async function activeRow(role: KeyRole): Promise<KeyRow | undefined> {
    return activeKeyOf(await db.keys.where('role').equals(role).toArray(), role);
  }

  async function requireActive(role: KeyRole): Promise<KeyRow> {
    const row = await guarded(() => activeRow(role));
    if (!row) throw refused(noActiveKey(role));
    return row;
  }

  async function generate(role: KeyRole): Promise<{ row: KeyRow; publicKey: Uint8Array }> {
    let pair: KeyRow['pair'];
    try {
      pair = await generateEd25519KeyPair();
    } catch {
      throw refused(msg('signing.error.browserUnsupported'));
    }
    const { publicKey } = await webCryptoSigner(pair);
    const row: KeyRow = {
      id: newId(),
      role,
      fingerprint: keyFingerprint(publicKey),
      publicKey: base64.encode(publicKey),
      status: 'active',
      createdAt: now().toISOString(),
      pair,
    };
    return { row, publicKey };
  }

  // WebCrypto runs before each transaction, never inside: an IndexedDB transaction commits as
  // soon as it waits on anything else. Each transaction re-checks what the step before read.
  return {
    list: () => guarded(async () => (await db.keys.toArray()).map(info).sort(newestKeyFirst)),

    create: async (role) => {
      const existing = await guarded(() => activeRow(role));
      if (existing) throw refused(activeKeyExists(existing));
      const { row } = await generate(role);
      await guarded(() =>
        db.transaction('rw', db.keys, async () => {
          const active = await activeRow(role);
          if (active) throw refused(activeKeyExists(active));
          await db.keys.add(row);
        }),
      );
      return info(row);
    },

    rotate: async (role, subject) => {
      if (!isRotationSubject(subject)) throw refused(msg('signing.error.badSubject'));
      const old = await requireActive(role);
      const fresh = await generate(role);
      const statement = await signRotationStatement(
        subject,
        await webCryptoSigner(old.pair),
        fresh.publicKey,
      );
      await guarded(() =>
        db.transaction('rw', db.keys, async () => {
          if ((await activeRow(role))?.id !== old.id) throw refused(msg('signing.error.changed'));
          await db.keys.update(old.id, { status: 'retired', retiredAt: fresh.row.createdAt });
          await db.keys.add(fresh.row);
        }),
      );
      return { key: info(fresh.row), statement };
    },

    retire: async (role, fingerprint) => {
      const retiredAt = now().toISOString();
      const row = await guarded(() =>
        db.transaction('rw', db.keys, async () => {
          const active = await requireActive(role);
          if (active.fingerprint !== fingerprint) throw refused(msg('signing.error.changed'));
          await db.keys.update(active.id, { status: 'retired', retiredAt });
          return { ...active, status: 'retired' as const, retiredAt };
        }),
      );
      return info(row);
    },

    signEnvelope: async (role, payloadType, payload) => {
      const refusal = signRequestRefusal(role, payloadType, payload);
      if (refusal) throw refused(refusal);
      const key = await requireActive(role);
      return signEnvelopeBytes(payloadType, payload, await webCryptoSigner(key.pair));
    },
  };
}
