import { t } from '../../../shared/i18n';
import { presentCount, type AgendaItem, type MeetingContent } from '../../../shared/meetings/model';
import { fractionText, meetingType, type MeetingRules } from '../../../shared/meetings/rules';
import { quorumVerdict, voteVerdict } from '../../../shared/meetings/verdicts';

/** What the list, the detail and the form show for a minute's quorum: computed, never typed. */
export type QuorumState = 'ok' | 'short' | 'notApplicable' | 'unknown';

export interface QuorumView {
  state: QuorumState;
  label: string;
  /** The full sentence with the rule applied; empty when there is nothing to compute yet. */
  text: string;
}

export function quorumView(rules: MeetingRules, content: MeetingContent): QuorumView {
  const type = meetingType(rules, content.type);
  if (type && !type.quorum) {
    return { state: 'notApplicable', label: t('meetingsUi.quorum.notApplicable'), text: '' };
  }
  const present = presentCount(content.attendance);
  const expected = content.expected.count;
  if (expected === 0 || present === 0) {
    return { state: 'unknown', label: t('meetingsUi.quorum.unknown'), text: '' };
  }
  const verdict = quorumVerdict(rules, expected, present);
  return {
    state: verdict.ok ? 'ok' : 'short',
    label: verdict.ok ? t('meetingsUi.quorum.ok') : t('meetingsUi.quorum.short'),
    text: t('meetingsUi.quorum.text', {
      present,
      required: verdict.required,
      expected,
      rule: fractionText(rules.quorum),
    }),
  };
}

export interface VoteView {
  state: 'passed' | 'failed' | 'invalid';
  label: string;
  text: string;
}

export function voteView(
  rules: MeetingRules,
  item: AgendaItem,
  content: MeetingContent,
): VoteView | undefined {
  if (!item.vote) return undefined;
  const verdict = voteVerdict(
    rules,
    item.vote,
    content.expected.count,
    presentCount(content.attendance),
  );
  const text = t('meetingsUi.vote.text', {
    for: item.vote.for,
    rule: fractionText(rules.passing),
    required: verdict.required,
  });
  if (verdict.exceedsPresent)
    return { state: 'invalid', label: t('meetingsUi.vote.invalid'), text };
  return verdict.passed
    ? { state: 'passed', label: t('meetingsUi.vote.passed'), text }
    : { state: 'failed', label: t('meetingsUi.vote.failed'), text };
}
