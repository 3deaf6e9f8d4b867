import { makeSurvey } from '../shared/assessment/fixtures';
import { AREA_IDS } from '../shared/campaign/areas';
import type { LedgerEntry } from '../shared/ledger/model';
import { makeAgendaItem, makeMeeting } from '../shared/meetings/fixtures';
import type { Meeting } from '../shared/meetings/model';
import type { EventFact } from '../shared/members/membership';
import type { Member } from '../shared/members/model';
import { benchMembers } from './roster-fixture';

/**
 * The records of a large union as the report builder reads them from the database: 50,000
 * members with their membership events, 500 minutes, a ledger with files. What the benchmark
 * times starts from these, as the app does after its reads.
 */

export interface UnionRecords {
  members: { member: Member; events: EventFact[] }[];
  meetings: Meeting[];
  ledger: LedgerEntry[];
  attachments: Map<string, { id: string; name: string; sha256: string }>;
}

const MEETING_TYPES = ['memberCongress', 'committee', 'committee', 'fundsReview', 'other'];
const AREAS = AREA_IDS;
const TAGS = ['工作报告', '经费报告', '集体协商', '会务公开', '述职', '选举'];

export function unionRecords(memberCount: number, meetingCount: number): UnionRecords {
  const members = benchMembers(memberCount).map((member, i) => {
    const events: EventFact[] = [{ type: 'join', date: member.joinedOn || '2015-06-13' }];
    // Some joined during the year, some left, a few keep 保留会籍.
    if (i % 23 === 0) events.push({ type: 'transferOut', date: '2026-05-01' });
    if (i % 97 === 0) events.push({ type: 'reserve', date: '2026-07-01' });
    if (i % 31 === 0) events.splice(0, 1, { type: 'join', date: '2026-03-01' });
    return {
      member: { ...member, sex: i % 3 === 0 ? ('female' as const) : ('male' as const) },
      events,
    };
  });
  const meetings = Array.from({ length: meetingCount }, (_, i) => {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const tag = TAGS[i % TAGS.length]!;
    return makeMeeting({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: MEETING_TYPES[i % MEETING_TYPES.length]!,
      title: `第二届委员会第 ${i + 1} 次会议`,
      date: `${i < 450 ? 2026 : 2025}-${month}-${day}`,
      status: i % 5 === 0 ? 'draft' : 'signed',
      expected: { count: 90 },
      attendance: { mode: 'counts', present: 60 + (i % 40) },
      items: [
        makeAgendaItem({ tags: [tag] }),
        makeAgendaItem({ tags: [TAGS[(i + 1) % TAGS.length]!], vote: undefined }),
      ],
      attachmentIds: i % 4 === 0 ? [`att-${i}`] : [],
      ...(i % 5 === 0
        ? {}
        : {
            signature: {
              chair: '王主席',
              recorder: '李记录',
              signedOn: '2026-12-01',
              signedAt: '2026-12-01T02:00:00.000Z',
              contentHash: String(i).padStart(64, 'c'),
            },
          }),
    });
  });
  const attachments = new Map<string, { id: string; name: string; sha256: string }>();
  const ledger = Array.from({ length: 200 }, (_, i): LedgerEntry => {
    const id = `file-${i}`;
    attachments.set(id, { id, name: `活动照片${i}.jpg`, sha256: 'ab'.repeat(32) });
    return {
      id: `ledger-${i}`,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      title: `职工之家活动第 ${i + 1} 期`,
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-10`,
      areas: [AREAS[i % AREAS.length]!],
      tags: [TAGS[i % TAGS.length]!],
      participants: 20 + i,
      description: '组织会员开展活动，记录见附件。',
      attachmentIds: [id],
    };
  });
  return { members, meetings, ledger, attachments };
}

export const benchSurveys = () => [
  makeSurvey(),
  makeSurvey({ kind: 'cadre', title: '2026 年度评议工会干部' }),
];
