import type Dexie from 'dexie';
import type { BackupReason } from '../../shared/backup/reason';
import { t } from '../../shared/i18n';
import type { BackupFileInfo, BackupStore } from '../platform/types';
import { BackupError, packBackup } from './container';
import { UnsupportedValueError } from './row-codec';
import { countRecords, createSnapshot } from './snapshot';

export interface BackupOptions {
  reason: BackupReason;
  appVersion: string;
  password?: string;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /**
   * What builds the file: `buildBackupFile` on this thread by default; the app passes
   * `buildBackupInWorker` (build-in-worker.ts), which does the same in a Web Worker.
   */
  build?: (db: Dexie, options: BackupOptions) => Promise<BuiltBackup>;
}

export interface BuiltBackup {
  data: Uint8Array;
  /** For the backup's file name. */
  unionName: string;
  records: number;
}

/** The whole database as the bytes of one backup file, plus the union name for its file name. */
export async function buildBackupFile(db: Dexie, options: BackupOptions): Promise<BuiltBackup> {
  let snapshot;
  try {
    snapshot = await createSnapshot(db, options);
  } catch (error) {
    if (error instanceof UnsupportedValueError) {
      throw new BackupError(
        'unsupported',
        t('backup.error.unsupportedValue', { table: error.table, type: error.valueType }),
      );
    }
    throw error;
  }
  const data = await packBackup(
    {
      createdAt: snapshot.createdAt,
      content: { ...snapshot.content },
      files: snapshot.files,
    },
    {
      ...(options.password ? { password: options.password } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
  return {
    data,
    unionName: snapshot.content.union?.name ?? '',
    records: snapshot.content.tables.reduce((sum, table) => sum + table.count, 0),
  };
}

/** Writes a backup into the platform's backup location. */
export async function writeBackup(
  db: Dexie,
  store: BackupStore,
  options: BackupOptions,
): Promise<BackupFileInfo> {
  const { data, unionName } = await (options.build ?? buildBackupFile)(db, options);
  return store.write({ reason: options.reason, unionName, data });
}

/**
 * A safety copy, taken without asking before risky work. An empty database has nothing to
 * protect and would only crowd out real copies (and be offered as "the newest backup" after a
 * data loss), so none is written for it.
 */
export async function takeSafetyCopy(
  db: Dexie,
  store: BackupStore,
  options: Omit<BackupOptions, 'password'>,
): Promise<BackupFileInfo | null> {
  if ((await countRecords(db)) === 0) return null;
  return writeBackup(db, store, options);
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day's automatic copy, on the first open of each local calendar day. */
export async function takeDailyCopyIfDue(
  db: Dexie,
  store: BackupStore,
  options: { appVersion: string; now?: Date; build?: BackupOptions['build'] },
): Promise<BackupFileInfo | null> {
  const now = options.now ?? new Date();
  const today = localDate(now);
  const existing = await store.list();
  if (
    existing.some(
      (file) => file.reason === 'daily' && localDate(new Date(file.createdAt)) === today,
    )
  ) {
    return null;
  }
  return takeSafetyCopy(db, store, {
    reason: 'daily',
    appVersion: options.appVersion,
    now,
    ...(options.build ? { build: options.build } : {}),
  });
}
