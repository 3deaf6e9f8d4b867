import Dexie from 'dexie';
import { t } from '../../shared/i18n';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, UnionDeskDatabase } from '../db/schema';
import type { BackupFileInfo, BackupStore } from '../platform/types';
import { BackupError } from './container';
import { takeSafetyCopy } from './backup-file';

export type OpenOutcome = {
  db: UnionDeskDatabase;
  /** The schema version found before this start upgraded it; null when nothing was upgraded. */
  upgradedFrom: number | null;
  upgradeCopy: BackupFileInfo | null;
};

/** Opening stopped before anything was changed; `canSkipCopy` allows "continue without a copy". */
export class OpenDatabaseError extends Error {
  constructor(
    message: string,
    readonly canSkipCopy: boolean,
  ) {
    super(message);
    this.name = 'OpenDatabaseError';
  }
}

/** The schema version of the database on disk, or null when there is none yet. */
async function installedVersion(name: string): Promise<number | null> {
  if (!(await Dexie.exists(name))) return null;
  // Opened without a schema ("dynamic mode"): reads what is there without upgrading it.
  const probe = new Dexie(name);
  try {
    await probe.open();
    return probe.verno;
  } finally {
    probe.close();
  }
}

/**
 * Opens the app's database. When this version of the app would upgrade the schema, it first
 * writes a 'pre-upgrade' safety copy of the data as it is, read with the old schema; if that copy
 * cannot be written, the upgrade does not run (unless the user chose `skipCopy`).
 */
export async function openDatabaseWithSafetyCopy(
  store: BackupStore,
  options: { appVersion: string; name?: string; skipCopy?: boolean },
): Promise<OpenOutcome> {
  const name = options.name ?? DATABASE_NAME;
  const installed = await installedVersion(name);
  if (installed !== null && installed > CURRENT_SCHEMA_VERSION) {
    throw new OpenDatabaseError(t('backup.open.newerDatabase'), false);
  }
  let upgradeCopy: BackupFileInfo | null = null;
  const upgrading = installed !== null && installed < CURRENT_SCHEMA_VERSION;
  if (upgrading && !options.skipCopy) {
    const old = new Dexie(name);
    try {
      await old.open();
      upgradeCopy = await takeSafetyCopy(old, store, {
        reason: 'pre-upgrade',
        appVersion: options.appVersion,
      });
    } catch (error) {
      const detail =
        error instanceof BackupError || error instanceof Error ? error.message : String(error);
      throw new OpenDatabaseError(t('backup.open.upgradeCopyFailed', { detail }), true);
    } finally {
      old.close();
    }
  }
  const db = new UnionDeskDatabase(name);
  await db.open();
  return { db, upgradedFrom: upgrading ? installed : null, upgradeCopy };
}
