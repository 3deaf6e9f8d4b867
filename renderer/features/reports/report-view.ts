import { AREA_SHORT_LABELS, isAreaId } from '../../../shared/campaign/areas';
import { t } from '../../../shared/i18n';
import { DEFAULT_MEETING_RULES, meetingTypeLabel } from '../../../shared/meetings/rules';
import { MEMBERSHIP_EVENT_TYPES } from '../../../shared/members/membership';
import { EMPLOYMENT_STATUSES } from '../../../shared/members/options';
import { AGE_BANDS, formatTenths, rate } from '../../../shared/members/stats';
import type { ReportPayload } from '../../../shared/report/payload';

/**
 * A report payload as a person reads it: the union's preview of exactly what will be signed and
 * the federation's detail view use the same text, so both sides see the same thing.
 */

export interface LabelValue {
  label: string;
  value: string;
}

export interface ReportView {
  title: string;
  basics: LabelValue[];
  roster: LabelValue[];
  ageBands: LabelValue[];
  employment: LabelValue[];
  changes: LabelValue[];
  total: { score: string; max: string; band: string };
  areas: { id: string; label: string; max: string; score: string }[];
  gates: { id: string; label: string; state: string; stateKey: string }[];
  items: {
    id: string;
    title: string;
    max: string;
    score: string;
    raised: boolean;
    reason: string;
    note: string;
    evidence: string[];
  }[];
  meetings: {
    id: string;
    date: string;
    title: string;
    type: string;
    signed: string;
    quorum: string;
    tags: string;
    hash: string;
  }[];
  ledger: { id: string; date: string; title: string; areas: string; attachments: string }[];
  surveys: {
    id: string;
    date: string;
    title: string;
    kind: string;
    ballots: string;
    satisfaction: string;
  }[];
}

export const points = (tenths: number): string =>
  Number.isInteger(tenths / 10) ? String(tenths / 10) : (tenths / 10).toFixed(1);

function rateText(fraction: { numerator: number; denominator: number }): string {
  const { tenths } = rate(fraction.numerator, fraction.denominator);
  return tenths === null
    ? t('reports.view.noRate')
    : t('reports.view.rate', {
        rate: formatTenths(tenths),
        numerator: fraction.numerator,
        denominator: fraction.denominator,
      });
}

function areaLabel(id: string): string {
  return isAreaId(id) ? t(AREA_SHORT_LABELS[id]) : id;
}

/** "a1b2 c3d4 …" shortened to the first 16 hex digits: enough to compare by eye on paper. */
export function shortHash(hash: string): string {
  return `${hash.slice(0, 8)} ${hash.slice(8, 16)}…`;
}

