import { describe, expect, it } from 'vitest';
import { buildReportPayload } from '../../../shared/report/build';
import { makeReportInput } from '../../../shared/report/fixtures';
import { points, reportView, shortHash } from './report-view';

describe('reportView', () => {
  const payload = buildReportPayload(makeReportInput());
  const view = reportView(payload);

  it('titles the report with the union and year and states the total and band', () => {
    expect(view.title).toBe('示例科技有限公司工会委员会 2026 年度“双争”工作报告');
    expect(view.total.score).toBe(points(payload.assessment.totalTenths));
    expect(view.total.band).toBe(payload.assessment.band?.label);
    expect(view.items).toHaveLength(payload.assessment.items.length);
  });

  it('shows rates as percent with the fraction behind them, and counts in people', () => {
    const rate = view.roster.find((row) => row.label === '入会率');
    const { numerator, denominator } = payload.roster.rates.membership;
    expect(denominator).toBeGreaterThan(0);
    expect(rate?.value).toMatch(new RegExp(`^\\d+\\.\\d%（${numerator} / ${denominator}）$`));
    expect(view.roster.find((row) => row.label === '在册会员')?.value).toMatch(/^\d+ 人$/);
  });

  it('names each minute’s quorum verdict and shortens hashes for the eye', () => {
    expect(view.meetings.length).toBe(payload.meetings.length);
    for (const meeting of view.meetings) {
      expect(['达到法定人数', '未达法定人数', '—']).toContain(meeting.quorum);
    }
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('01234567 89abcdef…');
    expect(points(955)).toBe('95.5');
    expect(points(950)).toBe('95');
  });
});
