import { loadAssessmentFacts } from './assessment-facts';
import { loadCurrent } from './assessments';
import { newId, nowIso } from './ids';
import { isYearLocked } from './year-lock';
import type { ReceiptRow, ReportRow, UnionDeskDatabase } from './schema';
import { loadStandardForYear } from './standards';
export { isYearLocked } from './year-lock';
import type { Assessment } from '../../shared/assessment/record';
import { sha256Hex } from '../../shared/format/canonical-json';
import { t } from '../../shared/i18n';
import { withEvents } from '../../shared/members/membership';
import { rosterStats, statisticsPeriod } from '../../shared/members/stats';
import { buildReportPayload, type ReportInput } from '../../shared/report/build';
import type { ReportPayload } from '../../shared/report/payload';
import type { ReceiptPayload } from '../../shared/report/receipt';

/**
 * The union's annual reports and the federation's receipts for them. A report is built from the
 * year's finalised self-assessment, signed by the platform, saved by the user, and recorded
 * here; an accepted receipt locks the year (no new revision, no new report).
 */

export type ReportErrorCode =
  | 'noProfile'
  | 'notFinal'
  | 'locked'
  | 'unknownReport'
  | 'fileMismatch'
  | 'otherUnion'
  | 'alreadyImported';

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}

/** Settings key of the federation's public key, as the union registered it. */
export const FEDERATION_KEY_SETTING = 'federationKey';

export interface FederationKey {
  fingerprint: string;
  /** The federation's name as the first confirmed receipt stated it, or typed. */
  name: string;
  /** UTC ISO. */
  confirmedAt: string;
}

export async function loadFederationKey(db: UnionDeskDatabase): Promise<FederationKey | null> {
  const row = await db.settings.get(FEDERATION_KEY_SETTING);
  const value = row?.value as Partial<FederationKey> | undefined;
  return value && typeof value.fingerprint === 'string'
    ? {
        fingerprint: value.fingerprint,
        name: value.name ?? '',
        confirmedAt: value.confirmedAt ?? '',
      }
    : null;
}

export async function saveFederationKey(
  db: UnionDeskDatabase,
  key: Omit<FederationKey, 'confirmedAt'>,
): Promise<FederationKey> {
  const value: FederationKey = { ...key, confirmedAt: nowIso() };
  await db.settings.put({ key: FEDERATION_KEY_SETTING, value });
  return value;
}

/** Every report of every year, newest first. */
export async function listReports(db: UnionDeskDatabase): Promise<ReportRow[]> {
  const rows = await db.reports.toArray();
  return rows.sort((a, b) => b.year - a.year || b.sequence - a.sequence);
}

export interface ReportDraft {
  input: ReportInput;
  payload: ReportPayload;
}

/**
 * Everything a report states for `year`, read in one snapshot, and the payload built from it:
 * what the preview shows and what gets signed. Refused (with the reason for the user) before a
 * profile exists, before the year is finalised, or after the year was accepted.
 */
export async function prepareReport(
  db: UnionDeskDatabase,
  year: number,
  meta: { appVersion: string; now?: Date },
): Promise<ReportDraft> {
  const profile = await db.profile.toCollection().first();
  if (!profile) throw new ReportError('noProfile', t('reports.error.noProfile'));
  const assessment: Assessment | undefined = await loadCurrent(db, year);
  if (!assessment || assessment.status !== 'final') {
    throw new ReportError('notFinal', t('reports.error.notFinal', { year }));
  }
  if (await isYearLocked(db, year)) {
    throw new ReportError('locked', t('reports.error.locked', { year }));
  }
  const period = statisticsPeriod(assessment.periodKind, year);
  const [{ standard, problem }, facts, members, events, previous] = await Promise.all([
    loadStandardForYear(db, year),
    loadAssessmentFacts(db, period),
    db.members.toArray(),
    db.membershipEvents.toArray(),
    db.reports.where('year').equals(year).toArray(),
  ]);
  if (problem || standard.contentHash !== assessment.standard.hash) {
    throw new ReportError('notFinal', t('reports.error.standardChanged', { year }));
  }
  const stats = rosterStats(withEvents(members, events), profile, period);
  const latest = previous.sort((a, b) => b.sequence - a.sequence)[0];
  const input: ReportInput = {
    meta: {
      reportId: newId(),
      sequence: (latest?.sequence ?? 0) + 1,
      supersedes: latest?.id ?? null,
      generatedAt: (meta.now ?? new Date()).toISOString(),
      appVersion: meta.appVersion,
    },
    profile,
    periodKind: assessment.periodKind,
    facts,
    stats,
    standard,
    assessment,
  };
  return { input, payload: buildReportPayload(input) };
}

