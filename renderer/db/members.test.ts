import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { makeMemberData, makeMemberDraft, makeResidentId } from '../../shared/members/fixtures';
import { dumpDatabase } from '../../test/fixtures/dump';
import {
  addMembershipEvent,
  deleteMembershipEvent,
  idKeyIndex,
  ImportCancelled,
  importMembers,
  loadMember,
  loadRosterHead,
  saveMember,
} from './members';
import type { UnionDeskDatabase } from './schema';

const TODAY = '2026-11-23';
const { freshDb } = freshDatabases('members');

async function added(db: UnionDeskDatabase, overrides = {}) {
  const result = await saveMember(db, makeMemberDraft(overrides), { today: TODAY });
  if (!result.ok) throw new Error(result.message);
  return result.member;
}

describe('saving a member', () => {
  it('adds a member with a join event of the 入会日期, on roll, with search keys', async () => {
    const db = freshDb();
    const member = await added(db);
    expect(member.status).toBe('active');
    expect(member.searchKeys).toContain('zs');
    const loaded = await loadMember(db, member.id);
    expect(loaded?.events.map((e) => [e.type, e.date])).toEqual([['join', '2015-06-13']]);
  });

  it('refuses a second member with the same ID number, naming the first', async () => {
    const db = freshDb();
    const first = await added(db);
    const result = await saveMember(db, makeMemberDraft({ name: '李四' }), { today: TODAY });
    expect(result).toMatchObject({ ok: false, reason: 'duplicate', existingId: first.id });
    expect(result.ok ? '' : result.message).toContain('张三');
    expect(await db.members.count()).toBe(1);
  });

  it('refuses an invalid draft without writing', async () => {
    const db = freshDb();
    const result = await saveMember(db, makeMemberDraft({ docNumber: '110105194912310021' }), {
      today: TODAY,
    });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db.members.count()).toBe(0);
  });

  it('moves the join event when the 入会日期 is corrected', async () => {
    const db = freshDb();
    const member = await added(db);
    const result = await saveMember(db, makeMemberDraft({ joinedOn: '2016-01-04' }), {
      id: member.id,
      today: TODAY,
    });
    expect(result.ok).toBe(true);
    const loaded = await loadMember(db, member.id);
    expect(loaded?.events.map((e) => e.date)).toEqual(['2016-01-04']);
    expect(loaded?.member.createdAt).toBe(member.createdAt);
  });
});

describe('membership events', () => {
  it('derive the status, and a wrongly recorded one can be removed', async () => {
    const db = freshDb();
    const member = await added(db);
    const out = await addMembershipEvent(
      db,
      member.id,
      { type: 'transferOut', date: '2026-03-01', reason: '调往分公司' },
      { today: TODAY },
    );
    expect(out).toEqual({ ok: true, status: 'left' });
    expect((await db.members.get(member.id))?.status).toBe('left');
    const events = (await loadMember(db, member.id))!.events;
    await deleteMembershipEvent(db, events[1]!.id, { today: TODAY });
    expect((await db.members.get(member.id))?.status).toBe('active');
  });

  it('refuses a date in the future', async () => {
    const db = freshDb();
    const member = await added(db);
    const out = await addMembershipEvent(
      db,
      member.id,
      { type: 'reserve', date: '2027-01-01' },
      { today: TODAY },
    );
    expect(out.ok).toBe(false);
  });
});

