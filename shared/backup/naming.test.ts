import { describe, expect, it } from 'vitest';
import { seeded } from '../../test/fixtures/random';
import { setCatalog, zhCN, type Catalog } from '../i18n';
import {
  backupFileName,
  MAX_UNION_NAME_LENGTH,
  parseBackupFileName,
  sanitizeUnionName,
  UNNAMED_UNION,
  withSequence,
} from './naming';
import { BACKUP_REASONS } from './reason';

// Local-time constructor: the name is in the clerk's clock, whatever zone the test runs in.
const AT = new Date(2026, 10, 23, 21, 30, 5);

describe('backupFileName', () => {
  it('names union, local time and reason in words', () => {
    expect(backupFileName({ unionName: '某某公司工会', createdAt: AT, reason: 'daily' })).toBe(
      'UnionDesk备份_某某公司工会_20261123-213005_每日自动.uniondesk-backup',
    );
    expect(backupFileName({ unionName: '某某公司工会', createdAt: AT, reason: 'pre-import' })).toBe(
      'UnionDesk备份_某某公司工会_20261123-213005_导入前.uniondesk-backup',
    );
  });

  it('pads every part of the time', () => {
    const early = new Date(2027, 0, 2, 3, 4, 5);
    expect(backupFileName({ unionName: 'A', createdAt: early, reason: 'manual' })).toContain(
      '_20270102-030405_手动备份.',
    );
  });

  it('refuses an invalid date rather than writing "NaN" into a name', () => {
    expect(() =>
      backupFileName({ unionName: 'A', createdAt: new Date(Number.NaN), reason: 'manual' }),
    ).toThrow(RangeError);
  });
});

describe('sanitizeUnionName', () => {
  it.each([
    ['某某公司工会', '某某公司工会'],
    ['A/B\\C:D*E?F"G<H>I|J', 'ABCDEFGHIJ'],
    ['  ..工会..  ', '工会'],
    ['工会\n委员会\t', '工会 委员会'],
    ['工会\u202egpj.exe', '工会gpj.exe'],
    ['', UNNAMED_UNION],
    ['   ', UNNAMED_UNION],
    ['../..', UNNAMED_UNION],
    ['***', UNNAMED_UNION],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeUnionName(input)).toBe(expected);
  });

  it('caps the length in characters, never splitting one', () => {
    const long = '工'.repeat(39) + '😀😀😀';
    const out = sanitizeUnionName(long);
    expect(Array.from(out)).toHaveLength(MAX_UNION_NAME_LENGTH);
    expect(out.endsWith('😀')).toBe(true);
  });

  it('trims a dot or space the cut leaves at the end', () => {
    expect(sanitizeUnionName('工'.repeat(39) + '. 尾')).toBe('工'.repeat(39));
  });
});

describe('withSequence', () => {
  const name = 'UnionDesk备份_A_20261123-213005_每日自动.uniondesk-backup';
  it('puts the number before the extension, and leaves sequence 1 alone', () => {
    expect(withSequence(name, 1)).toBe(name);
    expect(withSequence(name, 2)).toBe(
      'UnionDesk备份_A_20261123-213005_每日自动_2.uniondesk-backup',
    );
    expect(() => withSequence(name, 0)).toThrow(RangeError);
  });
});

