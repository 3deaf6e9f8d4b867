import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { createEd25519Verifier } from '../signing/ed25519';
import { signEnvelope } from '../signing/envelope';
import { groupFingerprint } from '../signing/fingerprint';
import type { ReportPayload } from './payload';
import { RECEIPT_PAYLOAD_TYPE } from './receipt';
import type { KnownStandard, RegistryKey } from './registry';
import {
  makeTestUnion,
  signReportFile,
  testReportPayload,
  type TestUnion,
} from './signed-fixtures';
import { verifyReportFile, type VerifiedReport } from './verify';

const verifier = createEd25519Verifier();
let union: TestUnion;
let other: TestUnion;
let payload: ReportPayload;
let file: Uint8Array;

beforeAll(async () => {
  union = await makeTestUnion(1);
  other = await makeTestUnion(2);
  payload = testReportPayload(union);
  file = await signReportFile(union.signer, payload);
});

async function verify(
  data: Uint8Array,
  registry: readonly RegistryKey[] = [union.key],
  knownStandards?: readonly KnownStandard[],
): Promise<VerifiedReport> {
  return verifyReportFile({ name: '示例.uniondesk-report', data }, registry, {
    verifier,
    ...(knownStandards ? { knownStandards } : {}),
  });
}

describe('verifyReportFile', () => {
  it('finds a report signed by its union’s registered key valid, and names the file', async () => {
    const result = await verify(file);
    expect(result.verdict).toBe('valid');
    expect(result.keyid).toBe(union.fingerprint);
    expect(result.payload).toEqual(payload);
    expect(result.problems).toEqual([]);
    expect(result.fileSha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect(render(result.message)).toContain('“示例.uniondesk-report”');
    expect(render(result.message)).toContain(union.name);
  });

  it('calls a good signature by an unknown key unregistered, showing its fingerprint', async () => {
    const result = await verify(file, [other.key]);
    expect(result.verdict).toBe('unregistered');
    expect(result.payload).toBeDefined();
    expect(render(result.message)).toContain(groupFingerprint(union.fingerprint));
  });

  it('refuses a key registered to another union', async () => {
    const stolen = { ...union.key, creditCode: other.creditCode, unionName: other.name };
    const result = await verify(file, [stolen]);
    expect(result.verdict).toBe('wrong-union');
    expect(render(result.message)).toContain(other.name);
    expect(render(result.message)).toContain(union.creditCode);
  });

  it('refuses a revoked key for reports generated from the revocation day on, not before', async () => {
    const generatedOn = payload.generatedAt.slice(0, 10);
    const revokedThatDay: RegistryKey = {
      ...union.key,
      status: 'revoked',
      revokedFrom: generatedOn,
    };
    expect((await verify(file, [revokedThatDay])).verdict).toBe('revoked');
    const revokedLater: RegistryKey = {
      ...union.key,
      status: 'revoked',
      revokedFrom: '2099-01-01',
    };
    expect((await verify(file, [revokedLater])).verdict).toBe('valid');
    const revokedUndated: RegistryKey = { ...union.key, status: 'revoked' };
    expect((await verify(file, [revokedUndated])).verdict).toBe('revoked');
  });

  it('calls a changed file a bad signature, and so a key id that does not match its key', async () => {
    const text = new TextDecoder().decode(file);
    const changed = text.replace(
      /"payload":"(.)/,
      (_, c: string) => `"payload":"${c === 'A' ? 'B' : 'A'}`,
    );
    expect((await verify(new TextEncoder().encode(changed))).verdict).toBe('bad-signature');
    const keyid = union.fingerprint;
    const swapped = text.replace(keyid, other.fingerprint);
    const result = await verify(new TextEncoder().encode(swapped));
    expect(result.verdict).toBe('bad-signature');
    expect(result.payload).toBeUndefined();
  });

  it('calls what is not a report file malformed, with a reason for each kind', async () => {
    const notJson = await verify(new TextEncoder().encode('这不是报告'));
    expect(notJson.verdict).toBe('malformed');
    expect(notJson.message.key).toBe('report.verdict.damaged');

    const receipt = await signEnvelope(RECEIPT_PAYLOAD_TYPE, { a: 1 }, union.signer);
    const wrongType = await verify(new TextEncoder().encode(receipt));
    expect(wrongType.verdict).toBe('malformed');
    expect(render(wrongType.message)).toContain(RECEIPT_PAYLOAD_TYPE);

    const huge = new Uint8Array(9 * 1024 * 1024).fill(0x20);
    const tooLarge = await verify(huge);
    expect(tooLarge).toMatchObject({
      verdict: 'malformed',
      message: { key: 'report.verdict.tooLarge' },
    });
  });

  it('checks the payload’s schema on the verified bytes before the registry', async () => {
    const { chairName: _chair, ...union2 } = payload.union;
    void _chair;
    const incomplete = await signReportFile(union.signer, { ...payload, union: union2 });
    // Signed by a key the registry does not know: the content is judged first all the same.
    const result = await verify(incomplete, []);
    expect(result.verdict).toBe('malformed');
    expect(result.message.key).toBe('report.verdict.badContent');
    expect(render(result.message)).toContain('union.chairName');
    expect(result.keyid).toBe(union.fingerprint);
  });

  it('warns about a standard the federation does not know or that was altered', async () => {
    const stated = payload.assessment.standard;
    const known = { id: stated.id, version: stated.version, hash: stated.hash };
    expect((await verify(file, [union.key], [known])).problems).toEqual([]);
    const unknown = await verify(file, [union.key], [{ ...known, id: 'other' }]);
    expect(unknown.verdict).toBe('valid');
    expect(unknown.problems.map((p) => p.key)).toEqual(['report.problem.unknownStandard']);
    const altered = await verify(file, [union.key], [{ ...known, hash: '0'.repeat(64) }]);
    expect(altered.problems.map((p) => p.key)).toEqual(['report.problem.standardAltered']);
  });

  it('warns about totals that do not add up and rates above 100 %', async () => {
    const [first, ...rest] = payload.assessment.items;
    const odd: ReportPayload = {
      ...payload,
      roster: {
        ...payload.roster,
        rates: { ...payload.roster.rates, migrant: { numerator: 60, denominator: 50 } },
      },
      assessment: {
        ...payload.assessment,
        items: [{ ...first!, scoreTenths: first!.maxTenths + 10 }, ...rest],
      },
    };
    const result = await verify(await signReportFile(union.signer, odd));
    expect(result.verdict).toBe('valid');
    expect(result.problems.map((p) => p.key).sort()).toEqual([
      'report.problem.areaMismatch',
      'report.problem.itemAboveMax',
      'report.problem.rateAbove',
      'report.problem.totalMismatch',
    ]);
    const texts = result.problems.map(render).join('\n');
    expect(texts).toContain('农民工入会率的分子 60 大于分母 50');
  });
});
