import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import type { StandardContent } from '../standard/model';
import { parseStandardFile } from '../standard/validate';
import { makeFacts, makeLedgerEntry, makeMinute, makeSurvey } from './fixtures';
import { assessBand, scoreAssessment } from './score';

/**
 * A federation's own standard with another structure — three blocks of its own ids, other
 * weights, stars instead of 合格/先进 and a strict satisfaction formula — read from a JSON file and
 * scored by the same engine, with no code written for it.
 */
const STARS: StandardContent = {
  format: 1,
  id: 'city-stars',
  version: '2027.1',
  name: '某市模范职工之家星级评定细则',
  issuer: '某市总工会',
  totalTenths: 1000,
  areas: [
    { id: 'build', label: '组织建设', pointsTenths: 400 },
    { id: 'rights', label: '维权服务', pointsTenths: 350 },
    { id: 'voice', label: '职工评家', pointsTenths: 250 },
  ],
  items: [
    {
      id: 'A1',
      area: 'build',
      title: '入会率',
      pointsTenths: 250,
      rule: {
        kind: 'rosterRate',
        rate: 'membership',
        bands: [
          { minPercent: 95, tenths: 250 },
          { minPercent: 92.5, tenths: 200 },
          { minPercent: 85, tenths: 100 },
        ],
      },
    },
    {
      id: 'A2',
      area: 'build',
      title: '委员会会议',
      pointsTenths: 150,
      rule: {
        kind: 'minuteCount',
        filter: { types: ['committee'], signed: true },
        scoring: { mode: 'each', eachTenths: 25, capTenths: 150 },
      },
    },
    {
      id: 'B1',
      area: 'rights',
      title: '职代会与集体协商',
      pointsTenths: 350,
      rule: {
        kind: 'sum',
        parts: [
          {
            kind: 'minuteCount',
            filter: { types: ['workersCongress'], quorumOk: true },
            scoring: { mode: 'bands', bands: [{ min: 1, tenths: 200 }] },
          },
          {
            kind: 'activityCount',
            anyTags: ['集体协商'],
            scoring: { mode: 'bands', bands: [{ min: 1, tenths: 100 }] },
          },
          { kind: 'manual', hint: '维权案例材料' },
        ],
      },
    },
    {
      id: 'C1',
      area: 'voice',
      title: '会员非常满意度',
      pointsTenths: 250,
      rule: {
        kind: 'surveyRate',
        survey: 'union',
        indicator: 'strictSatisfaction',
        bands: [
          { minPercent: 70, tenths: 250 },
          { minPercent: 50, tenths: 150 },
        ],
      },
    },
  ],
  gates: [
    {
      id: 'P1',
      label: '会员评家回收率 ≥ 80%',
      condition: { kind: 'surveyRate', survey: 'union', indicator: 'returnRate', minPercent: 80 },
    },
  ],
  bands: [{ id: 'star1', label: '一星', minTotalTenth: 600 } as never],
};

function starsFile(): string {
  const content: StandardContent = {
    ...STARS,
    bands: [
      { id: 'star1', label: '一星', minTotalTenths: 600, requiredGates: [] },
      { id: 'star2', label: '二星', minTotalTenths: 750, requiredGates: ['P1'] },
      { id: 'star3', label: '三星', minTotalTenths: 900, requiredGates: ['P1'] },
    ],
  };
  return JSON.stringify(content);
}

describe("a federation's standard with another structure", () => {
  it('is refused while its band is misspelt, with the place named', () => {
    const result = parseStandardFile(JSON.stringify(STARS));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContain('bands[0]（star1）：无法识别的字段：minTotalTenth');
  });

  it('scores from the same facts, by its own areas, weights and stars', () => {
    const parsed = parseStandardFile(starsFile());
    if (!parsed.ok) throw new Error(parsed.message);
    const standard = parsed.standard;
    const facts = makeFacts({
      minutes: [
        ...['2026-02-01', '2026-05-01', '2026-08-01'].map((date) => makeMinute({ date })),
        makeMinute({ date: '2026-09-01', signed: false }),
        makeMinute({ type: 'workersCongress', title: '职工代表大会', date: '2026-04-01' }),
      ],
      ledger: [makeLedgerEntry({ title: '工资集体协商', tags: ['集体协商'] })],
      surveys: [makeSurvey()],
    });
    const score = scoreAssessment(standard, facts);
    const byId = Object.fromEntries(score.items.map((i) => [i.itemId, i]));
    // 185 ÷ 200 = 92.5 % reaches the 92.5 band exactly.
    expect(byId.A1?.proposedTenths).toBe(200);
    expect(render(byId.A1!.explanation)).toBe(
      '入会率 92.5%（会员 185 人 ÷ 职工 200 人），达到 ≥ 92.5% 档，得 20 分',
    );
    expect(byId.A2?.proposedTenths).toBe(75);
    expect(byId.B1?.proposedTenths).toBe(300);
    // Strict formula: 600 满意 ÷ 750 = 80 %.
    expect(byId.C1?.proposedTenths).toBe(250);
    expect(score.areas).toEqual([
      { areaId: 'build', proposedTenths: 275, maxTenths: 400 },
      { areaId: 'rights', proposedTenths: 300, maxTenths: 350 },
      { areaId: 'voice', proposedTenths: 250, maxTenths: 250 },
    ]);
    // Return rate 155 ÷ 170 = 91.2 %.
    expect(score.gates).toMatchObject([{ gateId: 'P1', state: 'pass' }]);
    const band = assessBand(standard, score);
    expect(band).toMatchObject({ totalTenths: 825, band: 'star2', nextBand: 'star3' });
    expect(render(band.cappedBy[0]!.message)).toBe('总分 82.5 分，距“三星”（90 分）还差 7.5 分');

    const lowReturn = scoreAssessment(standard, {
      ...facts,
      surveys: [makeSurvey({ returned: 135 })],
    });
    expect(assessBand(standard, lowReturn).band).toBe('star1');
  });
});
