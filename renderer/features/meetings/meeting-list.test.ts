import { describe, expect, it } from 'vitest';
import { makeMeeting } from '../../../shared/meetings/fixtures';
import { filterMeetings, yearsOf } from './meeting-list';

const meetings = [
  makeMeeting({ id: 'a', date: '2025-12-30' }),
  makeMeeting({ id: 'b', date: '2026-03-15', type: 'committee', startTime: '09:00' }),
  makeMeeting({ id: 'c', date: '2026-03-15', startTime: '14:00' }),
  makeMeeting({ id: 'd', date: '2026-06-01' }),
];

describe('the minutes list', () => {
  it('offers every year with minutes plus the current one', () => {
    expect(yearsOf(meetings, 2027)).toEqual([2027, 2026, 2025]);
  });

  it('filters by year and type, newest first', () => {
    expect(filterMeetings(meetings, { year: 2026, type: null }).map((m) => m.id)).toEqual([
      'd',
      'c',
      'b',
    ]);
    expect(filterMeetings(meetings, { year: null, type: 'committee' }).map((m) => m.id)).toEqual([
      'b',
    ]);
    expect(filterMeetings(meetings, { year: 2024, type: null })).toEqual([]);
  });
});
