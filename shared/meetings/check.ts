import { msg, type Message } from '../i18n';
import { checkIsoDate } from '../validation/date';
import { presentCount, type MeetingContent } from './model';
import { fractionText, meetingType, type MeetingRules } from './rules';
import { quorumVerdict, smallUnionCongress, voteVerdict } from './verdicts';

/**
 * What is wrong with a minute before it is saved or signed. Errors refuse the save (counts that
 * cannot be right, a changed 应到 without a reason); warnings are shown and kept; `toSign` lists
 * what a minute still needs before it can be signed.
 */

export interface MeetingProblem {
  /** Where the problem is, as the form names its fields: 'title', 'items.2.vote', … */
  field: string;
  message: Message;
}

export interface MeetingCheck {
  errors: MeetingProblem[];
  warnings: MeetingProblem[];
  /** Missing before signing; empty when the minute can be signed. */
  toSign: MeetingProblem[];
}

export interface MeetingContext {
  rules: MeetingRules;
  /** Members on roll at the meeting's date (for the small-union rule). */
  membersOnRoll: number;
}

export function checkMeeting(content: MeetingContent, context: MeetingContext): MeetingCheck {
  const { rules } = context;
  const errors: MeetingProblem[] = [];
  const warnings: MeetingProblem[] = [];
  const toSign: MeetingProblem[] = [];
  const type = meetingType(rules, content.type);

  if (!type) errors.push({ field: 'type', message: msg('meetings.check.unknownType') });
  if (content.title.trim() === '')
    errors.push({ field: 'title', message: msg('meetings.check.titleMissing') });
  if (checkIsoDate(content.date) !== 'ok')
    errors.push({ field: 'date', message: msg('meetings.check.dateInvalid') });
  if (content.startTime && content.endTime && content.endTime <= content.startTime) {
    errors.push({ field: 'endTime', message: msg('meetings.check.endBeforeStart') });
  }

  const expected = content.expected.count;
  const present = presentCount(content.attendance);
  const proposed = content.expected.proposed;
  if (proposed !== undefined && proposed !== expected && !content.expected.reason?.trim()) {
    errors.push({
      field: 'expected.reason',
      message: msg('meetings.check.expectedReason', { proposed, expected }),
    });
  }
  if (present > expected) {
    errors.push({
      field: 'attendance',
      message: msg('meetings.check.presentOverExpected', { present, expected }),
    });
  }
  if (
    present > 0 &&
    content.absentees.length > 0 &&
    present + content.absentees.length > expected
  ) {
    errors.push({
      field: 'absentees',
      message: msg('meetings.check.absenteesOver', {
        present,
        absent: content.absentees.length,
        expected,
      }),
    });
  }

  content.items.forEach((item, index) => {
    const n = index + 1;
    if (item.title.trim() === '') {
      errors.push({
        field: `items.${index}.title`,
        message: msg('meetings.check.itemTitle', { n }),
      });
    }
    if (!item.vote) return;
    const verdict = voteVerdict(rules, item.vote, expected, present);
    if (verdict.exceedsPresent) {
      errors.push({
        field: `items.${index}.vote`,
        message: msg('meetings.check.votesOverPresent', { n, cast: verdict.cast, present }),
      });
    }
    if (item.resolution.trim() === '') {
      warnings.push({
        field: `items.${index}.resolution`,
        message: msg('meetings.check.noResolution', { n }),
      });
    }
  });

  if (type?.representativeCongress && smallUnionCongress(rules, context.membersOnRoll)) {
    warnings.push({
      field: 'type',
      message: msg('meetings.check.smallUnion', {
        members: context.membersOnRoll,
        max: rules.smallUnionMaxMembers,
      }),
    });
  }
  if (type?.quorum && expected > 0 && present > 0) {
    const quorum = quorumVerdict(rules, expected, present);
    if (!quorum.ok) {
      warnings.push({
        field: 'attendance',
        message: msg('meetings.check.noQuorum', {
          present,
          required: quorum.required,
          rule: fractionText(rules.quorum),
        }),
      });
    }
  }

  if (!content.chair?.name.trim())
    toSign.push({ field: 'chair', message: msg('meetings.sign.needChair') });
  if (!content.recorder?.name.trim())
    toSign.push({ field: 'recorder', message: msg('meetings.sign.needRecorder') });
  if (expected === 0)
    toSign.push({ field: 'expected', message: msg('meetings.sign.needExpected') });
  if (present === 0)
    toSign.push({ field: 'attendance', message: msg('meetings.sign.needAttendance') });
  if (content.items.length === 0)
    toSign.push({ field: 'items', message: msg('meetings.sign.needItems') });
  toSign.push(...errors);
  return { errors, warnings, toSign };
}
