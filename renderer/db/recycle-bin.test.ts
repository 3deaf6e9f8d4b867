import { makeMeetingContent } from '../../shared/meetings/fixtures';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { makeMember as makeSharedMember } from '../../shared/members/fixtures';
import { newId } from './ids';
import {
  RECYCLE_BIN_DAYS,
  RecycleBinError,
  daysLeft,
  deleteAttachment,
  deleteLedgerEntry,
  deleteMeeting,
  deleteMember,
  deletePermanently,
  emptyRecycleBin,
  listRecycleBin,
  moveToRecycleBin,
  purgeExpired,
  restoreFromRecycleBin,
  type MoveToRecycleBinRequest,
} from './recycle-bin';
import type { UnionDeskDatabase } from './schema';
import {
  type AttachmentRow,
  type LedgerEntryRow,
  type MeetingAddendumRow,
  type MeetingRow,
  type MemberRow,
  type MembershipEventRow,
  type RecycleBinRow,
} from './schema';

const { freshDb } = freshDatabases('bin');

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-23T02:30:00.000Z');
const STAMP = '2026-03-01T08:00:00.000Z';
const ID_NUMBER = '11010519491231002X';

// --- builders -------------------------------------------------------------------------------

function makeMember(overrides: Partial<MemberRow> = {}): MemberRow {
  const member = makeSharedMember({
    id: newId(),
    createdAt: STAMP,
    updatedAt: STAMP,
    name: '张三',
    docType: 'residentId',
    docNumber: ID_NUMBER,
    idKey: `resident:${ID_NUMBER}`,
    department: '金工车间',
    status: 'active',
    joinedOn: '2019-07-01',
  });
  return { ...member, searchKeys: '', ...overrides };
}

function makeEvent(memberId: string, overrides: Partial<MembershipEventRow> = {}) {
  const row: MembershipEventRow = {
    id: newId(),
    createdAt: STAMP,
    updatedAt: STAMP,
    memberId,
    type: 'join',
    date: '2019-07-01',
    ...overrides,
  };
  return row;
}

function makeMeeting(overrides: Partial<MeetingRow> = {}): MeetingRow {
  return {
    ...makeMeetingContent({ type: 'committee', date: '2026-03-01', title: '' }),
    id: newId(),
    createdAt: STAMP,
    updatedAt: STAMP,
    status: 'draft',
    ...overrides,
  };
}

function makeAddendum(meetingId: string): MeetingAddendumRow {
  return {
    id: newId(),
    createdAt: STAMP,
    updatedAt: STAMP,
    meetingId,
    date: '2026-03-02',
    text: '更正',
    author: '李记录',
  };
}

function makeLedgerEntry(overrides: Partial<LedgerEntryRow> = {}): LedgerEntryRow {
  return {
    id: newId(),
    createdAt: STAMP,
    updatedAt: STAMP,
    date: '2026-04-15',
    title: '',
    areas: ['area2', 'area5'],
    tags: ['春送岗位'],
    description: '',
    attachmentIds: [],
    ...overrides,
  };
}

function makeAttachment(bytes: number[], overrides: Partial<AttachmentRow> = {}): AttachmentRow {
  return {
    id: newId(),
    createdAt: STAMP,
    updatedAt: STAMP,
    sha256: `sha-${bytes.join('-')}`,
    name: '签到表.jpg',
    mime: 'image/jpeg',
    size: bytes.length,
    data: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }),
    ...overrides,
  };
}

// --- comparing stored state -----------------------------------------------------------------

/** A value with every Blob replaced by its type and bytes, so equality covers content. */
async function materialize(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return { blobType: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  }
  if (Array.isArray(value)) return Promise.all(value.map(materialize));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, item]) => [key, await materialize(item)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

const WATCHED = [
  'members',
  'membershipEvents',
  'meetings',
  'meetingAddenda',
  'ledgerEntries',
  'attachments',
  'recycleBin',
] as const;

/** Every row of every table the 回收站 touches, sorted by id, with Blob contents. */
async function snapshot(db: UnionDeskDatabase): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const name of WATCHED) out[name] = await materialize(await db.table(name).toArray());
  return out;
}

