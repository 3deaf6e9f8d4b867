import { utf8DecodeStrict } from '../../shared/format/utf8';
import { render, t } from '../../shared/i18n';
import { buildReceiptPayload, RECEIPT_PAYLOAD_TYPE } from '../../shared/report/receipt';
import { applyRotation, type RegistryKey } from '../../shared/report/registry';
import { settleBatch } from '../../shared/report/settle';
import { registryVerdict, verifyReportFile, type VerifiedReport } from '../../shared/report/verify';
import type { Ed25519Verifier } from '../../shared/signing/ed25519';
import { openEnvelope, parseVerifiedPayload, payloadBytes } from '../../shared/signing/envelope';
import { FINGERPRINT_PATTERN } from '../../shared/signing/fingerprint';
import {
  ROTATION_MAX_BYTES,
  ROTATION_PAYLOAD_TYPE,
  rotationKeyMatches,
  rotationPayloadSchema,
} from '../../shared/signing/rotation';
import { DEFAULT_STANDARD } from '../../shared/standard/default-standard';
import { newId, nowIso } from './ids';
import type { IssuedReceipt, KeyRegistryRow, ReceivedReportRow, UnionDeskDatabase } from './schema';

/**
 * The federation's side (上级工会): the registry of unions' keys, received report files with
 * their verdicts, and the receipts issued for them. Verdicts depend on the registry, so every
 * registry change re-checks the stored files; each import or change lands in one transaction.
 */

export class FederationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FederationError';
  }
}

export const FEDERATION_NAME_SETTING = 'federationName';

export async function loadFederationName(db: UnionDeskDatabase): Promise<string> {
  const row = await db.settings.get(FEDERATION_NAME_SETTING);
  return typeof row?.value === 'string' ? row.value : '';
}

export async function saveFederationName(db: UnionDeskDatabase, name: string): Promise<void> {
  await db.settings.put({ key: FEDERATION_NAME_SETTING, value: name.trim() });
}

/** A stored registry row as the shared verifier and the registry file see it. */
export const toRegistryKey = (row: KeyRegistryRow): RegistryKey => ({
  fingerprint: row.fingerprint,
  creditCode: row.creditCode,
  unionName: row.unionName,
  status: row.status,
  ...(row.revokedFrom ? { revokedFrom: row.revokedFrom } : {}),
  registeredOn: row.registeredOn,
  source: row.source,
});

export async function loadRegistry(db: UnionDeskDatabase): Promise<KeyRegistryRow[]> {
  const rows = await db.keyRegistry.toArray();
  return rows.sort((a, b) => a.unionName.localeCompare(b.unionName, 'zh-CN'));
}

export async function listReceived(db: UnionDeskDatabase): Promise<ReceivedReportRow[]> {
  const rows = await db.receivedReports.toArray();
  return rows.sort(
    (a, b) => b.importedAt.localeCompare(a.importedAt) || a.fileName.localeCompare(b.fileName),
  );
}

/** Standards a verifier knows: the built-in one and every imported one. */
async function knownStandards(db: UnionDeskDatabase) {
  const stored = await db.standards.toArray();
  return [
    {
      id: DEFAULT_STANDARD.id,
      version: DEFAULT_STANDARD.version,
      hash: DEFAULT_STANDARD.contentHash,
    },
    ...stored.map((s) => ({ id: s.code, version: s.version, hash: s.contentHash })),
  ];
}

