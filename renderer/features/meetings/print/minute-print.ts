import { t } from '../../../../shared/i18n';
import { verifyMinute, type HashCheck } from '../../../../shared/meetings/hash';
import { VOTE_METHOD_LABELS } from '../../../../shared/meetings/labels';
import {
  presentCount,
  type AgendaItem,
  type Meeting,
  type MeetingAddendum,
} from '../../../../shared/meetings/model';
import {
  fractionText,
  meetingType,
  meetingTypeLabel,
  type MeetingRules,
} from '../../../../shared/meetings/rules';
import { chineseNumber } from '../../../../shared/meetings/title';
import { quorumVerdict, voteVerdict } from '../../../../shared/meetings/verdicts';
import { longDate } from '../../../print/page';

/**
 * What the printed 会议记录 shows, as text: the verdicts are computed here from the counts with
 * the rules in use (never taken from anything typed), so the document only lays the text out.
 */

export interface MinuteHeaderRow {
  label: string;
  value: string;
  /** A second pair on the same line; absent when the row spans the table. */
  label2?: string;
  value2?: string;
  /** A smaller line under a spanning value (the rules a verdict applied). */
  note?: string;
}

export interface MinuteVoteView {
  /** "举手表决，赞成 80 票，反对 2 票，弃权 3 票。" */
  counts: string;
  /** 通过 / 未通过; null when the counts cannot be right. */
  result: string | null;
  passed: boolean;
  /** Why: the required count and the rule, or that the counts exceed those present. */
  reason: string;
}

export interface MinuteItemView {
  id: string;
  /** "一、" */
  number: string;
  title: string;
  tags: string | null;
  /** Paragraphs of the discussion, as typed line by line. */
  discussion: string[];
  vote: MinuteVoteView | null;
  resolution: string[];
}

export interface MinuteSignatureView {
  chair: string;
  recorder: string;
  /** Filled with the signing date, or blank lines to write by hand. */
  date: string;
  /** One short line under the signatures: locked with the hash, a mismatch, a draft, a plan. */
  note: string;
  check: HashCheck;
}

export interface MinuteAddendumView {
  id: string;
  heading: string;
  text: string[];
}

export interface MinuteView {
  unionName: string;
  title: string;
  runningHead: string;
  header: MinuteHeaderRow[];
  /** Names of those present, or null when attendance was only counted. */
  presentNames: string[] | null;
  presentCount: number;
  items: MinuteItemView[];
  closing: string[];
  signature: MinuteSignatureView;
  addenda: MinuteAddendumView[];
}

/** How many hex digits of the content hash the printed note shows. */
export const HASH_PREFIX_LENGTH = 16;

export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function list(names: readonly string[]): string {
  return names.join(t('meetingsPrint.listSeparator'));
}

export function timeText(startTime?: string, endTime?: string): string {
  if (startTime && endTime)
    return t('meetingsPrint.time.range', { start: startTime, end: endTime });
  if (startTime) return t('meetingsPrint.time.from', { start: startTime });
  return '';
}

function quorumText(rules: MeetingRules, meeting: Meeting, present: number): string {
  const type = meetingType(rules, meeting.type);
  if (type && !type.quorum) return t('meetingsPrint.quorum.notApplicable');
  const expected = meeting.expected.count;
  if (expected <= 0) return t('meetingsPrint.quorum.noExpected');
  const verdict = quorumVerdict(rules, expected, present);
  const params = {
    expected,
    present,
    required: verdict.required,
    rule: fractionText(rules.quorum),
  };
  return verdict.ok
    ? t('meetingsPrint.quorum.ok', params)
    : t('meetingsPrint.quorum.failed', params);
}

function expectedText(meeting: Meeting): string {
  const { count, proposed, reason } = meeting.expected;
  if (proposed !== undefined && proposed !== count && reason?.trim()) {
    return t('meetingsPrint.expected.adjusted', { count, proposed, reason: reason.trim() });
  }
  return t('meetingsPrint.people', { count });
}

export function voteView(
  rules: MeetingRules,
  item: AgendaItem,
  expected: number,
  present: number,
): MinuteVoteView | null {
  const vote = item.vote;
  if (!vote) return null;
  const counts = t('meetingsPrint.item.voteCounts', {
    method: t(VOTE_METHOD_LABELS[vote.method]),
    for: vote.for,
    against: vote.against,
    abstain: vote.abstain,
  });
  const verdict = voteVerdict(rules, vote, expected, present);
  if (verdict.exceedsPresent) {
    return {
      counts,
      result: null,
      passed: false,
      reason: t('meetingsPrint.item.verdictExceeds', { cast: verdict.cast, present }),
    };
  }
  const params = {
    for: vote.for,
    expected,
    rule: fractionText(rules.passing),
    required: verdict.required,
  };
  return {
    counts,
    result: t(verdict.passed ? 'meetingsPrint.item.passed' : 'meetingsPrint.item.failed'),
    passed: verdict.passed,
    reason: verdict.passed
      ? t('meetingsPrint.item.verdictPassed', params)
      : t('meetingsPrint.item.verdictFailed', params),
  };
}

