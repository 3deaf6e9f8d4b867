import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { makeMember } from '../../../../shared/members/fixtures';
import { rosterStats, statisticsPeriod } from '../../../../shared/members/stats';
import { buildXlsx } from '../../../../shared/format/xlsx-build';
import { statsFileName, statsSheet } from './stats-sheet';
import { memberFacts } from './stats-view';

const workforce = { workforceTotal: 4, workforceWomen: 2, workforceMigrant: 0 };

function sample() {
  const members = [
    makeMember({ id: 'a', sex: 'female', birthDate: '1990-01-01', employment: 'onDuty' }),
    makeMember({ id: 'b', sex: 'male', birthDate: '1960-05-01', migrantWorker: false }),
    makeMember({ id: 'c', sex: 'female', birthDate: '1980-05-01', employment: undefined }),
  ];
  const events = [
    { memberId: 'a', type: 'join' as const, date: '2024-03-01' },
    { memberId: 'b', type: 'join' as const, date: '2010-01-01' },
    { memberId: 'b', type: 'transferOut' as const, date: '2024-06-30' },
    { memberId: 'c', type: 'join' as const, date: '2015-01-01' },
  ];
  return rosterStats(memberFacts(members, events), workforce, statisticsPeriod('octSep', 2024));
}

describe('statistics sheet', () => {
  it('groups events by member', () => {
    const facts = memberFacts(
      [makeMember({ id: 'x' }), makeMember({ id: 'y' })],
      [{ memberId: 'y', type: 'join', date: '2020-01-01' }],
    );
    expect(facts.map((f) => f.events.length)).toEqual([0, 1]);
  });

  it('lists the period figures as numbers and the rates as exact text', () => {
    const stats = sample();
    const { rows } = statsSheet(stats, workforce, {
      unionName: '示例工会委员会',
      today: '2024-10-08',
    });
    const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(rows[0]).toEqual(['示例工会会员统计表']);
    expect(value('统计期间')).toBe('统计年度（2023 年 10 月 1 日至 2024 年 9 月 30 日）');
    expect(value('期初在册会员')).toBe(2);
    expect(value('期末在册会员（会员人数）')).toBe(2);
    expect(value('其中：女会员')).toBe(2);
    expect(value('入会')).toBe(1);
    expect(value('转出')).toBe(1);
    expect(value('合计增加（入会＋转入）')).toBe(1);
    expect(value('合计减少（转出＋除名＋退会）')).toBe(1);
    expect(value('35 岁及以下')).toBe(1);
    expect(value('未填写')).toBe(1);
    expect(value('入会率')).toBe('50.0%');
    expect(value('女职工入会率')).toBe('100.0%');
    expect(value('农民工入会率')).toBe('无法计算');
    expect(
      rows.some((row) => String(row[0]).startsWith('注意：工会基本信息中的农民工人数是 0')),
    ).toBe(true);
  });

  it('writes an xlsx whose counts are number cells', () => {
    const stats = sample();
    const bytes = buildXlsx(statsSheet(stats, workforce, { unionName: 'U', today: '2024-10-08' }));
    const sheet = XLSX.read(bytes, { type: 'array' }).Sheets['会员统计']!;
    expect(sheet['A2']?.v).toBe('项目');
    expect(sheet['B7']).toMatchObject({ t: 'n', v: 2 });
    expect(statsFileName(stats, '示例工会委员会', '2024-10-08')).toBe(
      '会员统计_示例工会委员会_2024统计年度_20241008',
    );
  });
});
