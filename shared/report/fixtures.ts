import type { AssessmentFacts } from '../assessment/facts';
import { makeExemplaryFacts } from '../assessment/fixtures';
import type { Assessment } from '../assessment/record';
import { assessBand, scoreAssessment } from '../assessment/score';
import { rosterStats, statisticsPeriod, type MemberFacts } from '../members/stats';
import type { UnionProfile } from '../profile/profile';
import { DEFAULT_STANDARD } from '../standard/default-standard';
import type { Standard } from '../standard/model';
import type { ReportInput } from './build';

/**
 * Report inputs for tests and benchmarks: a finalised assessment that takes every proposal, over
 * the exemplary facts of shared/assessment/fixtures.ts unless a test passes its own. Not used by
 * the app itself.
 */

export function makeProfile(overrides: Partial<UnionProfile> = {}): UnionProfile {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    unionName: '示例科技有限公司工会委员会',
    employerName: '示例科技有限公司',
    creditCode: '81110000MC1234567X',
    parentUnion: '示例区总工会',
    region: '北京市海淀区',
    chairName: '王建国',
    contactPhone: '13800138000',
    workforceTotal: 200,
    workforceWomen: 80,
    workforceMigrant: 50,
    ...overrides,
  };
}

/** The assessment a clerk finalises after accepting every proposal. */
export function makeFinalAssessment(
  facts: AssessmentFacts,
  standard: Standard = DEFAULT_STANDARD,
): Assessment {
  const score = scoreAssessment(standard, facts);
  const gates = Object.fromEntries(
    score.gates.filter((g) => g.state === 'unknown').map((g) => [g.gateId, 'pass' as const]),
  );
  const band = assessBand(standard, score, { gates });
  return {
    id: '00000000-0000-4000-8000-00000000a55e',
    createdAt: '2026-12-20T02:00:00.000Z',
    updatedAt: '2026-12-28T02:00:00.000Z',
    year: facts.period.year,
    periodKind: 'calendar',
    revision: 1,
    status: 'final',
    standard: { id: standard.id, version: standard.version, hash: standard.contentHash },
    items: score.items.map((item) => ({
      itemId: item.itemId,
      proposedTenths: item.proposedTenths,
      scoreTenths: item.proposedTenths,
      note: '',
    })),
    gateDecisions: gates,
    finalisedAt: '2026-12-28T02:00:00.000Z',
    outcome: {
      totalTenths: band.totalTenths,
      band: band.band,
      gates: score.gates.map((g) => ({ gateId: g.gateId, state: gates[g.gateId] ?? g.state })),
    },
  };
}

export interface ReportInputOverrides {
  facts?: AssessmentFacts;
  members?: readonly MemberFacts[];
  profile?: Partial<UnionProfile>;
  meta?: Partial<ReportInput['meta']>;
}

export function makeReportInput(overrides: ReportInputOverrides = {}): ReportInput {
  const facts = overrides.facts ?? makeExemplaryFacts();
  const profile = makeProfile(overrides.profile);
  return {
    meta: {
      reportId: '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
      sequence: 1,
      supersedes: null,
      generatedAt: '2027-01-10T03:00:00.000Z',
      appVersion: '0.1.0',
      ...overrides.meta,
    },
    profile,
    periodKind: 'calendar',
    facts,
    stats: rosterStats(
      overrides.members ?? [],
      profile,
      statisticsPeriod('calendar', facts.period.year),
    ),
    standard: DEFAULT_STANDARD,
    assessment: makeFinalAssessment(facts),
  };
}