async function expectRefused(
  action: Promise<unknown>,
  code: RecycleBinError['code'],
): Promise<RecycleBinError> {
  const error = await action.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RecycleBinError);
  const refused = error as RecycleBinError;
  expect(refused.code).toBe(code);
  return refused;
}

// --- tests ----------------------------------------------------------------------------------

describe('moving to the 回收站 and restoring', () => {
  it('round-trips a member with their membership events, and leaves other members alone', async () => {
    const db = freshDb();
    const member = makeMember();
    const other = makeMember({ name: '李四', idKey: 'resident:110105194912310021' });
    const events = [
      makeEvent(member.id),
      makeEvent(member.id, { type: 'transferIn', date: '2021-01-05' }),
    ];
    const otherEvent = makeEvent(other.id);
    await db.members.bulkAdd([member, other]);
    await db.membershipEvents.bulkAdd([...events, otherEvent]);
    const before = await snapshot(db);

    const entry = await deleteMember(db, member.id);
    expect(entry).toMatchObject({ table: 'members', label: '张三' });
    expect(entry.records.map((r) => r.table)).toEqual([
      'members',
      'membershipEvents',
      'membershipEvents',
    ]);
    expect(await db.members.get(member.id)).toBeUndefined();
    expect(await db.membershipEvents.where('memberId').equals(member.id).count()).toBe(0);
    expect(await db.members.get(other.id)).toEqual(other);
    expect(await db.membershipEvents.get(otherEvent.id)).toEqual(otherEvent);
    expect(await db.recycleBin.count()).toBe(1);

    const restored = await restoreFromRecycleBin(db, entry.id);
    expect(restored.id).toBe(entry.id);
    expect(await snapshot(db)).toEqual(before);
  });

  it('round-trips a meeting with its addenda, labelled by title or by type and date', async () => {
    const db = freshDb();
    const titled = makeMeeting({ title: '第三届工会委员会第五次会议' });
    const untitled = makeMeeting();
    await db.meetings.bulkAdd([titled, untitled]);
    await db.meetingAddenda.bulkAdd([makeAddendum(titled.id), makeAddendum(untitled.id)]);
    const before = await snapshot(db);

    const first = await deleteMeeting(db, titled.id);
    const second = await deleteMeeting(db, untitled.id);
    expect(first.label).toBe('第三届工会委员会第五次会议');
    expect(second.label).toBe('会议记录（2026-03-01）');
    expect(first.records).toHaveLength(2);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.meetingAddenda.count()).toBe(0);

    await restoreFromRecycleBin(db, second.id);
    await restoreFromRecycleBin(db, first.id);
    expect(await snapshot(db)).toEqual(before);
  });

  it('round-trips a ledger entry, array fields included', async () => {
    const db = freshDb();
    const entry = makeLedgerEntry({ meetingId: newId() });
    await db.ledgerEntries.add(entry);
    const before = await snapshot(db);

    const bin = await deleteLedgerEntry(db, entry.id);
    expect(bin.label).toBe('工作台账（2026-04-15）');
    expect(await db.ledgerEntries.count()).toBe(0);
    expect(await db.ledgerEntries.where('areas').equals('组织建设').count()).toBe(0);

    await restoreFromRecycleBin(db, bin.id);
    expect(await snapshot(db)).toEqual(before);
    // The multi-entry index works again for the restored row.
    expect(await db.ledgerEntries.where('tags').equals('春送岗位').primaryKeys()).toEqual([
      entry.id,
    ]);
  });

  it('round-trips an attachment with a byte-identical Blob', async () => {
    const db = freshDb();
    const bytes = [0, 1, 2, 127, 128, 254, 255, 0xe5, 0xb7, 0xa5];
    const attachment = makeAttachment(bytes);
    await db.attachments.add(attachment);

    const bin = await deleteAttachment(db, attachment.id);
    expect(bin.label).toBe('签到表.jpg');
    const held = (await db.recycleBin.get(bin.id))?.records[0]?.record as AttachmentRow;
    expect(held.data).toBeInstanceOf(Blob);

    await restoreFromRecycleBin(db, bin.id);
    const back = await db.attachments.get(attachment.id);
    expect(back?.data).toBeInstanceOf(Blob);
    expect(back?.data.type).toBe('image/jpeg');
    expect(back?.data.size).toBe(bytes.length);
    expect([...new Uint8Array(await back!.data.arrayBuffer())]).toEqual(bytes);
    expect({ ...back, data: null }).toEqual({ ...attachment, data: null });
    expect(await db.attachments.where('sha256').equals(attachment.sha256).count()).toBe(1);
  });

  it('moves a ledger entry with the attachments only it used, as one entry', async () => {
    const db = freshDb();
    const files = [makeAttachment([1, 2, 3]), makeAttachment([4, 5, 6])];
    const entry = makeLedgerEntry();
    await db.attachments.bulkAdd(files);
    await db.ledgerEntries.add(entry);
    const before = await snapshot(db);

    const bin = await moveToRecycleBin(db, {
      table: 'ledgerEntries',
      ids: [entry.id],
      label: '春送岗位招聘会',
      cascade: [{ table: 'attachments', ids: files.map((f) => f.id) }],
    });
    expect(bin.label).toBe('春送岗位招聘会');
    expect(await db.attachments.count()).toBe(0);
    expect((await listRecycleBin(db))[0]).toMatchObject({
      table: 'ledgerEntries',
      recordCount: 3,
      relatedCount: 2,
    });

    await restoreFromRecycleBin(db, bin.id);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps several records deleted at once as one entry, named after the first', async () => {
    const db = freshDb();
    const members = [
      makeMember({ idKey: undefined }),
      makeMember({ name: '李四', idKey: undefined }),
      makeMember({ name: '王五', idKey: undefined }),
    ];
    await db.members.bulkAdd(members);
    const bin = await moveToRecycleBin(db, {
      table: 'members',
      ids: [members[0]!.id, members[1]!.id, members[0]!.id],
    });
    expect(bin.label).toBe('张三 等 2 项');
    expect(bin.records).toHaveLength(2);
    expect(await db.members.count()).toBe(1);
  });
});

