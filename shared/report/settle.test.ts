import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { createEd25519Verifier } from '../signing/ed25519';
import type { RegistryKey } from './registry';
import { settleBatch, type ReceivedReport } from './settle';
import {
  makeTestUnion,
  signReportFile,
  testReportId,
  testReportPayload,
  type TestReportOptions,
  type TestUnion,
} from './signed-fixtures';
import { verifyReportFile, type VerifiedReport } from './verify';

const verifier = createEd25519Verifier();
let a: TestUnion;
let b: TestUnion;
let registry: RegistryKey[];

beforeAll(async () => {
  [a, b] = await Promise.all([makeTestUnion(1), makeTestUnion(2)]);
  registry = [a.key, b.key];
});

async function report(
  name: string,
  union: TestUnion,
  options: TestReportOptions = {},
): Promise<VerifiedReport> {
  const data = await signReportFile(union.signer, testReportPayload(union, options));
  return verifyReportFile({ name, data }, registry, { verifier });
}

const verdicts = (reports: VerifiedReport[]) => reports.map((r) => [r.fileName, r.verdict]);

describe('settleBatch', () => {
  it('counts a file sent twice once', async () => {
    const first = await report('a.uniondesk-report', a);
    const copy = { ...first, fileName: 'a 副本.uniondesk-report' };
    const settled = settleBatch([first, copy]);
    expect(verdicts(settled)).toEqual([
      ['a.uniondesk-report', 'valid'],
      ['a 副本.uniondesk-report', 'duplicate'],
    ]);
    expect(render(settled[1]!.message)).toContain('“a.uniondesk-report”');
  });

  it('flags two different files under one report id', async () => {
    const reportId = testReportId(1, 1);
    const one = await report('one.uniondesk-report', a, { reportId });
    const two = await report('two.uniondesk-report', a, {
      reportId,
      generatedAt: '2027-01-11T03:00:00.000Z',
    });
    expect(one.fileSha256).not.toBe(two.fileSha256);
    const settled = settleBatch([one, two]);
    expect(verdicts(settled)).toEqual([
      ['one.uniondesk-report', 'valid'],
      ['two.uniondesk-report', 'duplicate'],
    ]);
    expect(settled[1]!.message.key).toBe('report.verdict.duplicateConflict');
  });

  it('marks an earlier sequence of the same union and year superseded, in any order', async () => {
    const second = await report('2.uniondesk-report', a, {
      sequence: 2,
      reportId: testReportId(1, 2),
    });
    const first = await report('1.uniondesk-report', a, { reportId: testReportId(1, 1) });
    const lastYear = await report('2025.uniondesk-report', a, {
      year: 2025,
      reportId: testReportId(1, 3),
    });
    const otherUnion = await report('b.uniondesk-report', b, { reportId: testReportId(2, 1) });
    const settled = settleBatch([second, first, lastYear, otherUnion]);
    expect(verdicts(settled)).toEqual([
      ['2.uniondesk-report', 'valid'],
      ['1.uniondesk-report', 'superseded'],
      ['2025.uniondesk-report', 'valid'],
      ['b.uniondesk-report', 'valid'],
    ]);
    expect(render(settled[1]!.message)).toContain('第 2 号报告（“2.uniondesk-report”）');
  });

  it('lets an unregistered later report supersede, and leaves other verdicts alone', async () => {
    const first = await report('1.uniondesk-report', a, { reportId: testReportId(1, 1) });
    const later = await verifyReportFile(
      {
        name: '2.uniondesk-report',
        data: await signReportFile(
          a.signer,
          testReportPayload(a, { sequence: 2, reportId: testReportId(1, 2) }),
        ),
      },
      [b.key],
      { verifier },
    );
    expect(later.verdict).toBe('unregistered');
    const broken: VerifiedReport = {
      fileName: 'x.uniondesk-report',
      fileSha256: first.fileSha256,
      verdict: 'malformed',
      message: first.message,
      problems: [],
    };
    const settled = settleBatch([first, later, broken]);
    expect(verdicts(settled)).toEqual([
      ['1.uniondesk-report', 'superseded'],
      ['2.uniondesk-report', 'unregistered'],
      ['x.uniondesk-report', 'malformed'],
    ]);
  });

  it('compares with what was received before: the same report, or a later one', async () => {
    const first = await report('1.uniondesk-report', a, { reportId: testReportId(1, 1) });
    const p = first.payload!;
    const received = (over: Partial<ReceivedReport>): ReceivedReport => ({
      reportId: testReportId(9, 9),
      fileSha256: 'f'.repeat(64),
      creditCode: p.union.creditCode,
      year: p.period.year,
      sequence: 1,
      ...over,
    });
    expect(settleBatch([first], [received({ reportId: p.reportId })])[0]!.verdict).toBe(
      'duplicate',
    );
    expect(settleBatch([first], [received({ fileSha256: first.fileSha256 })])[0]!.message.key).toBe(
      'report.verdict.received',
    );
    const newer = settleBatch([first], [received({ sequence: 3 })])[0]!;
    expect(newer.verdict).toBe('superseded');
    expect(newer.message.key).toBe('report.verdict.supersededReceived');
    expect(settleBatch([first], [received({ year: 2020, sequence: 3 })])[0]!.verdict).toBe('valid');
  });

  it('returns new objects and leaves its input as it was', async () => {
    const first = await report('a.uniondesk-report', a);
    const copy = { ...first, fileName: 'b.uniondesk-report' };
    const input = [first, copy];
    const snapshot = structuredClone(input);
    settleBatch(input);
    expect(input).toEqual(snapshot);
  });
});
