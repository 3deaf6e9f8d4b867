import { t } from '../../../../shared/i18n';
import { exportColumns, memberToRow } from '../../../../shared/members/import/template';
import {
  MEMBERSHIP_EVENT_LABELS,
  MEMBER_STATUS_LABELS,
  type MembershipEvent,
} from '../../../../shared/members/membership';
import {
  BOOLEAN_FIELDS,
  MEMBER_FIELD_LABELS,
  type BooleanField,
  type Member,
  type MemberField,
} from '../../../../shared/members/model';

/** The texts of one member's 会员登记表, in the template's words, masked unless revealed. */
export interface MemberCardContent {
  /** Field label and value, for every real-name field but the flags. */
  fields: Record<Exclude<MemberField, BooleanField>, { label: string; value: string }> &
    Record<'migrantWorker', { label: string; value: string }>;
  /** 困难职工, 劳模, 工会积极分子, 会员代表, each ticked or not. */
  flags: { label: string; checked: boolean }[];
  status: string;
  history: { date: string; type: string; reason: string }[];
}

const FLAG_FIELDS = BOOLEAN_FIELDS.filter((f) => f !== 'migrantWorker');

export function memberCardContent(
  member: Member,
  events: readonly Pick<MembershipEvent, 'type' | 'date' | 'reason'>[],
  options: { reveal: boolean },
): MemberCardContent {
  const cells = memberToRow(member, {
    maskIdNumbers: !options.reveal,
    maskPhones: !options.reveal,
  });
  const fields = {} as Record<string, { label: string; value: string }>;
  exportColumns().forEach((column, i) => {
    fields[column.field] = { label: t(MEMBER_FIELD_LABELS[column.field]), value: cells[i] ?? '' };
  });
  return {
    // Filled above from every field of the template, which is every member field.
    fields: fields as MemberCardContent['fields'],
    flags: FLAG_FIELDS.map((field) => ({
      label: t(MEMBER_FIELD_LABELS[field]),
      checked: member[field],
    })),
    status: t(MEMBER_STATUS_LABELS[member.status]),
    history: events.map((event) => ({
      date: event.date,
      type: t(MEMBERSHIP_EVENT_LABELS[event.type]),
      reason: event.reason ?? '',
    })),
  };
}
