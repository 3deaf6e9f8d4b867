import { describe, expect, it } from 'vitest';
import { makeMeeting } from './fixtures';
import { minuteHash, verifyMinute } from './hash';
import { meetingSchema, type Meeting } from './model';
import { chineseNumber, suggestMeetingTitle } from './title';

function signed(meeting: Meeting): Meeting {
  const signers = { chair: '王主席', recorder: '李记录', signedOn: '2026-03-16' };
  return {
    ...meeting,
    status: 'signed',
    signature: {
      ...signers,
      signedAt: '2026-03-16T02:00:00.000Z',
      contentHash: minuteHash(meeting.id, meeting, signers),
    },
  };
}

describe('minute hash', () => {
  it('verifies a signed minute and is stable across key order and bookkeeping', () => {
    const meeting = signed(makeMeeting());
    expect(verifyMinute(meeting)).toBe('ok');
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    const reordered = Object.fromEntries(Object.entries(meeting).reverse()) as unknown as Meeting;
    expect(verifyMinute({ ...reordered, updatedAt: '2027-01-01T00:00:00.000Z' })).toBe('ok');
  });

  it('shows any change to what the minute says as a mismatch', () => {
    const meeting = signed(makeMeeting());
    expect(verifyMinute({ ...meeting, place: '食堂' })).toBe('mismatch');
    const items = meeting.items.map((item, i) =>
      i === 1
        ? { ...item, vote: { method: 'show' as const, for: 81, against: 2, abstain: 3 } }
        : item,
    );
    expect(verifyMinute({ ...meeting, items })).toBe('mismatch');
    expect(
      verifyMinute({ ...meeting, signature: { ...meeting.signature!, recorder: '张三' } }),
    ).toBe('mismatch');
    expect(verifyMinute(makeMeeting())).toBe('unsigned');
  });
});

describe('meeting titles', () => {
  it('writes 届次 and 次数 in Chinese numerals', () => {
    expect([1, 10, 12, 20, 23].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '二十三']);
    expect(suggestMeetingTitle('会员代表大会', 2, 3)).toBe('第二届会员代表大会第三次会议');
    expect(suggestMeetingTitle('工会委员会会议', 2, 5)).toBe('第二届工会委员会第五次会议');
    expect(suggestMeetingTitle('工会委员会会议')).toBe('工会委员会会议');
    expect(suggestMeetingTitle('会员大会', 1)).toBe('第一届会员大会');
  });
});
