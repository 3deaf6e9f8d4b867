import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Assessment } from '../../shared/assessment/record';
import type { Message } from '../../shared/i18n';
import type { LedgerEntry } from '../../shared/ledger/model';
import type { Meeting, MeetingAddendum } from '../../shared/meetings/model';
import type { MembershipEvent } from '../../shared/members/membership';
import type { Member } from '../../shared/members/model';
import { nameSortKey } from '../../shared/members/sort-key';
import type { UnionProfile } from '../../shared/profile/profile';
import type { ReportPayload } from '../../shared/report/payload';
import type { ReportVerdict } from '../../shared/report/verify';
import type { SurveyBallot, SurveyRound } from '../../shared/surveys/model';

/**
 * The whole product's schema, version 1. Decisions that can never change later:
 * - every record table's primary key is a UUID string (`id`), created by the app
 *   (`crypto.randomUUID()`), so records can move between databases (backup, restore, merge)
 *   without renumbering;
 * - dates are `YYYY-MM-DD` strings, timestamps UTC ISO strings, scores integer tenths;
 * - versions only ever add; every version gets an upgrade test (see schema.test.ts).
 * Row types beyond their indexed fields are owned by the issue that builds each feature.
 */

/** Fields every record row has. */
export interface RecordRow {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A member (shared/members/model.ts) plus the keys computed when it was written. */
export interface MemberRow extends Member {
  searchKeys: string;
  /**
   * `nameSortKey(name)` (shared/members/sort-key.ts), indexed with the status from schema v2 so
   * that the roster's first screen can be read in order. Rows written without it are left out of
   * that first screen only.
   */
  sortKey?: string;
}

export type MembershipEventRow = MembershipEvent;

/** A minute (shared/meetings/model.ts); signed ones are locked by the data layer. */
export type MeetingRow = Meeting;

export type MeetingAddendumRow = MeetingAddendum;

/** A 工作台账 entry (shared/ledger/model.ts). */
export type LedgerEntryRow = LedgerEntry;

export interface AttachmentRow extends RecordRow {
  /** Content address: an attachment is stored once per content. */
  sha256: string;
  name: string;
  mime: string;
  size: number;
  data: Blob;
  /** A small JPEG of an image attachment for lists; absent for other files. */
  thumbnail?: Blob;
}

/** A 会员评议 round (shared/surveys/model.ts); written only through surveys.ts. */
export type SurveyRoundRow = SurveyRound;

/** One anonymous ballot: id, round and answers only — no identity, no timestamps. */
export type SurveyBallotRow = SurveyBallot;

export interface StandardRow extends RecordRow {
  code: string;
  version: string;
  contentHash: string;
}

/** A year's self-assessment, one row per revision (shared/assessment/record.ts). */
export type AssessmentRow = Assessment;

/**
 * Union side: one annual report as signed and saved (shared/report/payload.ts). The signed file
 * is kept whole so it can be saved again; `state` follows the federation's receipt.
 */
export interface ReportRow extends RecordRow {
  year: number;
  sequence: number;
  /** The report this one replaces, or null for the year's first. */
  supersedes: string | null;
  state: ReportState;
  fileName: string;
  /** The signed envelope, exactly as written to the file. */
  fileText: string;
  fileSha256: string;
  keyFingerprint: string;
  assessmentRevision: number;
  totalTenths: number;
  bandLabel: string | null;
  /** The receipt that set the state, when one was imported. */
  receiptId?: string;
}

export type ReportState = 'exported' | 'accepted' | 'returned';

/** Union side: a federation's signed receipt for one report, as imported and verified. */
export interface ReceiptRow extends RecordRow {
  reportId: string;
  decision: 'accepted' | 'returned';
  comments: string;
  /** UTC ISO, as the federation stated it. */
  issuedAt: string;
  federationName: string;
  federationKeyid: string;
  fileText: string;
}

/**
 * Unused: signing keys live with the platform's SigningService (the desktop main process, or a
 * separate browser database), never in this database or its backups.
 */
export interface SigningKeyRow extends RecordRow {
  fingerprint: string;
  status: string;
}

/** Federation side: a union's registered public key (shared/report/registry.ts). */
export interface KeyRegistryRow extends RecordRow {
  fingerprint: string;
  creditCode: string;
  unionName: string;
  status: 'active' | 'revoked';
  /** `YYYY-MM-DD`: reports generated from this day with this key are refused. */
  revokedFrom?: string;
  /** `YYYY-MM-DD`. */
  registeredOn: string;
  source: 'report' | 'typed' | 'rotation';
}

/** Federation side: one received report file with its verdict. */
export interface ReceivedReportRow extends RecordRow {
  /** Empty when the file could not be read far enough to know it. */
  reportId: string;
  creditCode: string;
  unionName: string;
  year: number;
  sequence: number;
  verdict: ReceivedVerdict;
  /** The verdict and warnings as catalogue messages, rendered when shown. */
  message: Message;
  problems: Message[];
  importedAt: string;
  fileName: string;
  fileSha256: string;
  fileText: string;
  keyid?: string;
  /** Present once the signature verified and the payload passed its schema. */
  payload?: ReportPayload;
  /** The receipt issued for it, kept so it can be exported again. */
  receipt?: IssuedReceipt;
}

export type ReceivedVerdict = ReportVerdict;

export interface IssuedReceipt {
  receiptId: string;
  decision: 'accepted' | 'returned';
  comments: string;
  issuedAt: string;
  fileText: string;
}

/** One record inside a 回收站 entry, exactly as it was stored (Blobs included). */
export interface RecycleBinRecord {
  table: string;
  record: unknown;
}

/**
 * One user deletion, kept for 30 days and restorable as a whole: the records the user deleted
 * plus the dependants that would be orphans without them (a member's membership events).
 * Written and read only through recycle-bin.ts.
 */
export interface RecycleBinRow {
  id: string;
  /** The table of the records the user deleted; dependants carry their own table in `records`. */
  table: string;
  /** UTC ISO timestamp; the 30 days count from here. */
  deletedAt: string;
  /** What the user sees, e.g. a member's name: personal data, so never write it to a log. */
  label: string;
  /** The deleted records first, then their dependants. */
  records: RecycleBinRecord[];
}

export const DATABASE_NAME = 'uniondesk';

/** Dexie store definitions of version 1: primary key first, then indexes. */
export const SCHEMA_V1 = {
  profile: 'id',
  settings: 'key',
  members: 'id, &idKey, name, memberNo, department, status, joinedOn, updatedAt',
  membershipEvents: 'id, memberId, [memberId+date], date, type',
  meetings: 'id, date, type, [type+date], status',
  meetingAddenda: 'id, meetingId, date',
  ledgerEntries: 'id, date, *areas, *tags, meetingId',
  attachments: 'id, &sha256, createdAt',
  surveyRounds: 'id, year, kind, startedOn',
  surveyBallots: 'id, roundId',
  standards: 'id, &[code+version], contentHash',
  assessments: 'id, year, &[year+revision], status',
  reports: 'id, year, &[year+sequence], state',
  receipts: 'id, reportId',
  signingKeys: 'id, fingerprint, status',
  keyRegistry: 'id, fingerprint, creditCode, status',
  receivedReports: 'id, reportId, creditCode, year, verdict, importedAt',
  recycleBin: 'id, table, deletedAt',
} as const;

/**
 * Every schema version, oldest first. A new version appends one entry with only the stores it
 * adds or changes, and an `upgrade` when existing rows must be rewritten; it also adds an upgrade
 * test (see upgrade-harness.ts). Entries are never edited once released.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Version 2, members only: drops the indexes nothing queries (name, memberNo, joinedOn,
 * updatedAt: each one slowed every write, an import of 50,000 members most) and adds
 * [status+sortKey], from which the roster reads its first screen in list order. Existing rows
 * get their sortKey.
 */
export const SCHEMA_V2_STORES = {
  members: 'id, &idKey, department, status, [status+sortKey]',
} as const;

async function addMemberSortKeys(tx: Transaction): Promise<void> {
  await tx
    .table('members')
    .toCollection()
    .modify((row: { name?: unknown; sortKey?: string }) => {
      row.sortKey = nameSortKey(typeof row.name === 'string' ? row.name : '');
    });
}

/**
 * Version 3, membership events only: drops [memberId+date], date and type, which nothing
 * queries (a member's history is read through memberId and sorted in memory; statistics read
 * every event). An import of 50,000 members writes as many join events, and each index made
 * every one of those writes slower. No rows change.
 */
export const SCHEMA_V3_STORES = {
  membershipEvents: 'id, memberId',
} as const;

/**
 * Version 4, members only: drops department and status, which nothing queries (the list filters
 * in memory; members by status are read through [status+sortKey]). Measured in Chromium, each of
 * them added about a tenth to writing 50,000 members. No rows change.
 */
export const SCHEMA_V4_STORES = {
  members: 'id, &idKey, [status+sortKey]',
} as const;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2_STORES, upgrade: addMemberSortKeys },
  { version: 3, stores: SCHEMA_V3_STORES },
  { version: 4, stores: SCHEMA_V4_STORES },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares the versions up to `upTo` on a Dexie instance (the app declares all of them). */
