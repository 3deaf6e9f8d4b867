import Dexie from 'dexie';
import { t } from '../../shared/i18n';
import {
  deriveStatus,
  initialEvent,
  isJoinEvent,
  onRollAt,
  withEvents,
  sortEvents,
  type MembershipEventType,
} from '../../shared/members/membership';
import type { Member, MemberData, MemberDraft } from '../../shared/members/model';
import { searchKeys } from '../../shared/members/search';
import { nameSortKey } from '../../shared/members/sort-key';
import { buildMember, type MemberCheck } from '../../shared/members/validate';
import { localToday } from '../../shared/validation/date';
import { newId, nowIso } from './ids';
import type { MemberRow, MembershipEventRow, UnionDeskDatabase } from './schema';

/**
 * The member roster: one row per member, membership changes as events (the status is derived
 * from them and cached on the row for the list's filter). Every multi-record change runs in one
 * transaction. Components use the hooks and actions in features/members.
 */

export type { MemberRow, MembershipEventRow };

export function toRow(member: Member): MemberRow {
  return { ...member, searchKeys: searchKeys(member), sortKey: nameSortKey(member.name) };
}

export async function loadMembers(db: UnionDeskDatabase): Promise<MemberRow[]> {
  return (await db.members.toArray()) as MemberRow[];
}

/** The roster's first members on roll in list order: what the first screen needs. */
export interface RosterHead {
  /** Members on roll in sortKey order (the list's order for names in common characters). */
  active: MemberRow[];
}

/**
 * Reads the first screen of the roster without reading every member: the first `limit` members
 * on roll through the [status+sortKey] index (milliseconds). Not the roster's size: Chromium
 * counts a store by walking it, a tenth to half a second at 50,000 members, which the whole
 * roster's read tells soon after. Members stored without a sortKey are missing here; the full
 * list (loadMembers) has everyone.
 */
export async function loadRosterHead(db: UnionDeskDatabase, limit: number): Promise<RosterHead> {
  const active = await db.members
    .where('[status+sortKey]')
    .between(['active', Dexie.minKey], ['active', Dexie.maxKey])
    .limit(limit)
    .toArray();
  return { active: active as MemberRow[] };
}

export async function loadMember(
  db: UnionDeskDatabase,
  id: string,
): Promise<{ member: MemberRow; events: MembershipEventRow[] } | null> {
  return db.transaction('r', db.members, db.membershipEvents, async () => {
    const member = (await db.members.get(id)) as MemberRow | undefined;
    if (!member) return null;
    const events = (await db.membershipEvents
      .where('memberId')
      .equals(id)
      .toArray()) as MembershipEventRow[];
    return { member, events: sortEvents(events) };
  });
}

/**
 * The members on roll at the end of `date`: their membership history decides, not today's
 * status. 应到 of a meeting and the participation of a 会员评家 round are counted from this.
 */
export async function membersOnRollAt(db: UnionDeskDatabase, date: string): Promise<MemberRow[]> {
  return db.transaction('r', db.members, db.membershipEvents, async () => {
    const [members, events] = await Promise.all([
      db.members.toArray() as Promise<MemberRow[]>,
      db.membershipEvents.toArray(),
    ]);
    return withEvents(members, events)
      .filter((record) => onRollAt(record.events, date))
      .map((record) => record.member);
  });
}

/** Every member's id by ID-number key, for duplicate checks in forms and imports. */
export async function idKeyIndex(db: UnionDeskDatabase): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  await db.members.each((row) => {
    if (row.idKey) index.set(row.idKey, row.id);
  });
  return index;
}

export type SaveMemberResult =
  | { ok: true; member: MemberRow }
  | { ok: false; reason: 'invalid'; check: MemberCheck; message: string }
  | { ok: false; reason: 'duplicate'; existingId: string; existingName: string; message: string }
  | { ok: false; reason: 'missing'; message: string };

/**
 * Adds (no `id`) or updates a member from a form draft. A new member with a 入会日期 gets a
 * join event of that date; changing the 入会日期 later moves the first join event with it.
 * A second member with the same ID number is refused, naming the existing one.
 */
