import { render, t } from '../../shared/i18n';
import { checkMeeting, type MeetingCheck } from '../../shared/meetings/check';
import { minuteHash } from '../../shared/meetings/hash';
import {
  meetingContent,
  meetingContentSchema,
  type Meeting,
  type MeetingAddendum,
  type MeetingContent,
  type MeetingStatus,
  type PersonRef,
  type Signature,
} from '../../shared/meetings/model';
import {
  DEFAULT_MEETING_RULES,
  meetingRulesSchema,
  meetingType,
  type MeetingRules,
} from '../../shared/meetings/rules';
import { releaseAttachments, unreferencedAttachments } from './attachments';
import { newId, nowIso } from './ids';
import { membersOnRollAt } from './members';
import { moveToRecycleBin } from './recycle-bin';
import type { MemberRow, RecycleBinRow, UnionDeskDatabase } from './schema';

/**
 * Meeting minutes. A signed minute is locked here, in the one place every write passes: no
 * action can change it, and later corrections are addenda kept beside it. Components use the
 * hooks and actions in features/meetings.
 */

export type MeetingErrorCode =
  'locked' | 'missing' | 'notSigned' | 'invalid' | 'cannotSign' | 'empty';

export class MeetingError extends Error {
  constructor(
    readonly code: MeetingErrorCode,
    message: string,
    readonly check?: MeetingCheck,
  ) {
    super(message);
    this.name = 'MeetingError';
  }
}

/** The settings key of a federation's replacement rules; absent means the defaults. */
export const MEETING_RULES_KEY = 'meetingRules';

export async function loadMeetingRules(db: UnionDeskDatabase): Promise<MeetingRules> {
  const row = await db.settings.get(MEETING_RULES_KEY);
  if (!row) return DEFAULT_MEETING_RULES;
  const parsed = meetingRulesSchema.safeParse(row.value);
  // A stored file that no longer parses (written by a newer version) must not block minutes.
  return parsed.success ? parsed.data : DEFAULT_MEETING_RULES;
}

/** Stores replacement rules after validating them, or goes back to the defaults with null. */
export async function saveMeetingRules(
  db: UnionDeskDatabase,
  rules: unknown,
): Promise<MeetingRules> {
  if (rules === null) {
    await db.settings.delete(MEETING_RULES_KEY);
    return DEFAULT_MEETING_RULES;
  }
  const parsed = meetingRulesSchema.safeParse(rules);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const reason = issue ? `${issue.path.join('.') || '文件'}：${issue.message}` : '格式不对';
    throw new MeetingError('invalid', t('meetings.error.rulesFile', { reason }));
  }
  await db.settings.put({ key: MEETING_RULES_KEY, value: parsed.data });
  return parsed.data;
}

export async function loadMeetings(db: UnionDeskDatabase): Promise<Meeting[]> {
  const rows = await db.meetings.orderBy('date').reverse().toArray();
  return rows;
}

export async function loadMeeting(
  db: UnionDeskDatabase,
  id: string,
): Promise<{ meeting: Meeting; addenda: MeetingAddendum[] } | null> {
  return db.transaction('r', db.meetings, db.meetingAddenda, async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) return null;
    const addenda = await db.meetingAddenda.where('meetingId').equals(id).sortBy('createdAt');
    return { meeting, addenda };
  });
}

/** A member as a minute picks them: the name is copied into the minute, the department is shown. */
export interface RosterPerson extends PersonRef {
  memberId: string;
  department?: string;
}

/** Members on roll at a date, and who of them the meeting type expects. */
export interface ExpectedProposal {
  /** Members on roll at the date (for the small-union rule). */
  membersOnRoll: number;
  /** Who is expected: empty for a type whose 应到 is typed. */
  people: RosterPerson[];
  /** Everyone on roll that day, to pick attendees, the chair and the recorder from. */
  candidates: RosterPerson[];
  /** Their number, or undefined for a type whose 应到 is typed. */
  count?: number;
}

