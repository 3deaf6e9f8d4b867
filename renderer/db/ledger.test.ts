import { describe, expect, it } from 'vitest';
import { emptyLedgerDraft, type LedgerDraft } from '../../shared/ledger/model';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { storeAttachment } from './attachments';
import {
  discardLedgerDraft,
  loadLedgerEntries,
  loadLedgerEntriesForMeeting,
  loadMeetingChoices,
  removeLedgerEntry,
  saveLedgerEntry,
} from './ledger';
import { listRecycleBin, restoreFromRecycleBin } from './recycle-bin';
import type { MeetingRow, UnionDeskDatabase } from './schema';

const { freshDb } = freshDatabases('ledger');
const TODAY = '2026-06-30';
const STAMP = '2026-03-01T08:00:00.000Z';

const draft = (patch: Partial<LedgerDraft> = {}): LedgerDraft => ({
  ...emptyLedgerDraft('2026-03-08'),
  title: '三八妇女节趣味运动会',
  areas: ['area3'],
  ...patch,
});

async function save(db: UnionDeskDatabase, patch: Partial<LedgerDraft>, id?: string) {
  const result = await saveLedgerEntry(db, draft(patch), { today: TODAY, ...(id ? { id } : {}) });
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function file(db: UnionDeskDatabase, text: string, name = '照片.png', now?: Date) {
  const result = await storeAttachment(db, new Blob([text]), name, now ? { now } : {});
  if (!result.ok) throw new Error(result.message);
  return result.attachment.id;
}

function meeting(patch: Partial<MeetingRow>): MeetingRow {
  return {
    id: crypto.randomUUID(),
    createdAt: STAMP,
    updatedAt: STAMP,
    status: 'signed',
    type: 'memberCongress',
    title: '第二届会员大会第三次会议',
    date: '2026-01-15',
    place: '大会议室',
    expected: { count: 100 },
    attendance: { mode: 'counts', present: 80 },
    absentees: [],
    observers: [],
    items: [],
    closing: '',
    attachmentIds: [],
    ...patch,
  };
}

describe('saveLedgerEntry', () => {
  it('adds an entry and lists entries newest first', async () => {
    const db = freshDb();
    await save(db, { date: '2026-01-20', title: '春节送温暖', areas: ['area6'] });
    const { entry } = await save(db, {});
    expect(entry).toMatchObject({ title: '三八妇女节趣味运动会', areas: ['area3'] });
    expect((await loadLedgerEntries(db)).map((e) => e.title)).toEqual([
      '三八妇女节趣味运动会',
      '春节送温暖',
    ]);
  });

  it('refuses an invalid entry with the number of fields to fix, writing nothing', async () => {
    const db = freshDb();
    const result = await saveLedgerEntry(db, draft({ title: '', areas: [] }), { today: TODAY });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: '有 2 项需要更正，未保存。',
    });
    expect(await db.ledgerEntries.count()).toBe(0);
  });

  it('refuses to update an entry that is gone', async () => {
    const result = await saveLedgerEntry(freshDb(), draft(), { today: TODAY, id: 'gone' });
    expect(result).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('bins an attachment removed from an entry when nothing else uses it', async () => {
    const db = freshDb();
    const photo = await file(db, 'photo');
    const scan = await file(db, 'scan', '签到表.pdf');
    const { entry } = await save(db, { attachmentIds: [photo, scan] });
    const other = await save(db, { title: '另一项', attachmentIds: [scan] });
    expect(other.ok).toBe(true);

    const edited = await save(db, { attachmentIds: [scan] }, entry.id);
    expect(edited.released).toEqual({ binned: [photo], discarded: [] });
    expect(await db.attachments.toCollection().primaryKeys()).toEqual([scan]);
    const [bin] = await listRecycleBin(db);
    expect(bin).toMatchObject({ table: 'attachments', label: '照片.png' });

    // The scan is still used by the other entry, so removing it here keeps the file.
    const again = await save(db, { attachmentIds: [] }, entry.id);
    expect(again.released.binned).toEqual([]);
    expect(await db.attachments.count()).toBe(1);
  });

  it('removes an upload the user took out again before saving', async () => {
    const db = freshDb();
    const openedAt = new Date(Date.now() - 1000).toISOString();
    const kept = await file(db, 'kept');
    const dropped = await file(db, 'dropped');
    const result = await saveLedgerEntry(db, draft({ attachmentIds: [kept] }), {
      today: TODAY,
      draftAttachmentIds: [kept, dropped],
      openedAt,
    });
    expect(result.ok && result.released).toEqual({ binned: [], discarded: [dropped] });
    expect(await db.attachments.toCollection().primaryKeys()).toEqual([kept]);
    expect(await db.recycleBin.count()).toBe(0);
  });
});

describe('discardLedgerDraft', () => {
  it('removes the uploads of a cancelled form but never what a saved entry uses', async () => {
    const db = freshDb();
    const saved = await file(db, 'saved', 'a.png', new Date('2026-03-01T00:00:00Z'));
    await save(db, { attachmentIds: [saved] });
    const openedAt = new Date(Date.now() - 1000).toISOString();
    const upload = await file(db, 'upload');
    const result = await discardLedgerDraft(db, [saved, upload], openedAt);
    expect(result).toEqual({ binned: [], discarded: [upload] });
    expect(await db.attachments.toCollection().primaryKeys()).toEqual([saved]);
  });
});

describe('removeLedgerEntry', () => {
  it('moves the entry and the attachments only it used to the bin, restorable whole', async () => {
    const db = freshDb();
    const own = await file(db, 'own');
    const shared = await file(db, 'shared');
    const { entry } = await save(db, { attachmentIds: [own, shared] });
    await db.meetings.add(meeting({ attachmentIds: [shared] }));

    const bin = await removeLedgerEntry(db, entry.id);
    expect(bin.label).toBe('三八妇女节趣味运动会');
    expect(bin.records.map((r) => r.table)).toEqual(['ledgerEntries', 'attachments']);
    expect(await db.ledgerEntries.count()).toBe(0);
    expect(await db.attachments.toCollection().primaryKeys()).toEqual([shared]);

    await restoreFromRecycleBin(db, bin.id);
    expect(await db.ledgerEntries.count()).toBe(1);
    expect((await db.attachments.toCollection().primaryKeys()).sort()).toEqual(
      [own, shared].sort(),
    );
  });

  it('keeps attachments another ledger entry uses', async () => {
    const db = freshDb();
    const shared = await file(db, 'shared');
    const a = await save(db, { attachmentIds: [shared] });
    await save(db, { title: 'B', attachmentIds: [shared] });
    const bin = await removeLedgerEntry(db, a.entry.id);
    expect(bin.records).toHaveLength(1);
    expect(await db.attachments.count()).toBe(1);
  });
});

describe('meeting links', () => {
  it('lists the entries of one minute and the minutes to choose from, newest first', async () => {
    const db = freshDb();
    const congress = meeting({ date: '2026-01-15' });
    const committee = meeting({ type: 'committee', title: '工会委员会会议', date: '2026-04-02' });
    await db.meetings.bulkAdd([congress, committee]);
    await save(db, { meetingId: congress.id });
    await save(db, { title: '不相关' });
    expect((await loadLedgerEntriesForMeeting(db, congress.id)).map((e) => e.title)).toEqual([
      '三八妇女节趣味运动会',
    ]);
    expect(await loadMeetingChoices(db)).toEqual([
      expect.objectContaining({ id: committee.id, title: '工会委员会会议', date: '2026-04-02' }),
      expect.objectContaining({ id: congress.id, typeLabel: '会员大会' }),
    ]);
  });
});