function rowOf(
  report: VerifiedReport,
  fileText: string,
  importedAt: string,
  previous?: ReceivedReportRow,
): ReceivedReportRow {
  const payload = report.payload;
  const now = nowIso();
  return {
    id: previous?.id ?? newId(),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    reportId: payload?.reportId ?? '',
    creditCode: payload?.union.creditCode ?? '',
    unionName: payload?.union.name ?? '',
    year: payload?.period.year ?? 0,
    sequence: payload?.sequence ?? 0,
    verdict: report.verdict,
    message: report.message,
    problems: report.problems,
    importedAt,
    fileName: report.fileName,
    fileSha256: report.fileSha256,
    fileText,
    ...(report.keyid ? { keyid: report.keyid } : {}),
    ...(payload ? { payload } : {}),
    ...(previous?.receipt ? { receipt: previous.receipt } : {}),
  };
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportSummary {
  total: number;
  byVerdict: Partial<Record<ReceivedReportRow['verdict'], number>>;
}

const decodeLenient = (data: Uint8Array): string => {
  try {
    return utf8DecodeStrict(data);
  } catch {
    // Kept for the record only; the verdict already says the file is not UTF-8.
    return '';
  }
};

/**
 * Verifies report files against the registry and stores them with their verdicts. Signatures are
 * checked first, outside any transaction (WebCrypto would end a Dexie transaction early); then
 * one transaction adds every file and re-settles the stored ones with them, so a later sequence
 * supersedes what came before and a repeat is a duplicate. Nothing is written if one file fails
 * to be checked or the user cancels.
 */
export async function importReportFiles(
  db: UnionDeskDatabase,
  files: readonly { name: string; data: Uint8Array }[],
  options: {
    verifier: Ed25519Verifier;
    onProgress?: (p: ImportProgress) => void;
    signal?: AbortSignal;
  },
): Promise<ImportSummary> {
  const [registry, standards] = await Promise.all([loadRegistry(db), knownStandards(db)]);
  const keys = registry.map(toRegistryKey);
  const importedAt = nowIso();
  const rows: ReceivedReportRow[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) throw new FederationError(t('federation.import.cancelled'));
    const report = await verifyReportFile(file, keys, {
      verifier: options.verifier,
      knownStandards: standards,
    });
    rows.push(rowOf(report, decodeLenient(file.data), importedAt));
    options.onProgress?.({ done: index + 1, total: files.length });
  }
  let added: ReceivedReportRow[] = [];
  await db.transaction('rw', [db.keyRegistry, db.receivedReports], async () => {
    await db.receivedReports.bulkAdd(rows);
    const settled = await resettle(db);
    const ids = new Set(rows.map((r) => r.id));
    added = settled.filter((row) => ids.has(row.id));
  });
  const byVerdict: ImportSummary['byVerdict'] = {};
  for (const row of added) byVerdict[row.verdict] = (byVerdict[row.verdict] ?? 0) + 1;
  return { total: added.length, byVerdict };
}

function asVerifiedRow(row: ReceivedReportRow): VerifiedReport {
  return {
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    verdict: row.verdict,
    message: row.message,
    problems: row.problems,
    ...(row.keyid ? { keyid: row.keyid } : {}),
    ...(row.payload ? { payload: row.payload } : {}),
  };
}

/**
 * Re-classifies every stored file against the current registry and re-settles duplicates and
 * superseded reports, oldest import first (so the first copy of a file stays the one that counts).
 * A stored payload is there only because its signature verified on import, so this is pure
 * bookkeeping: it runs inside the caller's transaction over keyRegistry and receivedReports.
 */
async function resettle(db: UnionDeskDatabase): Promise<ReceivedReportRow[]> {
  const keys = (await db.keyRegistry.toArray()).map(toRegistryKey);
  const stored = (await db.receivedReports.toArray()).sort(
    (a, b) => a.importedAt.localeCompare(b.importedAt) || a.createdAt.localeCompare(b.createdAt),
  );
  const classified = stored.map((row): VerifiedReport => {
    const base = asVerifiedRow(row);
    if (!row.payload || !row.keyid) return base;
    return { ...base, ...registryVerdict(row.fileName, row.keyid, row.payload, keys) };
  });
  const settled = settleBatch(classified, []);
  const updated = settled.map((report, i) =>
    rowOf(report, stored[i]!.fileText, stored[i]!.importedAt, stored[i]),
  );
  await db.receivedReports.bulkPut(updated);
  return updated;
}

/** A registry change and the re-check of the stored files, in one transaction. */
async function changeRegistry(db: UnionDeskDatabase, change: () => Promise<void>): Promise<void> {
  await db.transaction('rw', [db.keyRegistry, db.receivedReports], async () => {
    await change();
    await resettle(db);
  });
}

export interface NewKey {
  fingerprint: string;
  creditCode: string;
  unionName: string;
  source: KeyRegistryRow['source'];
}

/** Registers a union's key (from a report's fingerprint, confirmed against the slip, or typed). */
export async function registerKey(db: UnionDeskDatabase, key: NewKey): Promise<void> {
  if (!FINGERPRINT_PATTERN.test(key.fingerprint)) {
    throw new FederationError(t('federation.registry.badFingerprint'));
  }
  if (!/^[0-9A-Z]{18}$/.test(key.creditCode)) {
    throw new FederationError(t('federation.registry.badCreditCode'));
  }
  await changeRegistry(db, async () => {
    const existing = await db.keyRegistry.where('fingerprint').equals(key.fingerprint).first();
    if (existing) {
      throw new FederationError(
        t('federation.registry.duplicate', {
          union: existing.unionName,
          code: existing.creditCode,
        }),
      );
    }
    const now = nowIso();
    await db.keyRegistry.add({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      fingerprint: key.fingerprint,
      creditCode: key.creditCode,
      unionName: key.unionName.trim(),
      status: 'active',
      registeredOn: now.slice(0, 10),
      source: key.source,
    });
  });
}

