import { describe, expect, it } from 'vitest';
import { makeAgendaItem, makeMeeting } from '../meetings/fixtures';
import { DEFAULT_MEETING_RULES } from '../meetings/rules';
import { makeMemberData, makeResidentId } from '../members/fixtures';
import { statisticsPeriod } from '../members/stats';
import {
  assessmentPeriod,
  ledgerFacts,
  minuteFacts,
  profileFacts,
  rosterFacts,
} from './facts-build';

const period = assessmentPeriod(statisticsPeriod('calendar', 2026));

describe('facts for the assessment', () => {
  it('counts the roster at the end of the period, joins and leaves within it, and valid IDs', () => {
    const join = (date: string) => ({ type: 'join' as const, date });
    const records = [
      {
        member: makeMemberData({ sex: 'female', migrantWorker: true }),
        events: [join('2015-06-13')],
      },
      { member: makeMemberData({ hardship: true }), events: [join('2026-04-01')] },
      {
        member: makeMemberData({ representative: true }),
        events: [join('2015-06-13'), { type: 'transferOut' as const, date: '2026-05-01' }],
      },
      { member: makeMemberData({ docNumber: makeResidentId().slice(0, 17) + 'Y' }), events: [] },
      { member: makeMemberData(), events: [join('2027-01-05')] },
    ];
    expect(rosterFacts(records, period)).toEqual({
      onRoll: 3,
      womenOnRoll: 1,
      migrantOnRoll: 3, // makeMemberData makes migrant workers unless told otherwise
      validIds: 2,
      joinsInPeriod: 1,
      leavesInPeriod: 1,
      hardshipOnRoll: 1,
      representativesOnRoll: 0,
    });
  });

  it('takes held minutes up to the period’s end with their computed verdicts and tags', () => {
    const held = makeMeeting({
      id: 'm1',
      status: 'signed',
      items: [
        makeAgendaItem({ tags: ['工作报告'] }),
        makeAgendaItem({
          tags: ['经费报告'],
          vote: { method: 'show', for: 40, against: 0, abstain: 0 },
        }),
      ],
    });
    const thin = makeMeeting({
      id: 'm2',
      date: '2026-06-01',
      attendance: { mode: 'counts', present: 50 },
    });
    const planned = makeMeeting({ id: 'm3', status: 'planned' });
    // Older minutes stay: a standard may look back years (an election within the term).
    const lastYear = makeMeeting({ id: 'm4', date: '2025-12-31' });
    const nextYear = makeMeeting({ id: 'm6', date: '2027-01-02' });
    const other = makeMeeting({ id: 'm5', type: 'other', date: '2026-07-01' });
    const facts = minuteFacts(
      [thin, held, planned, lastYear, other, nextYear],
      DEFAULT_MEETING_RULES,
      period,
    );
    expect(facts.map((m) => [m.id, m.quorumOk, m.signed])).toEqual([
      ['m4', true, false],
      ['m1', true, true],
      ['m2', false, false],
      ['m5', null, false],
    ]);
    expect(facts[1]).toMatchObject({ tags: ['工作报告', '经费报告'], passedTags: ['工作报告'] });
  });

  it('keeps ledger entries of the period with their attachments’ hashes, and checks the credit code', () => {
    const entry = {
      id: 'l1',
      createdAt: '',
      updatedAt: '',
      date: '2026-03-08',
      title: '趣味运动会',
      areas: ['area3' as const],
      tags: ['文体'],
      description: '',
      attachmentIds: ['a1', 'gone'],
    };
    const attachments = new Map([['a1', { id: 'a1', name: '照片.jpg', sha256: 'f'.repeat(64) }]]);
    expect(
      ledgerFacts([entry, { ...entry, id: 'l2', date: '2027-01-01' }], attachments, period),
    ).toEqual([
      {
        id: 'l1',
        title: '趣味运动会',
        date: '2026-03-08',
        areas: ['area3'],
        tags: ['文体'],
        attachments: [attachments.get('a1')],
      },
    ]);
    expect(profileFacts(undefined)).toMatchObject({
      creditCodeUnionValid: false,
      workforceTotal: 0,
    });
  });
});
