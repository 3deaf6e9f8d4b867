import type { Fraction, MeetingRules } from './rules';

/**
 * The verdicts the app computes and never takes typed (DOMAIN.md §6). Integer arithmetic only,
 * so that 2/3 of 30 is exactly 20 and no rounding of a float decides a congress.
 */

/** ⌈f × n⌉: the smallest head-count that is at least the fraction of n. */
export function atLeast(f: Fraction, n: number): number {
  return Math.floor((n * f.numerator + f.denominator - 1) / f.denominator);
}

/** ⌊f × n⌋ + 1: the smallest head-count strictly more than the fraction of n. */
export function moreThan(f: Fraction, n: number): number {
  return Math.floor((n * f.numerator) / f.denominator) + 1;
}

export interface QuorumVerdict {
  expected: number;
  present: number;
  /** 实到 needed: ⌈quorum × 应到⌉. */
  required: number;
  ok: boolean;
}

export function quorumVerdict(
  rules: MeetingRules,
  expected: number,
  present: number,
): QuorumVerdict {
  const required = atLeast(rules.quorum, expected);
  return { expected, present, required, ok: expected > 0 && present >= required };
}

export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface VoteVerdict {
  /** 赞成 needed: strictly more than passing × 应到. */
  required: number;
  passed: boolean;
  /** for + against + abstain. */
  cast: number;
  /** More votes than people present: the counts cannot be right. */
  exceedsPresent: boolean;
}

export function voteVerdict(
  rules: MeetingRules,
  vote: VoteCounts,
  expected: number,
  present: number,
): VoteVerdict {
  const required = moreThan(rules.passing, expected);
  const cast = vote.for + vote.against + vote.abstain;
  const exceedsPresent = cast > present;
  return { required, cast, exceedsPresent, passed: !exceedsPresent && vote.for >= required };
}

/** Whether a union of this size is told to hold a 会员大会 rather than a representatives' one. */
export function smallUnionCongress(rules: MeetingRules, membersOnRoll: number): boolean {
  return membersOnRoll <= rules.smallUnionMaxMembers;
}
