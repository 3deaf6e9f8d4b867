/**
 * Backup and restore of a union with 50,000 members, in Node on fake-indexeddb (the unit-test
 * storage; Chromium's IndexedDB is of the same order, see ../shared/SETUP.md). Prints one
 * `bench:` line per figure. A floor — JSON round trip of the same rows without storage, zip or
 * hashing — is measured in the same run so figures from noisy machines can be compared as ratios.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { manyMembers, fillWithFixtures } from '../test/fixtures/database';
import { buildBackupFile } from '../renderer/backup/backup-file';
import { applyRestore, readBackup } from '../renderer/backup/restore';
import { UnionDeskDatabase } from '../renderer/db/schema';

const MEMBERS = 50_000;

function line(name: string, value: number, unit: string): void {
  process.stdout.write(
    `bench: ${name} ${unit === 'x' ? value.toFixed(2) : Math.round(value)} ${unit}\n`,
  );
}

async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  const source = new UnionDeskDatabase('bench-source');
  await fillWithFixtures(source);
  const rows = manyMembers(MEMBERS);
  await source.members.bulkAdd(rows as never[]);

  const [, floor] = await time(async () => JSON.parse(JSON.stringify(rows)) as unknown);
  const [file, backupMs] = await time(() =>
    buildBackupFile(source, { reason: 'manual', appVersion: 'bench' }),
  );
  const target = new UnionDeskDatabase('bench-target');
  await target.open();
  const [, restoreMs] = await time(async () => {
    const prepared = await readBackup(file.data);
    await applyRestore(target, prepared);
  });
  if ((await target.members.count()) !== (await source.members.count())) {
    throw new Error('restore did not bring back every member');
  }

  line('backup_50k_ms', backupMs, 'ms');
  line('restore_50k_ms', restoreMs, 'ms');
  line('backup_50k_bytes', file.data.byteLength, 'bytes');
  line('json_roundtrip_50k_floor_ms', floor, 'ms');
  line('backup_50k_vs_floor', backupMs / floor, 'x');
  line('restore_50k_vs_floor', restoreMs / floor, 'x');

  source.close();
  target.close();
  await Promise.all([Dexie.delete('bench-source'), Dexie.delete('bench-target')]);
}

await main();
