import { percentText, pointsText } from '../../../shared/assessment/arith';
import {
  inWindow,
  latestSurvey,
  matchMinutes,
  tagsText,
} from '../../../shared/assessment/evidence';
import type { AssessmentFacts } from '../../../shared/assessment/facts';
import type { Assessment } from '../../../shared/assessment/record';
import {
  assessBand,
  type AssessmentScore,
  type LinkTarget,
  type MissingEntry,
} from '../../../shared/assessment/score';
import { render, t } from '../../../shared/i18n';
import type { PeriodKind } from '../../../shared/members/stats';
import { meetingTypeLabel, type MeetingRules } from '../../../shared/meetings/rules';
import type {
  CountScoring,
  EvidenceRule,
  GateCondition,
  MinuteFilter,
  Standard,
} from '../../../shared/standard/model';
import {
  bandLabel,
  finalScoresOf,
  type GateDecisions,
  type PrintEntry,
} from '../assessment/print/assessment-print';

/**
 * The 工作台's 本年度概览, as data: which meetings the standard asks for and how many were held,
 * whether the 会员评家 round is done, where the score stands and what is missing first. Read from
 * the standard's rules and gates, so a federation's standard shows its own requirements.
 */

/** The assessment year today falls in: the calendar year, or the Oct–Sep year it ends in. */
export function currentAssessmentYear(kind: PeriodKind, today: string): number {
  const year = Number(today.slice(0, 4));
  return kind === 'octSep' && Number(today.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** A minute filter with a meeting type, the count it needs, and the item or gate it serves. */
interface MinuteNeed {
  filter: MinuteFilter & { types: string[] };
  need: number;
  source: string;
}

/** The count that earns a count scoring's full points (the least count of the top band). */
export function countForFullPoints(scoring: CountScoring): number {
  if (scoring.mode === 'each') return Math.ceil(scoring.capTenths / scoring.eachTenths);
  const top = scoring.bands.reduce((max, band) => Math.max(max, band.tenths), 0);
  const mins = scoring.bands.filter((band) => band.tenths === top).map((band) => band.min);
  return mins.length ? Math.min(...mins) : 0;
}

function ruleNeeds(rule: EvidenceRule, source: string): MinuteNeed[] {
  if (rule.kind === 'sum') return rule.parts.flatMap((part) => ruleNeeds(part, source));
  if (rule.kind !== 'minuteCount' || !rule.filter.types?.length) return [];
  const need = countForFullPoints(rule.scoring);
  return need > 0 ? [{ filter: { ...rule.filter, types: rule.filter.types }, need, source }] : [];
}

function gateNeeds(condition: GateCondition, source: string): MinuteNeed[] {
  if (condition.kind === 'all') return condition.conditions.flatMap((c) => gateNeeds(c, source));
  if (condition.kind !== 'minuteExists' || !condition.filter.types?.length) return [];
  return [
    {
      filter: { ...condition.filter, types: condition.filter.types },
      need: condition.min ?? 1,
      source,
    },
  ];
}

export interface MeetingRequirement {
  /** The meeting types, joined: one row per set of types. */
  key: string;
  /** "会员大会或会员代表大会" */
  label: string;
  /** Minutes of these types recorded in the period (planned ones are not minutes yet). */
  held: number;
  /** The most any item or gate asks for. */
  need: number;
  /** Further conditions, e.g. "到会人数符合规定", "议题含「工作报告」「经费报告」". */
  conditions: string[];
  /** Every item and gate asking for these meetings has what it needs. */
  ok: boolean;
  /** Items and gates that ask, e.g. ["1.3", "G1"]. */
  sources: string[];
}

function conditionTexts(filter: MinuteFilter): string[] {
  const texts: string[] = [];
  if (filter.quorumOk) texts.push(t('assessment.what.quorum'));
  if (filter.allTags?.length) {
    texts.push(t('assessment.what.allTags', { tags: tagsText(filter.allTags) }));
  }
  if (filter.anyTags?.length) {
    const key = filter.anyTags.length === 1 ? 'assessment.what.allTags' : 'assessment.what.anyTags';
    texts.push(t(key, { tags: tagsText(filter.anyTags) }));
  }
  if (filter.passedOnly) texts.push(t('assessment.what.passed'));
  if (filter.signed) texts.push(t('assessment.what.signed'));
  return texts;
}

/**
 * The meetings the standard asks for, by type: every scored item's minute count and every gate's
 * minute condition that names meeting types. Rows follow the order of the meeting rules' types.
 */
export function meetingRequirements(
  standard: Standard,
  facts: AssessmentFacts,
  rules: MeetingRules,
): MeetingRequirement[] {
  const needs = [
    ...standard.items.flatMap((item) => ruleNeeds(item.rule, item.id)),
    ...standard.gates.flatMap((gate) => gateNeeds(gate.condition, gate.id)),
  ];
  const groups = new Map<string, MinuteNeed[]>();
  for (const need of needs) {
    const key = [...need.filter.types].sort().join('|');
    const list = groups.get(key);
    if (list) list.push(need);
    else groups.set(key, [need]);
  }
  const order = (types: readonly string[]) =>
    Math.min(
      ...types.map((type) => {
        const index = rules.types.findIndex((rule) => rule.id === type);
        return index < 0 ? rules.types.length : index;
      }),
    );
  return [...groups.entries()]
    .map(([key, list]): MeetingRequirement => {
      const types = list[0]!.filter.types;
      const conditions = [...new Set(list.flatMap((n) => conditionTexts(n.filter)))];
      return {
        key,
        label: types.map((type) => meetingTypeLabel(rules, type)).join(t('assessment.what.or')),
        held: facts.minutes.filter((m) => types.includes(m.type) && inWindow(m.date, facts)).length,
        need: Math.max(...list.map((n) => n.need)),
        conditions,
        ok: list.every((n) => matchMinutes(facts, n.filter).length >= n.need),
        sources: [...new Set(list.map((n) => n.source))],
      };
    })
    .sort((a, b) => order(a.key.split('|')) - order(b.key.split('|')));
}

export interface SurveyStatus {
  done: boolean;
  /** "已完成：2026 年度会员评家（2026-11-20），参与率 81%" or "本期尚未开展会员评家". */
  text: string;
}

/** Whether a 会员评家 round ended in the period, and its participation. */
export function unionSurveyStatus(facts: AssessmentFacts): SurveyStatus {
  const survey = latestSurvey(facts, 'union');
  if (!survey) return { done: false, text: t('homeOverview.survey.none') };
  return {
    done: true,
    text: t('homeOverview.survey.done', {
      title: survey.title,
      date: survey.date,
      percent: percentText(survey.valid, survey.membersOnRoll),
    }),
  };
}

export type ScoreStatus = { kind: 'none' } | { kind: 'draft' | 'final'; revision: number };

export interface CurrentEntries {
  entries: ReadonlyMap<string, PrintEntry>;
  gateDecisions: GateDecisions;
  status: ScoreStatus;
}

/** The clerk's scores of the newest saved revision, or none (the proposals stand). */
export function currentEntries(latest: Assessment | undefined): CurrentEntries {
  if (!latest) return { entries: new Map(), gateDecisions: {}, status: { kind: 'none' } };
  return {
    entries: new Map(
      latest.items.map((item) => [
        item.itemId,
        {
          scoreTenths: item.scoreTenths,
          note: item.note,
          ...(item.reason !== undefined ? { reason: item.reason } : {}),
        },
      ]),
    ),
    gateDecisions: latest.gateDecisions ?? {},
    status: { kind: latest.status, revision: latest.revision },
  };
}

export function scoreStatusText(status: ScoreStatus): string {
  switch (status.kind) {
    case 'none':
      return t('homeOverview.status.none');
    case 'draft':
      return t('homeOverview.status.draft', { revision: status.revision });
    case 'final':
      return t('homeOverview.status.final', { revision: status.revision });
  }
}

export type OverviewLink = LinkTarget | 'assessment';

export interface MissingLine {
  key: string;
  text: string;
  link: OverviewLink;
  href: string;
  linkText: string;
}

export function overviewHref(link: OverviewLink): string {
  return `#/${link}`;
}

/**
 * The first `limit` entries of "还差什么" as lines with a link to where each is fixed; an entry
 * without a place of its own (a declaration, a score set below the proposal) opens the 年度自评.
 */
export function topMissing(
  standard: Standard,
  missing: readonly MissingEntry[],
  limit = 5,
): MissingLine[] {
  return missing.slice(0, limit).map((entry, index) => {
    const link: OverviewLink = entry.link ?? 'assessment';
    const name =
      entry.kind === 'gate'
        ? `${entry.id} ${standard.gates.find((g) => g.id === entry.id)?.label ?? ''}`.trim()
        : entry.id;
    return {
      key: `${entry.kind}-${entry.id}-${index}`,
      text: t('homeOverview.missing.entry', { id: name, text: render(entry.message) }),
      link,
      href: overviewHref(link),
      linkText: t(`homeOverview.link.${link}`),
    };
  });
}

export interface OverviewModel {
  meetings: MeetingRequirement[];
  survey: SurveyStatus;
  totalText: string;
  maxText: string;
  /** The band's label, or 未达到合格. */
  bandText: string;
  bandReached: boolean;
  statusText: string;
  status: ScoreStatus;
  missing: MissingLine[];
  missingCount: number;
  /** What the print button prints: the newest revision's scores. */
  current: CurrentEntries;
}

export interface OverviewInput {
  standard: Standard;
  facts: AssessmentFacts;
  score: AssessmentScore;
  /** Newest first. */
  revisions: readonly Assessment[];
  rules: MeetingRules;
}

export function overviewModel(input: OverviewInput): OverviewModel {
  const { standard, facts, score, rules } = input;
  const current = currentEntries(input.revisions[0]);
  const result = assessBand(
    standard,
    score,
    finalScoresOf(standard, current.entries, current.gateDecisions),
  );
  return {
    meetings: meetingRequirements(standard, facts, rules),
    survey: unionSurveyStatus(facts),
    totalText: pointsText(result.totalTenths),
    maxText: pointsText(standard.totalTenths),
    bandText: bandLabel(standard, result.band),
    bandReached: result.band !== null,
    statusText: scoreStatusText(current.status),
    status: current.status,
    missing: topMissing(standard, result.missing),
    missingCount: result.missing.length,
    current,
  };
}
