import type { PlainMessageKey } from '../i18n';

/**
 * 会籍变化: a member's history is a list of dated events, and the status on any day is derived
 * from it, never typed. That way a statistic for last year stays right after this year's changes.
 */

export const MEMBERSHIP_EVENT_TYPES = [
  'join',
  'transferIn',
  'reserve',
  'transferOut',
  'expel',
  'withdraw',
] as const;
export type MembershipEventType = (typeof MEMBERSHIP_EVENT_TYPES)[number];

export const MEMBERSHIP_EVENT_LABELS: { readonly [T in MembershipEventType]: PlainMessageKey } = {
  join: 'members.event.join',
  transferIn: 'members.event.transferIn',
  reserve: 'members.event.reserve',
  transferOut: 'members.event.transferOut',
  expel: 'members.event.expel',
  withdraw: 'members.event.withdraw',
};

/**
 * - `active` 在册: counted among the members on roll.
 * - `reserved` 保留会籍: e.g. retired or between jobs; still a member, but not in the workforce
 *   the 入会率 is measured against, so statistics count them apart.
 * - `left` 已离会: transferred out, expelled or withdrew.
 * - `notJoined`: the day asked about is before the member's first joining.
 */
export type MemberStatus = 'active' | 'reserved' | 'left' | 'notJoined';

export const MEMBER_STATUS_LABELS: { readonly [S in MemberStatus]: PlainMessageKey } = {
  active: 'members.status.active',
  reserved: 'members.status.reserved',
  left: 'members.status.left',
  notJoined: 'members.status.notJoined',
};

const STATUS_AFTER: { readonly [T in MembershipEventType]: MemberStatus } = {
  join: 'active',
  transferIn: 'active',
  reserve: 'reserved',
  transferOut: 'left',
  expel: 'left',
  withdraw: 'left',
};

export function statusAfter(type: MembershipEventType): MemberStatus {
  return STATUS_AFTER[type];
}

/** Events that bring someone onto the roll (joins) and that take them off it (leaves). */
export function isJoinEvent(type: MembershipEventType): boolean {
  return type === 'join' || type === 'transferIn';
}
export function isLeaveEvent(type: MembershipEventType): boolean {
  return STATUS_AFTER[type] === 'left';
}

export interface MembershipEvent {
  /** UUID. */
  id: string;
  memberId: string;
  type: MembershipEventType;
  /** `YYYY-MM-DD`: the day the change took effect. */
  date: string;
  reason?: string;
  /** UTC ISO timestamps; `createdAt` orders two events of the same day. */
  createdAt: string;
  updatedAt: string;
}

/** What `deriveStatus` needs of an event. */
export type EventFact = Pick<MembershipEvent, 'type' | 'date'> & { createdAt?: string };

function compareEvents(a: EventFact, b: EventFact): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ac = a.createdAt ?? '';
  const bc = b.createdAt ?? '';
  return ac < bc ? -1 : ac > bc ? 1 : 0;
}

/** Events in the order they took effect: by date, then by when they were recorded. */
export function sortEvents<E extends EventFact>(events: readonly E[]): E[] {
  return [...events].sort(compareEvents);
}

/**
 * A member's status at the end of `asOf` (`YYYY-MM-DD`; an event on that day counts). Without
 * `asOf`, the status after the last event.
 *
 * Before the first recorded event the status is inferred from it: if the history starts with a
 * join, the person was not yet a member; if it starts with a reservation or a leave, they were on
 * roll before it (a roster imported without its joining dates starts that way). A member with no
 * events at all is on roll: an imported sheet without 入会日期 gives such members, and they are
 * members, only of unknown seniority.
 */
export function deriveStatus(events: readonly EventFact[], asOf?: string): MemberStatus {
  if (events.length === 0) return 'active';
  const sorted = events.length === 1 ? [...events] : sortEvents(events);
  let status: MemberStatus = isJoinEvent(sorted[0]!.type) ? 'notJoined' : 'active';
  for (const event of sorted) {
    if (asOf !== undefined && event.date > asOf) break;
    status = STATUS_AFTER[event.type];
  }
  return status;
}

/**
 * The event that records a new member's joining, from the 入会日期 given. Without a date there is
 * no event (see `deriveStatus`): inventing one would count the member as a join of the wrong year.
 */
export function initialEvent(joinedOn: string | undefined): EventFact | undefined {
  return joinedOn ? { type: 'join', date: joinedOn } : undefined;
}

/**
 * Each member with their own events, in one pass over the events table (50,000 members and more
 * events: a filter per member would be quadratic). Members without events get an empty history.
 */
export function withEvents<M extends { id: string }, E extends EventFact & { memberId: string }>(
  members: readonly M[],
  events: readonly E[],
): { member: M; events: E[] }[] {
  const byMember = new Map<string, E[]>();
  for (const event of events) {
    const list = byMember.get(event.memberId);
    if (list) list.push(event);
    else byMember.set(event.memberId, [event]);
  }
  return members.map((member) => ({ member, events: byMember.get(member.id) ?? [] }));
}

/** Whether a member with this history is on roll (not reserved, not left) at the end of `date`. */
export function onRollAt(events: readonly EventFact[], date: string): boolean {
  return deriveStatus(events, date) === 'active';
}
