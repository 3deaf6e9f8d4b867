import { describe, expect, it } from 'vitest';
import { makeFacts } from '../assessment/fixtures';
import { createEd25519Verifier, generateEd25519KeyPair, webCryptoSigner } from '../signing/ed25519';
import { openEnvelope, parseVerifiedPayload, signEnvelope } from '../signing/envelope';
import { buildReportPayload, ReportBuildError } from './build';
import { makeReportInput } from './fixtures';
import { REPORT_MAX_BYTES, REPORT_PAYLOAD_TYPE, reportPayloadSchema } from './payload';

describe('buildReportPayload', () => {
  it('builds a payload that passes its own schema and states the final scores', () => {
    const input = makeReportInput();
    const payload = buildReportPayload(input);
    expect(reportPayloadSchema.safeParse(payload).success).toBe(true);
    const itemSum = payload.assessment.items.reduce((sum, item) => sum + item.scoreTenths, 0);
    expect(itemSum).toBe(payload.assessment.totalTenths);
    expect(payload.assessment.areas.reduce((s, a) => s + a.scoreTenths, 0)).toBe(itemSum);
    expect(payload.assessment.standard.hash).toBe(input.standard.contentHash);
    expect(payload.assessment.band?.id).toBe(input.assessment.outcome?.band);
    expect(payload.meetings.length).toBe(input.facts.minutes.length);
    expect(payload.union).not.toHaveProperty('contactPhone');
    expect(JSON.stringify(payload)).not.toContain(input.profile.contactPhone);
  });

  it('carries a clerk’s raised score with its reason, and the note', () => {
    const input = makeReportInput();
    const first = input.assessment.items[0]!;
    input.assessment.items[0] = { ...first, note: '全年召开 6 次', reason: ' 有批复文件 ' };
    const item = buildReportPayload(input).assessment.items[0]!;
    expect(item.note).toBe('全年召开 6 次');
    expect(item.reason).toBe('有批复文件');
  });

  it('refuses a draft, another standard and another year', () => {
    const draft = makeReportInput();
    draft.assessment = { ...draft.assessment, status: 'draft' };
    expect(() => buildReportPayload(draft)).toThrow(ReportBuildError);
    const other = makeReportInput();
    other.assessment = {
      ...other.assessment,
      standard: { ...other.assessment.standard, hash: 'x' },
    };
    expect(() => buildReportPayload(other)).toThrow(/standardMismatch/);
    const year = makeReportInput({ facts: makeFacts({ period: { year: 2025 } }) });
    year.assessment = { ...year.assessment, year: 2026 };
    expect(() => buildReportPayload(year)).toThrow(/yearMismatch/);
  });

  it('signs and verifies, and the verified bytes parse back to the same payload', async () => {
    const payload = buildReportPayload(makeReportInput());
    const signer = await webCryptoSigner(await generateEd25519KeyPair());
    const file = new TextEncoder().encode(await signEnvelope(REPORT_PAYLOAD_TYPE, payload, signer));
    const opened = await openEnvelope(
      file,
      { maxBytes: REPORT_MAX_BYTES, payloadTypes: [REPORT_PAYLOAD_TYPE] },
      createEd25519Verifier(),
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(parseVerifiedPayload(opened.payload)).toEqual(JSON.parse(JSON.stringify(payload)));
  });
});
