import { describe, expect, it } from 'vitest';
import { render } from '../../shared/i18n';
import { statisticsPeriod } from '../../shared/members/stats';
import { makeFinalAssessment, makeProfile } from '../../shared/report/fixtures';
import { openReceipt } from '../../shared/report/receipt';
import {
  createEd25519Verifier,
  generateEd25519KeyPair,
  webCryptoSigner,
  type Signer,
} from '../../shared/signing/ed25519';
import { signEnvelope, signEnvelopeBytes } from '../../shared/signing/envelope';
import { ROTATION_PAYLOAD_TYPE, rotationPayload } from '../../shared/signing/rotation';
import { keyFingerprint } from '../../shared/signing/fingerprint';
import { REPORT_PAYLOAD_TYPE } from '../../shared/report/payload';
import { payloadBytes } from '../../shared/signing/envelope';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { loadAssessmentFacts } from './assessment-facts';
import { AssessmentError, startRevision } from './assessments';
import {
  importReportFiles,
  importRotation,
  issueReceipt,
  listReceived,
  registerKey,
  revokeKey,
  saveFederationName,
} from './federation';
import {
  applyReceipt,
  isYearLocked,
  listReports,
  prepareReport,
  recordReport,
  ReportError,
} from './reports';
import type { UnionDeskDatabase } from './schema';

const { freshDb } = freshDatabases('report-flow');
const verifier = createEd25519Verifier();
const encoder = new TextEncoder();
const YEAR = 2026;

async function unionWithFinalYear(creditCode = '81110000MC1234567X'): Promise<UnionDeskDatabase> {
  const db = freshDb();
  await db.profile.add(makeProfile({ creditCode }));
  const facts = await loadAssessmentFacts(db, statisticsPeriod('calendar', YEAR));
  await db.assessments.add(makeFinalAssessment(facts));
  return db;
}

async function exportReport(
  db: UnionDeskDatabase,
  signer: Signer,
  name = 'report.uniondesk-report',
) {
  const draft = await prepareReport(db, YEAR, { appVersion: 'test' });
  const fileText = await signEnvelopeBytes(
    REPORT_PAYLOAD_TYPE,
    payloadBytes(draft.payload),
    signer,
  );
  const row = await recordReport(db, draft, {
    fileName: name,
    fileText,
    keyFingerprint: keyFingerprint(signer.publicKey),
  });
  return { row, file: { name, data: encoder.encode(fileText) } };
}

const newSigner = async () => webCryptoSigner(await generateEd25519KeyPair());

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('the union’s reports', () => {
  it('refuses before the profile exists and before the year is finalised', async () => {
    const empty = freshDb();
    expect((await refusal(prepareReport(empty, YEAR, { appVersion: 't' }))).message).toMatch(
      /工会基本信息/,
    );
    await empty.profile.add(makeProfile());
    const notFinal = await refusal(prepareReport(empty, YEAR, { appVersion: 't' }));
    expect(notFinal).toBeInstanceOf(ReportError);
    expect(notFinal.message).toMatch(/还没有定稿/);
  });

  it('numbers re-issues and names the report each one supersedes', async () => {
    const db = await unionWithFinalYear();
    const signer = await newSigner();
    const first = await exportReport(db, signer);
    const second = await exportReport(db, signer, 'second.uniondesk-report');
    expect(first.row.sequence).toBe(1);
    expect(first.row.supersedes).toBeNull();
    expect(second.row.sequence).toBe(2);
    expect(second.row.supersedes).toBe(first.row.id);
    expect((await listReports(db)).map((r) => r.sequence)).toEqual([2, 1]);
  });
});

