/**
 * Why a backup file was written. Safety copies are taken without asking; `manual` is the user's
 * own "立即备份" and is never deleted by the retention rule.
 */
export const BACKUP_REASONS = [
  'manual',
  'daily',
  'pre-import',
  'pre-restore',
  'pre-upgrade',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (BACKUP_REASONS as readonly string[]).includes(value);
}

/** The file extension of every UnionDesk backup, without the dot. */
export const BACKUP_EXTENSION = 'uniondesk-backup';
