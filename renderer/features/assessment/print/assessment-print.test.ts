import { describe, expect, it } from 'vitest';
import { makeExemplaryFacts, makeFacts, makeMinute } from '../../../../shared/assessment/fixtures';
import { scoreAssessment } from '../../../../shared/assessment/score';
import { DEFAULT_STANDARD } from '../../../../shared/standard/default-standard';
import {
  assessmentPrintView,
  bandLabel,
  finalScoresOf,
  shortHash,
  type AssessmentPrintInput,
  type PrintEntry,
} from './assessment-print';

const UNION = '示例机械有限公司工会委员会';

function input(overrides: Partial<AssessmentPrintInput> = {}): AssessmentPrintInput {
  const facts = overrides.score ? makeFacts() : makeExemplaryFacts();
  return {
    unionName: UNION,
    year: 2026,
    period: { start: '2026-01-01', end: '2026-12-31' },
    standard: DEFAULT_STANDARD,
    score: scoreAssessment(DEFAULT_STANDARD, facts),
    entries: new Map(),
    gateDecisions: {},
    ...overrides,
  };
}

describe('the printed 自评表', () => {
  it('heads the form with the union, the year, the standard, its hash and the period', () => {
    const view = assessmentPrintView(input());
    expect(view.title).toBe(`${UNION}“双争”活动年度自评表（2026年度）`);
    expect(view.runningHead).toBe(`${UNION} · 2026年度“双争”活动自评表`);
    expect(view.meta).toEqual([
      `评价标准：${DEFAULT_STANDARD.name}（版本 ${DEFAULT_STANDARD.version}）`,
      `标准校验码：${DEFAULT_STANDARD.contentHash.slice(0, 16)}`,
      '考核期间：2026 年 1 月 1 日 至 2026 年 12 月 31 日',
    ]);
    expect(shortHash(DEFAULT_STANDARD.contentHash)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('lists every item once, grouped by area with subtotals that add up to the total', () => {
    const view = assessmentPrintView(input());
    const ids = view.areas.flatMap((area) => area.items.map((item) => item.id));
    expect(ids).toEqual(DEFAULT_STANDARD.items.map((item) => item.id));
    expect(view.areas.map((a) => a.heading)).toEqual([
      '一、依法规范建会',
      '二、组织服务农民工',
      '三、教育引导职工群众',
      '四、团结动员职工建功立业',
      '五、维护职工合法权益',
      '六、服务职工群众',
      '七、绝对忠诚党的事业、竭诚服务职工群众',
      '八、会员满意度',
    ]);
    const subtotal = view.areas.reduce((sum, a) => sum + Number(a.scoreText), 0);
    expect(String(subtotal)).toBe(view.totalScoreText);
    expect(view.totalMaxText).toBe('100');
    // Items that serve a gate say so.
    const item13 = view.areas[0]!.items.find((i) => i.id === '1.3')!;
    expect(item13.gates).toBe('（必备条件 G1）');
    expect(item13.maxText).toBe('3');
  });

  it('prints the clerk’s score and note, the reason for raising it, and tenths as “2.5”', () => {
    const entries = new Map<string, PrintEntry>([
      ['1.3', { scoreTenths: 25, note: '委员会会议 3 次\n会员代表大会 1 次' }],
      // 5.1 is manual: proposed 0, raised with a reason.
      ['5.1', { scoreTenths: 40, note: '', reason: '人事部门证明签订率 98%' }],
    ]);
    const view = assessmentPrintView(input({ entries }));
    const rows = view.areas.flatMap((a) => a.items);
    const row13 = rows.find((r) => r.id === '1.3')!;
    expect(row13.scoreText).toBe('2.5');
    expect(row13.note).toEqual(['委员会会议 3 次', '会员代表大会 1 次']);
    const row51 = rows.find((r) => r.id === '5.1')!;
    expect(row51.scoreText).toBe('4');
    expect(row51.note[0]).toMatch(/^系统核算：软件无法从记录中判断/);
    expect(row51.note[1]).toBe('高于系统建议分（0 分）的依据：人事部门证明签订率 98%');
    // Without an entry the proposal stands, explained by the app.
    const row11 = rows.find((r) => r.id === '1.1')!;
    expect(row11.scoreText).toBe('3');
    expect(row11.note).toHaveLength(1);
    expect(row11.note[0]).toMatch(/^系统核算：/);
  });

  it('shows the gates with their verdicts and the clerk’s decisions', () => {
    const plain = assessmentPrintView(input());
    expect(plain.gates.map((g) => [g.id, g.stateText])).toEqual([
      ['G1', '符合'],
      ['G2', '符合'],
      ['G3', '符合'],
      ['G4', '符合'],
      ['G5', '待确认'],
    ]);
    expect(plain.bandText).toBe('先进');
    expect(plain.cappedBy.join()).toContain('G5');

    const decided = assessmentPrintView(
      input({
        gateDecisions: { G5: 'pass' },
        entries: new Map([['5.1', { scoreTenths: 40, note: '', reason: '证明' }]]),
      }),
    );
    const g5 = decided.gates.find((g) => g.id === 'G5')!;
    expect(g5.stateText).toBe('符合');
    expect(g5.why).toMatch(/^经工会确认为“符合”。需工会主席签署声明/);
    expect(decided.bandRules).toBe(
      '等级标准：合格 ≥ 70 分且 G1、G2、G3 符合；先进 ≥ 80 分且 G1、G2、G3 符合；可申报模范 ≥ 90 分且 G1、G2、G3、G4、G5 符合',
    );
  });

  it('says 未达到合格 below every band, with why', () => {
    const score = scoreAssessment(DEFAULT_STANDARD, makeFacts({ minutes: [makeMinute()] }));
    const view = assessmentPrintView(input({ score }));
    expect(view.bandText).toBe('未达到合格');
    expect(view.gates.find((g) => g.id === 'G1')!.state).toBe('fail');
    expect(view.cappedBy.length).toBeGreaterThan(0);
    expect(bandLabel(DEFAULT_STANDARD, 'advanced')).toBe('先进');
  });

  it('leaves out scores that do not fit the standard instead of failing to print', () => {
    const entries = new Map<string, PrintEntry>([
      ['1.1', { scoreTenths: 99, note: '' }],
      ['1.2', { scoreTenths: 2.5, note: '' }],
      ['9.9', { scoreTenths: 10, note: '' }],
      ['1.3', { scoreTenths: 0, note: '' }],
    ]);
    expect(finalScoresOf(DEFAULT_STANDARD, entries, { G5: 'fail', GX: 'pass' })).toEqual({
      items: { '1.3': 0 },
      gates: { G5: 'fail' },
    });
    expect(() => assessmentPrintView(input({ entries }))).not.toThrow();
  });
});
