import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { checkBallotCount, checkSurveyCounts, checkSurveyRound } from './check';
import { makeRoundContent } from './fixtures';

const counts = (satisfied: number, basic: number, unsatisfied: number, unknown: number) => ({
  satisfied,
  basic,
  unsatisfied,
  unknown,
});

describe('checking a round', () => {
  it('accepts a round without results, and one whose tallies fit the valid ballots', () => {
    expect(checkSurveyRound(makeRoundContent())).toEqual([]);
    const round = makeRoundContent({
      distributed: 50,
      returned: 48,
      valid: 45,
      counts: {
        organisation: counts(30, 10, 3, 2),
        rights: counts(45, 0, 0, 0),
        'cadre-1': counts(20, 20, 0, 0),
      },
    });
    expect(checkSurveyRound(round)).toEqual([]);
  });

  it('refuses tallies above the valid ballots, naming the item', () => {
    const round = makeRoundContent({
      distributed: 50,
      returned: 48,
      valid: 45,
      counts: { rights: counts(30, 12, 3, 1) },
    });
    const problems = checkSurveyRound(round);
    expect(problems.map((p) => p.field)).toEqual(['counts.rights']);
    expect(render(problems[0]!.message)).toBe(
      '“维护职工合法权益（劳动合同、集体合同、劳动保护）”各选项合计 46 票（满意 30、基本满意 12、不满意 3、不了解 1），超过有效票 45 张，请核对。',
    );
  });

  it('refuses one answer above the valid ballots, naming item and answer', () => {
    const problems = checkSurveyCounts(
      makeRoundContent({
        distributed: 10,
        returned: 10,
        valid: 10,
        counts: { 'cadre-1': counts(2, 11, 0, 0) },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['counts.cadre-1.basic']);
    expect(render(problems[0]!.message)).toBe(
      '“王建国（工会主席）”的“基本满意”填了 11 票，超过有效票 10 张，请核对。',
    );
  });

  it('refuses more returned than distributed and more valid than returned', () => {
    const fields = (d: number, r: number, v: number) =>
      checkSurveyCounts(makeRoundContent({ distributed: d, returned: r, valid: v })).map(
        (p) => p.field,
      );
    expect(fields(10, 11, 9)).toEqual(['returned']);
    expect(fields(10, 9, 10)).toEqual(['valid']);
    expect(fields(10, 10, 10)).toEqual([]);
    expect(
      render(
        checkSurveyCounts(makeRoundContent({ distributed: 10, returned: 9, valid: 10 }))[0]!
          .message,
      ),
    ).toBe('有效票数 10 张，超过收回的 9 张，请核对。');
  });

  it('refuses counts that are not whole numbers of at least 0', () => {
    const problems = checkSurveyCounts(
      makeRoundContent({
        distributed: 10.5,
        returned: 5,
        valid: 5,
        counts: { organisation: counts(-1, 0, 0, 0), rights: counts(1, Number.NaN, 0, 0) },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'distributed',
      'counts.organisation.satisfied',
      'counts.rights.basic',
    ]);
    expect(render(problems[1]!.message)).toContain('“满意”票数应为 0 到 1000000 之间的整数');
  });

  it('checks title, dates and the questions', () => {
    const problems = checkSurveyRound(
      makeRoundContent({
        title: ' ',
        startedOn: '2026-10-20',
        endedOn: '2026-10-10',
        items: [
          { id: 'a', title: '服务职工' },
          { id: 'b', title: '服务职工' },
          { id: 'c', title: '' },
        ],
        cadres: [{ id: 'x', name: '', post: '副主席' }],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'title',
      'endedOn',
      'items.1',
      'items.2',
      'cadres.0',
    ]);
    expect(
      checkSurveyRound(makeRoundContent({ items: [], cadres: [] })).map((p) => p.field),
    ).toEqual(['items']);
    expect(
      checkSurveyRound(makeRoundContent({ startedOn: '2026-02-30' })).map((p) => p.field),
    ).toEqual(['startedOn']);
  });

  it('refuses more ballots entered than returned', () => {
    expect(checkBallotCount(12, 12)).toEqual([]);
    expect(render(checkBallotCount(13, 12)[0]!.message)).toBe(
      '已录入 13 张选票，超过收回的 12 张。请核对收回票数，或删去多录的选票。',
    );
  });
});