export async function saveMember(
  db: UnionDeskDatabase,
  draft: Partial<MemberDraft>,
  options: { id?: string; today?: string } = {},
): Promise<SaveMemberResult> {
  const today = options.today ?? localToday();
  return db.transaction('rw', db.members, db.membershipEvents, async () => {
    const now = nowIso();
    const existing = options.id
      ? ((await db.members.get(options.id)) as MemberRow | undefined)
      : undefined;
    if (options.id && !existing) {
      return { ok: false, reason: 'missing', message: t('members.error.missing') } as const;
    }
    const id = existing?.id ?? newId();
    const events = existing
      ? ((await db.membershipEvents.where('memberId').equals(id).toArray()) as MembershipEventRow[])
      : [];
    const built = buildMember(
      draft,
      { id, createdAt: existing?.createdAt ?? now, updatedAt: now, status: 'active' },
      { today },
    );
    if (!built.ok) {
      return {
        ok: false,
        reason: 'invalid',
        check: built.check,
        message: t('members.error.invalid', { count: Object.keys(built.check.fieldErrors).length }),
      } as const;
    }
    const clash = await db.members.where('idKey').equals(built.member.idKey).first();
    if (clash && clash.id !== id) {
      return {
        ok: false,
        reason: 'duplicate',
        existingId: clash.id,
        existingName: clash.name,
        message: t('members.error.duplicate', { name: clash.name }),
      } as const;
    }
    const change = joinEventChange(id, events, existing?.joinedOn, built.member.joinedOn, now);
    if (change.write) await db.membershipEvents.put(change.write);
    const row = toRow({ ...built.member, status: deriveStatus(change.events, today) });
    await db.members.put(row);
    return { ok: true, member: row } as const;
  });
}

/**
 * Keeps the first join event in step with the 入会日期 field: the member's events afterwards, and
 * the one event to write (moved or created), if any.
 */
function joinEventChange(
  memberId: string,
  events: MembershipEventRow[],
  before: string | undefined,
  after: string | undefined,
  now: string,
): { events: MembershipEventRow[]; write?: MembershipEventRow } {
  if (before === after) return { events };
  const firstJoin = sortEvents(events).find((event) => isJoinEvent(event.type));
  if (firstJoin && after && (firstJoin.date === before || !before)) {
    const moved = { ...firstJoin, date: after, updatedAt: now };
    return { events: events.map((event) => (event.id === moved.id ? moved : event)), write: moved };
  }
  if (!firstJoin && after) {
    const fact = initialEvent(after)!;
    const created: MembershipEventRow = {
      id: newId(),
      memberId,
      type: fact.type,
      date: fact.date,
      createdAt: now,
      updatedAt: now,
    };
    return { events: [...events, created], write: created };
  }
  return { events };
}

export type EventResult = { ok: true; status: Member['status'] } | { ok: false; message: string };