describe('parseBackupFileName', () => {
  it('reads reason and local time back, with or without a sequence number', () => {
    for (const name of [
      'UnionDesk备份_某某公司工会_20261123-213005_每日自动.uniondesk-backup',
      'UnionDesk备份_某某公司工会_20261123-213005_每日自动_2.uniondesk-backup',
      'UnionDesk备份_某某公司工会_20261123-213005_每日自动_17.uniondesk-backup',
    ]) {
      expect(parseBackupFileName(name)).toEqual({ reason: 'daily', createdAt: AT });
    }
  });

  it('takes the last time and reason when the union name looks like one', () => {
    const name = 'UnionDesk备份_X_20200101-000000_导入前_20261123-213005_恢复前.uniondesk-backup';
    expect(parseBackupFileName(name)).toEqual({ reason: 'pre-restore', createdAt: AT });
  });

  it.each([
    'notes.txt',
    '.UnionDesk备份_A_20261123-213005_每日自动.uniondesk-backup.3fa2c1.tmp',
    'UnionDesk备份_A_20261123-213005_每日自动.uniondesk-backup.bak',
    'UnionDesk备份_A_20261123-213005_每日自动.xlsx',
    'UnionDesk备份__20261123-213005_每日自动.uniondesk-backup',
    'UnionDesk备份_A_20261123-213005_每周.uniondesk-backup',
    'UnionDesk备份_A_20261123-213005_daily.uniondesk-backup',
    'UnionDesk备份_A_2026112-213005_每日自动.uniondesk-backup',
    'UnionDesk备份_A_20261131-213005_每日自动.uniondesk-backup',
    'UnionDesk备份_A_20261123-243005_每日自动.uniondesk-backup',
    'UnionDesk备份_A_20261123-216005_每日自动.uniondesk-backup',
    'UnionDesk备份_A_20261123-213005_每日自动_1.uniondesk-backup',
    'UnionDesk备份_A_20261123-213005_每日自动_02.uniondesk-backup',
    'UnionDesk备份_A_20261123-213005_每日自动_x.uniondesk-backup',
    'Backup_A_20261123-213005_每日自动.uniondesk-backup',
    '',
  ])('refuses %j', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });

  it('still reads Chinese names after the catalogue is switched', () => {
    const name = backupFileName({ unionName: 'A', createdAt: AT, reason: 'pre-upgrade' });
    const en = { ...zhCN, 'backup.reason.pre-upgrade': 'before-upgrade' } as Catalog;
    const previous = setCatalog(en);
    try {
      expect(parseBackupFileName(name)?.reason).toBe('pre-upgrade');
      const english = backupFileName({ unionName: 'A', createdAt: AT, reason: 'pre-upgrade' });
      expect(english).toContain('_before-upgrade.');
      expect(parseBackupFileName(english)?.reason).toBe('pre-upgrade');
    } finally {
      setCatalog(previous);
    }
  });
});

describe('round trip over random names, times and reasons', () => {
  // Characters a union name might hold, plus every kind the sanitiser must deal with.
  const ALPHABET = [...'某市区县公司工会委员会有限责任_-（）() .·ABCxyz019/\\:*?"<>|\n\t😀'];

  it('parse(name(x)) gives back the reason and the second, with any sequence number', () => {
    const random = seeded(20261123);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    for (let i = 0; i < 500; i += 1) {
      const unionName = Array.from({ length: Math.floor(random() * 60) }, () =>
        pick(ALPHABET),
      ).join('');
      const reason = pick(BACKUP_REASONS);
      // Whole seconds between 2000 and 2099.
      const createdAt = new Date(946_684_800_000 + Math.floor(random() * 3_155_760_000) * 1000);
      const sequence = random() < 0.3 ? 2 + Math.floor(random() * 200) : 1;
      const name = withSequence(backupFileName({ unionName, createdAt, reason }), sequence);

      expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
      const parsed = parseBackupFileName(name);
      expect(parsed, name).not.toBeNull();
      expect(parsed!.reason).toBe(reason);
      // Naming it again gives the same name, in any time zone.
      expect(backupFileName({ unionName, createdAt: parsed!.createdAt, reason })).toBe(
        backupFileName({ unionName, createdAt, reason }),
      );
      // The same instant too, unless the local time is ambiguous (a daylight-saving fall-back).
      const local = new Date(
        createdAt.getFullYear(),
        createdAt.getMonth(),
        createdAt.getDate(),
        createdAt.getHours(),
        createdAt.getMinutes(),
        createdAt.getSeconds(),
      );
      if (local.getTime() === createdAt.getTime()) {
        expect(parsed!.createdAt.getTime()).toBe(createdAt.getTime());
      }
    }
  });
});
