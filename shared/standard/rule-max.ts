import { countScoringMax, maxBandTenths } from '../assessment/arith';
import type { EvidenceRule } from './model';

/**
 * The most a rule can propose. A `manual` part without its own maximum takes what the other
 * parts leave of the item's points (at the top level: the whole item), so "M + A + the rest by
 * hand" is written without repeating numbers.
 */
export function ruleMaxTenths(rule: EvidenceRule, pointsTenths: number): number {
  switch (rule.kind) {
    case 'rosterRate':
    case 'surveyRate':
    case 'ledgerParticipation':
      return maxBandTenths(rule.bands);
    case 'minuteCount':
    case 'activityCount':
    case 'attachmentPresent':
    case 'rosterCount':
      return countScoringMax(rule.scoring);
    case 'profileCheck':
      return rule.tenths;
    case 'manual':
      return rule.maxTenths ?? pointsTenths;
    case 'sum':
      return partMaxes(rule.parts, pointsTenths).reduce((sum, max) => sum + max, 0);
  }
}

/** Each part's maximum inside a sum; the first open manual part takes the remainder. */
export function partMaxes(parts: readonly EvidenceRule[], pointsTenths: number): number[] {
  const isOpen = (part: EvidenceRule) => part.kind === 'manual' && part.maxTenths === undefined;
  const fixed = parts.reduce(
    (sum, part) => (isOpen(part) ? sum : sum + ruleMaxTenths(part, pointsTenths)),
    0,
  );
  let remainder = Math.max(0, pointsTenths - fixed);
  return parts.map((part) => {
    if (!isOpen(part)) return ruleMaxTenths(part, pointsTenths);
    const share = remainder;
    remainder = 0;
    return share;
  });
}