function byDepartmentThenName(a: MemberRow, b: MemberRow): number {
  const da = a.department ?? '';
  const dbb = b.department ?? '';
  if (da !== dbb) return da.localeCompare(dbb, 'zh-CN');
  return a.name.localeCompare(b.name, 'zh-CN');
}

/**
 * Proposes 应到 for a meeting on `date`: the members on roll that day (their membership history
 * decides, not today's status), or the 会员代表 among them for a representatives' congress.
 * People come sorted by department and name, the order of a sign-in sheet.
 */
export async function proposeExpected(
  db: UnionDeskDatabase,
  rules: MeetingRules,
  typeId: string,
  date: string,
): Promise<ExpectedProposal> {
  const onRoll = (await membersOnRollAt(db, date)).sort(byDepartmentThenName);
  const candidates: RosterPerson[] = onRoll.map((m) => ({
    memberId: m.id,
    name: m.name,
    ...(m.department ? { department: m.department } : {}),
  }));
  const type = meetingType(rules, typeId);
  const base = { membersOnRoll: onRoll.length, candidates };
  if (!type || type.expectedFrom === 'manual') return { ...base, people: [] };
  const people =
    type.expectedFrom === 'representatives'
      ? candidates.filter((_, i) => onRoll[i]!.representative)
      : candidates;
  return { ...base, people, count: people.length };
}

export interface SaveMeetingInput {
  id?: string;
  content: MeetingContent;
  /** 'planned' for a meeting not yet held, 'draft' once it is being recorded. */
  status: Exclude<MeetingStatus, 'signed'>;
  /** Every attachment the form uploaded, kept or not, and when it opened (see releaseAttachments). */
  draft?: { attachmentIds: readonly string[]; openedAt: string };
}

function firstProblem(check: MeetingCheck, list: 'errors' | 'toSign'): string {
  const first = check[list][0];
  return first ? render(first.message) : '';
}

function parseContent(content: MeetingContent): MeetingContent {
  const parsed = meetingContentSchema.safeParse(meetingContent(content));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new MeetingError(
      'invalid',
      t('meetings.error.invalid', { first: `${where} ${issue?.message ?? ''}`.trim() }),
    );
  }
  return parsed.data;
}

/**
 * Adds or updates a minute that is not signed. Counts that cannot be right (votes above those
 * present, more present than expected, a changed 应到 without a reason) refuse the save.
 */
export async function saveMeeting(
  db: UnionDeskDatabase,
  input: SaveMeetingInput,
): Promise<Meeting> {
  const rules = await loadMeetingRules(db);
  const content = parseContent(input.content);
  const { membersOnRoll } = await proposeExpected(db, rules, 'memberCongress', content.date);
  const check = checkMeeting(content, { rules, membersOnRoll });
  if (check.errors.length > 0) {
    throw new MeetingError(
      'invalid',
      t('meetings.error.invalid', { first: firstProblem(check, 'errors') }),
      check,
    );
  }
  const tables = [db.meetings, db.ledgerEntries, db.attachments, db.recycleBin];
  return db.transaction('rw', tables, async () => {
    const existing = input.id ? await db.meetings.get(input.id) : undefined;
    if (input.id && !existing) throw new MeetingError('missing', t('meetings.error.missing'));
    if (existing?.status === 'signed') throw new MeetingError('locked', t('meetings.error.locked'));
    const now = nowIso();
    const meeting: Meeting = {
      ...content,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      status: input.status,
    };
    await db.meetings.put(meeting);
    // Files the minute let go of go to the 回收站 if nothing else uses them; uploads of this
    // form that were removed again before saving are dropped outright.
    const kept = new Set(meeting.attachmentIds);
    const before = existing?.attachmentIds ?? [];
    await releaseAttachments(
      db,
      before.filter((id) => !kept.has(id)),
    );
    if (input.draft) {
      const uploads = input.draft.attachmentIds.filter(
        (id) => !kept.has(id) && !before.includes(id),
      );
      await releaseAttachments(db, uploads, { discardCreatedSince: input.draft.openedAt });
    }
    return meeting;
  });
}

