import Dexie, { type IndexableType, type Table } from 'dexie';
import { t, type MessageKey } from '../../shared/i18n';
import { newId } from './ids';
import type { RecycleBinRecord, RecycleBinRow, UnionDeskDatabase } from './schema';

/**
 * The 回收站: a user's deletion of members, minutes, ledger entries or attachments moves the
 * records here as one entry, kept RECYCLE_BIN_DAYS days and restorable as a whole. Every move
 * and every restore is one transaction, so a record is always in exactly one place.
 */

/** How long an entry stays restorable; `purgeExpired` removes it after that. */
export const RECYCLE_BIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The tables a user deletes from, and the dependants that may travel with each: rows that
 * would be orphans without their parent (a member's membership events, a meeting's addenda)
 * or attachments that no other record uses. A table outside this map has its own lifecycle
 * (signed reports, received receipts) and must never be deleted through here.
 */
const DEPENDANTS = {
  members: ['membershipEvents'],
  meetings: ['meetingAddenda', 'attachments'],
  ledgerEntries: ['attachments'],
  attachments: [],
  surveyRounds: ['surveyBallots'],
} as const satisfies Record<string, readonly string[]>;

export type RecyclableTable = keyof typeof DEPENDANTS;
export type DependantTable<T extends RecyclableTable = RecyclableTable> =
  (typeof DEPENDANTS)[T][number];

/** Every table an entry may hold records of: the scope of a restore. */
const BIN_TABLES: readonly string[] = [
  ...new Set<string>([
    ...Object.keys(DEPENDANTS),
    ...Object.values(DEPENDANTS).flatMap((list): readonly string[] => list),
  ]),
];

/** Why a user's action on the 回收站 was refused; `message` is the Chinese text to show. */
export type RecycleBinErrorCode = 'missing' | 'notInBin' | 'damaged' | 'clash';

export class RecycleBinError extends Error {
  constructor(
    readonly code: RecycleBinErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RecycleBinError';
  }
}

export interface MoveToRecycleBinRequest<T extends RecyclableTable = RecyclableTable> {
  table: T;
  ids: readonly string[];
  /** What the user will see in the 回收站; by default the record's name, title or date. */
  label?: string;
  /** Dependants deleted with the records, restored with them. */
  cascade?: readonly { table: DependantTable<T>; ids: readonly string[] }[];
  /** The moment of deletion; tests pass a fixed one. */
  now?: Date;
}

/** What the list shows of an entry; the records themselves stay in the database. */
export interface RecycleBinItem {
  id: string;
  table: string;
  label: string;
  deletedAt: string;
  /** All records of the entry, dependants included. */
  recordCount: number;
  /** The dependants among them (a member's membership events …). */
  relatedCount: number;
}

const TYPE_KEYS = {
  members: 'recycle.type.members',
  meetings: 'recycle.type.meetings',
  ledgerEntries: 'recycle.type.ledgerEntries',
  attachments: 'recycle.type.attachments',
  membershipEvents: 'recycle.type.membershipEvents',
  meetingAddenda: 'recycle.type.meetingAddenda',
  surveyRounds: 'recycle.type.surveyRounds',
  surveyBallots: 'recycle.type.surveyBallots',
} as const satisfies Record<RecyclableTable | DependantTable, MessageKey>;

/** The Chinese name of a table as the 回收站 shows it (会员, 会议记录 …). */
export function recycleTypeLabel(table: string): string {
  return Object.prototype.hasOwnProperty.call(TYPE_KEYS, table)
    ? t(TYPE_KEYS[table as keyof typeof TYPE_KEYS])
    : t('recycle.type.unknown');
}

function isRecyclable(table: string): table is RecyclableTable {
  return Object.prototype.hasOwnProperty.call(DEPENDANTS, table);
}

function tableOf(db: UnionDeskDatabase, name: string): Table<unknown, string> {
  return db.table<unknown, string>(name);
}

type StoredRecord = Record<string, unknown> & { id: string };

function isStoredRecord(value: unknown): value is StoredRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/** Table name → the ids to move, main table first; a caller's mistake throws in English. */
function planMove(request: MoveToRecycleBinRequest): Map<string, string[]> {
  const { table, ids, cascade = [] } = request;
  // Programming errors, not user errors: no caller should ever reach these.
  if (!isRecyclable(table)) throw new Error(`recycle bin: table "${table}" cannot be recycled`);
  if (ids.length === 0) throw new Error('recycle bin: nothing to move');
  const allowed: readonly string[] = DEPENDANTS[table];
  const plan = new Map<string, string[]>([[table, [...new Set(ids)]]]);
  for (const group of cascade) {
    if (!allowed.includes(group.table)) {
      throw new Error(`recycle bin: "${group.table}" is not a dependant of "${table}"`);
    }
    const merged = new Set([...(plan.get(group.table) ?? []), ...group.ids]);
    plan.set(group.table, [...merged]);
  }
  return plan;
}

