import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { makeMember } from '../../shared/members/fixtures';
import { newId, nowIso } from './ids';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, tableNames } from './schema';

const { freshDb } = freshDatabases('test');

describe('database schema v1', () => {
  it('opens on IndexedDB with every table of the product', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(Object.keys(SCHEMA_V1).sort());
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'profile',
        'members',
        'membershipEvents',
        'meetings',
        'ledgerEntries',
        'attachments',
        'surveyRounds',
        'assessments',
        'reports',
        'receipts',
        'keyRegistry',
        'settings',
      ]),
    );
  });

  it('keys every record table by a UUID string', async () => {
    const db = freshDb();
    await db.open();
    for (const table of db.tables) {
      if (table.name === 'settings') continue;
      expect(table.schema.primKey.keyPath, table.name).toBe('id');
      expect(table.schema.primKey.auto, table.name).toBe(false);
    }
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a second member with the same ID number through the unique index', async () => {
    const db = freshDb();
    const member = (name: string) => ({
      ...makeMember({ id: newId(), name, idKey: 'resident:11010519491231002X' }),
      searchKeys: '',
      createdAt: nowIso(),
      updatedAt: nowIso(),
    });
    await db.members.add(member('张三'));
    await expect(db.members.add(member('李四'))).rejects.toThrow(/ConstraintError|uniqueness/i);
    expect(await db.members.count()).toBe(1);
  });

  it('answers the indexed queries later features rely on', async () => {
    const db = freshDb();
    const now = nowIso();
    await db.ledgerEntries.bulkAdd([
      {
        id: newId(),
        date: '2026-03-08',
        title: '台账',
        areas: ['area3'],
        tags: ['文体'],
        description: '',
        attachmentIds: [],
        createdAt: now,
        updatedAt: now,
      },
      {
        id: newId(),
        date: '2026-05-01',
        title: '台账',
        areas: ['area2', 'area6'],
        tags: ['农民工关爱'],
        description: '',
        attachmentIds: [],
        createdAt: now,
        updatedAt: now,
      },
    ]);
    expect(await db.ledgerEntries.where('areas').equals('area6').count()).toBe(1);
    expect(await db.ledgerEntries.where('date').between('2026-01-01', '2026-04-01').count()).toBe(
      1,
    );
  });
});