/** The minute form closed without saving: its uploads that nothing refers to are dropped. */
export async function discardMeetingDraft(
  db: UnionDeskDatabase,
  draft: { attachmentIds: readonly string[]; openedAt: string },
): Promise<void> {
  await releaseAttachments(db, draft.attachmentIds, { discardCreatedSince: draft.openedAt });
}

/**
 * Signs a minute: checks it is complete and consistent, stores the hash of its content, and locks
 * it, in one transaction with the read so nothing can slip in between.
 */
export async function signMeeting(
  db: UnionDeskDatabase,
  id: string,
  signers: Pick<Signature, 'chair' | 'recorder' | 'signedOn'>,
): Promise<Meeting> {
  const rules = await loadMeetingRules(db);
  const stored = await db.meetings.get(id);
  if (!stored) throw new MeetingError('missing', t('meetings.error.missing'));
  const { membersOnRoll } = await proposeExpected(db, rules, stored.type, stored.date);
  return db.transaction('rw', db.meetings, async () => {
    const existing = await db.meetings.get(id);
    if (!existing) throw new MeetingError('missing', t('meetings.error.missing'));
    if (existing.status === 'signed') throw new MeetingError('locked', t('meetings.error.locked'));
    const check = checkMeeting(existing, { rules, membersOnRoll });
    if (check.toSign.length > 0) {
      throw new MeetingError(
        'cannotSign',
        t('meetings.error.cannotSign', { first: firstProblem(check, 'toSign') }),
        check,
      );
    }
    const people = {
      chair: signers.chair.trim(),
      recorder: signers.recorder.trim(),
      signedOn: signers.signedOn,
    };
    if (!people.chair || !people.recorder) {
      throw new MeetingError(
        'cannotSign',
        t('meetings.error.cannotSign', { first: t('meetings.sign.needChair') }),
      );
    }
    const now = nowIso();
    const signed: Meeting = {
      ...existing,
      status: 'signed',
      updatedAt: now,
      signature: {
        ...people,
        signedAt: now,
        contentHash: minuteHash(existing.id, existing, people),
      },
    };
    await db.meetings.put(signed);
    return signed;
  });
}

/** Adds a dated correction under a signed minute; the minute itself stays as signed. */
export async function addAddendum(
  db: UnionDeskDatabase,
  meetingId: string,
  input: { date: string; text: string; author: string },
): Promise<MeetingAddendum> {
  const text = input.text.trim();
  if (!text) throw new MeetingError('empty', t('meetings.error.addendumEmpty'));
  return db.transaction('rw', db.meetings, db.meetingAddenda, async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new MeetingError('missing', t('meetings.error.missing'));
    if (meeting.status !== 'signed')
      throw new MeetingError('notSigned', t('meetings.error.notSigned'));
    const now = nowIso();
    const addendum: MeetingAddendum = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      meetingId,
      date: input.date,
      text,
      author: input.author.trim(),
    };
    await db.meetingAddenda.add(addendum);
    return addendum;
  });
}

/**
 * Deletes a minute to the 回收站 with its addenda and the attachments nothing else uses, as one
 * entry that restores whole.
 */
export async function removeMeeting(db: UnionDeskDatabase, id: string): Promise<RecycleBinRow> {
  const tables = [db.meetings, db.meetingAddenda, db.ledgerEntries, db.attachments, db.recycleBin];
  return db.transaction('rw', tables, async () => {
    const meeting = await db.meetings.get(id);
    const addenda = await db.meetingAddenda.where('meetingId').equals(id).primaryKeys();
    const free = await unreferencedAttachments(db, meeting?.attachmentIds ?? [], {
      exceptMeeting: id,
    });
    const stored = (await db.attachments.bulkGet(free)).filter((row) => row !== undefined);
    return moveToRecycleBin(db, {
      table: 'meetings',
      ids: [id],
      cascade: [
        { table: 'meetingAddenda', ids: addenda },
        { table: 'attachments', ids: stored.map((row) => row.id) },
      ],
    });
  });
}