describe('importing members', () => {
  const data = (i: number, overrides = {}) =>
    makeMemberData({
      name: `会员${i}`,
      docNumber: makeResidentId({ sequence: i }),
      joinedOn: '2020-05-01',
      ...overrides,
    });

  it('adds new members and skips or updates those already on the roster', async () => {
    const db = freshDb();
    const existing = await added(db, {
      docNumber: makeResidentId({ sequence: 1 }),
      name: '旧名字',
    });
    const index = await idKeyIndex(db);
    const rows = [1, 2, 3].map((i) => {
      const d = data(i);
      return { data: d, ...(index.has(d.idKey) ? { existingId: index.get(d.idKey)! } : {}) };
    });
    const skipped = await importMembers(db, rows, { duplicates: 'skip', today: TODAY });
    expect(skipped).toEqual({ added: 2, updated: 0, skipped: 1 });
    expect((await db.members.get(existing.id))?.name).toBe('旧名字');

    const db2 = freshDb();
    const again = await added(db2, { docNumber: makeResidentId({ sequence: 1 }), name: '旧名字' });
    const updated = await importMembers(db2, [{ data: data(1), existingId: again.id }], {
      duplicates: 'update',
      today: TODAY,
    });
    expect(updated).toEqual({ added: 0, updated: 1, skipped: 0 });
    const member = await loadMember(db2, again.id);
    expect(member?.member.name).toBe('会员1');
    expect(member?.member.createdAt).toBe(again.createdAt);
    expect(member?.events.map((e) => e.date)).toEqual(['2020-05-01']);
  });

  it('writes nothing when cancelled part-way', async () => {
    const db = freshDb();
    await added(db, { docNumber: makeResidentId({ sequence: 99 }) });
    const before = await dumpDatabase(db);
    const rows = Array.from({ length: 2_500 }, (_, i) => ({
      data: data(i, {
        docNumber: makeResidentId({
          sequence: i % 99,
          birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        }),
      }),
    }));
    // Unique ID numbers for the rows.
    const unique = new Map(rows.map((r) => [r.data.idKey, r]));
    let calls = 0;
    await expect(
      importMembers(db, [...unique.values()], {
        duplicates: 'skip',
        today: TODAY,
        onProgress: () => {
          calls += 1;
          if (calls === 1) throw new ImportCancelled();
        },
      }),
    ).rejects.toBeInstanceOf(ImportCancelled);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('updates many members at once, moving or creating their join events', async () => {
    const db = freshDb();
    // 会员0 joined on 2015-01-01; 会员1 has no 入会日期, so no join event yet.
    const first = await added(db, { ...data(0), joinedOn: '2015-01-01' });
    const second = await added(db, { ...data(1), joinedOn: undefined });
    const rows = [
      { data: data(0, { joinedOn: '2016-02-02' }), existingId: first.id },
      { data: data(1, { joinedOn: '2017-03-03' }), existingId: second.id },
      { data: data(2) },
    ];
    const result = await importMembers(db, rows, { duplicates: 'update', today: TODAY });
    expect(result).toEqual({ added: 1, updated: 2, skipped: 0 });
    const a = await loadMember(db, first.id);
    const b = await loadMember(db, second.id);
    expect(a?.events.map((e) => [e.type, e.date])).toEqual([['join', '2016-02-02']]);
    expect(b?.events.map((e) => [e.type, e.date])).toEqual([['join', '2017-03-03']]);
    expect([a?.member.status, b?.member.status]).toEqual(['active', 'active']);
    expect(await db.members.count()).toBe(3);
    expect(await db.membershipEvents.count()).toBe(3);
  });

  it('writes nothing when a new member clashes with one already on the roster', async () => {
    const db = freshDb();
    await added(db, { ...data(5) });
    const before = await dumpDatabase(db);
    // The sheet was read before 会员5 was added: their row is not marked as already there.
    const rows = Array.from({ length: 6_000 }, (_, i) => ({
      data: data(i, {
        docNumber: makeResidentId({
          sequence: i % 1000,
          birthDate: `19${60 + Math.floor(i / 1000)}-01-01`,
        }),
      }),
    }));
    rows[5_500] = { data: data(5) };
    await expect(importMembers(db, rows, { duplicates: 'skip', today: TODAY })).rejects.toThrow(
      /ConstraintError/,
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('the roster head', () => {
  it('reads the first members on roll in list order, and no one else', async () => {
    const db = freshDb();
    const names = ['王五', '张三', '李四', '赵六', '陈七'];
    await importMembers(
      db,
      names.map((name, i) => ({
        data: makeMemberData({
          name,
          birthDate: '1980-01-01',
          docNumber: makeResidentId({ sequence: i + 1, birthDate: '1980-01-01' }),
        }),
      })),
      { duplicates: 'skip', today: TODAY },
    );
    const leaver = await db.members.filter((m) => m.name === '李四').first();
    const left = await addMembershipEvent(
      db,
      leaver!.id,
      { type: 'transferOut', date: '2026-01-05', reason: '调离' },
      { today: TODAY },
    );
    expect(left).toEqual({ ok: true, status: 'left' });
    const head = await loadRosterHead(db, 3);
    // Pinyin order: chen, wang, zhang (zhao next); 李四 has left the roster.
    expect(head.active.map((m) => m.name)).toEqual(['陈七', '王五', '张三']);
  });
});
