import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeExemplaryFacts } from '../../../../shared/assessment/fixtures';
import { scoreAssessment } from '../../../../shared/assessment/score';
import { DEFAULT_STANDARD } from '../../../../shared/standard/default-standard';
import { AssessmentDocument } from './AssessmentDocument';
import { assessmentPrintView } from './assessment-print';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the printed 自评表 document', () => {
  const view = assessmentPrintView({
    unionName: '示例公司工会委员会',
    year: 2026,
    period: { start: '2026-01-01', end: '2026-12-31' },
    standard: DEFAULT_STANDARD,
    score: scoreAssessment(DEFAULT_STANDARD, makeExemplaryFacts()),
    entries: new Map([['1.3', { scoreTenths: 25, note: '委员会会议 3 次' }]]),
    gateDecisions: {},
  });
  const html = renderToStaticMarkup(<AssessmentDocument view={view} />);

  it('repeats the running head and the column heads, and leaves 考核分 blank', () => {
    const [frameHead, itemsHead] = [...html.matchAll(/<thead>(.*?)<\/thead>/g)].map((m) =>
      text(m[1]!),
    );
    expect(frameHead).toBe('示例公司工会委员会 · 2026年度“双争”活动自评表');
    expect(itemsHead).toBe('序号评价内容标准分自评分考核分说明');
    const row = /<tr data-item="1\.3">(.*?)<\/tr>/.exec(html)![1]!;
    const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => text(m[1]!));
    expect(cells.slice(0, 5)).toEqual([
      '1.3',
      `${DEFAULT_STANDARD.items[2]!.title}（必备条件 G1）`,
      '3',
      '2.5',
      '',
    ]);
    expect(cells[5]).toBe('委员会会议 3 次');
  });

  it('ends with the gates, the result and both signature blocks', () => {
    const all = text(html);
    for (const gate of DEFAULT_STANDARD.gates) expect(all).toContain(gate.label);
    expect(all).toContain('自评等级先进');
    expect(all).toContain('考核总分');
    expect(all.indexOf('工会主席（签字）：')).toBeLessThan(all.indexOf('考核人（签字）：'));
  });
});