/** Records a report once its signed file was saved. */
export async function recordReport(
  db: UnionDeskDatabase,
  draft: ReportDraft,
  file: { fileName: string; fileText: string; keyFingerprint: string },
): Promise<ReportRow> {
  const { payload } = draft;
  const now = nowIso();
  const row: ReportRow = {
    id: payload.reportId,
    createdAt: now,
    updatedAt: now,
    year: payload.period.year,
    sequence: payload.sequence,
    supersedes: payload.supersedes,
    state: 'exported',
    fileName: file.fileName,
    fileText: file.fileText,
    fileSha256: sha256Hex(file.fileText),
    keyFingerprint: file.keyFingerprint,
    assessmentRevision: payload.assessment.revision,
    totalTenths: payload.assessment.totalTenths,
    bandLabel: payload.assessment.band?.label ?? null,
  };
  await db.transaction('rw', db.reports, async () => {
    if (await isYearLocked(db, row.year)) {
      throw new ReportError('locked', t('reports.error.locked', { year: row.year }));
    }
    await db.reports.add(row);
  });
  return row;
}

/**
 * Applies a verified receipt: it must name one of our reports, by the exact file we saved, for
 * our credit code. An accepted receipt locks the year; a returned one keeps the comments.
 */
export async function applyReceipt(
  db: UnionDeskDatabase,
  receipt: ReceiptPayload,
  file: { fileText: string; keyid: string },
): Promise<{ report: ReportRow; receipt: ReceiptRow }> {
  return db.transaction('rw', [db.reports, db.receipts, db.profile], async () => {
    const report = await db.reports.get(receipt.reportId);
    if (!report) {
      throw new ReportError(
        'unknownReport',
        t('reports.error.unknownReport', { year: receipt.year, sequence: receipt.sequence }),
      );
    }
    if (report.fileSha256 !== receipt.reportSha256) {
      throw new ReportError('fileMismatch', t('reports.error.fileMismatch'));
    }
    const profile = await db.profile.toCollection().first();
    if (profile && profile.creditCode !== receipt.creditCode) {
      throw new ReportError(
        'otherUnion',
        t('reports.error.otherUnion', { code: receipt.creditCode }),
      );
    }
    if (await db.receipts.get(receipt.receiptId)) {
      throw new ReportError('alreadyImported', t('reports.error.alreadyImported'));
    }
    const now = nowIso();
    const row: ReceiptRow = {
      id: receipt.receiptId,
      createdAt: now,
      updatedAt: now,
      reportId: receipt.reportId,
      decision: receipt.decision,
      comments: receipt.comments,
      issuedAt: receipt.issuedAt,
      federationName: receipt.federation.name,
      federationKeyid: file.keyid,
      fileText: file.fileText,
    };
    await db.receipts.add(row);
    const updated: ReportRow = {
      ...report,
      state: receipt.decision === 'accepted' ? 'accepted' : 'returned',
      receiptId: row.id,
      updatedAt: now,
    };
    await db.reports.put(updated);
    return { report: updated, receipt: row };
  });
}

export async function loadReceipt(
  db: UnionDeskDatabase,
  id: string,
): Promise<ReceiptRow | undefined> {
  return db.receipts.get(id);
}

const ROTATION_PREFIX = 'keyRotation:';

/** A key rotation statement as the union keeps it, so it can be saved again for the federation. */
export interface StoredRotation {
  oldFingerprint: string;
  newFingerprint: string;
  /** `YYYY-MM-DD`. */
  date: string;
  statement: string;
}

/** Keeps a rotation statement (public data) so a cancelled save dialog does not lose it. */
export async function keepRotationStatement(
  db: UnionDeskDatabase,
  rotation: StoredRotation,
): Promise<void> {
  await db.settings.put({ key: `${ROTATION_PREFIX}${rotation.oldFingerprint}`, value: rotation });
}

export async function loadRotationStatements(db: UnionDeskDatabase): Promise<StoredRotation[]> {
  const rows = await db.settings.where('key').startsWith(ROTATION_PREFIX).toArray();
  return rows
    .map((row) => row.value as StoredRotation)
    .filter((value) => typeof value?.statement === 'string');
}
