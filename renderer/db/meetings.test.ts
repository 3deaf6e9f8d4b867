import { describe, expect, it } from 'vitest';
import { makeMemberDraft, makeResidentId } from '../../shared/members/fixtures';
import { makeAgendaItem, makeMeetingContent } from '../../shared/meetings/fixtures';
import { verifyMinute } from '../../shared/meetings/hash';
import { DEFAULT_MEETING_RULES } from '../../shared/meetings/rules';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import {
  addAddendum,
  loadMeeting,
  loadMeetingRules,
  MeetingError,
  proposeExpected,
  removeMeeting,
  saveMeeting,
  saveMeetingRules,
  signMeeting,
} from './meetings';
import { storeAttachment } from './attachments';
import { newId } from './ids';
import { addMembershipEvent, saveMember } from './members';
import { deleteMeeting, restoreFromRecycleBin } from './recycle-bin';
import type { UnionDeskDatabase } from './schema';

const { freshDb } = freshDatabases('meetings');
const SIGNERS = { chair: '王主席', recorder: '李记录', signedOn: '2026-03-16' };

async function member(db: UnionDeskDatabase, name: string, sequence: number, extra = {}) {
  const result = await saveMember(
    db,
    makeMemberDraft({ name, docNumber: makeResidentId({ sequence }), ...extra }),
    { today: '2026-11-23' },
  );
  if (!result.ok) throw new Error(result.message);
  return result.member;
}

async function rejection(promise: Promise<unknown>): Promise<MeetingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MeetingError) return error;
    throw error;
  }
  throw new Error('expected a MeetingError');
}

describe('proposing 应到 from the roster', () => {
  it('counts members on roll at the meeting date, and representatives for a congress', async () => {
    const db = freshDb();
    await member(db, '张三', 1, { joinedOn: '2015-06-13', department: '二车间' });
    await member(db, '李四', 2, {
      joinedOn: '2015-06-13',
      representative: true,
      department: '一车间',
    });
    const late = await member(db, '王五', 3, { joinedOn: '2026-05-01' });
    const gone = await member(db, '赵六', 4, { joinedOn: '2015-06-13' });
    await addMembershipEvent(db, gone.id, { type: 'transferOut', date: '2026-02-01' });
    void late;

    const march = await proposeExpected(db, DEFAULT_MEETING_RULES, 'memberCongress', '2026-03-15');
    expect(march.count).toBe(2);
    // Sorted by department in pinyin order: 二 (er) before 一 (yi).
    expect(march.people.map((p) => p.name)).toEqual(['张三', '李四']);
    const january = await proposeExpected(
      db,
      DEFAULT_MEETING_RULES,
      'memberCongress',
      '2026-01-15',
    );
    expect(january.count).toBe(3);
    const congress = await proposeExpected(db, DEFAULT_MEETING_RULES, 'repCongress', '2026-03-15');
    expect(congress).toMatchObject({ membersOnRoll: 2, count: 1 });
    const committee = await proposeExpected(db, DEFAULT_MEETING_RULES, 'committee', '2026-03-15');
    expect(committee).toMatchObject({ membersOnRoll: 2, people: [] });
    expect(committee.candidates.map((p) => p.name)).toEqual(['张三', '李四']);
  });
});

