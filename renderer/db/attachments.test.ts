import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/ledger/attachment-rules';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import {
  attachmentBytes,
  attachmentUsers,
  loadAttachments,
  releaseAttachments,
  sha256Hex,
  storeAttachment,
  unreferencedAttachments,
} from './attachments';
import { listRecycleBin, restoreFromRecycleBin } from './recycle-bin';
import type { LedgerEntryRow, MeetingRow, UnionDeskDatabase } from './schema';

const { freshDb } = freshDatabases('attachments');
const STAMP = '2026-03-01T08:00:00.000Z';

const bytes = (text: string) => new Blob([new TextEncoder().encode(text)]);

async function store(db: UnionDeskDatabase, text: string, name = '照片.png') {
  const result = await storeAttachment(db, bytes(text), name);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function ledgerEntry(attachmentIds: string[], id = crypto.randomUUID()): LedgerEntryRow {
  return {
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    date: '2026-03-08',
    title: '趣味运动会',
    areas: ['area3'],
    tags: [],
    description: '',
    attachmentIds,
  };
}

function meeting(attachmentIds: string[]): MeetingRow {
  return {
    id: crypto.randomUUID(),
    createdAt: STAMP,
    updatedAt: STAMP,
    status: 'draft',
    type: 'committee',
    title: '工会委员会会议',
    date: '2026-03-01',
    place: '会议室',
    expected: { count: 7 },
    attendance: { mode: 'counts', present: 7 },
    absentees: [],
    observers: [],
    items: [],
    closing: '',
    attachmentIds,
  };
}

describe('storeAttachment', () => {
  it('stores a file with its SHA-256, type from the extension and size', async () => {
    const db = freshDb();
    const { attachment, reused } = await store(db, 'abc', '活动照片.JPG');
    expect(reused).toBe(false);
    expect(attachment).toMatchObject({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      name: '活动照片.JPG',
      mime: 'image/jpeg',
      size: 3,
    });
    const [back] = await loadAttachments(db, [attachment.id]);
    expect(new TextDecoder().decode(await attachmentBytes(back!))).toBe('abc');
    expect(back!.data.type).toBe('image/jpeg');
  });

  it('stores the same content once, whatever the file is called', async () => {
    const db = freshDb();
    const first = await store(db, 'same photo', 'a.png');
    const second = await store(db, 'same photo', '另一个名字.png');
    expect(second.reused).toBe(true);
    expect(second.attachment.id).toBe(first.attachment.id);
    expect(await db.attachments.count()).toBe(1);
  });

  it('stores the content once when the same file is dropped twice at the same moment', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([store(db, 'twice'), store(db, 'twice')]);
    expect(a.attachment.id).toBe(b.attachment.id);
    expect(await db.attachments.count()).toBe(1);
  });

  it('keeps a thumbnail for images only', async () => {
    const db = freshDb();
    const thumb = new Blob(['thumb'], { type: 'image/jpeg' });
    const makeThumbnail = async () => thumb;
    const image = await storeAttachment(db, bytes('img'), 'a.png', { makeThumbnail });
    const pdf = await storeAttachment(db, bytes('pdf'), 'a.pdf', { makeThumbnail });
    expect(image.ok && image.attachment.thumbnail).toBeInstanceOf(Blob);
    expect(pdf.ok && pdf.attachment.thumbnail).toBeUndefined();
    const failing = await storeAttachment(db, bytes('bad'), 'b.png', {
      makeThumbnail: () => Promise.reject(new Error('not an image')),
    });
    expect(failing.ok).toBe(true);
  });

  it('refuses a file over the limit with its name and size, storing nothing', async () => {
    const db = freshDb();
    const big = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1024 * 1024)]);
    const result = await storeAttachment(db, big, '全年活动照片.pdf');
    expect(result).toEqual({
      ok: false,
      message:
        '“全年活动照片.pdf”有 21 MB，超过每个附件 20 MB 的上限，未添加。请压缩图片或拆分文件后再试。',
    });
    expect(await db.attachments.count()).toBe(0);
  });

  it('refuses a file type that may not be attached', async () => {
    const result = await storeAttachment(freshDb(), bytes('MZ'), 'setup.exe');
    expect(result.ok).toBe(false);
  });
});

