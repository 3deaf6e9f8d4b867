import Dexie from 'dexie';
import { isBackupReason, type BackupReason } from '../../shared/backup/reason';
import { t } from '../../shared/i18n';
import { newId } from '../db/ids';
import {
  CURRENT_SCHEMA_VERSION,
  declareVersions,
  SCHEMA_VERSIONS,
  UnionDeskDatabase,
} from '../db/schema';
import type { BackupFileInfo, BackupStore } from '../platform/types';
import { takeSafetyCopy } from './backup-file';
import { BackupError, unpackBackup } from './container';
import { decodeRows, MalformedRowsError } from './row-codec';
import { CONTENT_KIND, type BackupContent, type BackupTableEntry } from './snapshot';
import { tableLabel } from './table-labels';

/** A backup file read and checked completely, ready to preview and to restore. */
export interface PreparedRestore {
  createdAt: string;
  appVersion: string;
  /** The schema version the backup was written at (older ones are upgraded on reading). */
  schemaVersion: number;
  reason: BackupReason;
  union: BackupContent['union'];
  encrypted: boolean;
  /** Rows per table at the current schema version. */
  tables: Map<string, unknown[]>;
  totalRecords: number;
}

function fail(message: string): never {
  throw new BackupError('corrupt', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the caller's part of the manifest; the container has already checked every byte. */
function readContent(content: Record<string, unknown>): BackupContent {
  if (content['kind'] !== CONTENT_KIND) {
    throw new BackupError('not-backup', t('backup.error.foreignContent'));
  }
  const schemaVersion = content['schemaVersion'];
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    fail(t('backup.error.badContent', { detail: t('backup.detail.schemaVersion') }));
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError(
      'newer-schema',
      t('backup.error.newerSchema', {
        version: String(content['appVersion'] ?? '?'),
      }),
    );
  }
  const tables = content['tables'];
  if (!Array.isArray(tables) || !tables.every(isTableEntry)) {
    fail(t('backup.error.badContent', { detail: t('backup.detail.tableList') }));
  }
  const union = content['union'];
  const reason = content['reason'];
  return {
    kind: CONTENT_KIND,
    appVersion: typeof content['appVersion'] === 'string' ? content['appVersion'] : '?',
    schemaVersion,
    reason: isBackupReason(reason) ? reason : 'manual',
    union:
      isRecord(union) && typeof union['name'] === 'string'
        ? {
            name: union['name'],
            creditCode: typeof union['creditCode'] === 'string' ? union['creditCode'] : '',
          }
        : null,
    tables,
  };
}

function isTableEntry(value: unknown): value is BackupTableEntry {
  return (
    isRecord(value) &&
    typeof value['name'] === 'string' &&
    typeof value['path'] === 'string' &&
    typeof value['count'] === 'number'
  );
}

/** The primary key path of each table at a schema version, from the store definitions. */
function primaryKeysAt(version: number): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > version) break;
    for (const [name, stores] of Object.entries(entry.stores)) {
      if (stores === null) keys.delete(name);
      else keys.set(name, (stores.split(',')[0] ?? '').trim().replace(/^[&*+]+/, ''));
    }
  }
  return keys;
}

function checkRows(name: string, rows: unknown[], primaryKey: string, expected: number): void {
  const label = tableLabel(name);
  if (rows.length !== expected) {
    fail(t('backup.error.countMismatch', { table: label, expected, actual: rows.length }));
  }
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = isRecord(row) ? row[primaryKey] : undefined;
    if (typeof key !== 'string' || key === '') {
      fail(t('backup.error.badRecord', { table: label, index: i + 1 }));
    }
    if (seen.has(key)) fail(t('backup.error.duplicateRecord', { table: label, index: i + 1 }));
    seen.add(key);
  });
}

/**
 * A backup from an older schema is brought up to date by the same upgrade code the app runs on
 * its own database: its rows go into a scratch database at the old version, which is then opened
 * at the current one. Nothing touches the user's database.
 */
