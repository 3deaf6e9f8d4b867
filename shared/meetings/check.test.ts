import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { checkMeeting, type MeetingContext } from './check';
import { makeAgendaItem, makeMeetingContent } from './fixtures';
import { DEFAULT_MEETING_RULES } from './rules';

const context: MeetingContext = { rules: DEFAULT_MEETING_RULES, membersOnRoll: 90 };
const keys = (problems: { message: { key: string } }[]) => problems.map((p) => p.message.key);

describe('checkMeeting', () => {
  it('accepts a complete minute that can be signed', () => {
    const check = checkMeeting(makeMeetingContent(), context);
    expect(check).toEqual({ errors: [], warnings: [], toSign: [] });
  });

  it('refuses votes that add up to more than those present, naming the item', () => {
    const content = makeMeetingContent({
      items: [
        makeAgendaItem(),
        makeAgendaItem({ vote: { method: 'show', for: 80, against: 5, abstain: 1 } }),
      ],
    });
    const check = checkMeeting(content, context);
    expect(keys(check.errors)).toEqual(['meetings.check.votesOverPresent']);
    expect(check.errors[0]!.field).toBe('items.1.vote');
    expect(render(check.errors[0]!.message)).toBe(
      '第 2 项议程的表决票数合计 86 票，超过实到人数 85 人，请核对赞成、反对、弃权票数。',
    );
    expect(keys(check.toSign)).toContain('meetings.check.votesOverPresent');
  });

  it('refuses more present than expected, and absentees that overflow', () => {
    expect(
      keys(
        checkMeeting(makeMeetingContent({ attendance: { mode: 'counts', present: 91 } }), context)
          .errors,
      ),
    ).toEqual(['meetings.check.presentOverExpected']);
    const absentees = Array.from({ length: 6 }, (_, i) => ({ name: `缺席${i}`, reason: '出差' }));
    expect(keys(checkMeeting(makeMeetingContent({ absentees }), context).errors)).toEqual([
      'meetings.check.absenteesOver',
    ]);
  });

  it('needs a reason when 应到 differs from what the roster proposed', () => {
    const changed = makeMeetingContent({ expected: { count: 90, proposed: 95 } });
    expect(keys(checkMeeting(changed, context).errors)).toEqual(['meetings.check.expectedReason']);
    const explained = makeMeetingContent({
      expected: { count: 90, proposed: 95, reason: '5 人长期病休' },
    });
    expect(checkMeeting(explained, context).errors).toEqual([]);
  });

  it('warns when the quorum is not met and when a small union records a representatives congress', () => {
    const thin = makeMeetingContent({
      type: 'repCongress',
      attendance: { mode: 'counts', present: 59 },
      items: [makeAgendaItem({ vote: { method: 'show', for: 50, against: 0, abstain: 0 } })],
    });
    const check = checkMeeting(thin, context);
    expect(check.errors).toEqual([]);
    expect(keys(check.warnings)).toEqual(['meetings.check.smallUnion', 'meetings.check.noQuorum']);
    expect(render(check.warnings[1]!.message)).toContain('未达到法定人数 60 人');
    expect(keys(checkMeeting(thin, { ...context, membersOnRoll: 101 }).warnings)).toEqual([
      'meetings.check.noQuorum',
    ]);
  });

  it('lists what is missing before signing', () => {
    const bare = makeMeetingContent({
      chair: undefined,
      recorder: { name: ' ' },
      attendance: { mode: 'roster', present: [] },
      items: [],
    });
    expect(keys(checkMeeting(bare, context).toSign)).toEqual([
      'meetings.sign.needChair',
      'meetings.sign.needRecorder',
      'meetings.sign.needAttendance',
      'meetings.sign.needItems',
    ]);
  });

  it('refuses an end time before the start and an unknown type', () => {
    const check = checkMeeting(
      makeMeetingContent({ type: 'x', startTime: '15:00', endTime: '14:00' }),
      context,
    );
    expect(keys(check.errors)).toEqual([
      'meetings.check.unknownType',
      'meetings.check.endBeforeStart',
    ]);
  });
});
