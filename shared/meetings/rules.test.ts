import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEETING_RULES,
  meetingRulesSchema,
  meetingTypeLabel,
  type MeetingRules,
} from './rules';
import { atLeast, moreThan, quorumVerdict, smallUnionCongress, voteVerdict } from './verdicts';

const rules = DEFAULT_MEETING_RULES;

describe('opening quorum: 实到 ≥ ⌈2/3 × 应到⌉', () => {
  it('passes exactly at two thirds and fails one below', () => {
    expect(quorumVerdict(rules, 30, 20)).toEqual({
      expected: 30,
      present: 20,
      required: 20,
      ok: true,
    });
    expect(quorumVerdict(rules, 30, 19).ok).toBe(false);
  });

  it('rounds the threshold up when two thirds is not whole', () => {
    // 2/3 × 100 = 66.67 → 67 must attend.
    expect(quorumVerdict(rules, 100, 67).ok).toBe(true);
    expect(quorumVerdict(rules, 100, 66).ok).toBe(false);
    expect(atLeast({ numerator: 2, denominator: 3 }, 7)).toBe(5);
  });

  it('never passes a meeting nobody was expected at', () => {
    expect(quorumVerdict(rules, 0, 0).ok).toBe(false);
  });
});

describe('votes: 赞成 > 应到 / 2', () => {
  it('fails at exactly half and passes one above', () => {
    expect(voteVerdict(rules, { for: 50, against: 0, abstain: 0 }, 100, 90).passed).toBe(false);
    expect(voteVerdict(rules, { for: 51, against: 0, abstain: 0 }, 100, 90).passed).toBe(true);
    expect(moreThan({ numerator: 1, denominator: 2 }, 9)).toBe(5);
  });

  it('counts against all who should attend, not those present', () => {
    // 40 of 45 present vote for, but 100 were expected: not a majority of 100.
    expect(voteVerdict(rules, { for: 40, against: 5, abstain: 0 }, 100, 45).passed).toBe(false);
  });

  it('flags more votes than people present and never passes such a vote', () => {
    const verdict = voteVerdict(rules, { for: 60, against: 20, abstain: 11 }, 100, 90);
    expect(verdict).toMatchObject({ cast: 91, exceedsPresent: true, passed: false });
  });
});

describe('rule data', () => {
  it('warns unions of 100 members or fewer about a representatives congress', () => {
    expect(smallUnionCongress(rules, 100)).toBe(true);
    expect(smallUnionCongress(rules, 101)).toBe(false);
  });

  it('can be replaced by a federation’s own rules, and the verdicts follow them', () => {
    const local: MeetingRules = meetingRulesSchema.parse({
      ...rules,
      name: '某市总工会细则',
      quorum: { numerator: 1, denominator: 2 },
      passing: { numerator: 2, denominator: 3 },
      smallUnionMaxMembers: 50,
      types: [{ id: 'plenary', label: '全体会员会议', expectedFrom: 'members', quorum: true }],
    });
    expect(quorumVerdict(local, 30, 15).ok).toBe(true);
    expect(quorumVerdict(rules, 30, 15).ok).toBe(false);
    // More than 2/3 of 30 is 21.
    expect(voteVerdict(local, { for: 20, against: 0, abstain: 0 }, 30, 30).passed).toBe(false);
    expect(voteVerdict(local, { for: 21, against: 0, abstain: 0 }, 30, 30).passed).toBe(true);
    expect(smallUnionCongress(local, 80)).toBe(false);
    expect(meetingTypeLabel(local, 'plenary')).toBe('全体会员会议');
    expect(meetingTypeLabel(local, 'memberCongress')).toBe('memberCongress');
  });

  it('refuses a rules file with a bad fraction or repeated type ids', () => {
    expect(
      meetingRulesSchema.safeParse({ ...rules, quorum: { numerator: 3, denominator: 2 } }).success,
    ).toBe(false);
    expect(
      meetingRulesSchema.safeParse({ ...rules, types: [rules.types[0], rules.types[0]] }).success,
    ).toBe(false);
    expect(meetingRulesSchema.safeParse(rules).success).toBe(true);
  });
});