function signatureView(meeting: Meeting): MinuteSignatureView {
  const check = verifyMinute(meeting);
  const signature = meeting.signature;
  if (signature && meeting.status === 'signed') {
    const hash = signature.contentHash.slice(0, HASH_PREFIX_LENGTH);
    return {
      chair: signature.chair,
      recorder: signature.recorder,
      date: longDate(signature.signedOn),
      note:
        check === 'ok'
          ? t('meetingsPrint.sign.locked', { hash })
          : t('meetingsPrint.sign.mismatch', { hash }),
      check,
    };
  }
  return {
    chair: '',
    recorder: '',
    date: t('meetingsPrint.sign.blankDate'),
    note: t(
      meeting.status === 'planned' ? 'meetingsPrint.sign.planned' : 'meetingsPrint.sign.unsigned',
    ),
    check,
  };
}

export function minuteView(
  meeting: Meeting,
  addenda: readonly MeetingAddendum[],
  rules: MeetingRules,
  unionName: string,
): MinuteView {
  const present = presentCount(meeting.attendance);
  const expected = meeting.expected.count;
  const none = t('meetingsPrint.header.none');
  const absentees = meeting.absentees.length
    ? t('meetingsPrint.absentees', {
        count: meeting.absentees.length,
        names: list(
          meeting.absentees.map((a) =>
            a.reason.trim()
              ? t('meetingsPrint.absentee', { name: a.name, reason: a.reason.trim() })
              : a.name,
          ),
        ),
      })
    : none;
  const type = meetingType(rules, meeting.type);
  const union = unionName.trim();
  const title = meeting.title.trim();

  const header: MinuteHeaderRow[] = [
    {
      label: t('meetingsPrint.header.type'),
      value: meetingTypeLabel(rules, meeting.type),
      label2: t('meetingsPrint.header.date'),
      value2: longDate(meeting.date),
    },
    {
      label: t('meetingsPrint.header.time'),
      value: timeText(meeting.startTime, meeting.endTime),
      label2: t('meetingsPrint.header.place'),
      value2: meeting.place,
    },
    {
      label: t('meetingsPrint.header.chair'),
      value: meeting.chair?.name ?? '',
      label2: t('meetingsPrint.header.recorder'),
      value2: meeting.recorder?.name ?? '',
    },
    {
      label: t('meetingsPrint.header.expected'),
      value: expectedText(meeting),
      label2: t('meetingsPrint.header.present'),
      value2:
        meeting.attendance.mode === 'counts'
          ? t('meetingsPrint.present.counted', { count: present })
          : t('meetingsPrint.people', { count: present }),
    },
    { label: t('meetingsPrint.header.absent'), value: absentees },
    {
      label: t('meetingsPrint.header.observers'),
      value: meeting.observers.length ? list(meeting.observers) : none,
    },
    {
      label: t('meetingsPrint.header.quorum'),
      value: quorumText(rules, meeting, present),
      ...(type && !type.quorum
        ? {}
        : { note: t('meetingsPrint.quorum.basis', { rules: rules.name }) }),
    },
  ];

  return {
    unionName: union,
    title,
    runningHead: union
      ? t('meetingsPrint.minute.runningHead', { union, title })
      : t('meetingsPrint.minute.runningHeadNoUnion', { title }),
    header,
    presentNames:
      meeting.attendance.mode === 'roster' ? meeting.attendance.present.map((p) => p.name) : null,
    presentCount: present,
    items: meeting.items.map((item, index) => ({
      id: item.id,
      number: t('meetingsPrint.item.number', { n: chineseNumber(index + 1) }),
      title: item.title.trim() || t('meetingsPrint.item.untitled'),
      tags: item.tags.length ? t('meetingsPrint.item.tags', { tags: list(item.tags) }) : null,
      discussion: paragraphs(item.discussion),
      vote: voteView(rules, item, expected, present),
      resolution: paragraphs(item.resolution),
    })),
    closing: paragraphs(meeting.closing),
    signature: signatureView(meeting),
    addenda: addenda.map((addendum, index) => ({
      id: addendum.id,
      heading: t('meetingsPrint.addenda.entry', {
        n: index + 1,
        date: longDate(addendum.date),
        author: addendum.author,
      }),
      text: paragraphs(addendum.text),
    })),
  };
}
