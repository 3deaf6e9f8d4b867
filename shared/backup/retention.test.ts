import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/fixtures/random';
import type { BackupReason } from './reason';
import {
  backupsToDelete,
  DAILY_BACKUPS_KEPT,
  SAFETY_BACKUP_DAYS,
  SAFETY_BACKUP_REASONS,
  type RetentionEntry,
} from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-23T12:00:00Z');

function entry(reason: BackupReason, ageMs: number, fileName = `${reason}-${ageMs}`) {
  return { fileName, reason, createdAt: new Date(NOW.getTime() - ageMs) };
}

/** `n` daily backups, one a day, the newest `offsetDays` old. */
function dailies(n: number, offsetDays = 0): RetentionEntry[] {
  return Array.from({ length: n }, (_, i) => entry('daily', (i + offsetDays) * DAY, `d${i}`));
}

describe('the rule as constants', () => {
  it('keeps 30 dailies and safety copies for 90 days', () => {
    expect(DAILY_BACKUPS_KEPT).toBe(30);
    expect(SAFETY_BACKUP_DAYS).toBe(90);
    expect(SAFETY_BACKUP_REASONS).toEqual(['pre-import', 'pre-restore', 'pre-upgrade']);
  });
});

describe('daily backups', () => {
  it('keeps exactly 30', () => {
    expect(backupsToDelete(dailies(30), NOW)).toEqual([]);
  });

  it('deletes the oldest beyond 30', () => {
    expect(backupsToDelete(dailies(31), NOW)).toEqual(['d30']);
    expect(backupsToDelete(dailies(33), NOW)).toEqual(['d30', 'd31', 'd32']);
  });

  it('counts by time, not by the order given', () => {
    const shuffled = dailies(32).reverse();
    expect(backupsToDelete(shuffled, NOW).sort()).toEqual(['d30', 'd31']);
  });

  it('breaks a tie in the same second by name, so "_2" counts as the newer', () => {
    const same = [
      ...dailies(29, 1),
      entry('daily', 0, 'x.uniondesk-backup'),
      entry('daily', 0, 'x_2.uniondesk-backup'),
    ];
    // 31 in all: of the two newest, "_2" stays and is the newest overall.
    expect(backupsToDelete(same, NOW)).toEqual(['d28']);
  });

  it('keeps old dailies when there are 30 or fewer of them, however old', () => {
    expect(backupsToDelete(dailies(5, 1000), NOW)).toEqual([]);
  });
});

describe('safety copies', () => {
  it.each(SAFETY_BACKUP_REASONS)('%s: kept on day 90, deleted on day 91', (reason) => {
    const newer = entry('manual', 0);
    expect(backupsToDelete([newer, entry(reason, 90 * DAY)], NOW)).toEqual([]);
    expect(backupsToDelete([newer, entry(reason, 90 * DAY + 1)], NOW)).toEqual([
      `${reason}-${90 * DAY + 1}`,
    ]);
    expect(backupsToDelete([newer, entry(reason, 91 * DAY)], NOW)).toEqual([
      `${reason}-${91 * DAY}`,
    ]);
  });

  it('keeps a copy dated in the future (the clock was changed)', () => {
    expect(backupsToDelete([entry('manual', 0), entry('pre-import', -10 * DAY)], NOW)).toEqual([]);
  });

  it('does not count against the 30 dailies, nor the dailies against them', () => {
    const list = [...dailies(30), entry('pre-restore', 10 * DAY), entry('pre-upgrade', 100 * DAY)];
    expect(backupsToDelete(list, NOW)).toEqual([`pre-upgrade-${100 * DAY}`]);
  });
});

describe('always kept', () => {
  it('never deletes a manual backup, however old or many', () => {
    const manuals = Array.from({ length: 100 }, (_, i) => entry('manual', i * 10 * DAY));
    expect(backupsToDelete([...manuals, ...dailies(40)], NOW)).toEqual(
      dailies(40)
        .slice(30)
        .map((e) => e.fileName),
    );
  });

  it('never deletes the newest backup, even a 200-day-old safety copy', () => {
    expect(backupsToDelete([entry('pre-import', 200 * DAY, 'only')], NOW)).toEqual([]);
    const both = [entry('pre-import', 200 * DAY, 'newest'), entry('pre-import', 201 * DAY, 'old')];
    expect(backupsToDelete(both, NOW)).toEqual(['old']);
  });

  it('deletes nothing from an empty folder', () => {
    expect(backupsToDelete([], NOW)).toEqual([]);
  });
});

describe('over random folders', () => {
  const REASONS: BackupReason[] = ['manual', 'daily', 'pre-import', 'pre-restore', 'pre-upgrade'];

  it('keeps what the rule promises and deletes only what it allows', () => {
    const random = seeded(90);
    for (let round = 0; round < 200; round += 1) {
      const list = Array.from({ length: Math.floor(random() * 80) }, (_, i) =>
        entry(
          REASONS[Math.floor(random() * REASONS.length)]!,
          Math.floor(random() * 400 * DAY),
          `f${i}`,
        ),
      );
      const deleted = new Set(backupsToDelete(list, NOW));
      const kept = list.filter((e) => !deleted.has(e.fileName));
      const newest = Math.max(...list.map((e) => e.createdAt.getTime()));

      if (list.length) expect(kept.some((e) => e.createdAt.getTime() === newest)).toBe(true);
      for (const e of list) {
        if (e.reason === 'manual') expect(deleted.has(e.fileName)).toBe(false);
        if (
          SAFETY_BACKUP_REASONS.includes(e.reason) &&
          NOW.getTime() - e.createdAt.getTime() <= 90 * DAY
        ) {
          expect(deleted.has(e.fileName)).toBe(false);
        }
      }
      const dailyCount = list.filter((e) => e.reason === 'daily').length;
      const dailyKept = kept.filter((e) => e.reason === 'daily').length;
      // The newest backup overall, if a daily, is among the newest 30 dailies anyway.
      expect(dailyKept).toBe(Math.min(dailyCount, DAILY_BACKUPS_KEPT));
    }
  });
});
