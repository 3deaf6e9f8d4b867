import { t } from '../../shared/i18n';
import type { LedgerDraft } from '../../shared/ledger/model';
import { validateLedgerEntry, type LedgerCheck } from '../../shared/ledger/validate';
import {
  DEFAULT_MEETING_RULES,
  meetingTypeLabel,
  type MeetingRules,
} from '../../shared/meetings/rules';
import { localToday } from '../../shared/validation/date';
import { releaseAttachments, unreferencedAttachments, type ReleaseResult } from './attachments';
import { newId, nowIso } from './ids';
import { moveToRecycleBin } from './recycle-bin';
import type { LedgerEntryRow, RecycleBinRow, UnionDeskDatabase } from './schema';

/**
 * The 工作台账: one row per piece of work, with its areas, tags, an optional link to a minute and
 * attachment ids. Saving and deleting also let go of the attachments the entry no longer uses,
 * in the same transaction. Components use the hooks and actions in features/ledger.
 */

export type { LedgerEntryRow };

const byDateDesc = (a: LedgerEntryRow, b: LedgerEntryRow) =>
  a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date);

/** Every entry, newest first (a union records a few hundred a year: filtering is in memory). */
export async function loadLedgerEntries(db: UnionDeskDatabase): Promise<LedgerEntryRow[]> {
  return (await db.ledgerEntries.toArray()).sort(byDateDesc);
}

export async function loadLedgerEntry(
  db: UnionDeskDatabase,
  id: string,
): Promise<LedgerEntryRow | null> {
  return (await db.ledgerEntries.get(id)) ?? null;
}

/** The entries linked to one minute, newest first. */
export async function loadLedgerEntriesForMeeting(
  db: UnionDeskDatabase,
  meetingId: string,
): Promise<LedgerEntryRow[]> {
  return (await db.ledgerEntries.where('meetingId').equals(meetingId).toArray()).sort(byDateDesc);
}

export type SaveLedgerResult =
  | { ok: true; entry: LedgerEntryRow; released: ReleaseResult }
  | { ok: false; reason: 'invalid'; check: LedgerCheck; message: string }
  | { ok: false; reason: 'missing'; message: string };

export interface SaveLedgerOptions {
  /** The entry to update; absent for a new one. */
  id?: string;
  today?: string;
  /**
   * Every attachment id the form held while editing (uploads later removed included), and when
   * the form opened: uploads the saved entry does not keep are removed, not left behind.
   */
  draftAttachmentIds?: readonly string[];
  openedAt?: string;
}

/**
 * Adds or updates an entry from the form. Attachments the entry used before and no longer does
 * go to the 回收站 unless another entry or a minute still uses them; all in one transaction.
 */
export async function saveLedgerEntry(
  db: UnionDeskDatabase,
  draft: LedgerDraft,
  options: SaveLedgerOptions = {},
): Promise<SaveLedgerResult> {
  const check = validateLedgerEntry(draft, { today: options.today ?? localToday() });
  if (!check.data) {
    const count = Object.keys(check.fieldErrors).length;
    return { ok: false, reason: 'invalid', check, message: t('ledger.error.invalid', { count }) };
  }
  const data = check.data;
  return db.transaction(
    'rw',
    [db.ledgerEntries, db.meetings, db.attachments, db.recycleBin],
    async () => {
      const now = nowIso();
      const existing = options.id ? await db.ledgerEntries.get(options.id) : undefined;
      if (options.id && !existing) {
        return { ok: false, reason: 'missing', message: t('ledger.error.missing') } as const;
      }
      const entry: LedgerEntryRow = {
        ...data,
        id: existing?.id ?? newId(),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await db.ledgerEntries.put(entry);
      const kept = new Set(entry.attachmentIds);
      const before = (existing?.attachmentIds ?? []).filter((id) => !kept.has(id));
      const saved = new Set(existing?.attachmentIds ?? []);
      const uploads = (options.draftAttachmentIds ?? []).filter(
        (id) => !kept.has(id) && !saved.has(id),
      );
      const binned = await releaseAttachments(db, before);
      const dropped = await releaseAttachments(
        db,
        uploads,
        options.openedAt ? { discardCreatedSince: options.openedAt } : {},
      );
      return {
        ok: true,
        entry,
        released: {
          binned: [...binned.binned, ...dropped.binned],
          discarded: [...binned.discarded, ...dropped.discarded],
        },
      } as const;
    },
  );
}

/**
 * A form closed without saving: its uploads that nothing refers to are removed (those made
 * since it opened) or binned (older ones that were orphans already).
 */
export async function discardLedgerDraft(
  db: UnionDeskDatabase,
  draftAttachmentIds: readonly string[],
  openedAt: string,
): Promise<ReleaseResult> {
  return releaseAttachments(db, draftAttachmentIds, { discardCreatedSince: openedAt });
}

/**
 * Deletes an entry to the 回收站 together with the attachments only it used, as one entry that
 * restores whole (deleteLedgerEntry in recycle-bin.ts, with the attachments as its cascade).
 */
export async function removeLedgerEntry(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  return db.transaction(
    'rw',
    [db.ledgerEntries, db.meetings, db.attachments, db.recycleBin],
    async () => {
      const entry = await db.ledgerEntries.get(id);
      const free = await unreferencedAttachments(db, entry?.attachmentIds ?? [], {
        exceptLedgerEntry: id,
      });
      const stored = (await db.attachments.bulkGet(free)).filter((row) => row !== undefined);
      return moveToRecycleBin(db, {
        table: 'ledgerEntries',
        ids: [id],
        cascade: [{ table: 'attachments', ids: stored.map((row) => row.id) }],
      });
    },
  );
}

export interface MeetingChoice {
  id: string;
  date: string;
  type: string;
  typeLabel: string;
  title: string;
}

/** The minutes a ledger entry may link to, newest first, with their type's label. */
export async function loadMeetingChoices(
  db: UnionDeskDatabase,
  rules: MeetingRules = DEFAULT_MEETING_RULES,
): Promise<MeetingChoice[]> {
  const rows = await db.meetings.toArray();
  return rows
    .map((row) => ({
      id: row.id,
      date: row.date,
      type: row.type,
      typeLabel: meetingTypeLabel(rules, row.type),
      title: typeof row.title === 'string' ? row.title : '',
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
}
