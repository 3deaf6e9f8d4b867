import { msg, type Message } from '../i18n';
import { sha256HexAsync } from '../signing/digest';
import type { Ed25519Verifier } from '../signing/ed25519';
import { openEnvelope, parseVerifiedPayload, type EnvelopeFailure } from '../signing/envelope';
import { groupFingerprint } from '../signing/fingerprint';
import { reportProblems } from './checks';
import {
  REPORT_MAX_BYTES,
  REPORT_PAYLOAD_TYPE,
  isReportPayload,
  reportPayloadSchema,
  type ReportPayload,
} from './payload';
import { findKey, issuePath, type KnownStandard, type RegistryKey } from './registry';

/**
 * A federation's check of one report file, in the order DESIGN.md sets: size and envelope, key
 * and signature (shared/signing/envelope.ts), then — only on the verified bytes — the payload's
 * schema, then the key's registration and its binding to the union the report names. Batch-level
 * verdicts (duplicate, superseded) are settled afterwards by settle.ts, over all files at once.
 */

export type ReportVerdict =
  | 'valid'
  | 'unregistered'
  | 'bad-signature'
  | 'malformed'
  | 'wrong-union'
  | 'revoked'
  | 'superseded'
  | 'duplicate';

/** Display order: what counts first, then what needs the federation's attention. */
export const REPORT_VERDICTS: readonly ReportVerdict[] = [
  'valid',
  'unregistered',
  'wrong-union',
  'revoked',
  'bad-signature',
  'malformed',
  'superseded',
  'duplicate',
];

export interface VerifiedReport {
  fileName: string;
  /** Lowercase hex SHA-256 of the file's bytes: what a receipt names. */
  fileSha256: string;
  verdict: ReportVerdict;
  /** The signing key's fingerprint, when the file got far enough to name one. */
  keyid?: string;
  /** Present once the signature verified and the payload passed its schema. */
  payload?: ReportPayload;
  /** The verdict explained, naming the file. */
  message: Message;
  /** Warnings that do not change the verdict (checks.ts). */
  problems: Message[];
}

export interface VerifyContext {
  verifier: Ed25519Verifier;
  /** The file's SHA-256 in lowercase hex; WebCrypto's unless the runtime has a cheaper one. */
  sha256Hex?: (bytes: Uint8Array) => string | Promise<string>;
  /** Standards this federation accepts; without them the standard is not checked. */
  knownStandards?: readonly KnownStandard[];
}

const OPEN_OPTIONS = { maxBytes: REPORT_MAX_BYTES, payloadTypes: [REPORT_PAYLOAD_TYPE] };

function envelopeMessage(
  file: string,
  failure: EnvelopeFailure,
  size: number,
  detail?: string,
): Message {
  switch (failure) {
    case 'too-large':
      return msg('report.verdict.tooLarge', {
        file,
        size: Math.ceil(size / 1024 / 1024),
        limit: REPORT_MAX_BYTES / 1024 / 1024,
      });
    case 'wrong-type':
      return msg('report.verdict.wrongType', { file, type: detail ?? '' });
    case 'key-mismatch':
      return msg('report.verdict.keyMismatch', { file });
    case 'bad-signature':
      return msg('report.verdict.badSignature', { file });
    default:
      // not-utf8, not-json, not-canonical, bad-shape: not an intact report file.
      return msg('report.verdict.damaged', { file });
  }
}

function unionParams(file: string, payload: ReportPayload) {
  return {
    file,
    union: payload.union.name,
    creditCode: payload.union.creditCode,
    year: payload.period.year,
    sequence: payload.sequence,
  };
}

/**
 * The registry's verdict on a report whose signature verified; the federation view re-runs it on
 * the reports it keeps whenever a key is registered or revoked.
 */
export function registryVerdict(
  file: string,
  keyid: string,
  payload: ReportPayload,
  registry: readonly RegistryKey[],
): { verdict: ReportVerdict; message: Message } {
  const params = unionParams(file, payload);
  const key = findKey(registry, keyid);
  if (!key) {
    return {
      verdict: 'unregistered',
      message: msg('report.verdict.unregistered', {
        ...params,
        fingerprint: groupFingerprint(keyid),
      }),
    };
  }
  if (key.creditCode !== payload.union.creditCode) {
    return {
      verdict: 'wrong-union',
      message: msg('report.verdict.wrongUnion', {
        ...params,
        registeredUnion: key.unionName,
        registeredCode: key.creditCode,
      }),
    };
  }
  // generatedAt is what the signer states; a key is revoked because it may be in other hands, so
  // only reports dated before the revocation are still taken from it.
  const generatedOn = payload.generatedAt.slice(0, 10);
  if (key.status === 'revoked' && (!key.revokedFrom || generatedOn >= key.revokedFrom)) {
    return {
      verdict: 'revoked',
      message: msg('report.verdict.revoked', {
        ...params,
        revokedFrom: key.revokedFrom ?? key.registeredOn,
        generatedOn,
      }),
    };
  }
  return { verdict: 'valid', message: msg('report.verdict.valid', params) };
}

export async function verifyReportFile(
  file: { name: string; data: Uint8Array },
  registry: readonly RegistryKey[],
  ctx: VerifyContext,
): Promise<VerifiedReport> {
  const [fileSha256, opened] = await Promise.all([
    (ctx.sha256Hex ?? sha256HexAsync)(file.data),
    openEnvelope(file.data, OPEN_OPTIONS, ctx.verifier),
  ]);
  const fileName = file.name;
  if (!opened.ok) {
    const badSignature = opened.failure === 'key-mismatch' || opened.failure === 'bad-signature';
    return {
      fileName,
      fileSha256,
      verdict: badSignature ? 'bad-signature' : 'malformed',
      ...(opened.keyid ? { keyid: opened.keyid } : {}),
      message: envelopeMessage(fileName, opened.failure, file.data.length, opened.detail),
      problems: [],
    };
  }
  const keyid = opened.keyid;
  const value = parseVerifiedPayload(opened.payload);
  // The schema explains a refusal; the compiled check only says yes or no (payload.ts).
  const parsed = isReportPayload(value)
    ? ({ success: true, data: value } as const)
    : reportPayloadSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      fileName,
      fileSha256,
      verdict: 'malformed',
      keyid,
      message: msg('report.verdict.badContent', {
        file: fileName,
        detail: issue ? `${issuePath(issue.path)}：${issue.message}` : '',
      }),
      problems: [],
    };
  }
  const payload = parsed.data;
  return {
    fileName,
    fileSha256,
    keyid,
    payload,
    ...registryVerdict(fileName, keyid, payload, registry),
    problems: reportProblems(fileName, payload, ctx.knownStandards),
  };
}

export { settleBatch, type ReceivedReport } from './settle';
