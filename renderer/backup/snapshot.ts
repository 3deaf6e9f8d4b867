import type Dexie from 'dexie';
import type { BackupReason } from '../../shared/backup/reason';
import { encodeRows, type BinaryValue } from './row-codec';
import type { PackInput } from './container';

/**
 * What a UnionDesk data backup says about itself, inside the container's manifest. Tables are
 * enumerated from the open database, so a table added by a later schema version is covered
 * without touching this file.
 */
export interface BackupContent {
  kind: 'uniondesk-data';
  appVersion: string;
  schemaVersion: number;
  reason: BackupReason;
  /** Which union's data this is, so a restore can warn about another union's file. */
  union: { name: string; creditCode: string } | null;
  tables: BackupTableEntry[];
}

export interface BackupTableEntry {
  name: string;
  path: string;
  count: number;
}

export const CONTENT_KIND = 'uniondesk-data';

export interface Snapshot {
  createdAt: string;
  content: BackupContent;
  files: PackInput[];
}

export interface SnapshotOptions {
  reason: BackupReason;
  appVersion: string;
  now?: Date;
}

function unionOf(rows: readonly unknown[]): BackupContent['union'] {
  const row = rows[0] as { unionName?: unknown; creditCode?: unknown } | undefined;
  if (!row || typeof row.unionName !== 'string') return null;
  return {
    name: row.unionName,
    creditCode: typeof row.creditCode === 'string' ? row.creditCode : '',
  };
}

/** Total number of records in every table: zero means there is nothing worth protecting. */
export async function countRecords(db: Dexie): Promise<number> {
  if (!db.isOpen()) await db.open();
  const counts = await db.transaction('r', db.tables, () =>
    Promise.all(db.tables.map((table) => table.count())),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * Reads every table in one read transaction (a consistent picture even if the user keeps
 * working) and turns it into the files of a backup. Works on any Dexie handle, including one
 * opened without a schema on an older database before it is upgraded.
 */
export async function createSnapshot(db: Dexie, options: SnapshotOptions): Promise<Snapshot> {
  if (!db.isOpen()) await db.open();
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const rowsByTable = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );

  const binaries: BinaryValue[] = [];
  const sink = {
    add(value: BinaryValue): string {
      binaries.push(value);
      return `blobs/${String(binaries.length).padStart(6, '0')}`;
    },
  };
  const encoder = new TextEncoder();
  const files: PackInput[] = [];
  const entries: BackupTableEntry[] = [];
  tables.forEach((table, i) => {
    const rows = rowsByTable[i] ?? [];
    const path = `tables/${table.name}.json`;
    files.push({ path, data: encoder.encode(encodeRows(table.name, rows, sink)), compress: true });
    entries.push({ name: table.name, path, count: rows.length });
  });
  // Blob contents are read after the transaction: awaiting a non-IndexedDB promise inside it
  // would commit it early.
  for (const [i, value] of binaries.entries()) {
    const data =
      value.kind === 'blob' ? new Uint8Array(await value.blob.arrayBuffer()) : value.bytes;
    // Attachments are mostly JPEG/PDF, already compressed; deflating them again costs time only.
    files.push({ path: `blobs/${String(i + 1).padStart(6, '0')}`, data, compress: false });
  }

  const profileIndex = tables.findIndex((table) => table.name === 'profile');
  return {
    createdAt: (options.now ?? new Date()).toISOString(),
    content: {
      kind: CONTENT_KIND,
      appVersion: options.appVersion,
      schemaVersion: db.verno,
      reason: options.reason,
      union: profileIndex >= 0 ? unionOf(rowsByTable[profileIndex] ?? []) : null,
      tables: entries,
    },
    files,
  };
}
