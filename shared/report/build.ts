import type { AssessmentFacts } from '../assessment/facts';
import type { Assessment } from '../assessment/record';
import { scoreAssessment } from '../assessment/score';
import type { RosterStats } from '../members/stats';
import type { UnionProfile } from '../profile/profile';
import type { Standard } from '../standard/model';
import { REPORT_KIND, type ReportPayload } from './payload';

export interface ReportMeta {
  /** UUID of this report. */
  reportId: string;
  /** 1 for the year's first report; a re-issue adds one. */
  sequence: number;
  /** The report this one replaces, or null. */
  supersedes: string | null;
  /** UTC ISO timestamp. */
  generatedAt: string;
  appVersion: string;
}

export interface ReportInput {
  meta: ReportMeta;
  profile: UnionProfile;
  periodKind: 'calendar' | 'octSep';
  facts: AssessmentFacts;
  stats: RosterStats;
  standard: Standard;
  /** The finalised self-assessment the report states. */
  assessment: Assessment;
}

export class ReportBuildError extends Error {
  constructor(readonly code: 'notFinal' | 'standardMismatch' | 'yearMismatch') {
    super(code);
    this.name = 'ReportBuildError';
  }
}

const fraction = (rate: { numerator: number; denominator: number }) => ({
  numerator: rate.numerator,
  denominator: rate.denominator,
});

/**
 * The annual report from a finalised self-assessment and the period's aggregates. Scores are the
 * clerk's final ones as stored; evidence lists come from scoring the same facts, so every score
 * carries the titles and hashes that justify it. Only fields that DOMAIN.md §7 allows are copied:
 * the profile's phone, every member row and every name but the chair's stay behind.
 */
export function buildReportPayload(input: ReportInput): ReportPayload {
  const { meta, profile, facts, stats, standard, assessment } = input;
  if (assessment.status !== 'final' || !assessment.finalisedAt || !assessment.outcome) {
    throw new ReportBuildError('notFinal');
  }
  if (
    assessment.standard.id !== standard.id ||
    assessment.standard.version !== standard.version ||
    assessment.standard.hash !== standard.contentHash
  ) {
    throw new ReportBuildError('standardMismatch');
  }
  if (assessment.year !== facts.period.year) throw new ReportBuildError('yearMismatch');

  const scored = scoreAssessment(standard, facts);
  const entries = new Map(assessment.items.map((entry) => [entry.itemId, entry]));
  const items = standard.items.map((item) => {
    const entry = entries.get(item.id);
    const proposal = scored.items.find((s) => s.itemId === item.id);
    return {
      itemId: item.id,
      areaId: item.area,
      title: item.title,
      maxTenths: item.pointsTenths,
      proposedTenths: entry?.proposedTenths ?? proposal?.proposedTenths ?? 0,
      scoreTenths: entry?.scoreTenths ?? proposal?.proposedTenths ?? 0,
      ...(entry?.reason?.trim() ? { reason: entry.reason.trim() } : {}),
      note: entry?.note ?? '',
      evidence: (proposal?.evidence ?? []).map((ref) => ({
        kind: ref.kind,
        ...(ref.id ? { id: ref.id } : {}),
        label: ref.label,
      })),
    };
  });
  const areas = standard.areas.map((area) => ({
    areaId: area.id,
    label: area.shortLabel ?? area.label,
    maxTenths: area.pointsTenths,
    scoreTenths: items
      .filter((item) => item.areaId === area.id)
      .reduce((sum, item) => sum + item.scoreTenths, 0),
  }));
  const outcome = assessment.outcome;
  const band = standard.bands.find((b) => b.id === outcome.band);

  return {
    kind: REPORT_KIND,
    reportId: meta.reportId,
    sequence: meta.sequence,
    supersedes: meta.supersedes,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    union: {
      name: profile.unionName,
      creditCode: profile.creditCode,
      employerName: profile.employerName,
      parentUnion: profile.parentUnion,
      region: profile.region,
      ...(profile.industry ? { industry: profile.industry } : {}),
      ...(profile.foundedOn ? { foundedOn: profile.foundedOn } : {}),
      chairName: profile.chairName,
    },
    period: {
      kind: input.periodKind,
      year: facts.period.year,
      start: facts.period.start,
      end: facts.period.end,
    },
    workforce: {
      total: profile.workforceTotal,
      women: profile.workforceWomen,
      migrant: profile.workforceMigrant,
    },
    roster: {
      onRollAtStart: stats.onRollAtStart,
      onRoll: stats.onRoll,
      women: stats.women,
      migrant: stats.migrant,
      reserved: stats.reserved,
      validIds: facts.roster.validIds,
      hardship: facts.roster.hardshipOnRoll,
      representatives: facts.roster.representativesOnRoll,
      joined: stats.joined,
      left: stats.left,
      ageBands: { ...stats.ageBands },
      employment: { ...stats.employment },
      changes: { ...stats.changes },
      rates: {
        membership: fraction(stats.rates.membership),
        migrant: fraction(stats.rates.migrant),
        women: fraction(stats.rates.women),
      },
    },
    meetings: facts.minutes.map((m) => ({
      id: m.id,
      title: m.title,
      date: m.date,
      type: m.type,
      signed: m.signed,
      quorumOk: m.quorumOk,
      tags: m.tags,
      passedTags: m.passedTags,
      attachmentCount: m.attachmentCount,
      ...(m.contentHash ? { contentHash: m.contentHash } : {}),
    })),
    ledger: facts.ledger.map((entry) => ({
      id: entry.id,
      title: entry.title,
      date: entry.date,
      areas: entry.areas,
      tags: entry.tags,
      ...(entry.participants !== undefined ? { participants: entry.participants } : {}),
      attachments: entry.attachments.map((a) => ({ name: a.name, sha256: a.sha256 })),
    })),
    surveys: facts.surveys.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      date: s.date,
      distributed: s.distributed,
      returned: s.returned,
      valid: s.valid,
      membersOnRoll: s.membersOnRoll,
      satisfied: s.satisfied,
      basic: s.basic,
      unsatisfied: s.unsatisfied,
      unknown: s.unknown,
      answers: s.answers,
      slots: s.slots ?? s.answers,
    })),
    assessment: {
      revision: assessment.revision,
      finalisedAt: assessment.finalisedAt,
      standard: {
        id: standard.id,
        version: standard.version,
        name: standard.name,
        hash: standard.contentHash,
      },
      items,
      areas,
      gates: standard.gates.map((gate) => ({
        gateId: gate.id,
        label: gate.label,
        state: outcome.gates.find((g) => g.gateId === gate.id)?.state ?? 'unknown',
      })),
      totalTenths: outcome.totalTenths,
      maxTenths: standard.totalTenths,
      band: band ? { id: band.id, label: band.label } : null,
    },
  };
}
