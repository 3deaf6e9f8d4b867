import { msg, t, type Message, type PlainMessageKey } from '../i18n';
import type { UnionProfile } from '../profile/model';
import { formatIsoDate } from '../validation/date';
import {
  MEMBERSHIP_EVENT_TYPES,
  deriveStatus,
  isJoinEvent,
  isLeaveEvent,
  type EventFact,
  type MembershipEventType,
} from './membership';
import type { MemberData } from './model';
import { EMPLOYMENT_STATUSES, type EmploymentStatus } from './options';

/**
 * Roster statistics for a period: the counts the 工会统计年报 and the upward report ask for
 * (aggregates only, DOMAIN.md §7). Status comes from each member's events as of the period's last
 * day, never from the stored `status`, so last year's figures stay right after this year's changes.
 */

/**
 * `calendar`: 1 January – 31 December of `year`. `octSep`: 1 October of the year before – 30
 * September of `year`, the reference period of the 工会统计年报 (the 2024 report ends 2024-09-30).
 */
export type PeriodKind = 'calendar' | 'octSep';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** First and last day, both included, `YYYY-MM-DD`. */
  start: string;
  end: string;
}

export function statisticsPeriod(kind: PeriodKind, year: number): Period {
  return kind === 'calendar'
    ? { kind, year, start: formatIsoDate(year, 1, 1), end: formatIsoDate(year, 12, 31) }
    : { kind, year, start: formatIsoDate(year - 1, 10, 1), end: formatIsoDate(year, 9, 30) };
}

export function periodLabel(period: Period): string {
  return period.kind === 'calendar'
    ? t('members.period.calendar', { year: period.year })
    : t('members.period.octSep', { year: period.year, previous: period.year - 1 });
}

