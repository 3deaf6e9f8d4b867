import { z } from 'zod';
import { msg, type Message } from '../i18n';
import type { Ed25519Verifier } from '../signing/ed25519';
import { openEnvelope, parseVerifiedPayload } from '../signing/envelope';
import { groupFingerprint } from '../signing/fingerprint';
import type { ReportPayload } from './payload';
import { issuePath } from './registry';

/**
 * The federation's signed answer to one report file: accepted (the union's app then locks that
 * year) or returned with comments. It names the report by id and by the SHA-256 of the exact file
 * received, so the union can tell which of its exports was judged.
 */

export const RECEIPT_PAYLOAD_TYPE = 'application/vnd.uniondesk.receipt+json; version=1';
export const RECEIPT_KIND = 'uniondesk-receipt';
/** A receipt is a few hundred bytes; anything near this is not one. */
export const RECEIPT_MAX_BYTES = 64 * 1024;
export const RECEIPT_COMMENTS_MAX = 2000;

export const receiptPayloadSchema = z
  .object({
    kind: z.literal(RECEIPT_KIND),
    receiptId: z.uuid(),
    reportId: z.uuid(),
    reportSha256: z.string().regex(/^[0-9a-f]{64}$/),
    creditCode: z.string().regex(/^[0-9A-Z]{18}$/),
    unionName: z.string().max(200),
    year: z.int().min(2000).max(2100),
    sequence: z.int().min(1).max(1000),
    decision: z.enum(['accepted', 'returned']),
    comments: z.string().max(RECEIPT_COMMENTS_MAX),
    /** UTC ISO timestamp. */
    issuedAt: z.iso.datetime(),
    federation: z.object({ name: z.string().max(200) }).strict(),
  })
  .strict();

export type ReceiptPayload = z.infer<typeof receiptPayloadSchema>;

export interface ReceiptInput {
  receiptId: string;
  /** The report judged: its verified payload and the SHA-256 of the file as received. */
  report: { fileSha256: string; payload: ReportPayload };
  decision: ReceiptPayload['decision'];
  comments: string;
  issuedAt: string;
  federationName: string;
}

/** The receipt's payload; throws on input that could never verify (a programming error). */
export function buildReceiptPayload(input: ReceiptInput): ReceiptPayload {
  const { payload } = input.report;
  return receiptPayloadSchema.parse({
    kind: RECEIPT_KIND,
    receiptId: input.receiptId,
    reportId: payload.reportId,
    reportSha256: input.report.fileSha256,
    creditCode: payload.union.creditCode,
    unionName: payload.union.name,
    year: payload.period.year,
    sequence: payload.sequence,
    decision: input.decision,
    comments: input.comments.trim(),
    issuedAt: input.issuedAt,
    federation: { name: input.federationName },
  });
}

export type OpenedReceipt =
  | { ok: true; receipt: ReceiptPayload; keyid: string; publicKey: Uint8Array }
  | { ok: false; message: Message };

/**
 * Opens a receipt file. With the federation's registered fingerprint, a receipt signed by any
 * other key fails, naming both. With null (no federation key registered yet), a receipt that
 * verifies is returned with its key id so that the UI can ask the user to compare it with the
 * fingerprint on the federation's paper notice before trusting it.
 */
export async function openReceipt(
  file: Uint8Array,
  expectedFederationFingerprint: string | null,
  verifier: Ed25519Verifier,
): Promise<OpenedReceipt> {
  const opened = await openEnvelope(
    file,
    { maxBytes: RECEIPT_MAX_BYTES, payloadTypes: [RECEIPT_PAYLOAD_TYPE] },
    verifier,
  );
  if (!opened.ok) {
    switch (opened.failure) {
      case 'wrong-type':
        return {
          ok: false,
          message: msg('report.receipt.notReceipt', { type: opened.detail ?? '' }),
        };
      case 'key-mismatch':
      case 'bad-signature':
        return { ok: false, message: msg('report.receipt.badSignature') };
      default:
        return { ok: false, message: msg('report.receipt.damaged') };
    }
  }
  // The key comes before the content: an unknown signer's content is not worth describing.
  if (expectedFederationFingerprint !== null && opened.keyid !== expectedFederationFingerprint) {
    return {
      ok: false,
      message: msg('report.receipt.wrongFederation', {
        actual: groupFingerprint(opened.keyid),
        expected: groupFingerprint(expectedFederationFingerprint),
      }),
    };
  }
  const parsed = receiptPayloadSchema.safeParse(parseVerifiedPayload(opened.payload));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issuePath(issue.path)}：${issue.message}` : '';
    return { ok: false, message: msg('report.receipt.badContent', { detail }) };
  }
  return { ok: true, receipt: parsed.data, keyid: opened.keyid, publicKey: opened.publicKey };
}