export function reportView(payload: ReportPayload): ReportView {
  const { union, period, roster, assessment } = payload;
  const count = (n: number) => t('reports.view.people', { count: n });
  return {
    title: t('reports.view.title', { union: union.name, year: period.year }),
    basics: [
      { label: t('profile.field.unionName'), value: union.name },
      { label: t('profile.field.creditCode'), value: union.creditCode },
      { label: t('profile.field.employerName'), value: union.employerName },
      { label: t('profile.field.parentUnion'), value: union.parentUnion },
      { label: t('profile.field.region'), value: union.region },
      ...(union.industry ? [{ label: t('profile.field.industry'), value: union.industry }] : []),
      ...(union.foundedOn ? [{ label: t('profile.field.foundedOn'), value: union.foundedOn }] : []),
      { label: t('profile.field.chairName'), value: union.chairName },
      {
        label: t('reports.view.period'),
        value: t(
          period.kind === 'octSep' ? 'reports.view.periodOctSep' : 'reports.view.periodCalendar',
          {
            year: period.year,
            start: period.start,
            end: period.end,
          },
        ),
      },
      {
        label: t('reports.view.sequence'),
        value: payload.supersedes
          ? t('reports.view.sequenceSupersedes', { sequence: payload.sequence })
          : t('reports.view.sequenceFirst', { sequence: payload.sequence }),
      },
      { label: t('reports.view.reportId'), value: payload.reportId },
      {
        label: t('reports.view.generatedAt'),
        value: payload.generatedAt.replace('T', ' ').slice(0, 19) + ' UTC',
      },
      { label: t('reports.view.appVersion'), value: payload.appVersion },
      {
        label: t('reports.view.standard'),
        value: t('reports.view.standardValue', {
          name: assessment.standard.name,
          version: assessment.standard.version,
          hash: shortHash(assessment.standard.hash),
        }),
      },
      {
        label: t('reports.view.revision'),
        value: t('reports.view.revisionValue', {
          revision: assessment.revision,
          date: assessment.finalisedAt.slice(0, 10),
        }),
      },
    ],
    roster: [
      { label: t('profile.field.workforceTotal'), value: count(payload.workforce.total) },
      { label: t('profile.field.workforceWomen'), value: count(payload.workforce.women) },
      { label: t('profile.field.workforceMigrant'), value: count(payload.workforce.migrant) },
      { label: t('reports.view.onRoll'), value: count(roster.onRoll) },
      { label: t('reports.view.women'), value: count(roster.women) },
      { label: t('reports.view.migrant'), value: count(roster.migrant) },
      { label: t('reports.view.reserved'), value: count(roster.reserved) },
      { label: t('reports.view.membershipRate'), value: rateText(roster.rates.membership) },
      { label: t('reports.view.migrantRate'), value: rateText(roster.rates.migrant) },
      { label: t('reports.view.womenRate'), value: rateText(roster.rates.women) },
      { label: t('reports.view.joined'), value: count(roster.joined) },
      { label: t('reports.view.left'), value: count(roster.left) },
    ],
    ageBands: [
      ...AGE_BANDS.map((band) => ({
        label: t(band.label),
        value: count(roster.ageBands[band.key] ?? 0),
      })),
      { label: t('members.ageBand.unknown'), value: count(roster.ageBands['unknown'] ?? 0) },
    ],
    employment: [
      ...EMPLOYMENT_STATUSES.map((status) => ({
        label: t(status.label),
        value: count(roster.employment[status.value] ?? 0),
      })),
      {
        label: t('reports.view.employmentUnknown'),
        value: count(roster.employment['unknown'] ?? 0),
      },
    ].filter((row) => row.value !== count(0)),
    changes: MEMBERSHIP_EVENT_TYPES.map((type) => ({
      label: t(`members.event.${type}`),
      value: count(roster.changes[type] ?? 0),
    })),
    total: {
      score: points(assessment.totalTenths),
      max: points(assessment.maxTenths),
      band: assessment.band?.label ?? t('reports.view.noBand'),
    },
    areas: assessment.areas.map((area) => ({
      id: area.areaId,
      label: area.label,
      max: points(area.maxTenths),
      score: points(area.scoreTenths),
    })),
    gates: assessment.gates.map((gate) => ({
      id: gate.gateId,
      label: gate.label,
      state: t(`reports.view.gate.${gate.state}`),
      stateKey: gate.state,
    })),
    items: assessment.items.map((item) => ({
      id: item.itemId,
      title: item.title,
      max: points(item.maxTenths),
      score: points(item.scoreTenths),
      raised: item.scoreTenths > item.proposedTenths,
      reason: item.reason ?? '',
      note: item.note,
      evidence: item.evidence.map((e) => e.label),
    })),
    meetings: payload.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      title: m.title,
      type: meetingTypeLabel(DEFAULT_MEETING_RULES, m.type),
      signed: t(m.signed ? 'reports.view.signed' : 'reports.view.unsigned'),
      quorum: t(
        m.quorumOk === null
          ? 'reports.view.quorumNone'
          : m.quorumOk
            ? 'reports.view.quorumOk'
            : 'reports.view.quorumFailed',
      ),
      tags: m.tags.join('、'),
      hash: m.contentHash ? shortHash(m.contentHash) : '',
    })),
    ledger: payload.ledger.map((entry) => ({
      id: entry.id,
      date: entry.date,
      title: entry.title,
      areas: entry.areas.map(areaLabel).join('、'),
      attachments: entry.attachments.map((a) => `${a.name}（${shortHash(a.sha256)}）`).join('；'),
    })),
    surveys: payload.surveys.map((s) => {
      const satisfied = rate(s.satisfied + s.basic, s.slots);
      return {
        id: s.id,
        date: s.date,
        title: s.title,
        kind: t(`surveys.kind.${s.kind}`),
        ballots: t('reports.view.ballots', {
          distributed: s.distributed,
          returned: s.returned,
          valid: s.valid,
        }),
        satisfaction:
          satisfied.tenths === null ? t('reports.view.noRate') : formatTenths(satisfied.tenths),
      };
    }),
  };
}
