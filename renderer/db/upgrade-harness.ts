import Dexie from 'dexie';
import { declareVersions, UnionDeskDatabase } from './schema';

/**
 * The schema upgrade harness: a database as an older release left it, then opened by the current
 * code. Every schema version adds one test that uses it (schema-upgrade.test.ts).
 */

/** Creates database `name` at schema `version`, filled with `rows` per table, then closes it. */
export async function createDatabaseAt(
  name: string,
  version: number,
  rows: Record<string, readonly unknown[]>,
): Promise<void> {
  const db = new Dexie(name);
  declareVersions(db, version);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkAdd([...(rows[table.name] ?? [])]);
  });
  db.close();
}

/** Opens `name` with the current schema (running every upgrade) and reads every table. */
export async function openWithCurrentCode(
  name: string,
): Promise<{ db: UnionDeskDatabase; rows: Record<string, unknown[]> }> {
  const db = new UnionDeskDatabase(name);
  await db.open();
  const rows: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) rows[table.name] = await table.toArray();
  });
  return { db, rows };
}
