import { describe, expect, it } from 'vitest';
import { makeRound, makeRoundContent } from './fixtures';
import {
  formatPermille,
  isBlankBallot,
  permille,
  roundResults,
  tallyBallots,
  toSurveyFacts,
} from './results';

describe('rates in permille', () => {
  it('rounds half up with integers only', () => {
    expect(permille(2, 3)).toBe(667);
    expect(permille(1, 3)).toBe(333);
    expect(permille(1, 8)).toBe(125);
    expect(permille(1, 16)).toBe(63); // 62.5 ‰ rounds up
    expect(permille(9, 10)).toBe(900);
    expect(permille(0, 0)).toBeNull();
    expect(formatPermille(933)).toBe('93.3%');
    expect(formatPermille(1000)).toBe('100.0%');
    expect(formatPermille(5)).toBe('0.5%');
    expect(formatPermille(null)).toBe('—');
  });
});

describe('both satisfaction formulas', () => {
  const round = makeRoundContent({
    distributed: 60,
    returned: 55,
    valid: 50,
    counts: {
      // 40 + 5 of 50 → 90.0 %; strict 40 of 50 → 80.0 %
      organisation: { satisfied: 40, basic: 5, unsatisfied: 3, unknown: 2 },
      // 30 + 14 of 50 (3 blank) → 88.0 %; strict 60.0 %
      rights: { satisfied: 30, basic: 14, unsatisfied: 2, unknown: 1 },
      // not entered: all blank → 0 %
      'cadre-1': { satisfied: 45, basic: 4, unsatisfied: 1, unknown: 0 },
    },
  });

  it('per item: (满意 + 基本满意) ÷ valid and 满意 ÷ valid', () => {
    const results = roundResults(round, 80);
    const [organisation, rights, democracy] = results.union!.questions;
    expect(organisation).toMatchObject({ satisfaction: 900, strict: 800, blank: 0 });
    expect(rights).toMatchObject({ satisfaction: 880, strict: 600, blank: 3 });
    expect(democracy).toMatchObject({ satisfaction: 0, strict: 0, blank: 50 });
    expect(results.cadre!.questions[0]).toMatchObject({
      label: '王建国（工会主席）',
      satisfaction: 980,
      strict: 900,
    });
  });

  it('overall: over valid × items, and per part', () => {
    const results = roundResults(round, 80);
    // union: (45 + 44 + 0) ÷ 150 = 593.3 ‰; strict 70 ÷ 150 = 466.7 ‰
    expect(results.union).toMatchObject({ slots: 150, satisfaction: 593, strict: 467 });
    expect(results.cadre).toMatchObject({ slots: 50, satisfaction: 980, strict: 900 });
    // all four questions: (89 + 49) ÷ 200, strict (70 + 45) ÷ 200
    expect(results.overall).toEqual({ satisfaction: 690, strict: 575 });
  });

  it('participation = valid ÷ members on roll, return rate = returned ÷ distributed', () => {
    const results = roundResults(round, 80);
    expect(results.participation).toBe(625);
    expect(results.returnRate).toBe(917);
    expect(roundResults(round, null).participation).toBeNull();
    expect(roundResults(round, 0).participation).toBeNull();
  });

  it('a round without cadres has no cadre part, and no ballots give no rates', () => {
    const union = roundResults(makeRoundContent({ cadres: [] }), 10);
    expect(union.cadre).toBeNull();
    expect(union.union!.satisfaction).toBeNull();
    expect(union.returnRate).toBeNull();
  });
});

describe('ballots', () => {
  it('are tallied per question; unknown ids and blanks count nowhere', () => {
    const content = makeRoundContent();
    const counts = tallyBallots(content, [
      { answers: { organisation: 'satisfied', rights: 'basic', 'cadre-1': 'satisfied' } },
      { answers: { organisation: 'satisfied', 'cadre-1': 'unknown', removed: 'satisfied' } },
      { answers: {} },
    ]);
    expect(counts.organisation).toEqual({ satisfied: 2, basic: 0, unsatisfied: 0, unknown: 0 });
    expect(counts.rights).toEqual({ satisfied: 0, basic: 1, unsatisfied: 0, unknown: 0 });
    expect(counts.democracy).toEqual({ satisfied: 0, basic: 0, unsatisfied: 0, unknown: 0 });
    expect(counts['cadre-1']).toEqual({ satisfied: 1, basic: 0, unsatisfied: 0, unknown: 1 });
    expect(counts.removed).toBeUndefined();
    expect(isBlankBallot({ answers: {} })).toBe(true);
  });
});

describe('facts for the self-assessment', () => {
  it('gives one SurveyFacts per part, with the sums over its questions', () => {
    const round = makeRound({
      distributed: 20,
      returned: 19,
      valid: 18,
      counts: {
        organisation: { satisfied: 10, basic: 5, unsatisfied: 2, unknown: 1 },
        rights: { satisfied: 12, basic: 4, unsatisfied: 1, unknown: 0 },
        democracy: { satisfied: 9, basic: 9, unsatisfied: 0, unknown: 0 },
        'cadre-1': { satisfied: 16, basic: 2, unsatisfied: 0, unknown: 0 },
      },
    });
    const facts = toSurveyFacts(round, 30);
    expect(facts).toEqual([
      {
        id: 'round-1',
        kind: 'union',
        title: '2026 年度会员评议职工之家',
        date: '2026-10-20',
        distributed: 20,
        returned: 19,
        valid: 18,
        membersOnRoll: 30,
        satisfied: 31,
        basic: 18,
        unsatisfied: 3,
        unknown: 1,
        answers: 53,
        slots: 54,
      },
      {
        id: 'round-1',
        kind: 'cadre',
        title: '2026 年度会员评议职工之家（评议工会干部）',
        date: '2026-10-20',
        distributed: 20,
        returned: 19,
        valid: 18,
        membersOnRoll: 30,
        satisfied: 16,
        basic: 2,
        unsatisfied: 0,
        unknown: 0,
        answers: 18,
        slots: 18,
      },
    ]);
    expect(toSurveyFacts(makeRound({ cadres: [] }), 30).map((f) => f.kind)).toEqual(['union']);
  });
});
