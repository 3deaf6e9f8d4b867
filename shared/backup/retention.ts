/**
 * Which backup files may go. Backups are the union's only protection against a broken PC or a
 * bad import, so the rule errs on keeping: the user's own backups stay until the user deletes
 * them, and the newest backup of any kind is never removed.
 */
import type { BackupReason } from './reason';

/** Automatic daily backups: this many of the newest are kept. */
export const DAILY_BACKUPS_KEPT = 30;
/** Safety copies taken before an import, a restore or an upgrade: kept this many days. */
export const SAFETY_BACKUP_DAYS = 90;
/** The reasons kept by age. `manual` is never deleted; `daily` is kept by count. */
export const SAFETY_BACKUP_REASONS: readonly BackupReason[] = [
  'pre-import',
  'pre-restore',
  'pre-upgrade',
];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionEntry {
  fileName: string;
  reason: BackupReason;
  createdAt: Date;
}

/** Newest first; equal times by file name, so "…_2" (written later) counts as newer. */
export function newestFirst(a: RetentionEntry, b: RetentionEntry): number {
  const byTime = b.createdAt.getTime() - a.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0;
}

/**
 * The file names the retention rule lets go, in the order given. A safety copy is kept while it
 * is at most `SAFETY_BACKUP_DAYS` days old (a copy from the future, after a clock change, is
 * kept); the newest `DAILY_BACKUPS_KEPT` daily backups are kept; `manual` ones always.
 */
export function backupsToDelete(entries: readonly RetentionEntry[], now: Date): string[] {
  const valid = entries.filter((entry) => !Number.isNaN(entry.createdAt.getTime()));
  const sorted = [...valid].sort(newestFirst);
  const keep = new Set<string>();
  const newest = sorted[0];
  if (newest) keep.add(newest.fileName);

  const dailies = sorted.filter((entry) => entry.reason === 'daily');
  for (const entry of dailies.slice(0, DAILY_BACKUPS_KEPT)) keep.add(entry.fileName);

  const maxAge = SAFETY_BACKUP_DAYS * DAY_MS;
  const doomed = (entry: RetentionEntry): boolean => {
    if (keep.has(entry.fileName)) return false;
    if (entry.reason === 'daily') return true;
    if (SAFETY_BACKUP_REASONS.includes(entry.reason)) {
      return now.getTime() - entry.createdAt.getTime() > maxAge;
    }
    return false;
  };
  // An entry with an unreadable time is never deleted: we cannot tell how old it is.
  return valid.filter(doomed).map((entry) => entry.fileName);
}