describe('a move is one transaction', () => {
  it('moves nothing when one of the ids is missing', async () => {
    const db = freshDb();
    const member = makeMember();
    await db.members.add(member);
    await db.membershipEvents.add(makeEvent(member.id));
    const before = await snapshot(db);

    const refused = await expectRefused(
      moveToRecycleBin(db, { table: 'members', ids: [member.id, newId()] }),
      'missing',
    );
    expect(refused.message).toContain('会员已不存在');
    expect(await snapshot(db)).toEqual(before);
  });

  it('moves nothing when a dependant is missing', async () => {
    const db = freshDb();
    const meeting = makeMeeting();
    const addendum = makeAddendum(meeting.id);
    await db.meetings.add(meeting);
    await db.meetingAddenda.add(addendum);
    const before = await snapshot(db);

    await expectRefused(
      moveToRecycleBin(db, {
        table: 'meetings',
        ids: [meeting.id],
        cascade: [{ table: 'meetingAddenda', ids: [addendum.id, newId()] }],
      }),
      'missing',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to delete a member who is no longer there', async () => {
    const db = freshDb();
    const orphanEvent = makeEvent(newId());
    await db.membershipEvents.add(orphanEvent);
    const before = await snapshot(db);
    await expectRefused(deleteMember(db, orphanEvent.memberId), 'missing');
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls the bin entry back when deleting the records fails', async () => {
    const db = freshDb();
    const member = makeMember();
    await db.members.add(member);
    await db.membershipEvents.add(makeEvent(member.id));
    const before = await snapshot(db);
    // The last write of the move fails (as a full disk would) after the bin entry was added.
    db.membershipEvents.hook('deleting', () => {
      throw new Error('simulated write failure');
    });
    await expect(deleteMember(db, member.id)).rejects.toThrow('simulated write failure');
    expect(await snapshot(db)).toEqual(before);
  });

  it('treats other tables and foreign dependants as programming errors', async () => {
    const db = freshDb();
    const member = makeMember();
    await db.members.add(member);
    const before = await snapshot(db);
    const bad = [
      { table: 'profile', ids: [member.id] },
      { table: 'members', ids: [] },
      {
        table: 'ledgerEntries',
        ids: [member.id],
        cascade: [{ table: 'membershipEvents', ids: [] }],
      },
      { table: 'attachments', ids: [member.id], cascade: [{ table: 'attachments', ids: [] }] },
    ] as unknown as MoveToRecycleBinRequest[]; // deliberately outside what the types allow
    for (const request of bad) {
      const error = await moveToRecycleBin(db, request).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error, JSON.stringify(request)).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(RecycleBinError);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('restore refuses what clashes, changing nothing', () => {
  it('refuses when a record with the same id exists again', async () => {
    const db = freshDb();
    const member = makeMember();
    await db.members.add(member);
    await db.membershipEvents.add(makeEvent(member.id));
    const bin = await deleteMember(db, member.id);
    // e.g. a backup taken before the deletion was restored meanwhile
    await db.membershipEvents.add(bin.records[1]!.record as MembershipEventRow);
    const before = await snapshot(db);

    const refused = await expectRefused(restoreFromRecycleBin(db, bin.id), 'clash');
    expect(refused.message).toContain('“张三”');
    expect(refused.message).toContain('会籍变动');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a member whose ID number was added again, without showing the number', async () => {
    const db = freshDb();
    const member = makeMember();
    await db.members.add(member);
    const bin = await deleteMember(db, member.id);
    await db.members.add(makeMember({ name: '张三（重新录入）' }));
    const before = await snapshot(db);

    const refused = await expectRefused(restoreFromRecycleBin(db, bin.id), 'clash');
    expect(refused.message).toContain('“张三”');
    expect(refused.message).toContain('证件号码相同');
    expect(refused.message).not.toContain(ID_NUMBER);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an attachment whose content was added again', async () => {
    const db = freshDb();
    const attachment = makeAttachment([9, 8, 7]);
    await db.attachments.add(attachment);
    const bin = await deleteAttachment(db, attachment.id);
    await db.attachments.add(makeAttachment([9, 8, 7], { name: '签到表（新）.jpg' }));
    const before = await snapshot(db);

    const refused = await expectRefused(restoreFromRecycleBin(db, bin.id), 'clash');
    expect(refused.message).toContain('“签到表.jpg”');
    expect(refused.message).toContain('内容完全相同');
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back records already put when a later one of the same entry clashes', async () => {
    const db = freshDb();
    // Two records that clash only with each other pass the checks; the index refuses the second.
    const twins = [makeMember(), makeMember({ name: '张三（另一条）' })];
    const entry: RecycleBinRow = {
      id: newId(),
      table: 'members',
      deletedAt: NOW.toISOString(),
      label: '张三 等 2 项',
      records: twins.map((record) => ({ table: 'members', record })),
    };
    await db.recycleBin.add(entry);
    const before = await snapshot(db);

    await expectRefused(restoreFromRecycleBin(db, entry.id), 'clash');
    expect(await snapshot(db)).toEqual(before);
  });

  it('puts nothing back when removing the entry fails', async () => {
    const db = freshDb();
    const member = makeMember();
    await db.members.add(member);
    await db.membershipEvents.add(makeEvent(member.id));
    const bin = await deleteMember(db, member.id);
    const before = await snapshot(db);
    db.recycleBin.hook('deleting', () => {
      throw new Error('simulated write failure');
    });
    await expect(restoreFromRecycleBin(db, bin.id)).rejects.toThrow('simulated write failure');
    expect(await snapshot(db)).toEqual(before);
  });

  it('says so when the entry is gone or damaged', async () => {
    const db = freshDb();
    await expectRefused(restoreFromRecycleBin(db, newId()), 'notInBin');
    const damaged: RecycleBinRow = {
      id: newId(),
      table: 'members',
      deletedAt: NOW.toISOString(),
      label: '张三',
      records: [{ table: 'reports', record: { id: newId() } }],
    };
    await db.recycleBin.add(damaged);
    const before = await snapshot(db);
    const refused = await expectRefused(restoreFromRecycleBin(db, damaged.id), 'damaged');
    expect(refused.message).toContain('“张三”');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.reports.count()).toBe(0);
  });
});

describe('expiry and removal', () => {
  async function deletedAgo(db: UnionDeskDatabase, ms: number, name: string): Promise<string> {
    const member = makeMember({ name, idKey: undefined });
    await db.members.add(member);
    const bin = await moveToRecycleBin(db, {
      table: 'members',
      ids: [member.id],
      now: new Date(NOW.getTime() - ms),
    });
    return bin.id;
  }

  it('purges entries older than 30 days and keeps one deleted exactly 30 days ago', async () => {
    const db = freshDb();
    const limit = RECYCLE_BIN_DAYS * DAY;
    const fresh = await deletedAgo(db, 0, '今天');
    const recent = await deletedAgo(db, 29 * DAY, '29天前');
    const exact = await deletedAgo(db, limit, '正好30天');
    await deletedAgo(db, limit + 1, '30天零1毫秒');
    await deletedAgo(db, 90 * DAY, '90天前');

    expect(await purgeExpired(db, NOW)).toBe(2);
    expect((await db.recycleBin.toCollection().primaryKeys()).sort()).toEqual(
      [fresh, recent, exact].sort(),
    );
    expect(await purgeExpired(db, NOW)).toBe(0);
    expect(await purgeExpired(db, new Date(NOW.getTime() + 1))).toBe(1);
    expect(await db.members.count()).toBe(0);
  });

  it('counts whole days left, rounding up, down to 0 at expiry', () => {
    const at = (ms: number) => ({ deletedAt: new Date(NOW.getTime() - ms).toISOString() });
    expect(daysLeft(at(0), NOW)).toBe(30);
    expect(daysLeft(at(1), NOW)).toBe(30);
    expect(daysLeft(at(DAY), NOW)).toBe(29);
    expect(daysLeft(at(29 * DAY + 1), NOW)).toBe(1);
    expect(daysLeft(at(30 * DAY), NOW)).toBe(0);
    expect(daysLeft(at(45 * DAY), NOW)).toBe(0);
    // A clock set back after the deletion must not promise more than the rule.
    expect(daysLeft(at(-5 * DAY), NOW)).toBe(30);
    expect(daysLeft({ deletedAt: 'not a date' }, NOW)).toBe(0);
  });

  it('lists newest first, deletes one for good, and empties the rest', async () => {
    const db = freshDb();
    const old = await deletedAgo(db, 3 * DAY, '三天前');
    const mid = await deletedAgo(db, DAY, '昨天');
    const latest = await deletedAgo(db, 0, '今天');
    const items = await listRecycleBin(db);
    expect(items.map((item) => item.id)).toEqual([latest, mid, old]);
    expect(items[0]).toEqual({
      id: latest,
      table: 'members',
      label: '今天',
      deletedAt: NOW.toISOString(),
      recordCount: 1,
      relatedCount: 0,
    });

    await deletePermanently(db, mid);
    await deletePermanently(db, mid); // already gone: still fine
    expect((await listRecycleBin(db)).map((item) => item.id)).toEqual([latest, old]);
    expect(await emptyRecycleBin(db)).toBe(2);
    expect(await emptyRecycleBin(db)).toBe(0);
    expect(await db.members.count()).toBe(0);
  });
});
