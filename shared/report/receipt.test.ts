import { beforeAll, describe, expect, it } from 'vitest';
import { utf8Encode } from '../format/utf8';
import { render } from '../i18n';
import { createEd25519Verifier } from '../signing/ed25519';
import { signEnvelope } from '../signing/envelope';
import { groupFingerprint } from '../signing/fingerprint';
import {
  buildReceiptPayload,
  openReceipt,
  RECEIPT_PAYLOAD_TYPE,
  type ReceiptInput,
} from './receipt';
import { makeTestUnion, testReportPayload, type TestUnion } from './signed-fixtures';

const verifier = createEd25519Verifier();
let federation: TestUnion;
let union: TestUnion;
let input: ReceiptInput;

beforeAll(async () => {
  [federation, union] = await Promise.all([makeTestUnion(100), makeTestUnion(1)]);
  input = {
    receiptId: '0b6f8a52-2c1d-4e3f-9a8b-7c6d5e4f3a2b',
    report: { fileSha256: 'ab'.repeat(32), payload: testReportPayload(union) },
    decision: 'accepted',
    comments: '  材料齐全，予以受理。 ',
    issuedAt: '2027-01-20T08:00:00.000Z',
    federationName: '示例区总工会',
  };
});

async function receiptFile(payload: unknown, signer = federation.signer): Promise<Uint8Array> {
  return utf8Encode(await signEnvelope(RECEIPT_PAYLOAD_TYPE, payload, signer));
}

describe('receipts', () => {
  it('names the report by id and file hash, and the union, year and sequence', () => {
    const receipt = buildReceiptPayload(input);
    expect(receipt).toMatchObject({
      kind: 'uniondesk-receipt',
      reportId: input.report.payload.reportId,
      reportSha256: input.report.fileSha256,
      creditCode: union.creditCode,
      unionName: union.name,
      year: 2026,
      sequence: 1,
      decision: 'accepted',
      comments: '材料齐全，予以受理。',
      federation: { name: '示例区总工会' },
    });
  });

  it('refuses to build what could never verify', () => {
    expect(() => buildReceiptPayload({ ...input, comments: '意'.repeat(2001) })).toThrow();
    expect(() => buildReceiptPayload({ ...input, issuedAt: '2027-01-20 08:00' })).toThrow();
  });

  it('opens a receipt signed by the registered federation key', async () => {
    const receipt = buildReceiptPayload(input);
    const opened = await openReceipt(await receiptFile(receipt), federation.fingerprint, verifier);
    expect(opened).toMatchObject({ ok: true, receipt, keyid: federation.fingerprint });
  });

  it('without a registered key, returns the key id for the user to compare with paper', async () => {
    const opened = await openReceipt(await receiptFile(buildReceiptPayload(input)), null, verifier);
    expect(opened.ok && opened.keyid).toBe(federation.fingerprint);
  });

  it('refuses a receipt signed by another key, naming both fingerprints in groups', async () => {
    const file = await receiptFile(buildReceiptPayload(input), union.signer);
    const opened = await openReceipt(file, federation.fingerprint, verifier);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    const text = render(opened.message);
    expect(text).toContain(groupFingerprint(union.fingerprint));
    expect(text).toContain(groupFingerprint(federation.fingerprint));
  });

  it('refuses a changed receipt, a report file and a signed receipt with bad content', async () => {
    const good = new TextDecoder().decode(await receiptFile(buildReceiptPayload(input)));
    const changed = good.replace(
      /"payload":"(.)/,
      (_, c: string) => `"payload":"${c === 'A' ? 'B' : 'A'}`,
    );
    const fail = async (file: Uint8Array) => {
      const opened = await openReceipt(file, federation.fingerprint, verifier);
      return opened.ok ? 'ok' : opened.message.key;
    };
    expect(await fail(utf8Encode(changed))).toBe('report.receipt.badSignature');
    const report = await signEnvelope(
      'application/vnd.uniondesk.report+json; version=1',
      { a: 1 },
      federation.signer,
    );
    expect(await fail(utf8Encode(report))).toBe('report.receipt.notReceipt');
    expect(await fail(utf8Encode('{}'))).toBe('report.receipt.damaged');
    const bad = { ...buildReceiptPayload(input), decision: 'maybe' };
    expect(await fail(await receiptFile(bad))).toBe('report.receipt.badContent');
  });
});