function dayBefore(isoDate: string): string {
  const d = new Date(
    Date.UTC(
      Number(isoDate.slice(0, 4)),
      Number(isoDate.slice(5, 7)) - 1,
      Number(isoDate.slice(8, 10)) - 1,
    ),
  );
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Completed years of age on `date` (a 29 February birthday turns over on 1 March). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * Age bands as data. The brief's bands: ≤35 (the 青年会员 line used in union statistics), 36–45,
 * 46–55, ≥56. The official form's own bands were not available to check; a federation that uses
 * others replaces this list.
 */
export interface AgeBand {
  key: string;
  label: PlainMessageKey;
  /** Inclusive bounds in completed years; `max: null` = no upper bound. */
  min: number;
  max: number | null;
}

export const AGE_BANDS: readonly AgeBand[] = [
  { key: 'upTo35', label: 'members.ageBand.upTo35', min: 0, max: 35 },
  { key: 'from36to45', label: 'members.ageBand.from36to45', min: 36, max: 45 },
  { key: 'from46to55', label: 'members.ageBand.from46to55', min: 46, max: 55 },
  { key: 'over55', label: 'members.ageBand.over55', min: 56, max: null },
];

/**
 * A rate as an exact fraction plus its value in integer tenths of a percent (905 = 90.5 %),
 * rounded half up with integer arithmetic: no float ever reaches a report. `tenths` is null when
 * the denominator is 0.
 */
export interface Rate {
  numerator: number;
  denominator: number;
  tenths: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  if (denominator <= 0) return { numerator, denominator, tenths: null };
  // round(n / d × 1000) = floor((2000 n + d) / 2d); all integers well below 2^53.
  const tenths = Math.floor((2000 * numerator + denominator) / (2 * denominator));
  return { numerator, denominator, tenths };
}

/** "90.5%" from integer tenths, without floating-point formatting. */
export function formatTenths(tenths: number): string {
  return `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}%`;
}

export interface MemberFacts {
  member: Pick<MemberData, 'sex' | 'birthDate' | 'migrantWorker' | 'employment'>;
  events: readonly EventFact[];
}

export type Workforce = Pick<
  UnionProfile,
  'workforceTotal' | 'workforceWomen' | 'workforceMigrant'
>;

export interface RosterStats {
  period: Period;
  /** Members on roll (在册) at the end of the day before the period. */
  onRollAtStart: number;
  /** Members on roll at the end of the period's last day; the 会员人数. */
  onRoll: number;
  /** Of those on roll: women, migrant workers (农民工会员). */
  women: number;
  migrant: number;
  /** 保留会籍 at the end: members, but not counted in `onRoll` nor in the rates. */
  reserved: number;
  /** Of those on roll, by age at the period's end; `unknown` without a birth date. */
  ageBands: Record<string, number>;
  /** Of those on roll, by 就业状况; `unknown` when not entered. */
  employment: Record<EmploymentStatus | 'unknown', number>;
  /** Membership events dated within the period, by type. */
  changes: Record<MembershipEventType, number>;
  /** 入会 + 转入, and 转出 + 除名 + 退会, within the period. */
  joined: number;
  left: number;
  rates: {
    /** 入会率: members on roll ÷ 职工总数. */
    membership: Rate;
    /** 农民工入会率: migrant members on roll ÷ 农民工人数. */
    migrant: Rate;
    /** 女职工入会率: women members on roll ÷ 女职工人数. */
    women: Rate;
  };
  /** Rates that cannot be computed or exceed 100 %: the profile's counts need updating. */
  warnings: Message[];
}

function bandOf(age: number): string | undefined {
  return AGE_BANDS.find((b) => age >= b.min && (b.max === null || age <= b.max))?.key;
}

function rateWarnings(rates: RosterStats['rates']): Message[] {
  const labels = {
    membership: ['members.stats.membershipRate', 'profile.field.workforceTotal'],
    migrant: ['members.stats.migrantRate', 'profile.field.workforceMigrant'],
    women: ['members.stats.womenRate', 'profile.field.workforceWomen'],
  } as const;
  const warnings: Message[] = [];
  for (const key of ['membership', 'migrant', 'women'] as const) {
    const { numerator, denominator, tenths } = rates[key];
    const rateName = t(labels[key][0]);
    const field = t(labels[key][1]);
    if (tenths === null) warnings.push(msg('members.stats.noWorkforce', { rate: rateName, field }));
    else if (numerator > denominator) {
      warnings.push(
        msg('members.stats.rateAboveWorkforce', { rate: rateName, numerator, denominator, field }),
      );
    }
  }
  return warnings;
}

/** The roster's statistics for a period, against the profile's workforce counts. */
export function rosterStats(
  members: readonly MemberFacts[],
  workforce: Workforce,
  period: Period,
): RosterStats {
  const before = dayBefore(period.start);
  const ageBands: Record<string, number> = { unknown: 0 };
  for (const band of AGE_BANDS) ageBands[band.key] = 0;
  const employment = { unknown: 0 } as Record<EmploymentStatus | 'unknown', number>;
  for (const option of EMPLOYMENT_STATUSES) employment[option.value] = 0;
  const changes = Object.fromEntries(MEMBERSHIP_EVENT_TYPES.map((type) => [type, 0])) as Record<
    MembershipEventType,
    number
  >;
  let onRollAtStart = 0;
  let onRoll = 0;
  let women = 0;
  let migrant = 0;
  let reserved = 0;

  for (const { member, events } of members) {
    for (const event of events) {
      if (event.date >= period.start && event.date <= period.end) changes[event.type] += 1;
    }
    if (deriveStatus(events, before) === 'active') onRollAtStart += 1;
    const status = deriveStatus(events, period.end);
    if (status === 'reserved') reserved += 1;
    if (status !== 'active') continue;
    onRoll += 1;
    if (member.sex === 'female') women += 1;
    if (member.migrantWorker) migrant += 1;
    const band = member.birthDate ? bandOf(ageOn(member.birthDate, period.end)) : undefined;
    ageBands[band ?? 'unknown'] = (ageBands[band ?? 'unknown'] ?? 0) + 1;
    employment[member.employment ?? 'unknown'] += 1;
  }

  const count = (test: (type: MembershipEventType) => boolean) =>
    MEMBERSHIP_EVENT_TYPES.filter(test).reduce((sum, type) => sum + changes[type], 0);
  const rates = {
    membership: rate(onRoll, workforce.workforceTotal),
    migrant: rate(migrant, workforce.workforceMigrant),
    women: rate(women, workforce.workforceWomen),
  };
  return {
    period,
    onRollAtStart,
    onRoll,
    women,
    migrant,
    reserved,
    ageBands,
    employment,
    changes,
    joined: count(isJoinEvent),
    left: count(isLeaveEvent),
    rates,
    warnings: rateWarnings(rates),
  };
}