function text(record: StoredRecord, field: string): string | undefined {
  const value = record[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The default label: a member's or attachment's name, a minute's title, else type and date. */
function recordLabel(table: string, record: StoredRecord): string {
  const type = recycleTypeLabel(table);
  const date = text(record, 'date');
  return (
    text(record, 'name') ??
    text(record, 'title') ??
    (date ? t('recycle.label.dated', { type, date }) : type)
  );
}

/** The first deleted record's label, with how many there are when the user deleted several. */
function defaultLabel(table: string, records: readonly RecycleBinRecord[]): string {
  const main = records.filter((item) => item.table === table);
  // planMove refuses an empty id list and a missing record throws, so main is never empty.
  const first = recordLabel(table, main[0]!.record as StoredRecord);
  return main.length === 1 ? first : t('recycle.label.more', { first, count: main.length });
}

/**
 * Moves records (and their dependants) into the 回收站 as one entry, in one transaction: if
 * any id is missing nothing is moved. Returns the new entry.
 */
export async function moveToRecycleBin<T extends RecyclableTable>(
  db: UnionDeskDatabase,
  request: MoveToRecycleBinRequest<T>,
): Promise<RecycleBinRow> {
  const plan = planMove(request);
  const scope = [...plan.keys(), 'recycleBin'].map((name) => tableOf(db, name));
  return db.transaction('rw', scope, async () => {
    const records: RecycleBinRecord[] = [];
    for (const [table, ids] of plan) {
      const rows = await tableOf(db, table).bulkGet(ids);
      for (const row of rows) {
        if (!isStoredRecord(row)) {
          throw new RecycleBinError(
            'missing',
            t('recycle.error.missing', { type: recycleTypeLabel(table) }),
          );
        }
        records.push({ table, record: row });
      }
    }
    const label = request.label ?? defaultLabel(request.table, records);
    const entry: RecycleBinRow = {
      id: newId(),
      table: request.table,
      deletedAt: (request.now ?? new Date()).toISOString(),
      label,
      records,
    };
    await db.recycleBin.add(entry);
    for (const [table, ids] of plan) await tableOf(db, table).bulkDelete(ids);
    return entry;
  });
}

/** Deletes a member to the 回收站 together with their membership events. */
export async function deleteMember(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  return db.transaction('rw', [db.members, db.membershipEvents, db.recycleBin], async () => {
    const events = await db.membershipEvents.where('memberId').equals(id).primaryKeys();
    return moveToRecycleBin(db, {
      table: 'members',
      ids: [id],
      cascade: [{ table: 'membershipEvents', ids: events }],
    });
  });
}

/** Deletes a meeting's minutes to the 回收站 together with their addenda. */
export async function deleteMeeting(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  return db.transaction('rw', [db.meetings, db.meetingAddenda, db.recycleBin], async () => {
    const addenda = await db.meetingAddenda.where('meetingId').equals(id).primaryKeys();
    return moveToRecycleBin(db, {
      table: 'meetings',
      ids: [id],
      cascade: [{ table: 'meetingAddenda', ids: addenda }],
    });
  });
}

/** Deletes one ledger entry to the 回收站 (its attachments stay unless passed as cascade). */
export async function deleteLedgerEntry(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  return moveToRecycleBin(db, { table: 'ledgerEntries', ids: [id] });
}

/** Deletes one attachment to the 回收站. */
export async function deleteAttachment(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  return moveToRecycleBin(db, { table: 'attachments', ids: [id] });
}

/** The entries, newest first, without their records. */
export async function listRecycleBin(db: UnionDeskDatabase): Promise<RecycleBinItem[]> {
  const rows = await db.recycleBin.orderBy('deletedAt').reverse().toArray();
  return rows.map((row) => {
    const records: readonly RecycleBinRecord[] = Array.isArray(row.records) ? row.records : [];
    return {
      id: row.id,
      table: row.table,
      label: row.label,
      deletedAt: row.deletedAt,
      recordCount: records.length,
      relatedCount: records.filter((item) => item.table !== row.table).length,
    };
  });
}

/** An entry's records, checked: an entry written by a broken backup must not half-restore. */
function entryRecords(entry: RecycleBinRow): { table: string; record: StoredRecord }[] {
  const damaged = () =>
    new RecycleBinError('damaged', t('recycle.error.damaged', { label: entry.label }));
  if (!Array.isArray(entry.records) || entry.records.length === 0) throw damaged();
  return entry.records.map((item: unknown) => {
    const { table, record } = (item ?? {}) as Partial<RecycleBinRecord>;
    if (typeof table !== 'string' || !BIN_TABLES.includes(table) || !isStoredRecord(record)) {
      throw damaged();
    }
    return { table, record };
  });
}

function isValidKey(value: unknown): value is IndexableType {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return Array.isArray(value) && value.every(isValidKey);
}

/** The message for a unique index that a restored record would break, by `table.index`. */
const CLASH_KEYS: Partial<
  Record<string, 'recycle.clash.memberIdKey' | 'recycle.clash.attachmentContent'>
> = {
  'members.idKey': 'recycle.clash.memberIdKey',
  'attachments.sha256': 'recycle.clash.attachmentContent',
};

/**
 * Refuses a record that can no longer go back: its id is in use again, or a unique index
 * (the same ID number, the same attachment content) already holds its value.
 */
async function refuseClash(
  db: UnionDeskDatabase,
  label: string,
  table: string,
  record: StoredRecord,
): Promise<void> {
  const store = tableOf(db, table);
  const type = recycleTypeLabel(table);
  if ((await store.get(record.id)) !== undefined) {
    throw new RecycleBinError('clash', t('recycle.clash.sameRecord', { label, type }));
  }
  for (const index of store.schema.indexes) {
    if (!index.unique || index.keyPath === undefined) continue;
    const value: unknown = Dexie.getByKeyPath(record, index.keyPath);
    // IndexedDB leaves a record without a valid key out of the index, so it cannot clash.
    if (!isValidKey(value)) continue;
    if ((await store.where(index.name).equals(value).count()) === 0) continue;
    const key = CLASH_KEYS[`${table}.${index.name}`];
    const message = key ? t(key, { label }) : t('recycle.clash.unique', { label, type });
    throw new RecycleBinError('clash', message);
  }
}

/**
 * Puts every record of an entry back and removes the entry, in one transaction. Refuses with
 * a RecycleBinError, changing nothing, when a record clashes with what is stored now.
 * Returns the entry that was restored.
 */
export async function restoreFromRecycleBin(
  db: UnionDeskDatabase,
  binId: string,
): Promise<RecycleBinRow> {
  let label = '';
  let type = '';
  const scope = [...BIN_TABLES, 'recycleBin'].map((name) => tableOf(db, name));
  try {
    return await db.transaction('rw', scope, async () => {
      const entry = await db.recycleBin.get(binId);
      if (!entry) throw new RecycleBinError('notInBin', t('recycle.error.notInBin'));
      label = entry.label;
      const records = entryRecords(entry);
      for (const item of records) await refuseClash(db, label, item.table, item.record);
      for (const item of records) {
        type = recycleTypeLabel(item.table);
        await tableOf(db, item.table).add(item.record);
      }
      await db.recycleBin.delete(binId);
      return entry;
    });
  } catch (error) {
    // Two records of one entry clashing with each other pass the checks above; the index
    // still refuses the second, and the transaction has rolled the first back.
    if (error instanceof Error && error.name === 'ConstraintError') {
      throw new RecycleBinError('clash', t('recycle.clash.unique', { label, type }));
    }
    throw error;
  }
}

/** Removes one entry for good. Already gone is not an error: the user's wish holds. */
export async function deletePermanently(db: UnionDeskDatabase, binId: string): Promise<void> {
  await db.recycleBin.delete(binId);
}

/** Removes every entry for good; returns how many there were. */
export async function emptyRecycleBin(db: UnionDeskDatabase): Promise<number> {
  return db.transaction('rw', db.recycleBin, async () => {
    const count = await db.recycleBin.count();
    await db.recycleBin.clear();
    return count;
  });
}

/** When an entry stops being restorable. */
function expiresAt(entry: Pick<RecycleBinRow, 'deletedAt'>): number {
  return Date.parse(entry.deletedAt) + RECYCLE_BIN_DAYS * DAY_MS;
}

/**
 * Removes the entries deleted more than RECYCLE_BIN_DAYS ago (one deleted exactly that long
 * ago stays until the next run); returns how many. The app calls it once at start.
 */
export async function purgeExpired(db: UnionDeskDatabase, now: Date): Promise<number> {
  // ISO timestamps in UTC compare as strings in time order, so the index does the filtering.
  const cutoff = new Date(now.getTime() - RECYCLE_BIN_DAYS * DAY_MS).toISOString();
  return db.recycleBin.where('deletedAt').below(cutoff).delete();
}

/**
 * Whole days an entry stays restorable, rounded up, 0 once expired: a fresh entry shows 30,
 * one with an hour left shows 1.
 */
export function daysLeft(entry: Pick<RecycleBinRow, 'deletedAt'>, now: Date): number {
  const left = expiresAt(entry) - now.getTime();
  if (Number.isNaN(left)) return 0;
  return Math.min(RECYCLE_BIN_DAYS, Math.max(0, Math.ceil(left / DAY_MS)));
}
