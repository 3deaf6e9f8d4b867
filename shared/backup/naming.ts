/**
 * Names of backup files. The name is the only place a backup's reason and time are recorded
 * outside the file itself, so that the folder can be listed and pruned without opening anything,
 * and so that a clerk looking at the folder in Explorer sees what each file is.
 *
 *   UnionDesk备份_某某公司工会_20261123-213005_每日自动.uniondesk-backup
 *   UnionDesk备份_某某公司工会_20261123-213005_每日自动_2.uniondesk-backup   (same second)
 */
import { t, zhCN } from '../i18n';
import { BACKUP_EXTENSION, BACKUP_REASONS, type BackupReason } from './reason';

/** Fixed, not translated: names written by one version must parse in every later one. */
export const BACKUP_FILE_PREFIX = 'UnionDesk备份';
/** Used when the union's name is empty or nothing of it survives sanitising. */
export const UNNAMED_UNION = '未命名工会';
/** In code points. Long enough for "某某市某某区某某有限责任公司工会委员会", short of path limits. */
export const MAX_UNION_NAME_LENGTH = 40;

export interface BackupNameParts {
  unionName: string;
  /** Written in local time, to the second: the clerk reads the name in their own clock. */
  createdAt: Date;
  reason: BackupReason;
}

export interface ParsedBackupName {
  reason: BackupReason;
  createdAt: Date;
}

// Windows refuses \ / : * ? " < > |; control characters break shells and file managers; the
// bidirectional controls can make "…gpj.exe" display as "…exe.jpg" in Explorer.
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** The union's name as it may appear inside a file name on Windows and Linux. */
export function sanitizeUnionName(name: string): string {
  const clean = (s: string): string =>
    s
      // A line break typed into the name field separates words: keep it as a space.
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/gu, ' ')
      .replace(FORBIDDEN, '')
      .replace(/ {2,}/gu, ' ')
      // Windows drops trailing dots and spaces; leading ones make the file hidden on Linux.
      .replace(/^[.\s]+|[.\s]+$/gu, '');
  // Cut by code points so that a character outside the BMP is never split in half.
  const capped = Array.from(clean(name)).slice(0, MAX_UNION_NAME_LENGTH).join('');
  return clean(capped) || UNNAMED_UNION;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYYMMDD-HHmmss` in local time. */
function stamp(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1, 2)}${pad(date.getDate(), 2)}-` +
    `${pad(date.getHours(), 2)}${pad(date.getMinutes(), 2)}${pad(date.getSeconds(), 2)}`
  );
}

function reasonWord(reason: BackupReason): string {
  return t(`backup.reason.${reason}`);
}

/**
 * The file name for a backup. Two backups in the same second get the same name: the writer adds
 * a sequence number with `withSequence` rather than ever replacing a file.
 */
export function backupFileName({ unionName, createdAt, reason }: BackupNameParts): string {
  const year = createdAt.getFullYear();
  if (Number.isNaN(createdAt.getTime()) || year < 1000 || year > 9999) {
    throw new RangeError('backupFileName: createdAt is not a usable date');
  }
  return (
    `${BACKUP_FILE_PREFIX}_${sanitizeUnionName(unionName)}_${stamp(createdAt)}_` +
    `${reasonWord(reason)}.${BACKUP_EXTENSION}`
  );
}

/** `name` with `_<sequence>` before the extension; sequence 1 is the name itself. */
export function withSequence(name: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError('withSequence: sequence must be a positive integer');
  }
  if (sequence === 1) return name;
  const suffix = `.${BACKUP_EXTENSION}`;
  const stem = name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  return `${stem}_${sequence}${suffix}`;
}

// The union name is greedy, so a name that itself looks like "_20261123-213005_导入前" still
// parses: only the last timestamp and reason count. A sequence, when present, is 2 or more.
const NAME_PATTERN = new RegExp(
  `^${BACKUP_FILE_PREFIX}_(.+)_(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})_(.+?)` +
    `(?:_([2-9]|[1-9]\\d{1,5}))?\\.${BACKUP_EXTENSION.replace(/\./g, '\\.')}$`,
  'u',
);

function reasonFromWord(word: string): BackupReason | undefined {
  // The active catalogue first; the Chinese source as well, so that files written before the
  // user switched language still list and still fall under the retention rule.
  return (
    BACKUP_REASONS.find((reason) => reasonWord(reason) === word) ??
    BACKUP_REASONS.find((reason) => zhCN[`backup.reason.${reason}`] === word)
  );
}

/** Reason and time of a backup file from its name; null for any other file. */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(2, 8).map(Number);
  const reason = reasonFromWord(match[8] ?? '');
  if (
    !reason ||
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return null;
  }
  const createdAt = new Date(year, month - 1, day, hour, minute, second);
  // new Date rolls 20261331 over into the next year; a name like that was not written by us.
  if (
    createdAt.getFullYear() !== year ||
    createdAt.getMonth() !== month - 1 ||
    createdAt.getDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  return { reason, createdAt };
}
