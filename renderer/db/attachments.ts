import { checkAttachmentFile } from '../../shared/ledger/attachment-rules';
import { render, t } from '../../shared/i18n';
import { newId } from './ids';
import { moveToRecycleBin } from './recycle-bin';
import type { AttachmentRow, UnionDeskDatabase } from './schema';

/**
 * Attachments of ledger entries and minutes: photos, scans, PDFs. Each content is stored once
 * (the table's unique `sha256` index); records refer to rows by id. A row that no ledger entry
 * and no minute refers to any more goes to the 回收站 in the transaction that dropped the last
 * reference, so nothing is lost by a slip and nothing lingers unseen.
 */

export type { AttachmentRow };

/** Makes a small preview of an image; the UI passes one (it needs the DOM), tests may not. */
export type ThumbnailMaker = (data: Blob, mime: string) => Promise<Blob | undefined>;

export type StoreAttachmentResult =
  { ok: true; attachment: AttachmentRow; reused: boolean } | { ok: false; message: string };

/** Lower-case hex SHA-256 of a file's bytes: its content address. */
export async function sha256Hex(data: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await data.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Stores a picked file, or finds the row that already holds the same content (`reused`). The
 * file is checked first (type, emptiness, size limit); a refusal carries the Chinese message.
 */
export async function storeAttachment(
  db: UnionDeskDatabase,
  data: Blob,
  fileName: string,
  options: { makeThumbnail?: ThumbnailMaker; now?: Date } = {},
): Promise<StoreAttachmentResult> {
  const check = checkAttachmentFile({ name: fileName, size: data.size });
  if (!check.ok) return { ok: false, message: render(check.error) };
  let sha256: string;
  try {
    // Hashing is not an IndexedDB request, so it runs before, not inside, any transaction.
    sha256 = await sha256Hex(data);
  } catch {
    return { ok: false, message: t('attachments.error.readFailed', { name: check.name }) };
  }
  const existing = await db.attachments.where('sha256').equals(sha256).first();
  if (existing) return { ok: true, attachment: existing, reused: true };

  const thumbnail =
    check.kind === 'image' && options.makeThumbnail
      ? await options.makeThumbnail(data, check.mime).catch(() => undefined)
      : undefined;
  const at = (options.now ?? new Date()).toISOString();
  const row: AttachmentRow = {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    sha256,
    name: check.name,
    mime: check.mime,
    size: data.size,
    // Stored with the type the extension names, whatever the browser guessed.
    data: data.type === check.mime ? data : new Blob([data], { type: check.mime }),
  };
  if (thumbnail) row.thumbnail = thumbnail;
  try {
    await db.attachments.add(row);
    return { ok: true, attachment: row, reused: false };
  } catch (error) {
    // The same content stored in the meantime (two drops of one file): use that row.
    if (error instanceof Error && error.name === 'ConstraintError') {
      const winner = await db.attachments.where('sha256').equals(sha256).first();
      if (winner) return { ok: true, attachment: winner, reused: true };
    }
    throw error;
  }
}

/** The rows of these ids in the order given; ids no longer stored are left out. */
export async function loadAttachments(
  db: UnionDeskDatabase,
  ids: readonly string[],
): Promise<AttachmentRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.attachments.bulkGet([...ids]);
  return rows.filter((row): row is AttachmentRow => row !== undefined);
}

/** The bytes of an attachment, to save it as a file. */
export async function attachmentBytes(row: Pick<AttachmentRow, 'data'>): Promise<Uint8Array> {
  return new Uint8Array(await row.data.arrayBuffer());
}

export interface AttachmentUsers {
  ledgerEntries: string[];
  meetings: string[];
}

/**
 * Which ledger entries and minutes refer to an attachment. The tables have no index on their
 * attachment lists, so this reads them; a union's few hundred records read in milliseconds.
 */
export async function attachmentUsers(
  db: UnionDeskDatabase,
  attachmentId: string,
): Promise<AttachmentUsers> {
  return db.transaction('r', db.ledgerEntries, db.meetings, async () => {
    const uses = (ids: unknown) => Array.isArray(ids) && ids.includes(attachmentId);
    const ledgerEntries = await db.ledgerEntries
      .filter((entry) => uses(entry.attachmentIds))
      .primaryKeys();
    const meetings = await db.meetings.filter((m) => uses(m.attachmentIds)).primaryKeys();
    return { ledgerEntries, meetings };
  });
}

/**
 * The ids among `ids` that no ledger entry and no minute refers to, not counting the record
 * being deleted (`exceptLedgerEntry` / `exceptMeeting`): what may travel with it to the 回收站.
 */
export async function unreferencedAttachments(
  db: UnionDeskDatabase,
  ids: readonly string[],
  options: { exceptLedgerEntry?: string; exceptMeeting?: string } = {},
): Promise<string[]> {
  if (ids.length === 0) return [];
  return db.transaction('r', db.ledgerEntries, db.meetings, async () => {
    const used = new Set<string>();
    const collect = (list: unknown) => {
      if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') used.add(id);
    };
    await db.ledgerEntries.each((entry) => {
      if (entry.id !== options.exceptLedgerEntry) collect(entry.attachmentIds);
    });
    await db.meetings.each((meeting) => {
      if (meeting.id !== options.exceptMeeting) collect(meeting.attachmentIds);
    });
    return [...new Set(ids)].filter((id) => !used.has(id));
  });
}

export interface ReleaseOptions {
  /**
   * Uploads made at or after this UTC ISO time by a form that was never saved with them: when
   * nothing refers to them they are removed outright (the user never kept them), not binned.
   */
  discardCreatedSince?: string;
  now?: Date;
}

/** What happened to the attachments a record let go of. */
export interface ReleaseResult {
  /** Moved to the 回收站, as one entry. */
  binned: string[];
  /** Uploads of an unsaved form, removed. */
  discarded: string[];
}

/**
 * Lets go of attachments a record no longer refers to: those nobody else refers to either move
 * to the 回收站 (as one entry), in one transaction with the caller's write when called inside
 * it. Attachments still in use, or already gone, are left alone.
 */
export async function releaseAttachments(
  db: UnionDeskDatabase,
  ids: readonly string[],
  options: ReleaseOptions = {},
): Promise<ReleaseResult> {
  if (ids.length === 0) return { binned: [], discarded: [] };
  return db.transaction(
    'rw',
    [db.ledgerEntries, db.meetings, db.attachments, db.recycleBin],
    async () => {
      const free = await unreferencedAttachments(db, ids);
      const rows = await loadAttachments(db, free);
      const since = options.discardCreatedSince;
      const discarded = rows.filter((row) => since !== undefined && row.createdAt >= since);
      const binned = rows.filter((row) => !discarded.includes(row));
      if (discarded.length > 0) {
        // Never part of a saved record: not a user's deletion, so no 回收站 entry either.
        await db.attachments.bulkDelete(discarded.map((row) => row.id));
      }
      if (binned.length > 0) {
        await moveToRecycleBin(db, {
          table: 'attachments',
          ids: binned.map((row) => row.id),
          ...(options.now ? { now: options.now } : {}),
        });
      }
      return { binned: binned.map((row) => row.id), discarded: discarded.map((row) => row.id) };
    },
  );
}
