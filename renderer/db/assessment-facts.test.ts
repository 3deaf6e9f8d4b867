import { describe, expect, it } from 'vitest';
import { makeAgendaItem, makeMeetingContent } from '../../shared/meetings/fixtures';
import { makeMemberDraft, makeResidentId } from '../../shared/members/fixtures';
import { statisticsPeriod } from '../../shared/members/stats';
import { makeRound } from '../../shared/surveys/fixtures';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import { loadAssessmentFacts } from './assessment-facts';
import { saveMeeting, signMeeting } from './meetings';
import { addMembershipEvent, saveMember } from './members';

const { freshDb } = freshDatabases('assessment-facts');

describe('the facts the assessment scores from', () => {
  it('reads the roster, minutes, ledger and survey rounds of the period in one snapshot', async () => {
    const db = freshDb();
    const ids: string[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const saved = await saveMember(
        db,
        makeMemberDraft({
          name: `会员${i}`,
          docNumber: makeResidentId({ sequence: i }),
          joinedOn: '2015-06-13',
        }),
        { today: '2026-11-23' },
      );
      if (!saved.ok) throw new Error(saved.message);
      ids.push(saved.member.id);
    }
    await addMembershipEvent(db, ids[3]!, { type: 'transferOut', date: '2026-09-01' });
    const minute = await saveMeeting(db, {
      content: makeMeetingContent({
        expected: { count: 4 },
        attendance: { mode: 'counts', present: 3 },
        items: [
          makeAgendaItem({
            tags: ['工作报告'],
            vote: { method: 'show', for: 3, against: 0, abstain: 0 },
          }),
        ],
      }),
      status: 'draft',
    });
    await signMeeting(db, minute.id, {
      chair: '王主席',
      recorder: '李记录',
      signedOn: '2026-03-16',
    });
    await db.ledgerEntries.put({
      id: 'f0000000-0000-4000-8000-000000000001',
      createdAt: minute.createdAt,
      updatedAt: minute.createdAt,
      date: '2026-05-01',
      title: '五一劳动竞赛',
      areas: ['area4'],
      tags: ['劳动竞赛'],
      description: '',
      meetingId: minute.id,
      attachmentIds: [],
    });
    const counts = { satisfied: 2, basic: 1, unsatisfied: 0, unknown: 0 };
    await db.surveyRounds.bulkPut([
      makeRound({
        id: 'r-2026',
        distributed: 4,
        returned: 3,
        valid: 3,
        counts: { organisation: counts },
      }),
      makeRound({ id: 'r-2025', year: 2025, startedOn: '2025-10-01', endedOn: '2025-10-20' }),
    ]);

    const facts = await loadAssessmentFacts(db, statisticsPeriod('calendar', 2026));
    expect(facts.roster).toMatchObject({ onRoll: 3, leavesInPeriod: 1, validIds: 3 });
    expect(facts.minutes).toEqual([
      expect.objectContaining({
        id: minute.id,
        signed: true,
        quorumOk: true,
        passedTags: ['工作报告'],
      }),
    ]);
    expect(facts.ledger).toEqual([
      expect.objectContaining({ title: '五一劳动竞赛', meetingId: minute.id }),
    ]);
    // The 2026 round only; members on roll at its end (2026-10-20): three.
    expect(facts.surveys.map((s) => [s.id, s.kind, s.membersOnRoll, s.valid])).toEqual([
      ['r-2026', 'union', 3, 3],
      ['r-2026', 'cadre', 3, 3],
    ]);
  });
});