describe('from the union to the federation and back', () => {
  it('verifies, registers, supersedes, issues a receipt, and the accepted receipt locks the year', async () => {
    const union = await unionWithFinalYear();
    const other = await unionWithFinalYear('81110000MC7654321Y');
    const federation = freshDb();
    await saveFederationName(federation, '示例区总工会');
    const unionKey = await newSigner();
    const otherKey = await newSigner();
    const federationKey = await newSigner();

    const first = await exportReport(union, unionKey, 'a-1.uniondesk-report');
    const fromOther = await exportReport(other, otherKey, 'b-1.uniondesk-report');
    const tamperedBytes = first.file.data.slice();
    tamperedBytes[200] = tamperedBytes[200] === 0x41 ? 0x42 : 0x41;
    const tampered = { name: 'tampered.uniondesk-report', data: tamperedBytes };

    await registerKey(federation, {
      fingerprint: keyFingerprint(unionKey.publicKey),
      creditCode: '81110000MC1234567X',
      unionName: '示例科技有限公司工会委员会',
      source: 'typed',
    });
    const progress: number[] = [];
    const summary = await importReportFiles(
      federation,
      [first.file, fromOther.file, tampered, first.file],
      {
        verifier,
        onProgress: (p) => progress.push(p.done),
      },
    );
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(summary.total).toBe(4);
    const byFile = async (name: string) =>
      (await listReceived(federation))
        .filter((r) => r.fileName === name)
        .map((r) => r.verdict)
        .sort();
    expect(await byFile('a-1.uniondesk-report')).toEqual(['duplicate', 'valid']);
    expect(await byFile('b-1.uniondesk-report')).toEqual(['unregistered']);
    expect(await byFile('tampered.uniondesk-report')).toEqual(['bad-signature']);

    // Registering the other union's key from its report makes that one valid too.
    const otherRow = (await listReceived(federation)).find(
      (r) => r.fileName === 'b-1.uniondesk-report',
    )!;
    await registerKey(federation, {
      fingerprint: otherRow.keyid!,
      creditCode: otherRow.creditCode,
      unionName: otherRow.unionName,
      source: 'report',
    });
    expect(await byFile('b-1.uniondesk-report')).toEqual(['valid']);

    // A re-issue supersedes the stored first report.
    const second = await exportReport(union, unionKey, 'a-2.uniondesk-report');
    await importReportFiles(federation, [second.file], { verifier });
    expect(await byFile('a-1.uniondesk-report')).toEqual(['duplicate', 'superseded']);
    expect(await byFile('a-2.uniondesk-report')).toEqual(['valid']);

    // The receipt for the valid second report, accepted.
    const received = (await listReceived(federation)).find(
      (r) => r.fileName === 'a-2.uniondesk-report',
    )!;
    const receipt = await issueReceipt(federation, {
      receivedId: received.id,
      decision: 'accepted',
      comments: '',
      sign: (type, bytes) => signEnvelopeBytes(type, bytes, federationKey),
    });
    const receiptBytes = encoder.encode(receipt.fileText);
    const opened = await openReceipt(
      receiptBytes,
      keyFingerprint(federationKey.publicKey),
      verifier,
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    // Against another federation key the receipt is refused, naming both fingerprints.
    const wrong = await openReceipt(receiptBytes, keyFingerprint(otherKey.publicKey), verifier);
    expect(wrong.ok).toBe(false);

    // The other union cannot apply it: the report is not one of its own.
    expect(
      (
        await refusal(
          applyReceipt(other, opened.receipt, { fileText: receipt.fileText, keyid: opened.keyid }),
        )
      ).message,
    ).toMatch(/不在本机/);
    const applied = await applyReceipt(union, opened.receipt, {
      fileText: receipt.fileText,
      keyid: opened.keyid,
    });
    expect(applied.report.state).toBe('accepted');
    expect(await isYearLocked(union, YEAR)).toBe(true);
    expect((await refusal(prepareReport(union, YEAR, { appVersion: 't' }))).message).toMatch(
      /已锁定/,
    );
    const revision = await refusal(startRevision(union, YEAR, '补充材料'));
    expect(revision).toBeInstanceOf(AssessmentError);
    expect(revision.message).toMatch(/已锁定/);
    expect(
      (
        await refusal(
          applyReceipt(union, opened.receipt, { fileText: receipt.fileText, keyid: opened.keyid }),
        )
      ).message,
    ).toMatch(/已经导入/);
  });

  it('a receipt is only for a valid report, and a return needs comments', async () => {
    const union = await unionWithFinalYear();
    const federation = freshDb();
    await saveFederationName(federation, '示例区总工会');
    const key = await newSigner();
    const { file } = await exportReport(union, key);
    await importReportFiles(federation, [file], { verifier });
    const [row] = await listReceived(federation);
    const sign = (type: string, bytes: Uint8Array) => signEnvelopeBytes(type, bytes, key);
    expect(
      (
        await refusal(
          issueReceipt(federation, {
            receivedId: row!.id,
            decision: 'accepted',
            comments: '',
            sign,
          }),
        )
      ).message,
    ).toMatch(/有效，密钥已登记/);
    await registerKey(federation, {
      fingerprint: row!.keyid!,
      creditCode: row!.creditCode,
      unionName: row!.unionName,
      source: 'report',
    });
    expect(
      (
        await refusal(
          issueReceipt(federation, {
            receivedId: row!.id,
            decision: 'returned',
            comments: ' ',
            sign,
          }),
        )
      ).message,
    ).toMatch(/写明意见/);
    const returned = await issueReceipt(federation, {
      receivedId: row!.id,
      decision: 'returned',
      comments: '请补充会议记录',
      sign,
    });
    expect(returned.decision).toBe('returned');
  });

  it('a revoked key’s later reports are refused and a key registered to another union is flagged', async () => {
    const union = await unionWithFinalYear();
    const federation = freshDb();
    const key = await newSigner();
    const { file } = await exportReport(union, key);
    await registerKey(federation, {
      fingerprint: keyFingerprint(key.publicKey),
      creditCode: '81110000MC7654321Y',
      unionName: '另一家工会',
      source: 'typed',
    });
    await importReportFiles(federation, [file], { verifier });
    let [row] = await listReceived(federation);
    expect(row!.verdict).toBe('wrong-union');
    expect(render(row!.message)).toContain('另一家工会');
    // Once the right union's key is on file, revoking it from a date before the report refuses it.
    await federation.keyRegistry.clear();
    await registerKey(federation, {
      fingerprint: keyFingerprint(key.publicKey),
      creditCode: '81110000MC1234567X',
      unionName: '示例科技有限公司工会委员会',
      source: 'typed',
    });
    [row] = await listReceived(federation);
    expect(row!.verdict).toBe('valid');
    const registry = await federation.keyRegistry.toArray();
    await revokeKey(federation, registry[0]!.id, '2000-01-01');
    [row] = await listReceived(federation);
    expect(row!.verdict).toBe('revoked');
    await revokeKey(federation, registry[0]!.id, '2099-01-01');
    [row] = await listReceived(federation);
    expect(row!.verdict).toBe('valid');
    // Registering the same fingerprint twice is refused.
    expect(
      (
        await refusal(
          registerKey(federation, {
            fingerprint: keyFingerprint(key.publicKey),
            creditCode: '81110000MC1234567X',
            unionName: 'x',
            source: 'typed',
          }),
        )
      ).message,
    ).toMatch(/已经登记/);
  });

  it('a rotation statement signed by the registered key registers the new one and revokes the old', async () => {
    const federation = freshDb();
    const oldKey = await newSigner();
    const newKey = await newSigner();
    const stranger = await newSigner();
    const statementBy = async (signer: Signer) =>
      encoder.encode(
        await signEnvelope(
          ROTATION_PAYLOAD_TYPE,
          rotationPayload({
            creditCode: '81110000MC1234567X',
            unionName: '示例科技有限公司工会委员会',
            oldPublicKey: signer.publicKey,
            newPublicKey: newKey.publicKey,
            date: '2027-03-01',
          }),
          signer,
        ),
      );
    // Unknown to the federation: refused, nothing registered.
    const refused = await refusal(
      importRotation(
        federation,
        { name: 'r.uniondesk-key-rotation', data: await statementBy(oldKey) },
        verifier,
      ),
    );
    expect(refused.message).toMatch(/示例科技有限公司工会委员会/);
    expect(await federation.keyRegistry.count()).toBe(0);
    await registerKey(federation, {
      fingerprint: keyFingerprint(oldKey.publicKey),
      creditCode: '81110000MC1234567X',
      unionName: '示例科技有限公司工会委员会',
      source: 'typed',
    });
    // Signed by a key that is not the registered one: refused.
    await refusal(
      importRotation(
        federation,
        { name: 's.uniondesk-key-rotation', data: await statementBy(stranger) },
        verifier,
      ),
    );
    // A damaged statement: refused, naming the file.
    const damaged = (await statementBy(oldKey)).slice(0, -2);
    expect(
      (
        await refusal(
          importRotation(federation, { name: 'd.uniondesk-key-rotation', data: damaged }, verifier),
        )
      ).message,
    ).toMatch(/d\.uniondesk-key-rotation/);
    const result = await importRotation(
      federation,
      { name: 'r.uniondesk-key-rotation', data: await statementBy(oldKey) },
      verifier,
    );
    expect(result.newKeyid).toBe(keyFingerprint(newKey.publicKey));
    const rows = await federation.keyRegistry.toArray();
    const byKey = Object.fromEntries(rows.map((r) => [r.fingerprint, r]));
    expect(byKey[keyFingerprint(newKey.publicKey)]).toMatchObject({
      status: 'active',
      source: 'rotation',
    });
    expect(byKey[keyFingerprint(oldKey.publicKey)]).toMatchObject({
      status: 'revoked',
      revokedFrom: '2027-03-01',
    });
  });
});
