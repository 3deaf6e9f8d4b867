import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import type { EventFact } from './membership';
import {
  ageOn,
  formatTenths,
  periodLabel,
  rate,
  rosterStats,
  statisticsPeriod,
  type MemberFacts,
  type Workforce,
} from './stats';

const workforce: Workforce = { workforceTotal: 10, workforceWomen: 4, workforceMigrant: 3 };

function facts(events: EventFact[], member: Partial<MemberFacts['member']> = {}): MemberFacts {
  return {
    member: {
      sex: 'male',
      birthDate: '1985-03-12',
      migrantWorker: false,
      employment: 'onDuty',
      ...member,
    },
    events,
  };
}
const join = (date: string): EventFact => ({ type: 'join', date });

describe('statisticsPeriod', () => {
  it('gives the calendar year and the October–September statistics year', () => {
    expect(statisticsPeriod('calendar', 2024)).toMatchObject({
      start: '2024-01-01',
      end: '2024-12-31',
    });
    expect(statisticsPeriod('octSep', 2024)).toMatchObject({
      start: '2023-10-01',
      end: '2024-09-30',
    });
    expect(periodLabel(statisticsPeriod('octSep', 2024))).toBe(
      '统计年度（2023 年 10 月 1 日至 2024 年 9 月 30 日）',
    );
  });
});

describe('rate', () => {
  it('gives integer tenths of a percent, rounded half up, without float drift', () => {
    expect(rate(9, 10).tenths).toBe(900);
    expect(rate(1, 3).tenths).toBe(333);
    expect(rate(2, 3).tenths).toBe(667);
    expect(rate(1, 8).tenths).toBe(125);
    expect(rate(1, 16).tenths).toBe(63); // 62.5 → 63
    expect(rate(181, 200).tenths).toBe(905);
    expect(rate(1, 0)).toEqual({ numerator: 1, denominator: 0, tenths: null });
    expect(formatTenths(905)).toBe('90.5%');
    expect(formatTenths(1000)).toBe('100.0%');
  });
});

describe('ageOn', () => {
  it('counts completed years', () => {
    expect(ageOn('1985-03-12', '2020-03-11')).toBe(34);
    expect(ageOn('1985-03-12', '2020-03-12')).toBe(35);
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')).toBe(21);
  });
});

describe('rosterStats', () => {
  const year = statisticsPeriod('calendar', 2024);

  it('counts events exactly at the period boundaries', () => {
    const members = [
      facts([join('2023-12-31')]),
      facts([join('2024-01-01')]),
      facts([join('2024-12-31')]),
      facts([join('2025-01-01')]),
      facts([join('2020-01-01'), { type: 'transferOut', date: '2024-12-31' }]),
      facts([join('2020-01-01'), { type: 'expel', date: '2025-01-01' }]),
    ];
    const stats = rosterStats(members, workforce, year);
    expect(stats).toMatchObject({ onRollAtStart: 3, onRoll: 4, joined: 2, left: 1 });
    expect(stats.changes).toMatchObject({ join: 2, transferOut: 1, expel: 0 });
  });

  it('counts a member who left and rejoined in the period once on roll, once each way', () => {
    const members = [
      facts([join('2019-05-01'), { type: 'withdraw', date: '2024-03-01' }, join('2024-08-01')]),
    ];
    expect(rosterStats(members, workforce, year)).toMatchObject({
      onRollAtStart: 1,
      onRoll: 1,
      joined: 1,
      left: 1,
    });
    const before = rosterStats(members, workforce, statisticsPeriod('octSep', 2024));
    expect(before).toMatchObject({ onRoll: 1, joined: 1, left: 1 });
    const gap = rosterStats(members, workforce, { ...year, end: '2024-07-31' });
    expect(gap.onRoll).toBe(0);
  });

  it('keeps reserved members out of the roll and the rates', () => {
    const members = [
      facts([join('2010-01-01'), { type: 'reserve', date: '2024-06-30' }]),
      facts([]),
    ];
    expect(rosterStats(members, workforce, year)).toMatchObject({ onRoll: 1, reserved: 1 });
  });

  it('breaks the roll down by sex, migrant status, age band and employment', () => {
    const members = [
      facts([join('2015-01-01')], { sex: 'female', birthDate: '1989-12-31', migrantWorker: true }),
      facts([join('2015-01-01')], { sex: 'female', birthDate: '1988-12-31' }),
      facts([join('2015-01-01')], { birthDate: '1969-01-01', employment: 'retired' }),
      facts([join('2015-01-01')], { birthDate: '1968-12-31', employment: undefined }),
      facts([join('2015-01-01')], { birthDate: undefined, migrantWorker: true }),
    ];
    const stats = rosterStats(members, workforce, year);
    expect(stats).toMatchObject({ onRoll: 5, women: 2, migrant: 2 });
    // Ages on 2024-12-31: 35, 36, 55, 56, unknown.
    expect(stats.ageBands).toEqual({
      upTo35: 1,
      from36to45: 1,
      from46to55: 1,
      over55: 1,
      unknown: 1,
    });
    expect(stats.employment).toMatchObject({ onDuty: 3, retired: 1, unknown: 1 });
  });

  it('computes 入会率 and 农民工入会率 against the profile, and warns about stale counts', () => {
    const members = [
      ...Array.from({ length: 9 }, () => facts([join('2015-01-01')])),
      ...Array.from({ length: 4 }, () => facts([join('2015-01-01')], { migrantWorker: true })),
    ];
    const stats = rosterStats(
      members,
      { workforceTotal: 15, workforceWomen: 0, workforceMigrant: 3 },
      year,
    );
    expect(stats.rates.membership).toEqual({ numerator: 13, denominator: 15, tenths: 867 });
    expect(stats.rates.migrant).toEqual({ numerator: 4, denominator: 3, tenths: 1333 });
    expect(stats.warnings.map(render)).toEqual([
      '农民工入会率超过 100%：计入的会员有 4 人，而工会基本信息中的农民工人数只有 3 人。请在“设置”中更新农民工人数。',
      '工会基本信息中的女职工人数是 0，无法计算女职工入会率。请在“设置”中填写女职工人数。',
    ]);
  });
});
