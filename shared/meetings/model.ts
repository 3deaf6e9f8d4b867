import { z } from 'zod';

/**
 * A minute (会议记录) with the fields of DOMAIN.md §6 and standard-draft.md §9.3. People are kept
 * as a name plus the roster id they were picked from: the minute must read the same after the
 * roster changes, so the name is a snapshot, not a lookup.
 */

export interface PersonRef {
  memberId?: string;
  name: string;
}

export const VOTE_METHODS = ['show', 'secret', 'roll', 'other'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];

export interface Vote {
  method: VoteMethod;
  for: number;
  against: number;
  abstain: number;
}

export interface AgendaItem {
  /** Stable within the minute, so that the form and the print can key rows. */
  id: string;
  title: string;
  discussion: string;
  tags: string[];
  vote?: Vote;
  resolution: string;
}

export interface Absentee {
  memberId?: string;
  name: string;
  reason: string;
}

/** Who came: picked from the roster, or only counted for a large meeting. */
export type Attendance =
  { mode: 'roster'; present: PersonRef[] } | { mode: 'counts'; present: number };

export interface Expected {
  /** 应到 as recorded. */
  count: number;
  /** What the roster proposed when the minute was saved (absent for manual types). */
  proposed?: number;
  /** Why 应到 differs from the proposal; required when it does. */
  reason?: string;
}

export const MEETING_STATUSES = ['planned', 'draft', 'signed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** What a signature covers: everything a reader of the printed minute sees. */
export interface MeetingContent {
  /** A type id of the meeting rules. */
  type: string;
  /** Name with 届次/次数, e.g. 第二届会员代表大会第三次会议. */
  title: string;
  term?: number;
  session?: number;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm`. */
  startTime?: string;
  endTime?: string;
  place: string;
  chair?: PersonRef;
  recorder?: PersonRef;
  expected: Expected;
  attendance: Attendance;
  absentees: Absentee[];
  /** 列席: names or roles of people attending without a vote. */
  observers: string[];
  items: AgendaItem[];
  closing: string;
  /** Content addresses are stored in the attachments table; these are its row ids. */
  attachmentIds: string[];
}

export interface Signature {
  chair: string;
  recorder: string;
  /** `YYYY-MM-DD`, as written beside the signatures. */
  signedOn: string;
  /** UTC ISO: when the app locked the minute. */
  signedAt: string;
  /** SHA-256 (hex) of the canonical JSON of the signed content; see hash.ts. */
  contentHash: string;
}

export interface Meeting extends MeetingContent {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: MeetingStatus;
  signature?: Signature;
}

export interface MeetingAddendum {
  id: string;
  createdAt: string;
  updatedAt: string;
  meetingId: string;
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
  author: string;
}

/** Counts in a minute are head-counts: whole numbers, and no congress is this large. */
export const MAX_COUNT = 1_000_000;

export function presentCount(attendance: Attendance): number {
  return attendance.mode === 'roster' ? attendance.present.length : attendance.present;
}

const count = z.int().min(0).max(MAX_COUNT);
const person = z.object({ memberId: z.string().optional(), name: z.string().min(1).max(50) });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const meetingContentSchema = z.object({
  type: z.string().min(1),
  title: z.string().min(1).max(100),
  term: z.int().min(1).max(99).optional(),
  session: z.int().min(1).max(99).optional(),
  date: z.iso.date(),
  startTime: time.optional(),
  endTime: time.optional(),
  place: z.string().max(100),
  chair: person.optional(),
  recorder: person.optional(),
  expected: z.object({
    count,
    proposed: count.optional(),
    reason: z.string().max(200).optional(),
  }),
  attendance: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('roster'), present: z.array(person) }),
    z.object({ mode: z.literal('counts'), present: count }),
  ]),
  absentees: z.array(
    z.object({
      memberId: z.string().optional(),
      name: z.string().min(1).max(50),
      reason: z.string().max(100),
    }),
  ),
  observers: z.array(z.string().min(1).max(50)),
  items: z.array(
    z.object({
      id: z.string().min(1),
      title: z.string().max(200),
      discussion: z.string().max(20_000),
      tags: z.array(z.string().min(1).max(12)),
      vote: z
        .object({ method: z.enum(VOTE_METHODS), for: count, against: count, abstain: count })
        .optional(),
      resolution: z.string().max(5_000),
    }),
  ),
  closing: z.string().max(5_000),
  attachmentIds: z.array(z.string()),
}) satisfies z.ZodType<MeetingContent>;

export const meetingSchema = meetingContentSchema.extend({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(MEETING_STATUSES),
  signature: z
    .object({
      chair: z.string().min(1),
      recorder: z.string().min(1),
      signedOn: z.iso.date(),
      signedAt: z.iso.datetime(),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
}) satisfies z.ZodType<Meeting>;

/** The fields of a minute that its content covers, without identity and bookkeeping. */
export function meetingContent(meeting: MeetingContent): MeetingContent {
  const content: MeetingContent = {
    type: meeting.type,
    title: meeting.title,
    date: meeting.date,
    place: meeting.place,
    expected: meeting.expected,
    attendance: meeting.attendance,
    absentees: meeting.absentees,
    observers: meeting.observers,
    items: meeting.items,
    closing: meeting.closing,
    attachmentIds: meeting.attachmentIds,
  };
  if (meeting.term !== undefined) content.term = meeting.term;
  if (meeting.session !== undefined) content.session = meeting.session;
  if (meeting.startTime !== undefined) content.startTime = meeting.startTime;
  if (meeting.endTime !== undefined) content.endTime = meeting.endTime;
  if (meeting.chair !== undefined) content.chair = meeting.chair;
  if (meeting.recorder !== undefined) content.recorder = meeting.recorder;
  return content;
}
