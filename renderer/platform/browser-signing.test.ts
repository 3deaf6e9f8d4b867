import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { REPORT_PAYLOAD_TYPE } from '../../shared/report/payload';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import {
  makeRotationSubject,
  openSigned,
  reportBytes,
  signingServiceContract,
  tickingClock,
} from '../../test/fixtures/signing-service';
import { newId } from '../db/ids';
import { createBrowserSigning, KEY_DATABASE } from './browser-signing';
import { PlatformError } from './types';

// fake-indexeddb stores CryptoKey objects by Node's structured clone, as Chromium does: the
// tests below use real IndexedDB semantics and real WebCrypto keys, nothing mocked.
const { freshDb, track } = freshDatabases('keys');

function freshService(databaseName = `keys-${newId()}`) {
  track(databaseName);
  return { service: createBrowserSigning({ databaseName, now: tickingClock() }), databaseName };
}

interface StoredPair {
  pair: { privateKey: CryptoKey; publicKey: CryptoKey };
}

describe('browser signing keys: the shared behaviour', () => {
  signingServiceContract(() => freshService().service, 'webcrypto-non-extractable');
});

describe('browser signing keys: storage', () => {
  it('keeps a non-extractable private key that still signs after the page is reopened', async () => {
    const { service, databaseName } = freshService();
    const key = await service.create('union');

    const reopened = createBrowserSigning({ databaseName });
    expect(await reopened.list()).toEqual([key]);
    const opened = await openSigned(
      await reopened.signEnvelope('union', REPORT_PAYLOAD_TYPE, reportBytes()),
      REPORT_PAYLOAD_TYPE,
    );
    expect(opened.ok && opened.keyid).toBe(key.fingerprint);

    const raw = new Dexie(databaseName);
    const [row] = (await raw.open().then(() => raw.table('keys').toArray())) as StoredPair[];
    raw.close();
    expect(row!.pair.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', row!.pair.privateKey)).rejects.toThrow();
  });

  it("keeps keys apart from the app's database, so backups never carry them", async () => {
    const db = freshDb();
    await db.open();
    const { databaseName } = freshService();
    expect(KEY_DATABASE).not.toBe(db.name);
    await createBrowserSigning({ databaseName }).create('union');
    expect(await db.signingKeys.count()).toBe(0);
  });

  it('refuses a rotation when another window rotated first, changing nothing more', async () => {
    const { service, databaseName } = freshService();
    await service.create('union');
    const other = createBrowserSigning({ databaseName, now: tickingClock(Date.UTC(2027, 0, 1)) });
    const results = await Promise.allSettled([
      service.rotate('union', makeRotationSubject()),
      other.rotate('union', makeRotationSubject()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = results.find((r) => r.status === 'rejected');
    expect(failure?.reason).toBeInstanceOf(PlatformError);
    expect((failure?.reason as PlatformError).message).toContain('另一个窗口');
    const keys = await service.list();
    expect(keys.map((k) => k.status)).toEqual(['active', 'retired']);
  });

  it('turns a storage failure into a message to read', async () => {
    // The browser's storage is the external here: it refuses to open (a full disk, a profile
    // the browser cannot write).
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    try {
      const { service } = freshService();
      await expect(service.create('union')).rejects.toMatchObject({
        code: 'io',
        message: expect.stringContaining('签名密钥没有保存到浏览器存储中'),
      });
    } finally {
      open.mockRestore();
    }
  });
});
