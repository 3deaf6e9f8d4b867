import { msg } from '../i18n';
import type { ReportVerdict, VerifiedReport } from './verify';

/** A report the federation accepted before this batch (its own records). */
export interface ReceivedReport {
  reportId: string;
  fileSha256: string;
  creditCode: string;
  year: number;
  sequence: number;
}

/** Verdicts of reports that would count if nothing newer or identical came along. */
const COUNTABLE: ReadonlySet<ReportVerdict> = new Set(['valid', 'unregistered']);

const unionYear = (creditCode: string, year: number) => `${creditCode}\u0000${year}`;

/**
 * Applies the verdicts that need the whole batch: 'duplicate' — the same file, or the same report
 * id, seen earlier in the batch or already received — and 'superseded' — the union sent a later
 * report (higher sequence) for the same year, here or before. Only files whose signature verified
 * take part: a broken file says nothing reliable about which report it is, and needs attention
 * whether or not it is repeated. Returns new objects in the same order; the input is not changed.
 */
export function settleBatch(
  reports: readonly VerifiedReport[],
  alreadyReceived: readonly ReceivedReport[] = [],
): VerifiedReport[] {
  const receivedIds = new Map(alreadyReceived.map((r) => [r.reportId, r]));
  const receivedFiles = new Set(alreadyReceived.map((r) => r.fileSha256));
  const firstById = new Map<string, VerifiedReport>();
  const firstByFile = new Map<string, VerifiedReport>();

  const afterDuplicates = reports.map((report): VerifiedReport => {
    const payload = report.payload;
    if (!payload) return report;
    const file = report.fileName;
    if (receivedFiles.has(report.fileSha256) || receivedIds.has(payload.reportId)) {
      return { ...report, verdict: 'duplicate', message: msg('report.verdict.received', { file }) };
    }
    const sameFile = firstByFile.get(report.fileSha256);
    const sameId = firstById.get(payload.reportId);
    if (sameFile || sameId) {
      const other = (sameFile ?? sameId)!.fileName;
      // Same id, other bytes: the union (or someone) signed two different reports under one id.
      const key = sameFile ? 'report.verdict.duplicate' : 'report.verdict.duplicateConflict';
      return { ...report, verdict: 'duplicate', message: msg(key, { file, other }) };
    }
    firstByFile.set(report.fileSha256, report);
    firstById.set(payload.reportId, report);
    return report;
  });

  // The newest sequence per union and year among what counts, with the file that carries it.
  const newest = new Map<string, { sequence: number; file: string | null }>();
  const offer = (key: string, sequence: number, file: string | null) => {
    const current = newest.get(key);
    if (!current || sequence > current.sequence) newest.set(key, { sequence, file });
  };
  for (const received of alreadyReceived) {
    offer(unionYear(received.creditCode, received.year), received.sequence, null);
  }
  for (const report of afterDuplicates) {
    if (report.payload && COUNTABLE.has(report.verdict)) {
      const { union, period, sequence } = report.payload;
      offer(unionYear(union.creditCode, period.year), sequence, report.fileName);
    }
  }

  return afterDuplicates.map((report): VerifiedReport => {
    const payload = report.payload;
    if (!payload || !COUNTABLE.has(report.verdict)) return report;
    const latest = newest.get(unionYear(payload.union.creditCode, payload.period.year));
    if (!latest || latest.sequence <= payload.sequence) return report;
    const params = {
      file: report.fileName,
      union: payload.union.name,
      year: payload.period.year,
      sequence: payload.sequence,
      newer: latest.sequence,
    };
    return {
      ...report,
      verdict: 'superseded',
      message:
        latest.file === null
          ? msg('report.verdict.supersededReceived', params)
          : msg('report.verdict.superseded', { ...params, newerFile: latest.file }),
    };
  });
}