/** Revokes a key from a date: reports it signed that were generated from then on are refused. */
export async function revokeKey(
  db: UnionDeskDatabase,
  id: string,
  fromDate: string,
): Promise<void> {
  await changeRegistry(db, async () => {
    const row = await db.keyRegistry.get(id);
    if (!row) throw new FederationError(t('federation.registry.missing'));
    await db.keyRegistry.put({
      ...row,
      status: 'revoked',
      revokedFrom: fromDate,
      updatedAt: nowIso(),
    });
  });
}

/**
 * A union's key rotation statement: verified against the old key, which must be registered and
 * active for that credit code; then the new key is registered and the old one revoked from the
 * statement's date.
 */
export async function importRotation(
  db: UnionDeskDatabase,
  file: { name: string; data: Uint8Array },
  verifier: Ed25519Verifier,
): Promise<{ unionName: string; newKeyid: string }> {
  const opened = await openEnvelope(
    file.data,
    { maxBytes: ROTATION_MAX_BYTES, payloadTypes: [ROTATION_PAYLOAD_TYPE] },
    verifier,
  );
  if (!opened.ok) throw new FederationError(t('federation.rotation.invalid', { file: file.name }));
  const parsed = rotationPayloadSchema.safeParse(parseVerifiedPayload(opened.payload));
  if (
    !parsed.success ||
    !rotationKeyMatches(parsed.data) ||
    parsed.data.oldKeyid !== opened.keyid
  ) {
    throw new FederationError(t('federation.rotation.invalid', { file: file.name }));
  }
  const statement = parsed.data;
  await changeRegistry(db, async () => {
    const rows = await db.keyRegistry.toArray();
    const result = applyRotation(rows.map(toRegistryKey), statement, opened.keyid);
    if (!result.ok) throw new FederationError(render(result.message));
    const now = nowIso();
    for (const key of result.registry) {
      const row = rows.find((r) => r.fingerprint === key.fingerprint);
      await db.keyRegistry.put({
        ...(row ?? { id: newId(), createdAt: now }),
        ...key,
        updatedAt: now,
      } as KeyRegistryRow);
    }
  });
  return { unionName: statement.unionName, newKeyid: statement.newKeyid };
}

/**
 * Signs a receipt for one valid report with the federation's key and keeps it on the row. A
 * returned report needs comments, so the union knows what to change.
 */
export async function issueReceipt(
  db: UnionDeskDatabase,
  input: {
    receivedId: string;
    decision: 'accepted' | 'returned';
    comments: string;
    sign: (payloadType: string, bytes: Uint8Array) => Promise<string>;
  },
): Promise<IssuedReceipt> {
  const row = await db.receivedReports.get(input.receivedId);
  if (!row?.payload || row.verdict !== 'valid') {
    throw new FederationError(t('federation.receipt.notValid'));
  }
  if (input.decision === 'returned' && !input.comments.trim()) {
    throw new FederationError(t('federation.receipt.commentsNeeded'));
  }
  const federationName = await loadFederationName(db);
  if (!federationName) throw new FederationError(t('federation.receipt.nameNeeded'));
  const payload = buildReceiptPayload({
    receiptId: newId(),
    report: { fileSha256: row.fileSha256, payload: row.payload },
    decision: input.decision,
    comments: input.comments.trim(),
    issuedAt: nowIso(),
    federationName,
  });
  const fileText = await input.sign(RECEIPT_PAYLOAD_TYPE, payloadBytes(payload));
  const receipt: IssuedReceipt = {
    receiptId: payload.receiptId,
    decision: payload.decision,
    comments: payload.comments,
    issuedAt: payload.issuedAt,
    fileText,
  };
  await db.transaction('rw', db.receivedReports, async () => {
    const current = await db.receivedReports.get(input.receivedId);
    if (!current) throw new FederationError(t('federation.receipt.notValid'));
    await db.receivedReports.put({ ...current, receipt, updatedAt: nowIso() });
  });
  return receipt;
}

/** Rows as the shared aggregator sees them. */
export function asVerified(rows: readonly ReceivedReportRow[]): VerifiedReport[] {
  return rows.map(asVerifiedRow);
}

/** Removes received files (e.g. a wrong batch); their receipts go with them. */
export async function removeReceived(db: UnionDeskDatabase, ids: readonly string[]): Promise<void> {
  await changeRegistry(db, async () => {
    await db.receivedReports.bulkDelete([...ids]);
  });
}