describe('saving a minute', () => {
  it('refuses counts that do not add up and stores nothing', async () => {
    const db = freshDb();
    const content = makeMeetingContent({
      items: [makeAgendaItem({ vote: { method: 'show', for: 80, against: 6, abstain: 0 } })],
    });
    const error = await rejection(saveMeeting(db, { content, status: 'draft' }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('第 1 项议程的表决票数合计 86 票，超过实到人数 85 人');
    expect(await db.meetings.count()).toBe(0);
  });

  it('adds a planned meeting and records it later under the same id', async () => {
    const db = freshDb();
    const planned = await saveMeeting(db, {
      content: makeMeetingContent({ attendance: { mode: 'counts', present: 0 }, items: [] }),
      status: 'planned',
    });
    const recorded = await saveMeeting(db, {
      id: planned.id,
      content: makeMeetingContent(),
      status: 'draft',
    });
    expect(recorded).toMatchObject({
      id: planned.id,
      status: 'draft',
      createdAt: planned.createdAt,
    });
    expect(await db.meetings.count()).toBe(1);
  });
});

describe('signing and locking', () => {
  it('stores a hash that verifies, then refuses every edit', async () => {
    const db = freshDb();
    const draft = await saveMeeting(db, { content: makeMeetingContent(), status: 'draft' });
    const signed = await signMeeting(db, draft.id, SIGNERS);
    expect(signed.status).toBe('signed');
    expect(verifyMinute(signed)).toBe('ok');
    expect(verifyMinute((await db.meetings.get(draft.id))!)).toBe('ok');

    const edit = await rejection(
      saveMeeting(db, {
        id: draft.id,
        content: { ...makeMeetingContent(), place: '食堂' },
        status: 'draft',
      }),
    );
    expect(edit.code).toBe('locked');
    expect((await rejection(signMeeting(db, draft.id, SIGNERS))).code).toBe('locked');
    expect((await db.meetings.get(draft.id))?.place).toBe('公司三楼会议室');
  });

  it('will not sign a minute that is incomplete, saying what is missing', async () => {
    const db = freshDb();
    const draft = await saveMeeting(db, {
      content: makeMeetingContent({ recorder: undefined, items: [] }),
      status: 'draft',
    });
    const error = await rejection(signMeeting(db, draft.id, SIGNERS));
    expect(error.code).toBe('cannotSign');
    expect(error.message).toBe('还不能签署：请填写记录人。');
    expect((await db.meetings.get(draft.id))?.status).toBe('draft');
  });

  it('keeps addenda beside a signed minute and refuses them on a draft', async () => {
    const db = freshDb();
    const draft = await saveMeeting(db, { content: makeMeetingContent(), status: 'draft' });
    expect(
      (
        await rejection(
          addAddendum(db, draft.id, { date: '2026-03-20', text: '更正', author: '李记录' }),
        )
      ).code,
    ).toBe('notSigned');
    await signMeeting(db, draft.id, SIGNERS);
    await addAddendum(db, draft.id, {
      date: '2026-03-20',
      text: '更正：实到 86 人。',
      author: '李记录',
    });
    expect(
      (await rejection(addAddendum(db, draft.id, { date: '2026-03-21', text: '  ', author: '' })))
        .code,
    ).toBe('empty');
    const loaded = await loadMeeting(db, draft.id);
    expect(loaded?.addenda.map((a) => a.text)).toEqual(['更正：实到 86 人。']);
    expect(verifyMinute(loaded!.meeting)).toBe('ok');
  });

  it('comes back from the 回收站 still signed and verifying', async () => {
    const db = freshDb();
    const draft = await saveMeeting(db, { content: makeMeetingContent(), status: 'draft' });
    await signMeeting(db, draft.id, SIGNERS);
    await addAddendum(db, draft.id, { date: '2026-03-20', text: '补充', author: '李记录' });
    const bin = await deleteMeeting(db, draft.id);
    expect(await db.meetingAddenda.count()).toBe(0);
    await restoreFromRecycleBin(db, bin.id);
    const loaded = await loadMeeting(db, draft.id);
    expect(verifyMinute(loaded!.meeting)).toBe('ok');
    expect(loaded?.addenda).toHaveLength(1);
  });
});

describe('a minute’s attachments', () => {
  async function stored(db: UnionDeskDatabase, text: string) {
    const result = await storeAttachment(
      db,
      new Blob([text], { type: 'application/pdf' }),
      `${text}.pdf`,
    );
    if (!result.ok) throw new Error(result.message);
    return result.attachment.id;
  }

  it('bins a file the minute lets go of, keeps one still used elsewhere, drops unsaved uploads', async () => {
    const db = freshDb();
    const scan = await stored(db, '签到表扫描件');
    const tally = await stored(db, '计票单');
    const meeting = await saveMeeting(db, {
      content: makeMeetingContent({ attachmentIds: [scan, tally] }),
      status: 'draft',
    });
    await db.ledgerEntries.put({
      id: newId(),
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
      date: '2026-03-15',
      title: '会员大会',
      areas: ['area1'],
      tags: [],
      description: '',
      attachmentIds: [tally],
    });
    const openedAt = new Date().toISOString();
    const stray = await stored(db, '误传的文件');
    await saveMeeting(db, {
      id: meeting.id,
      content: makeMeetingContent({ attachmentIds: [] }),
      status: 'draft',
      draft: { attachmentIds: [stray], openedAt },
    });
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual([tally]);
    const bin = await db.recycleBin.toArray();
    expect(bin.map((entry) => entry.label)).toEqual(['签到表扫描件.pdf']);
  });

  it('takes the files only it used along to the 回收站 when deleted, and back on restore', async () => {
    const db = freshDb();
    const scan = await stored(db, '签到表扫描件');
    const meeting = await saveMeeting(db, {
      content: makeMeetingContent({ attachmentIds: [scan] }),
      status: 'draft',
    });
    const entry = await removeMeeting(db, meeting.id);
    expect(await db.attachments.count()).toBe(0);
    await restoreFromRecycleBin(db, entry.id);
    expect((await db.attachments.toArray()).map((a) => a.id)).toEqual([scan]);
    expect((await db.meetings.get(meeting.id))?.attachmentIds).toEqual([scan]);
  });
});

describe('meeting rules', () => {
  it('can be replaced and reset; a bad file is refused with the reason', async () => {
    const db = freshDb();
    expect(await loadMeetingRules(db)).toBe(DEFAULT_MEETING_RULES);
    await saveMeetingRules(db, {
      ...DEFAULT_MEETING_RULES,
      quorum: { numerator: 1, denominator: 2 },
    });
    expect((await loadMeetingRules(db)).quorum).toEqual({ numerator: 1, denominator: 2 });
    const bad = await rejection(saveMeetingRules(db, { ...DEFAULT_MEETING_RULES, types: [] }));
    expect(bad.message).toMatch(/^会议规则文件无效：types/);
    await saveMeetingRules(db, null);
    expect(await loadMeetingRules(db)).toBe(DEFAULT_MEETING_RULES);
  });
});
