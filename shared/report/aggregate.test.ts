import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFacts, makeMinute, makeSurvey } from '../assessment/fixtures';
import { createEd25519Verifier } from '../signing/ed25519';
import { aggregateRows, aggregateWorkbook, problemRows } from './aggregate';
import type { ReportPayload } from './payload';
import {
  makeTestUnion,
  signReportFile,
  testReportId,
  testReportPayload,
  type TestUnion,
} from './signed-fixtures';
import { settleBatch, verifyReportFile, type VerifiedReport } from './verify';

const verifier = createEd25519Verifier();
let a: TestUnion;
let b: TestUnion;
let reports: VerifiedReport[];

const facts = makeFacts({
  minutes: [
    makeMinute({ date: '2025-12-20', quorumOk: true }),
    makeMinute({ date: '2026-03-15', quorumOk: true }),
    makeMinute({ date: '2026-06-15', quorumOk: false }),
    makeMinute({ date: '2026-09-15', quorumOk: null, type: 'other' }),
  ],
  surveys: [
    makeSurvey({ date: '2026-05-01', satisfied: 10, basic: 10, slots: 100 }),
    makeSurvey({ date: '2026-11-20', satisfied: 600, basic: 100, slots: 750 }),
    makeSurvey({ kind: 'cadre', date: '2026-12-01', satisfied: 1, basic: 0, slots: 100 }),
  ],
});

/** A payload with the roster figures these tests read. */
function withRoster(payload: ReportPayload): ReportPayload {
  return {
    ...payload,
    roster: {
      ...payload.roster,
      onRoll: 181,
      rates: {
        membership: { numerator: 181, denominator: 200 },
        migrant: { numerator: 45, denominator: 50 },
        women: { numerator: 70, denominator: 80 },
      },
    },
  };
}

async function verified(
  name: string,
  union: TestUnion,
  payload: ReportPayload,
): Promise<VerifiedReport> {
  const data = await signReportFile(union.signer, payload);
  return verifyReportFile({ name, data }, [a.key, b.key], { verifier });
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeTestUnion(1), makeTestUnion(2)]);
  const a1 = withRoster(testReportPayload(a, { facts, reportId: testReportId(1, 1) }));
  const a2 = { ...a1, reportId: testReportId(1, 2), sequence: 2 };
  const b1 = testReportPayload(b, { facts, reportId: testReportId(2, 1) });
  const bOdd = {
    ...b1,
    assessment: { ...b1.assessment, totalTenths: b1.assessment.totalTenths + 5 },
  };
  reports = settleBatch([
    await verified('a1.uniondesk-report', a, a1),
    await verified('a2.uniondesk-report', a, a2),
    await verified('b.uniondesk-report', b, bOdd),
    {
      fileName: 'broken.uniondesk-report',
      fileSha256: '0'.repeat(64),
      verdict: 'malformed',
      message: { key: 'report.verdict.damaged', params: { file: 'broken.uniondesk-report' } },
      problems: [],
    },
  ]);
});

describe('aggregateRows', () => {
  it('has one row per union and year from its latest valid report', () => {
    const table = aggregateRows(reports);
    expect(table.rows.map((row) => [row[0], row[3]])).toEqual([
      [a.name, 2],
      [b.name, 1],
    ]);
  });

  it('states scores, gates, roster rates, satisfaction and meetings of the year', () => {
    const { columns, rows } = aggregateRows(reports);
    const payload = reports[1]!.payload!;
    const row = Object.fromEntries(columns.map((column, i) => [column, rows[0]![i]]));
    const areas = payload.assessment.areas;
    expect(columns.slice(0, 4)).toEqual(['工会名称', '统一社会信用代码', '年度', '报告序号']);
    expect(columns.slice(4, 4 + areas.length)).toEqual(areas.map((area) => area.label));
    for (const area of areas) expect(row[area.label]).toBe(area.scoreTenths / 10);
    expect(row['总分']).toBe(payload.assessment.totalTenths / 10);
    expect(row['满分']).toBe(payload.assessment.maxTenths / 10);
    for (const gate of payload.assessment.gates) {
      expect(row[gate.label]).toBe({ pass: '通过', fail: '未通过', unknown: '待确认' }[gate.state]);
    }
    expect(row).toMatchObject({
      统一社会信用代码: a.creditCode,
      年度: 2026,
      会员人数: 181,
      入会率: '90.5%',
      农民工入会率: '90.0%',
      // The last union survey: (600 + 100) / 750 = 93.33 %.
      满意率: '93.3%',
      // 2025-12-20 lies before the period.
      会议次数: 3,
      达到法定人数的会议: 1,
      核验结果: '有效',
    });
    const bRow = Object.fromEntries(columns.map((column, i) => [column, rows[1]![i]]));
    expect(bRow['核验结果']).toBe('有效（1 条提示，见问题清单）');
  });

  it('lists every file that does not count and every warning', () => {
    const { columns, rows } = problemRows(reports);
    expect(columns).toEqual(['文件', '工会', '核验结果', '说明']);
    expect(rows.map((row) => [row[0], row[2]])).toEqual([
      ['a1.uniondesk-report', '已被新报告取代'],
      ['broken.uniondesk-report', '文件无法识别'],
      ['b.uniondesk-report', '提示'],
    ]);
    expect(rows[0]![1]).toBe(`${a.name}（${a.creditCode}）`);
    expect(String(rows[2]![3])).toContain('与报告的总分');
  });
});

describe('aggregateWorkbook', () => {
  it('writes 汇总 and 问题清单 that SheetJS reads back', () => {
    const book = XLSX.read(aggregateWorkbook(reports), { type: 'array' });
    expect(book.SheetNames).toEqual(['汇总', '问题清单']);
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['汇总']!);
    expect(summary).toHaveLength(2);
    expect(summary[0]).toMatchObject({
      工会名称: a.name,
      统一社会信用代码: a.creditCode,
      入会率: '90.5%',
    });
    const problems = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['问题清单']!);
    expect(problems.map((row) => row['文件'])).toEqual([
      'a1.uniondesk-report',
      'broken.uniondesk-report',
      'b.uniondesk-report',
    ]);
  });

  it('writes a workbook with headers only when nothing counts', () => {
    const book = XLSX.read(aggregateWorkbook([]), { type: 'array' });
    expect(XLSX.utils.sheet_to_json(book.Sheets['汇总']!)).toEqual([]);
  });
});
