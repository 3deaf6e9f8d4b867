import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { zhCN } from '../../shared/i18n';
import { fillWithFixtures, fixtureRows, manyMembers } from '../../test/fixtures/database';
import { dumpDatabase } from '../../test/fixtures/dump';
import { newId } from '../db/ids';
import type { UnionDeskDatabase } from '../db/schema';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, tableNames } from '../db/schema';
import { createDatabaseAt } from '../db/upgrade-harness';
import { nameSortKey } from '../../shared/members/sort-key';
import { createBrowserBackupStore } from '../platform/browser-backups';
import { buildBackupFile, takeDailyCopyIfDue, takeSafetyCopy } from './backup-file';
import { BackupError, packBackup, unpackBackup } from './container';
import {
  applyRestore,
  previewRestore,
  readBackup,
  RestoreInterrupted,
  restoreWithSafetyCopy,
} from './restore';
import { createSnapshot } from './snapshot';

const APP = { appVersion: '0.1.0-test' };
const { freshDb, track } = freshDatabases('backup');
function freshStore(now?: () => Date) {
  const downloads: { name: string; data: Uint8Array }[] = [];
  const databaseName = `copies-${newId()}`;
  const store = createBrowserBackupStore({
    download: (name, data) => downloads.push({ name, data }),
    databaseName,
    ...(now ? { now } : {}),
  });
  track(databaseName);
  return { store, downloads };
}

async function filledDb(): Promise<UnionDeskDatabase> {
  const db = freshDb();
  await fillWithFixtures(db);
  return db;
}

