import { t } from '../../../../shared/i18n';
import {
  MEMBERSHIP_EVENT_TYPES,
  MEMBERSHIP_EVENT_LABELS,
  withEvents,
} from '../../../../shared/members/membership';
import type { MemberFacts, Rate, RosterStats } from '../../../../shared/members/stats';
import { AGE_BANDS, formatTenths, rate } from '../../../../shared/members/stats';
import { EMPLOYMENT_STATUSES } from '../../../../shared/members/options';
import type { EventFact } from '../../../../shared/members/membership';
import type { Member } from '../../../../shared/members/model';

/** Statistics as the panel, its charts and its spreadsheet show them. */

/** Each member with their events, as the statistics take them. */
export function memberFacts(
  members: readonly Member[],
  events: readonly (EventFact & { memberId: string })[],
): MemberFacts[] {
  return withEvents(members, events);
}

export interface CountRow {
  label: string;
  value: number;
}

export function ageRows(stats: RosterStats): CountRow[] {
  return [
    ...AGE_BANDS.map((band) => ({ label: t(band.label), value: stats.ageBands[band.key] ?? 0 })),
    { label: t('members.ageBand.unknown'), value: stats.ageBands['unknown'] ?? 0 },
  ];
}

export function employmentRows(stats: RosterStats): CountRow[] {
  return [
    ...EMPLOYMENT_STATUSES.map((option) => ({
      label: t(option.label),
      value: stats.employment[option.value],
    })),
    { label: t('report.stats.employmentUnknown'), value: stats.employment.unknown },
  ];
}

export function changeRows(stats: RosterStats): CountRow[] {
  return MEMBERSHIP_EVENT_TYPES.map((type) => ({
    label: t(MEMBERSHIP_EVENT_LABELS[type]),
    value: stats.changes[type],
  }));
}

/** "90.5%", or the words for a rate that cannot be computed. */
export function rateText(value: Rate): string {
  return value.tenths === null ? t('report.stats.rateUnknown') : formatTenths(value.tenths);
}

/** "占 37.2%" of the members on roll. */
export function shareText(part: number, whole: number): string | null {
  const share = rate(part, whole);
  return share.tenths === null
    ? null
    : t('report.stats.share', { percent: formatTenths(share.tenths) });
}