export function declareVersions(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
}

export class UnionDeskDatabase extends Dexie {
  profile!: EntityTable<UnionProfile, 'id'>;
  settings!: Table<SettingRow, string>;
  members!: EntityTable<MemberRow, 'id'>;
  membershipEvents!: EntityTable<MembershipEventRow, 'id'>;
  meetings!: EntityTable<MeetingRow, 'id'>;
  meetingAddenda!: EntityTable<MeetingAddendumRow, 'id'>;
  ledgerEntries!: EntityTable<LedgerEntryRow, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'id'>;
  surveyRounds!: EntityTable<SurveyRoundRow, 'id'>;
  surveyBallots!: EntityTable<SurveyBallotRow, 'id'>;
  standards!: EntityTable<StandardRow, 'id'>;
  assessments!: EntityTable<AssessmentRow, 'id'>;
  reports!: EntityTable<ReportRow, 'id'>;
  receipts!: EntityTable<ReceiptRow, 'id'>;
  signingKeys!: EntityTable<SigningKeyRow, 'id'>;
  keyRegistry!: EntityTable<KeyRegistryRow, 'id'>;
  receivedReports!: EntityTable<ReceivedReportRow, 'id'>;
  recycleBin!: EntityTable<RecycleBinRow, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    declareVersions(this);
  }
}

/** Names of every table in the current schema; backups and tests enumerate them from here. */
export function tableNames(db: UnionDeskDatabase): string[] {
  return db.tables.map((table) => table.name).sort();
}