/** Records a membership change (转出, 保留 …) and re-derives the member's status. */
export async function addMembershipEvent(
  db: UnionDeskDatabase,
  memberId: string,
  event: { type: MembershipEventType; date: string; reason?: string },
  options: { today?: string } = {},
): Promise<EventResult> {
  const today = options.today ?? localToday();
  if (event.date > today) return { ok: false, message: t('members.event.future') };
  return db.transaction('rw', db.members, db.membershipEvents, async () => {
    const member = await db.members.get(memberId);
    if (!member) return { ok: false, message: t('members.error.missing') };
    const now = nowIso();
    const row: MembershipEventRow = {
      id: newId(),
      memberId,
      type: event.type,
      date: event.date,
      ...(event.reason?.trim() ? { reason: event.reason.trim() } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await db.membershipEvents.add(row);
    const events = (await db.membershipEvents
      .where('memberId')
      .equals(memberId)
      .toArray()) as MembershipEventRow[];
    const status = deriveStatus(events, today);
    await db.members.update(memberId, { status, updatedAt: now });
    return { ok: true, status };
  });
}

/** Removes one wrongly recorded event (an event is a record of fact, so only by correction). */
export async function deleteMembershipEvent(
  db: UnionDeskDatabase,
  eventId: string,
  options: { today?: string } = {},
): Promise<void> {
  const today = options.today ?? localToday();
  await db.transaction('rw', db.members, db.membershipEvents, async () => {
    const event = await db.membershipEvents.get(eventId);
    if (!event) return;
    await db.membershipEvents.delete(eventId);
    const events = (await db.membershipEvents
      .where('memberId')
      .equals(event.memberId)
      .toArray()) as MembershipEventRow[];
    await db.members.update(event.memberId, {
      status: deriveStatus(events, today),
      updatedAt: nowIso(),
    });
  });
}

export interface ImportRow {
  data: MemberData;
  /** The member with the same ID number already in the roster, when there is one. */
  existingId?: string;
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
}

// Rows per bulk request. Each chunk is one bulkAdd per table: fewer, larger requests cost the
// page less bookkeeping, while 取消 and the progress bar still get a turn between chunks.
const IMPORT_CHUNK = 2_500;
// Chunks written ahead of the one being waited for: IndexedDB keeps working on them while this
// thread prepares the next.
const IMPORT_AHEAD = 2;

/** Thrown by a caller's progress callback (the user pressed 取消): nothing is written. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** What one chunk of an import writes. */
interface ImportBatch {
  /**
   * New members, under new random ids: put, not added, as nothing can be there to overwrite and
   * an add makes IndexedDB look first (measured: a fifth slower at 50,000). A second member
   * with the same ID number still fails the transaction on the unique idKey index.
   */
  added: MemberRow[];
  updated: MemberRow[];
  /** Join events of new members. */
  newEvents: MembershipEventRow[];
  /** Join events of updated members, moved or created with their 入会日期. */
  changedEvents: MembershipEventRow[];
}

/** The roster rows and join events of the members new to the roster. */
function newMembers(
  rows: readonly ImportRow[],
  batch: ImportBatch,
  now: string,
  today: string,
): void {
  for (const { data } of rows) {
    const id = newId();
    const fact = initialEvent(data.joinedOn);
    let status: Member['status'] = 'active';
    if (fact) {
      const event: MembershipEventRow = {
        id: newId(),
        memberId: id,
        type: fact.type,
        date: fact.date,
        createdAt: now,
        updatedAt: now,
      };
      batch.newEvents.push(event);
      status = deriveStatus([event], today);
    }
    batch.added.push(toRow({ ...data, id, createdAt: now, updatedAt: now, status }));
  }
}

/**
 * The rows of members already on the roster, updated from the sheet (keeping their id, history
 * and creation time): read together, one request per table for the whole chunk.
 */
async function updatedMembers(
  db: UnionDeskDatabase,
  rows: readonly (ImportRow & { existingId: string })[],
  batch: ImportBatch,
  now: string,
  today: string,
): Promise<void> {
  const ids = rows.map((row) => row.existingId);
  const [existing, events] = await Promise.all([
    db.members.bulkGet(ids),
    db.membershipEvents.where('memberId').anyOf(ids).toArray(),
  ]);
  const histories = new Map<string, MembershipEventRow[]>();
  for (const event of events) {
    const history = histories.get(event.memberId);
    if (history) history.push(event);
    else histories.set(event.memberId, [event]);
  }
  rows.forEach(({ data, existingId }, i) => {
    const member = existing[i];
    if (!member) throw new Error('member vanished during import');
    const change = joinEventChange(
      existingId,
      histories.get(existingId) ?? [],
      member.joinedOn,
      data.joinedOn,
      now,
    );
    if (change.write) batch.changedEvents.push(change.write);
    batch.updated.push(
      toRow({
        ...data,
        id: existingId,
        createdAt: member.createdAt,
        updatedAt: now,
        status: deriveStatus(change.events, today),
      }),
    );
  });
}

function writeBatch(db: UnionDeskDatabase, batch: ImportBatch): Promise<unknown> {
  return Promise.all([
    batch.added.length > 0 ? db.members.bulkPut(batch.added) : null,
    batch.updated.length > 0 ? db.members.bulkPut(batch.updated) : null,
    batch.newEvents.length > 0 ? db.membershipEvents.bulkPut(batch.newEvents) : null,
    batch.changedEvents.length > 0 ? db.membershipEvents.bulkPut(batch.changedEvents) : null,
  ]);
}

/**
 * Writes the valid rows of an import in ONE transaction: all of them or, on any failure or a
 * cancel from `onProgress`, none. Rows of members already in the roster are skipped or update
 * that member (keeping its id, history and creation time), as the user chose. Each chunk's
 * members and join events go to IndexedDB as one bulk request per table, and a few chunks are
 * in flight at a time.
 */
export async function importMembers(
  db: UnionDeskDatabase,
  rows: readonly ImportRow[],
  options: {
    duplicates: 'skip' | 'update';
    today?: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportResult> {
  const today = options.today ?? localToday();
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  await db.transaction('rw', db.members, db.membershipEvents, async () => {
    const now = nowIso();
    const inFlight: { end: number; written: Promise<unknown> }[] = [];
    const settle = async () => {
      const chunk = inFlight.shift()!;
      await chunk.written;
      options.onProgress?.(chunk.end, rows.length);
    };
    for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
      const chunk = rows.slice(start, start + IMPORT_CHUNK);
      const batch: ImportBatch = { added: [], updated: [], newEvents: [], changedEvents: [] };
      const fresh: ImportRow[] = [];
      const known: (ImportRow & { existingId: string })[] = [];
      for (const row of chunk) {
        if (row.existingId === undefined) fresh.push(row);
        else if (options.duplicates === 'update')
          known.push({ ...row, existingId: row.existingId });
      }
      result.skipped += chunk.length - fresh.length - known.length;
      if (known.length > 0) await updatedMembers(db, known, batch, now, today);
      newMembers(fresh, batch, now, today);
      result.added += batch.added.length;
      result.updated += batch.updated.length;
      const written = writeBatch(db, batch);
      // A chunk still in flight when an earlier one fails (or the user cancels) fails with the
      // aborted transaction; that failure is the earlier one's, reported once.
      written.catch(() => undefined);
      inFlight.push({ end: start + chunk.length, written });
      if (inFlight.length > IMPORT_AHEAD) await settle();
    }
    while (inFlight.length > 0) await settle();
  });
  return result;
}