async function upgradeTables(
  fromVersion: number,
  tables: Map<string, unknown[]>,
): Promise<Map<string, unknown[]>> {
  if (fromVersion === CURRENT_SCHEMA_VERSION) return tables;
  const name = `uniondesk-restore-${newId()}`;
  const old = new Dexie(name);
  declareVersions(old, fromVersion);
  try {
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of tables) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const current = new UnionDeskDatabase(name);
    await current.open();
    const upgraded = new Map<string, unknown[]>();
    await current.transaction('r', current.tables, async () => {
      for (const table of current.tables) upgraded.set(table.name, await table.toArray());
    });
    current.close();
    return upgraded;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('corrupt', t('backup.error.upgradeFailed', { version: fromVersion }));
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/**
 * Reads a backup file and checks all of it — container, checksums, decryption, manifest, every
 * table and record — before anything is shown or written. Throws `BackupError` with a message
 * for the user; never returns partly checked data.
 */
export async function readBackup(
  bytes: Uint8Array,
  options: { password?: string } = {},
): Promise<PreparedRestore> {
  const { manifest, files, encrypted } = await unpackBackup(bytes, options);
  const content = readContent(manifest.content);
  const primaryKeys = primaryKeysAt(content.schemaVersion);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const tables = new Map<string, unknown[]>();
  let totalRecords = 0;
  for (const entry of content.tables) {
    const primaryKey = primaryKeys.get(entry.name);
    if (primaryKey === undefined) {
      fail(t('backup.error.unknownTable', { table: entry.name }));
    }
    if (tables.has(entry.name)) fail(t('backup.error.unknownTable', { table: entry.name }));
    const data = files.get(entry.path);
    if (!data) fail(t('backup.error.badContent', { detail: entry.path }));
    let rows: unknown[];
    try {
      rows = decodeRows(entry.name, decoder.decode(data), {
        get: (path) => files.get(path),
      });
    } catch (error) {
      if (error instanceof MalformedRowsError || error instanceof TypeError) {
        fail(t('backup.error.badTable', { table: tableLabel(entry.name) }));
      }
      throw error;
    }
    checkRows(entry.name, rows, primaryKey, entry.count);
    tables.set(entry.name, rows);
    totalRecords += rows.length;
  }
  return {
    createdAt: manifest.createdAt,
    appVersion: content.appVersion,
    schemaVersion: content.schemaVersion,
    reason: content.reason,
    union: content.union,
    encrypted,
    tables: await upgradeTables(content.schemaVersion, tables),
    totalRecords,
  };
}

export interface TableDiff {
  table: string;
  label: string;
  current: number;
  backup: number;
  /** Only in the backup: a restore brings them back. */
  onlyInBackup: number;
  /** Only in the database now: a restore removes them. */
  onlyNow: number;
  backupNewer: number;
  nowNewer: number;
  /** Different, with no timestamp to say which is newer. */
  differs: number;
  same: number;
}

export interface RestorePreview {
  tables: TableDiff[];
  /** The backup is of another union (different credit code or name) than the one stored now. */
  otherUnion: boolean;
  currentTotal: number;
  backupTotal: number;
}

function keyOf(row: unknown, primaryKey: string): string {
  return String((row as Record<string, unknown>)[primaryKey]);
}

function stamp(row: unknown): string | undefined {
  const value = (row as Record<string, unknown>)['updatedAt'];
  return typeof value === 'string' ? value : undefined;
}

/** What a restore would change, per table, compared record by record with the database now. */
export async function previewRestore(
  db: UnionDeskDatabase,
  prepared: PreparedRestore,
): Promise<RestorePreview> {
  const diffs: TableDiff[] = [];
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const currentRows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  tables.forEach((table, i) => {
    const primaryKey = String(table.schema.primKey.keyPath);
    const now = new Map((currentRows[i] ?? []).map((row) => [keyOf(row, primaryKey), row]));
    const incoming = prepared.tables.get(table.name) ?? [];
    const diff: TableDiff = {
      table: table.name,
      label: tableLabel(table.name),
      current: now.size,
      backup: incoming.length,
      onlyInBackup: 0,
      onlyNow: 0,
      backupNewer: 0,
      nowNewer: 0,
      differs: 0,
      same: 0,
    };
    let matched = 0;
    for (const row of incoming) {
      const existing = now.get(keyOf(row, primaryKey));
      if (existing === undefined) {
        diff.onlyInBackup += 1;
        continue;
      }
      matched += 1;
      const [a, b] = [stamp(row), stamp(existing)];
      if (a !== undefined && b !== undefined && a !== b) {
        if (a > b) diff.backupNewer += 1;
        else diff.nowNewer += 1;
      } else if (a !== undefined && a === b) {
        diff.same += 1;
      } else if (JSON.stringify(row) === JSON.stringify(existing)) {
        diff.same += 1;
      } else {
        diff.differs += 1;
      }
    }
    diff.onlyNow = now.size - matched;
    diffs.push(diff);
  });
  const profileNow = (currentRows[tables.findIndex((t) => t.name === 'profile')] ?? [])[0] as
    { unionName?: string; creditCode?: string } | undefined;
  const otherUnion =
    profileNow !== undefined &&
    prepared.union !== null &&
    (profileNow.creditCode && prepared.union.creditCode
      ? profileNow.creditCode !== prepared.union.creditCode
      : profileNow.unionName !== prepared.union.name);
  return {
    tables: diffs,
    otherUnion,
    currentTotal: diffs.reduce((sum, d) => sum + d.current, 0),
    backupTotal: prepared.totalRecords,
  };
}

const CHUNK = 2_000;

function errorName(error: unknown): string {
  if (error instanceof Dexie.DexieError) {
    return error.inner instanceof Error ? error.inner.name : error.name;
  }
  return error instanceof Error ? error.name : '';
}

/**
 * Replaces every table with the backup's rows in ONE transaction: either all of it lands or,
 * on any failure (a constraint, a full disk, an interruption), the database stays exactly as it
 * was. `onProgress` may throw to interrupt; the transaction is then rolled back too.
 */
export async function applyRestore(
  db: UnionDeskDatabase,
  prepared: PreparedRestore,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const total = prepared.totalRecords;
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      let done = 0;
      for (const table of db.tables) {
        const rows = prepared.tables.get(table.name) ?? [];
        for (let start = 0; start < rows.length; start += CHUNK) {
          await table.bulkAdd(rows.slice(start, start + CHUNK));
          done += Math.min(CHUNK, rows.length - start);
          options.onProgress?.(done, total);
        }
      }
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const name = errorName(error);
    if (name === 'QuotaExceededError') {
      throw new BackupError('write-failed', t('backup.error.diskFull'));
    }
    if (name === 'ConstraintError' || error instanceof Dexie.BulkError) {
      throw new BackupError('write-failed', t('backup.error.conflict'));
    }
    if (error instanceof RestoreInterrupted) throw error;
    throw new BackupError('write-failed', t('backup.error.writeFailed', { detail: name || '?' }));
  }
}

/** Thrown by a caller's progress callback to stop a restore; nothing is changed. */
export class RestoreInterrupted extends Error {
  constructor() {
    super('restore interrupted');
    this.name = 'RestoreInterrupted';
  }
}

/**
 * The restore the user confirmed: first a safety copy of what is there now (so a wrong choice can
 * be undone by restoring that copy), then the replacement in one transaction. If the copy cannot
 * be written, nothing is replaced.
 */
export async function restoreWithSafetyCopy(
  db: UnionDeskDatabase,
  store: BackupStore,
  prepared: PreparedRestore,
  options: { appVersion: string; onProgress?: (done: number, total: number) => void },
): Promise<{ safetyCopy: BackupFileInfo | null }> {
  let safetyCopy: BackupFileInfo | null;
  try {
    safetyCopy = await takeSafetyCopy(db, store, {
      reason: 'pre-restore',
      appVersion: options.appVersion,
    });
  } catch (error) {
    const detail = error instanceof Error && error.message ? error.message : '?';
    throw new BackupError('safety-copy-failed', t('backup.error.safetyCopyFailed', { detail }));
  }
  await applyRestore(db, prepared, options.onProgress ? { onProgress: options.onProgress } : {});
  return { safetyCopy };
}
