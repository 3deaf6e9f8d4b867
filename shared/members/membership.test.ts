import { describe, expect, it } from 'vitest';
import {
  deriveStatus,
  initialEvent,
  isJoinEvent,
  isLeaveEvent,
  onRollAt,
  sortEvents,
  statusAfter,
  withEvents,
  type EventFact,
} from './membership';

const ev = (type: EventFact['type'], date: string, createdAt?: string): EventFact =>
  createdAt === undefined ? { type, date } : { type, date, createdAt };

describe('deriveStatus', () => {
  it('is on roll for a member without events (imported without a joining date)', () => {
    expect(deriveStatus([])).toBe('active');
    expect(deriveStatus([], '1990-01-01')).toBe('active');
  });

  it('follows the events up to and including the day asked about', () => {
    const events = [
      ev('join', '2015-06-13'),
      ev('reserve', '2020-01-01'),
      ev('transferOut', '2022-05-01'),
    ];
    expect(deriveStatus(events, '2015-06-12')).toBe('notJoined');
    expect(deriveStatus(events, '2015-06-13')).toBe('active');
    expect(deriveStatus(events, '2019-12-31')).toBe('active');
    expect(deriveStatus(events, '2020-01-01')).toBe('reserved');
    expect(deriveStatus(events, '2022-05-01')).toBe('left');
    expect(deriveStatus(events)).toBe('left');
  });

  it('handles a member who left and rejoined', () => {
    const events = [
      ev('join', '2010-03-01'),
      ev('withdraw', '2016-07-01'),
      ev('join', '2019-09-01'),
    ];
    expect(deriveStatus(events, '2017-01-01')).toBe('left');
    expect(deriveStatus(events, '2019-09-01')).toBe('active');
  });

  it('infers the state before a history that starts with a leave or a reservation', () => {
    expect(deriveStatus([ev('transferOut', '2021-01-01')], '2020-12-31')).toBe('active');
    expect(deriveStatus([ev('reserve', '2021-01-01')], '2020-12-31')).toBe('active');
    expect(deriveStatus([ev('transferIn', '2021-01-01')], '2020-12-31')).toBe('notJoined');
  });

  it('orders events by date, then by when they were recorded, whatever the input order', () => {
    const sameDay = [
      ev('join', '2021-01-01', '2021-01-05T00:00:00Z'),
      ev('expel', '2021-01-01', '2021-01-02T00:00:00Z'),
    ];
    expect(deriveStatus(sameDay, '2021-01-01')).toBe('active');
    expect(
      sortEvents([ev('expel', '2022-01-01'), ev('join', '2020-01-01')]).map((e) => e.type),
    ).toEqual(['join', 'expel']);
  });
});

describe('event kinds', () => {
  it('classifies joins and leaves', () => {
    expect(['join', 'transferIn'].every((t) => isJoinEvent(t as EventFact['type']))).toBe(true);
    expect(isLeaveEvent('transferOut') && isLeaveEvent('expel') && isLeaveEvent('withdraw')).toBe(
      true,
    );
    expect(isLeaveEvent('reserve') || isJoinEvent('reserve')).toBe(false);
    expect(statusAfter('reserve')).toBe('reserved');
  });

  it('makes a join event from 入会日期 only when there is one', () => {
    expect(initialEvent('2015-06-13')).toEqual({ type: 'join', date: '2015-06-13' });
    expect(initialEvent(undefined)).toBeUndefined();
  });
});

describe('histories by member', () => {
  it('gives each member their own events and tells who is on roll at a date', () => {
    const event = (memberId: string, type: 'join' | 'transferOut', date: string) => ({
      memberId,
      type,
      date,
    });
    const records = withEvents(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        event('a', 'join', '2015-06-13'),
        event('b', 'join', '2015-06-13'),
        event('a', 'transferOut', '2026-02-01'),
      ],
    );
    expect(records.map((r) => [r.member.id, r.events.length])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 0],
    ]);
    expect(records.map((r) => onRollAt(r.events, '2026-01-31'))).toEqual([true, true, true]);
    expect(records.map((r) => onRollAt(r.events, '2026-02-01'))).toEqual([false, true, true]);
  });
});
