import { describe, expect, it } from 'vitest';
import { makeAgendaItem, makeMeeting } from '../../../../shared/meetings/fixtures';
import { minuteHash } from '../../../../shared/meetings/hash';
import type { Meeting, MeetingAddendum } from '../../../../shared/meetings/model';
import { DEFAULT_MEETING_RULES } from '../../../../shared/meetings/rules';
import { HASH_PREFIX_LENGTH, minuteView, paragraphs, timeText, voteView } from './minute-print';

const rules = DEFAULT_MEETING_RULES;

function signed(overrides: Partial<Meeting> = {}): Meeting {
  const meeting = makeMeeting({ status: 'signed', ...overrides });
  const signers = { chair: '王主席', recorder: '李记录', signedOn: '2026-03-16' };
  return {
    ...meeting,
    signature: {
      ...signers,
      signedAt: '2026-03-16T02:00:00.000Z',
      contentHash: minuteHash(meeting.id, meeting, signers),
    },
  };
}

const addendum = (overrides: Partial<MeetingAddendum> = {}): MeetingAddendum => ({
  id: 'a1',
  createdAt: '2026-04-01T01:00:00.000Z',
  updatedAt: '2026-04-01T01:00:00.000Z',
  meetingId: makeMeeting().id,
  date: '2026-04-01',
  text: '第二项议程的反对票应为 3 票。\n经核对原始表决票更正。',
  author: '李记录',
  ...overrides,
});

describe('the printed minute', () => {
  it('computes the quorum verdict from the counts with the rule applied', () => {
    const view = minuteView(makeMeeting(), [], rules, '示例工会委员会');
    const quorum = view.header.find((row) => row.label === '法定人数')!;
    expect(quorum.value).toBe(
      '应到 90 人的 2/3 以上为 60 人，实到 85 人，符合法定人数，会议有效。',
    );
    expect(quorum.note).toContain(rules.name);

    const short = minuteView(
      makeMeeting({ expected: { count: 30 }, attendance: { mode: 'counts', present: 19 } }),
      [],
      rules,
      '',
    );
    expect(short.header.find((row) => row.label === '法定人数')!.value).toContain('未达到法定人数');
    const exact = minuteView(
      makeMeeting({ expected: { count: 30 }, attendance: { mode: 'counts', present: 20 } }),
      [],
      rules,
      '',
    );
    expect(exact.header.find((row) => row.label === '法定人数')!.value).toContain('符合法定人数');
  });

  it('says when a type has no quorum rule, and prints an adjusted 应到 with its reason', () => {
    const view = minuteView(
      makeMeeting({
        type: 'other',
        expected: { count: 88, proposed: 90, reason: '2 人长期病休' },
      }),
      [],
      rules,
      '',
    );
    expect(view.header.find((row) => row.label === '法定人数')).toMatchObject({
      value: '本类会议不要求法定人数。',
    });
    expect(view.header.find((row) => row.label === '法定人数')!.note).toBeUndefined();
    expect(view.header.find((row) => row.label === '应到人数')!.value).toBe(
      '88 人（名册提出 90 人；调整原因：2 人长期病休）',
    );
  });

  it('writes each vote with its method and the computed result', () => {
    const passed = voteView(
      rules,
      makeAgendaItem({ vote: { method: 'secret', for: 46, against: 30, abstain: 9 } }),
      90,
      85,
    )!;
    expect(passed.counts).toBe('无记名投票，赞成 46 票，反对 30 票，弃权 9 票。');
    expect(passed.result).toBe('通过');
    expect(passed.reason).toBe('赞成 46 票，超过应到 90 人的 1/2（须至少 46 票）。');

    // Exactly half of 应到 is not 过半数.
    const half = voteView(
      rules,
      makeAgendaItem({ vote: { method: 'show', for: 45, against: 30, abstain: 10 } }),
      90,
      85,
    )!;
    expect(half.result).toBe('未通过');
    expect(half.passed).toBe(false);

    const tooMany = voteView(
      rules,
      makeAgendaItem({ vote: { method: 'roll', for: 80, against: 5, abstain: 5 } }),
      90,
      85,
    )!;
    expect(tooMany.result).toBeNull();
    expect(tooMany.reason).toContain('票数合计 90 票，超过实到 85 人');
    expect(voteView(rules, makeAgendaItem({ vote: undefined }), 90, 85)).toBeNull();
  });

  it('numbers items in Chinese and keeps paragraphs as typed', () => {
    const items = Array.from({ length: 12 }, (_, i) =>
      makeAgendaItem({ title: `议程 ${i + 1}`, tags: i === 0 ? [] : ['选举', '会务公开'] }),
    );
    const view = minuteView(makeMeeting({ items }), [], rules, '');
    expect(view.items.map((item) => item.number).slice(9)).toEqual(['十、', '十一、', '十二、']);
    expect(view.items[0]!.tags).toBeNull();
    expect(view.items[1]!.tags).toBe('类别：选举、会务公开');
    expect(paragraphs('一\r\n\n  二  \n')).toEqual(['一', '二']);
    expect(timeText('14:00', '16:30')).toBe('14:00—16:30');
    expect(timeText(undefined, undefined)).toBe('');
  });

  it('fills the signature lines of a signed minute and shows the start of its hash', () => {
    const meeting = signed();
    const view = minuteView(meeting, [addendum()], rules, '示例工会委员会');
    expect(view.signature).toMatchObject({
      chair: '王主席',
      recorder: '李记录',
      date: '2026 年 3 月 16 日',
      check: 'ok',
    });
    expect(view.signature.note).toBe(
      `已签署锁定 · 内容校验码 ${meeting.signature!.contentHash.slice(0, HASH_PREFIX_LENGTH)}`,
    );
    expect(view.addenda).toEqual([
      {
        id: 'a1',
        heading: '补充说明 1 · 2026 年 4 月 1 日 · 填写人：李记录',
        text: ['第二项议程的反对票应为 3 票。', '经核对原始表决票更正。'],
      },
    ]);
  });

  it('says so when a signed minute no longer matches its hash, and leaves drafts blank', () => {
    const tampered = { ...signed(), closing: '改过的结束语' };
    expect(minuteView(tampered, [], rules, '').signature).toMatchObject({ check: 'mismatch' });
    expect(minuteView(tampered, [], rules, '').signature.note).toContain('校验不一致');

    const draft = minuteView(makeMeeting(), [], rules, '').signature;
    expect(draft).toMatchObject({ chair: '', recorder: '', check: 'unsigned' });
    expect(draft.note).toBe('本记录尚未签署，打印件为草稿。');
    expect(minuteView(makeMeeting({ status: 'planned' }), [], rules, '').signature.note).toBe(
      '本会议尚未召开，打印件为会议计划。',
    );
  });

  it('lists the names of those present only when attendance was taken by name', () => {
    const byName = minuteView(
      makeMeeting({
        expected: { count: 3 },
        attendance: { mode: 'roster', present: [{ name: '张三' }, { name: '李四' }] },
        absentees: [{ name: '王五', reason: '出差' }],
      }),
      [],
      rules,
      '',
    );
    expect(byName.presentNames).toEqual(['张三', '李四']);
    expect(byName.header.find((row) => row.label === '缺席')!.value).toBe('1 人：王五（出差）');
    const counted = minuteView(makeMeeting(), [], rules, '');
    expect(counted.presentNames).toBeNull();
    expect(counted.header.find((row) => row.label === '缺席')!.value).toBe('无');
    expect(counted.header.find((row) => row.label === '应到人数')!.value2).toBe(
      '85 人（按人数登记）',
    );
  });
});
