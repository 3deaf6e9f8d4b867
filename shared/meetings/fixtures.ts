import type { AgendaItem, Meeting, MeetingContent } from './model';

/**
 * Builders for tests and benchmarks: a valid minute of a 会员大会 that a test overrides field by
 * field. Not used by the app itself.
 */

let counter = 0;

export function makeAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  counter += 1;
  return {
    id: `item-${counter}`,
    title: '审议工会工作报告',
    discussion: '与会会员对报告进行了讨论，提出了改进职工食堂、增加文体活动等建议。',
    tags: ['工作报告'],
    vote: { method: 'show', for: 80, against: 2, abstain: 3 },
    resolution: '会议审议通过了工会工作报告。',
    ...overrides,
  };
}

export function makeMeetingContent(overrides: Partial<MeetingContent> = {}): MeetingContent {
  return {
    type: 'memberCongress',
    title: '第二届会员大会第三次会议',
    term: 2,
    session: 3,
    date: '2026-03-15',
    startTime: '14:00',
    endTime: '16:30',
    place: '公司三楼会议室',
    chair: { name: '王主席' },
    recorder: { name: '李记录' },
    expected: { count: 90 },
    attendance: { mode: 'counts', present: 85 },
    absentees: [],
    observers: ['公司党委副书记'],
    items: [
      makeAgendaItem(),
      makeAgendaItem({
        title: '审议工会经费收支情况报告',
        tags: ['经费报告'],
        resolution: '会议审议通过了经费收支情况报告。',
      }),
    ],
    closing: '会议在全体起立高唱国歌中结束。',
    attachmentIds: [],
    ...overrides,
  };
}

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    createdAt: '2026-03-15T08:00:00.000Z',
    updatedAt: '2026-03-15T08:00:00.000Z',
    status: 'draft',
    ...makeMeetingContent(),
    ...overrides,
  };
}
