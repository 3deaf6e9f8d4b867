import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../db/ids';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { createBrowserBackupStore } from '../platform/browser-backups';
import type { BackupStore } from '../platform/types';
import { unpackBackup } from './container';
import { OpenDatabaseError, openDatabaseWithSafetyCopy } from './open-database';

const names: string[] = [];
const open: Dexie[] = [];
function name(prefix: string): string {
  const value = `${prefix}-${newId()}`;
  names.push(value);
  return value;
}
function store(): BackupStore {
  return createBrowserBackupStore({ download: () => undefined, databaseName: name('copies') });
}
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const value of names.splice(0)) await Dexie.delete(value);
});

/** A database as a release before v1 would have left it (Dexie allows fractional versions). */
async function olderDatabase(dbName: string): Promise<void> {
  const db = new Dexie(dbName);
  db.version(0.5).stores({ profile: 'id', members: 'id, &idKey, name' });
  await db.open();
  await db
    .table('profile')
    .add({ id: 'p1', unionName: '旧版工会', creditCode: '81330106MC2857313X' });
  await db.table('members').bulkAdd([
    { id: 'm1', idKey: 'resident:11010519491231002X', name: '张三' },
    { id: 'm2', idKey: 'resident:440524188001010014', name: '李四' },
  ]);
  db.close();
}

async function installedVersion(dbName: string): Promise<number> {
  const probe = new Dexie(dbName);
  await probe.open();
  const version = probe.verno;
  probe.close();
  return version;
}

describe('opening the database', () => {
  it('creates a new database without a safety copy', async () => {
    const copies = store();
    const outcome = await openDatabaseWithSafetyCopy(copies, { appVersion: 't', name: name('db') });
    open.push(outcome.db);
    expect(outcome.upgradedFrom).toBeNull();
    expect(outcome.upgradeCopy).toBeNull();
    expect(outcome.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await copies.list()).toEqual([]);
  });

  it('takes a pre-upgrade copy of the old data before upgrading', async () => {
    const dbName = name('db');
    await olderDatabase(dbName);
    const copies = store();
    const outcome = await openDatabaseWithSafetyCopy(copies, { appVersion: 't', name: dbName });
    open.push(outcome.db);
    expect(outcome.upgradedFrom).toBe(0.5);
    expect(outcome.upgradeCopy?.reason).toBe('pre-upgrade');
    expect(outcome.upgradeCopy?.fileName).toContain('旧版工会');

    const { manifest, files } = await unpackBackup(
      await copies.read(outcome.upgradeCopy!.fileName),
    );
    expect(manifest.content['schemaVersion']).toBe(0.5);
    const members = JSON.parse(
      new TextDecoder().decode(files.get('tables/members.json')),
    ) as unknown[];
    expect(members).toHaveLength(2);

    expect(outcome.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await outcome.db.members.count()).toBe(2);
  });

  it('does not upgrade when the copy cannot be written, unless the user says so', async () => {
    const dbName = name('db');
    await olderDatabase(dbName);
    const failing: BackupStore = { ...store(), write: () => Promise.reject(new Error('磁盘已满')) };
    const error = await openDatabaseWithSafetyCopy(failing, { appVersion: 't', name: dbName }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenDatabaseError);
    expect((error as OpenDatabaseError).canSkipCopy).toBe(true);
    expect((error as OpenDatabaseError).message).toContain('磁盘已满');
    expect(await installedVersion(dbName)).toBe(0.5);

    const outcome = await openDatabaseWithSafetyCopy(failing, {
      appVersion: 't',
      name: dbName,
      skipCopy: true,
    });
    open.push(outcome.db);
    expect(outcome.upgradeCopy).toBeNull();
    expect(outcome.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await outcome.db.members.count()).toBe(2);
  });

  it('refuses a database written by a newer release, without touching it', async () => {
    const dbName = name('db');
    const newer = new Dexie(dbName);
    newer.version(CURRENT_SCHEMA_VERSION + 5).stores({ profile: 'id', future: 'id' });
    await newer.open();
    newer.close();
    const error = await openDatabaseWithSafetyCopy(store(), { appVersion: 't', name: dbName }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenDatabaseError);
    expect((error as OpenDatabaseError).canSkipCopy).toBe(false);
    expect(await installedVersion(dbName)).toBe(CURRENT_SCHEMA_VERSION + 5);
  });
});