describe('loadAttachments', () => {
  it('returns rows in the order asked, leaving out ids no longer stored', async () => {
    const db = freshDb();
    const a = await store(db, 'a');
    const b = await store(db, 'b');
    const rows = await loadAttachments(db, [b.attachment.id, 'gone', a.attachment.id]);
    expect(rows.map((r) => r.id)).toEqual([b.attachment.id, a.attachment.id]);
  });
});

describe('releaseAttachments', () => {
  it('bins an attachment nobody uses, as one restorable 回收站 entry', async () => {
    const db = freshDb();
    const a = await store(db, 'a', '批复.pdf');
    const result = await releaseAttachments(db, [a.attachment.id]);
    expect(result).toEqual({ binned: [a.attachment.id], discarded: [] });
    expect(await db.attachments.count()).toBe(0);
    const [item] = await listRecycleBin(db);
    expect(item).toMatchObject({ table: 'attachments', label: '批复.pdf' });
    await restoreFromRecycleBin(db, item!.id);
    expect(await db.attachments.count()).toBe(1);
  });

  it('keeps an attachment another ledger entry or a minute still uses', async () => {
    const db = freshDb();
    const a = await store(db, 'a');
    const b = await store(db, 'b');
    await db.ledgerEntries.add(ledgerEntry([a.attachment.id]));
    await db.meetings.add(meeting([b.attachment.id]));
    expect((await attachmentUsers(db, b.attachment.id)).meetings).toHaveLength(1);
    const result = await releaseAttachments(db, [a.attachment.id, b.attachment.id]);
    expect(result).toEqual({ binned: [], discarded: [] });
    expect(await db.attachments.count()).toBe(2);
    expect(await db.recycleBin.count()).toBe(0);
  });

  it('removes unsaved uploads made since the form opened, bins older orphans', async () => {
    const db = freshDb();
    const old = await storeAttachment(db, bytes('old'), 'old.png', {
      now: new Date('2026-03-01T00:00:00Z'),
    });
    const fresh = await storeAttachment(db, bytes('new'), 'new.png', {
      now: new Date('2026-03-02T10:00:00Z'),
    });
    if (!old.ok || !fresh.ok) throw new Error('not stored');
    const result = await releaseAttachments(db, [old.attachment.id, fresh.attachment.id], {
      discardCreatedSince: '2026-03-02T09:00:00.000Z',
    });
    expect(result).toEqual({ binned: [old.attachment.id], discarded: [fresh.attachment.id] });
    expect(await db.attachments.count()).toBe(0);
    expect(await db.recycleBin.count()).toBe(1);
  });

  it('ignores ids that are already gone', async () => {
    const result = await releaseAttachments(freshDb(), ['gone']);
    expect(result).toEqual({ binned: [], discarded: [] });
  });
});

describe('unreferencedAttachments', () => {
  it('does not count the record being deleted as a user', async () => {
    const db = freshDb();
    const a = await store(db, 'a');
    const b = await store(db, 'b');
    const minute = meeting([a.attachment.id, b.attachment.id]);
    await db.meetings.add(minute);
    await db.ledgerEntries.add(ledgerEntry([b.attachment.id]));
    const ids = [a.attachment.id, b.attachment.id];
    expect(await unreferencedAttachments(db, ids)).toEqual([]);
    expect(await unreferencedAttachments(db, ids, { exceptMeeting: minute.id })).toEqual([
      a.attachment.id,
    ]);
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 vector for the empty string', async () => {
    expect(await sha256Hex(new Blob([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
