import { describe, expect, it } from 'vitest';
import {
  makeExemplaryFacts,
  makeFacts,
  makeMinute,
  makeSurvey,
} from '../../../shared/assessment/fixtures';
import type { Assessment } from '../../../shared/assessment/record';
import { scoreAssessment } from '../../../shared/assessment/score';
import { DEFAULT_MEETING_RULES } from '../../../shared/meetings/rules';
import { DEFAULT_STANDARD } from '../../../shared/standard/default-standard';
import type { StandardContent } from '../../../shared/standard/model';
import { validateStandard } from '../../../shared/standard/validate';
import {
  countForFullPoints,
  currentAssessmentYear,
  meetingRequirements,
  overviewModel,
  topMissing,
  unionSurveyStatus,
} from './home-overview';

function revision(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    year: 2026,
    periodKind: 'calendar',
    revision: 1,
    status: 'draft',
    standard: {
      id: DEFAULT_STANDARD.id,
      version: DEFAULT_STANDARD.version,
      hash: DEFAULT_STANDARD.contentHash,
    },
    items: [],
    ...overrides,
  };
}

describe('本年度概览', () => {
  it('knows which assessment year today falls in', () => {
    expect(currentAssessmentYear('calendar', '2026-11-24')).toBe(2026);
    expect(currentAssessmentYear('octSep', '2026-09-30')).toBe(2026);
    expect(currentAssessmentYear('octSep', '2026-10-01')).toBe(2027);
  });

  it('reads the meetings the standard asks for from its items and gates', () => {
    const facts = makeFacts({
      minutes: [
        makeMinute({
          type: 'memberCongress',
          title: '会员大会',
          tags: ['工作报告', '经费报告'],
          date: '2026-03-15',
        }),
        makeMinute({ date: '2026-04-01' }),
        makeMinute({ date: '2026-07-01' }),
        // Before the period: not held this year.
        makeMinute({ date: '2025-12-20' }),
      ],
    });
    const rows = meetingRequirements(DEFAULT_STANDARD, facts, DEFAULT_MEETING_RULES);
    expect(
      rows.map((r) => [r.label, r.held, r.need, r.ok, r.sources.join(','), r.conditions.join()]),
    ).toEqual([
      [
        '会员大会或会员代表大会',
        1,
        1,
        true,
        '1.3,G1',
        '到会人数符合规定,议题含「工作报告」「经费报告」',
      ],
      ['工会委员会会议', 2, 4, false, '1.3', ''],
      ['经费审查委员会会议', 0, 1, false, '1.2,1.5', ''],
      ['女职工委员会会议', 0, 1, false, '1.2', ''],
      ['职工代表大会/职工大会', 0, 1, false, '5.3', '到会人数符合规定'],
    ]);
  });

  it('fails the congress row when the congress lacks the quorum the gate needs', () => {
    const facts = makeFacts({
      minutes: [
        makeMinute({ type: 'repCongress', tags: ['工作报告', '经费报告'], quorumOk: false }),
      ],
    });
    const [congress] = meetingRequirements(DEFAULT_STANDARD, facts, DEFAULT_MEETING_RULES);
    expect(congress).toMatchObject({ held: 1, need: 1, ok: false });
  });

  it('follows a federation’s own standard without code changes', () => {
    const content: StandardContent = {
      format: 1,
      id: 'city',
      version: '1',
      name: '某市细则',
      totalTenths: 100,
      areas: [{ id: 'a', label: '建会', pointsTenths: 100 }],
      items: [
        {
          id: 'A-1',
          area: 'a',
          title: '委员会会议每季度一次',
          pointsTenths: 100,
          rule: {
            kind: 'minuteCount',
            filter: { types: ['committee'], signed: true },
            scoring: {
              mode: 'bands',
              bands: [
                { min: 2, tenths: 50 },
                { min: 6, tenths: 100 },
              ],
            },
          },
        },
      ],
      gates: [],
      bands: [{ id: 'ok', label: '合格', minTotalTenths: 60, requiredGates: [] }],
    };
    const result = validateStandard(content);
    if (!result.ok) throw new Error(result.message);
    const rows = meetingRequirements(result.standard, makeFacts(), DEFAULT_MEETING_RULES);
    expect(rows).toEqual([
      {
        key: 'committee',
        label: '工会委员会会议',
        held: 0,
        need: 6,
        conditions: ['已签署'],
        ok: false,
        sources: ['A-1'],
      },
    ]);
    expect(countForFullPoints({ mode: 'each', eachTenths: 5, capTenths: 20 })).toBe(4);
  });

  it('tells whether the 会员评家 round is done in the period', () => {
    expect(unionSurveyStatus(makeFacts())).toEqual({ done: false, text: '本期尚未开展会员评家' });
    expect(unionSurveyStatus(makeFacts({ surveys: [makeSurvey({ valid: 150 })] }))).toEqual({
      done: true,
      text: '已完成：2026 年度会员评家（2026-11-20），参与率 81%',
    });
    // A 评议工会干部 round alone is not a 会员评家.
    expect(unionSurveyStatus(makeFacts({ surveys: [makeSurvey({ kind: 'cadre' })] })).done).toBe(
      false,
    );
  });

  it('scores from the proposals before a save, and from the newest revision after', () => {
    const facts = makeExemplaryFacts();
    const score = scoreAssessment(DEFAULT_STANDARD, facts);
    const base = {
      standard: DEFAULT_STANDARD,
      facts,
      score,
      rules: DEFAULT_MEETING_RULES,
    };
    const proposals = overviewModel({ ...base, revisions: [] });
    expect(proposals.statusText).toBe('未保存 · 按系统建议分');
    expect(proposals.totalText).toBe(String(score.proposedTotalTenths / 10));
    expect(proposals.bandText).toBe('先进');

    const final = overviewModel({
      ...base,
      revisions: [
        revision({
          revision: 2,
          status: 'final',
          items: [{ itemId: '5.1', proposedTenths: 0, scoreTenths: 40, reason: '证明', note: '' }],
          gateDecisions: { G5: 'pass' },
        }),
        revision(),
      ],
    });
    expect(final.statusText).toBe('已定稿 · 第 2 版');
    expect(Number(final.totalText)).toBe(score.proposedTotalTenths / 10 + 4);
    expect(final.bandText).toBe('可申报模范');
    expect(final.current.entries.get('5.1')).toEqual({
      scoreTenths: 40,
      note: '',
      reason: '证明',
    });
  });

  it('lists the first five missing things with links to where they are fixed', () => {
    const facts = makeFacts();
    const score = scoreAssessment(DEFAULT_STANDARD, facts);
    const model = overviewModel({
      standard: DEFAULT_STANDARD,
      facts,
      score,
      revisions: [],
      rules: DEFAULT_MEETING_RULES,
    });
    expect(model.missing).toHaveLength(5);
    expect(model.missingCount).toBeGreaterThan(5);
    expect(model.bandText).toBe('未达到合格');
    const [first] = model.missing;
    expect(first!.text).toMatch(/^G1 召开会员（代表）大会：/);
    expect(first!.href).toBe('#/meetings');
    expect(first!.linkText).toBe('去会议记录');
    // A declaration has no place of its own: the 年度自评 page.
    const g5 = topMissing(DEFAULT_STANDARD, [
      { kind: 'gate', id: 'G5', message: { key: 'assessment.band.none' } },
    ]);
    expect(g5[0]).toMatchObject({ href: '#/assessment', linkText: '去年度自评' });
  });
});
