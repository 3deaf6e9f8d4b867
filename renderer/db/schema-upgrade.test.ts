import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureRows } from '../../test/fixtures/database';
import { newId } from './ids';
import { nameSortKey } from '../../shared/members/sort-key';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type MemberRow } from './schema';
import { createDatabaseAt, openWithCurrentCode } from './upgrade-harness';

const names: string[] = [];
function dbName(): string {
  const name = `upgrade-${newId()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function blobBytes(value: unknown): Promise<number[]> {
  return Array.from(new Uint8Array(await (value as Blob).arrayBuffer()));
}

/**
 * One test per released schema version: a database filled at that version is opened by the
 * current code and every record is checked. When version N+1 is added, add a test "vN → current"
 * with the fixture rows as vN stored them and the values the upgrade must produce.
 */
describe('schema upgrades', () => {
  it('lists versions in ascending order, each only adding', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('v1 → current: every record survives; members gain their sort key (v2)', async () => {
    const name = dbName();
    const fixture = fixtureRows();
    await createDatabaseAt(name, 1, fixture);
    const { db, rows } = await openWithCurrentCode(name);
    // What the v2 upgrade adds: each member's sortKey, from the name it has.
    const upgraded: Record<string, unknown[]> = {
      ...fixture,
      members: (fixture['members'] as { name: string }[]).map((m) => ({
        ...m,
        sortKey: nameSortKey(m.name),
      })),
    };
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, expected] of Object.entries(upgraded)) {
        const actual = rows[table] ?? [];
        expect(actual.length, table).toBe(expected.length);
        const strip = (row: unknown) =>
          JSON.stringify(row, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.type}` : v));
        expect(actual.map(strip).sort(), table).toEqual(expected.map(strip).sort());
      }
      // v2: the roster reads its first screen through [status+sortKey]; unused indexes are gone.
      const first = await db.members
        .where('[status+sortKey]')
        .between(['active', ''], ['active', '\uffff'])
        .toArray();
      expect(first.map((m) => m.name)).toEqual(['张三']);
      // v4: nor department and status, which nothing queries either.
      expect(db.members.schema.indexes.map((i) => i.name).sort()).toEqual(
        ['[status+sortKey]', 'idKey'].sort(),
      );
      // v3: membership events keep only the index their queries use.
      expect(db.membershipEvents.schema.indexes.map((i) => i.name)).toEqual(['memberId']);
      const [attachment] = rows['attachments'] as { data: Blob }[];
      const [original] = fixture['attachments'] as { data: Blob }[];
      expect(await blobBytes(attachment?.data)).toEqual(await blobBytes(original?.data));
    } finally {
      db.close();
    }
  });

  it('v2 → current: every record survives; only the queried indexes are left (v3, v4)', async () => {
    const name = dbName();
    // As v2 stored them: members with their sortKey.
    const fixture = fixtureRows();
    const v2: Record<string, unknown[]> = {
      ...fixture,
      members: (fixture['members'] as { name: string }[]).map((m) => ({
        ...m,
        sortKey: nameSortKey(m.name),
      })),
    };
    await createDatabaseAt(name, 2, v2);
    const { db, rows } = await openWithCurrentCode(name);
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const strip = (row: unknown) =>
        JSON.stringify(row, (_k, v: unknown) => (v instanceof Blob ? `blob:${v.type}` : v));
      for (const [table, expected] of Object.entries(v2)) {
        const actual = rows[table] ?? [];
        expect(actual.map(strip).sort(), table).toEqual(expected.map(strip).sort());
      }
      expect(db.membershipEvents.schema.indexes.map((i) => i.name)).toEqual(['memberId']);
      expect(db.members.schema.indexes.map((i) => i.name).sort()).toEqual(
        ['[status+sortKey]', 'idKey'].sort(),
      );
      // The ID number stays unique: a second member with it is refused.
      const [member] = v2['members'] as { id: string; idKey: string }[];
      await expect(
        db.members.add({
          ...(rows['members']![0] as MemberRow),
          id: 'another',
          idKey: member!.idKey,
        }),
      ).rejects.toThrow(/ConstraintError|uniqueness/);
      // A member's history, the one query on the table, still answers through the index.
      const [event] = v2['membershipEvents'] as { id: string; memberId: string }[];
      const history = await db.membershipEvents.where('memberId').equals(event!.memberId).toArray();
      expect(history.map((e) => e.id)).toEqual([event!.id]);
    } finally {
      db.close();
    }
  });
});