async function expectRefused(
  db: UnionDeskDatabase,
  bytes: Uint8Array,
  code: string,
  password?: string,
): Promise<string> {
  const before = await dumpDatabase(db);
  const error = await readBackup(bytes, password ? { password } : {}).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected refusal ${code}`).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  const message = (error as BackupError).message;
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(await dumpDatabase(db)).toEqual(before);
  return message;
}

describe('backup coverage', () => {
  it('writes every table of the schema into the backup, with its record count', async () => {
    const db = await filledDb();
    const snapshot = await createSnapshot(db, { reason: 'manual', ...APP });
    expect(snapshot.content.tables.map((t) => t.name).sort()).toEqual(tableNames(db));
    const fixture = fixtureRows();
    for (const entry of snapshot.content.tables) {
      expect(entry.count, entry.name).toBe(fixture[entry.name]?.length);
    }
    expect(snapshot.content.union).toEqual({
      name: '示例科技有限公司工会委员会',
      creditCode: '81110000MC1234567X',
    });
  });

  it('has a Chinese label for every table, shown in the restore preview', async () => {
    const db = freshDb();
    await db.open();
    for (const table of tableNames(db)) {
      expect(Object.keys(zhCN), table).toContain(`backup.table.${table}`);
    }
  });
});

describe('backup → restore → re-export', () => {
  it('gives identical data: 10,000 members, long Chinese text, a 5 MB attachment', async () => {
    const db = await filledDb();
    await db.members.bulkAdd(manyMembers(10_000) as never[]);
    const big = new Uint8Array(5 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 65536) crypto.getRandomValues(big.subarray(i, i + 65536));
    await db.attachments.add({
      id: newId(),
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-01T00:00:00.000Z',
      sha256: 'e'.repeat(64),
      name: '会议纪要扫描件.pdf',
      mime: 'application/pdf',
      size: big.byteLength,
      data: new Blob([big], { type: 'application/pdf' }),
    });
    const original = await dumpDatabase(db);

    const first = await buildBackupFile(db, { reason: 'manual', ...APP });
    const prepared = await readBackup(first.data);
    expect(prepared.totalRecords).toBe(first.records);

    const target = freshDb();
    await target.open();
    await applyRestore(target, prepared);
    expect(await dumpDatabase(target)).toEqual(original);

    // Re-export: the same files, byte for byte (only the manifest's time differs).
    const second = await buildBackupFile(target, { reason: 'manual', ...APP });
    const [a, b] = await Promise.all([unpackBackup(first.data), unpackBackup(second.data)]);
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    for (const [path, bytes] of a.files) {
      // Buffer.equals, not toEqual: a deep comparison of 5 million elements takes a minute.
      expect(Buffer.from(b.files.get(path) ?? []).equals(Buffer.from(bytes)), path).toBe(true);
    }
  });

  it('round-trips an encrypted backup with its password', async () => {
    const db = await filledDb();
    const original = await dumpDatabase(db);
    const { data } = await buildBackupFile(db, {
      reason: 'manual',
      ...APP,
      password: '工会2026备份',
    });
    const prepared = await readBackup(data, { password: '工会2026备份' });
    expect(prepared.encrypted).toBe(true);
    const target = freshDb();
    await applyRestore(target, prepared);
    expect(await dumpDatabase(target)).toEqual(original);
  });
});

describe('backups from older schema versions', () => {
  const older = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_SCHEMA_VERSION);

  it.each(older)('restores a backup written at v%i as the current version', async (version) => {
    // The fixture rows as that version stored them: members carry a sortKey from v2 on.
    const fixture = fixtureRows();
    const withSortKeys = {
      ...fixture,
      members: (fixture['members'] as { name: string }[]).map((m) => ({
        ...m,
        sortKey: nameSortKey(m.name),
      })),
    };
    const name = `old-${newId()}`;
    track(name);
    await createDatabaseAt(name, version, version >= 2 ? withSortKeys : fixture);
    // Opened without a schema, as the app reads a database it is about to upgrade.
    const old = new Dexie(name);
    await old.open();
    expect(old.verno).toBe(version);
    const { data } = await buildBackupFile(old, { reason: 'manual', ...APP });
    old.close();

    const prepared = await readBackup(data);
    expect(prepared.schemaVersion).toBe(version);
    const target = freshDb();
    await applyRestore(target, prepared);
    const expected = freshDb();
    await expected.transaction('rw', expected.tables, async () => {
      for (const table of expected.tables) {
        await table.bulkAdd(withSortKeys[table.name as keyof typeof withSortKeys] ?? []);
      }
    });
    expect(await dumpDatabase(target)).toEqual(await dumpDatabase(expected));
    expect(target.membershipEvents.schema.indexes.map((i) => i.name)).toEqual(['memberId']);
  });
});

/**
 * A copy with one bit flipped inside an entry's stored data. (A flip in a local header's copy of
 * the name or date is harmless: readers take those from the central directory.)
 */
function flipInEntry(data: Uint8Array, name: string): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 0; at + 30 < data.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const found = data.subarray(at + 30, at + 30 + nameLength);
    if (found.length !== nameBytes.length || !found.every((b, i) => b === nameBytes[i])) continue;
    const copy = data.slice();
    copy[at + 30 + nameLength + extraLength + 8]! ^= 0x40;
    return copy;
  }
  throw new Error(`no entry ${name}`);
}

describe('refused files leave the database unchanged', () => {
  async function setup() {
    const db = await filledDb();
    const { data } = await buildBackupFile(db, { reason: 'manual', ...APP });
    return { db, data };
  }

  it('refuses each kind of bad file with its own message', async () => {
    const { db, data } = await setup();
    const messages = new Set<string>();
    messages.add(await expectRefused(db, new Uint8Array(0), 'empty'));
    messages.add(await expectRefused(db, data.slice(0, Math.floor(data.length / 2)), 'truncated'));
    messages.add(await expectRefused(db, flipInEntry(data, 'tables/members.json'), 'corrupt'));
    const randomZip = zipSync({ 'readme.txt': new TextEncoder().encode('随便什么压缩包') });
    messages.add(await expectRefused(db, randomZip, 'not-backup'));
    const { data: locked } = await buildBackupFile(db, {
      reason: 'manual',
      ...APP,
      password: 'correct horse',
    });
    messages.add(await expectRefused(db, locked, 'wrong-password', 'wrong horse'));
    messages.add(await expectRefused(db, locked, 'password-required'));
    const snapshot = await createSnapshot(db, { reason: 'manual', ...APP });
    const newer = await packBackup({
      createdAt: snapshot.createdAt,
      content: { ...snapshot.content, schemaVersion: 99, appVersion: '9.0.0' },
      files: snapshot.files,
    });
    messages.add(await expectRefused(db, newer, 'newer-schema'));
    expect(messages.size).toBe(7);
  });

  it('refuses a backup whose record count does not match its manifest', async () => {
    const { db } = await setup();
    const snapshot = await createSnapshot(db, { reason: 'manual', ...APP });
    const tables = snapshot.content.tables.map((t) =>
      t.name === 'members' ? { ...t, count: t.count + 1 } : t,
    );
    const bytes = await packBackup({
      createdAt: snapshot.createdAt,
      content: { ...snapshot.content, tables },
      files: snapshot.files,
    });
    const message = await expectRefused(db, bytes, 'corrupt');
    expect(message).toContain('会员');
  });

  it('refuses a backup that names a table this version does not know', async () => {
    const { db } = await setup();
    const snapshot = await createSnapshot(db, { reason: 'manual', ...APP });
    const bytes = await packBackup({
      createdAt: snapshot.createdAt,
      content: {
        ...snapshot.content,
        tables: [
          ...snapshot.content.tables,
          { name: 'secrets', path: 'tables/secrets.json', count: 0 },
        ],
      },
      files: [
        ...snapshot.files,
        { path: 'tables/secrets.json', data: new TextEncoder().encode('[]'), compress: true },
      ],
    });
    await expectRefused(db, bytes, 'corrupt');
  });
});

describe('an interrupted restore', () => {
  it('leaves the database exactly as before when stopped mid-way', async () => {
    const source = await filledDb();
    await source.members.bulkAdd(manyMembers(6_000) as never[]);
    const prepared = await readBackup(
      (await buildBackupFile(source, { reason: 'manual', ...APP })).data,
    );

    const db = await filledDb();
    await db.members.add({
      ...manyMembers(1, 99)[0],
      id: newId(),
      idKey: 'resident:only-here',
    } as never);
    const before = await dumpDatabase(db);
    let calls = 0;
    await expect(
      applyRestore(db, prepared, {
        onProgress: () => {
          calls += 1;
          if (calls === 2) throw new RestoreInterrupted();
        },
      }),
    ).rejects.toBeInstanceOf(RestoreInterrupted);
    expect(calls).toBe(2);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('rolls back when a record clashes with a unique index half-way', async () => {
    const source = await filledDb();
    const prepared = await readBackup(
      (await buildBackupFile(source, { reason: 'manual', ...APP })).data,
    );
    const members = prepared.tables.get('members') as { idKey: string }[];
    members.push({ ...members[0]!, id: newId() } as { idKey: string });
    prepared.totalRecords += 1;
    const db = await filledDb();
    await db.profile.update('a0000000-0000-4000-8000-000000000001', { unionName: '改过的名字' });
    const before = await dumpDatabase(db);
    const error = await applyRestore(db, prepared).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as BackupError).code).toBe('write-failed');
    expect((error as BackupError).message).toContain('没有改动');
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('restore preview', () => {
  it('counts, per table, what a restore would bring back, remove and overwrite', async () => {
    const db = await filledDb();
    await db.members.bulkAdd(manyMembers(5) as never[]);
    const prepared = await readBackup(
      (await buildBackupFile(db, { reason: 'manual', ...APP })).data,
    );
    const [first, second] = await db.members.limit(2).toArray();
    await db.members.delete(first!.id);
    await db.members.update(second!.id, { name: '改名', updatedAt: '2099-01-01T00:00:00.000Z' });
    await db.members.add({ ...manyMembers(1, 5)[0], id: newId(), idKey: 'resident:new' } as never);
    const preview = await previewRestore(db, prepared);
    const members = preview.tables.find((t) => t.table === 'members')!;
    expect(members).toMatchObject({
      label: '会员',
      current: 7,
      backup: 7,
      onlyInBackup: 1,
      onlyNow: 1,
      nowNewer: 1,
      backupNewer: 0,
      same: 5,
    });
    expect(preview.otherUnion).toBe(false);
    await db.profile.update('a0000000-0000-4000-8000-000000000001', {
      creditCode: '81110000MC7654321X',
    });
    expect((await previewRestore(db, prepared)).otherUnion).toBe(true);
  });
});

describe('safety copies', () => {
  it('takes a pre-restore copy that brings back the data a restore replaced', async () => {
    const { store } = freshStore();
    const db = await filledDb();
    const prepared = await readBackup(
      (await buildBackupFile(db, { reason: 'manual', ...APP })).data,
    );
    await db.members.bulkAdd(manyMembers(3) as never[]);
    const beforeRestore = await dumpDatabase(db);

    const { safetyCopy } = await restoreWithSafetyCopy(db, store, prepared, APP);
    expect(safetyCopy?.reason).toBe('pre-restore');
    expect(await db.members.count()).toBe(2);

    const copy = await readBackup(await store.read(safetyCopy!.fileName));
    await applyRestore(db, copy);
    expect(await dumpDatabase(db)).toEqual(beforeRestore);
  });

  it('does not restore when the safety copy cannot be written', async () => {
    const db = await filledDb();
    const prepared = await readBackup(
      (await buildBackupFile(db, { reason: 'manual', ...APP })).data,
    );
    await db.members.bulkAdd(manyMembers(3) as never[]);
    const before = await dumpDatabase(db);
    const { store } = freshStore();
    const full = {
      ...store,
      write: () => Promise.reject(new Error('磁盘空间不足')),
    };
    const error = await restoreWithSafetyCopy(db, full, prepared, APP).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as BackupError).code).toBe('safety-copy-failed');
    expect((error as BackupError).message).toContain('磁盘空间不足');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('writes no copy of an empty database', async () => {
    const { store } = freshStore();
    const db = freshDb();
    expect(await takeSafetyCopy(db, store, { reason: 'pre-import', ...APP })).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it('takes the daily copy once per local day', async () => {
    let clock = new Date(2026, 10, 23, 8, 0);
    const { store } = freshStore(() => clock);
    const db = await filledDb();
    expect(await takeDailyCopyIfDue(db, store, { ...APP, now: clock })).not.toBeNull();
    clock = new Date(2026, 10, 23, 20, 0);
    expect(await takeDailyCopyIfDue(db, store, { ...APP, now: clock })).toBeNull();
    clock = new Date(2026, 10, 24, 8, 0);
    expect(await takeDailyCopyIfDue(db, store, { ...APP, now: clock })).not.toBeNull();
    expect((await store.list()).map((f) => f.reason)).toEqual(['daily', 'daily']);
  });
});
