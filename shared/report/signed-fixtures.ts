import type { AssessmentFacts } from '../assessment/facts';
import { utf8Encode } from '../format/utf8';
import { generateEd25519KeyPair, webCryptoSigner, type Signer } from '../signing/ed25519';
import { signEnvelope } from '../signing/envelope';
import { keyFingerprint } from '../signing/fingerprint';
import { creditCodeCheckChar } from '../validation/credit-code';
import { buildReportPayload } from './build';
import { makeReportInput } from './fixtures';
import { REPORT_PAYLOAD_TYPE, type ReportPayload } from './payload';
import type { RegistryKey } from './registry';

/**
 * Unions with real keys and signed report files, for the verifier's tests and benchmarks. Not
 * used by the app itself.
 */

export interface TestUnion {
  name: string;
  creditCode: string;
  signer: Signer;
  fingerprint: string;
  /** Its entry in a federation's registry, active, as registered from the slip. */
  key: RegistryKey;
}

/** A valid union credit code (GB 32100, organisation type 81) numbered by `index`. */
export function unionCreditCode(index: number): string {
  const first17 = `8111010${String(index).padStart(10, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export async function makeTestUnion(index: number): Promise<TestUnion> {
  const signer = await webCryptoSigner(await generateEd25519KeyPair());
  const fingerprint = keyFingerprint(signer.publicKey);
  const name = `示例第${index + 1}公司工会委员会`;
  const creditCode = unionCreditCode(index);
  return {
    name,
    creditCode,
    signer,
    fingerprint,
    key: {
      fingerprint,
      creditCode,
      unionName: name,
      status: 'active',
      registeredOn: '2026-01-05',
      source: 'typed',
    },
  };
}

/** A deterministic UUID (version 4 layout) for report `n` of union `union`. */
export function testReportId(union: number, n: number): string {
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  return `${hex(union, 8)}-${hex(n & 0xffff, 4)}-4000-8000-${hex(n, 12)}`;
}

export interface TestReportOptions {
  year?: number;
  sequence?: number;
  reportId?: string;
  supersedes?: string | null;
  generatedAt?: string;
  facts?: AssessmentFacts;
}

/** The payload of `union`'s report, through the real builder from the fixture inputs. */
export function testReportPayload(
  union: TestUnion,
  options: TestReportOptions = {},
): ReportPayload {
  const input = makeReportInput({
    ...(options.facts ? { facts: options.facts } : {}),
    profile: { unionName: union.name, creditCode: union.creditCode },
    meta: {
      sequence: options.sequence ?? 1,
      supersedes: options.supersedes ?? null,
      ...(options.reportId ? { reportId: options.reportId } : {}),
      ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    },
  });
  const payload = buildReportPayload(input);
  const year = options.year ?? payload.period.year;
  // Another year moves the period; the facts' dates stay as they are, which the checks ignore.
  return year === payload.period.year
    ? payload
    : {
        ...payload,
        period: { ...payload.period, year, start: `${year}-01-01`, end: `${year}-12-31` },
      };
}

/** The bytes of a signed report file. */
export async function signReportFile(signer: Signer, payload: unknown): Promise<Uint8Array> {
  return utf8Encode(await signEnvelope(REPORT_PAYLOAD_TYPE, payload, signer));
}
