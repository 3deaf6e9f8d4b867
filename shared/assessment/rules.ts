import { msg, render, t, type Message } from '../i18n';
import type { CountScoring, EvidenceRule, RateBand } from '../standard/model';
import { partMaxes, ruleMaxTenths } from '../standard/rule-max';
import { neededFor, percentText, pointsText, scoreCount, scoreRate } from './arith';
import {
  activitiesText,
  attachmentRefs,
  attachmentsText,
  latestSurvey,
  ledgerRef,
  matchActivities,
  matchAttachments,
  matchMinutes,
  minuteRef,
  minutesText,
  profileRef,
  rosterDetail,
  rosterRateName,
  rosterRatio,
  rosterRef,
  scopeText,
  surveyDetail,
  surveyIndicatorName,
  surveyRatio,
  surveyRef,
  tagsText,
  type Ratio,
} from './evidence';
import type { AssessmentFacts, EvidenceRef } from './facts';

/** Where in the app the missing evidence is fixed. */
export type LinkTarget = 'members' | 'meetings' | 'ledger' | 'surveys' | 'settings';

/** One thing that would raise a score or pass a gate. */
export interface Hint {
  message: Message;
  link?: LinkTarget;
  /** Points it would add (absent for gates and manual items). */
  gainTenths?: number;
}

export interface RuleOutcome {
  tenths: number;
  maxTenths: number;
  evidence: EvidenceRef[];
  explanation: Message;
  hints: Hint[];
}

/** Proposes a score for one rule from the facts: the score, what it used, why, what is missing. */
export function evaluateRule(
  rule: EvidenceRule,
  facts: AssessmentFacts,
  maxTenths: number,
): RuleOutcome {
  switch (rule.kind) {
    case 'rosterRate': {
      const ratio = rosterRatio(facts, rule.rate);
      const missingLink: LinkTarget = rule.rate === 'validIds' ? 'members' : 'settings';
      return rateOutcome({
        ratio,
        bands: rule.bands,
        maxTenths,
        indicator: rosterRateName(rule.rate),
        detail: rosterDetail(rule.rate, ratio),
        unknownReason: t(`assessment.rateMissing.${rule.rate}`),
        unknownLink: missingLink,
        link: 'members',
        unit: t(`assessment.unit.${rule.rate}`),
        evidence: rule.rate === 'validIds' ? [rosterRef(facts)] : [rosterRef(facts), profileRef()],
        canAdd: true,
      });
    }
    case 'surveyRate': {
      const survey = latestSurvey(facts, rule.survey);
      const indicator = surveyIndicatorName(rule.survey, rule.indicator);
      if (!survey) {
        const reason = t('assessment.surveyMissing', {
          survey: t(`assessment.survey.${rule.survey}`),
        });
        return {
          tenths: 0,
          maxTenths,
          evidence: [],
          explanation: msg('assessment.explain.rateUnknown', { indicator, reason }),
          hints: [
            {
              message: msg('assessment.missing.survey', {
                survey: t(`assessment.survey.${rule.survey}`),
                gain: pointsText(maxTenths),
              }),
              link: 'surveys',
              gainTenths: maxTenths,
            },
          ],
        };
      }
      const ratio = surveyRatio(survey, rule.indicator);
      const countable = rule.indicator === 'participation' || rule.indicator === 'returnRate';
      return rateOutcome({
        ratio,
        bands: rule.bands,
        maxTenths,
        indicator,
        detail: surveyDetail(survey, rule.indicator),
        unknownReason: t('assessment.surveyEmpty'),
        unknownLink: 'surveys',
        link: 'surveys',
        unit: t(`assessment.unit.${rule.indicator}`),
        evidence: [surveyRef(survey)],
        canAdd: countable,
      });
    }
    case 'ledgerParticipation': {
      const { ledger } = matchActivities(facts, rule.anyTags);
      const counted = ledger.filter((entry) => entry.participants !== undefined);
      const best = counted.reduce<(typeof counted)[number] | undefined>(
        (top, entry) => (!top || (entry.participants ?? 0) > (top.participants ?? 0) ? entry : top),
        undefined,
      );
      const den = rule.of === 'workforce' ? facts.profile.workforceTotal : facts.roster.onRoll;
      const indicator = t('assessment.indicator.ledgerParticipation', {
        tags: tagsText(rule.anyTags),
      });
      if (!best) {
        return {
          tenths: 0,
          maxTenths,
          evidence: [],
          explanation: msg('assessment.explain.rateUnknown', {
            indicator,
            reason: t('assessment.participationMissing', { tags: tagsText(rule.anyTags) }),
          }),
          hints: [
            {
              message: msg('assessment.missing.participation', {
                tags: tagsText(rule.anyTags),
                gain: pointsText(maxTenths),
              }),
              link: 'ledger',
              gainTenths: maxTenths,
            },
          ],
        };
      }
      const ratio = { num: best.participants ?? 0, den };
      return rateOutcome({
        ratio,
        bands: rule.bands,
        maxTenths,
        indicator,
        detail: t(`assessment.detail.participants.${rule.of}`, ratio),
        unknownReason: t(
          rule.of === 'workforce'
            ? 'assessment.rateMissing.membership'
            : 'assessment.rateMissing.validIds',
        ),
        unknownLink: rule.of === 'workforce' ? 'settings' : 'members',
        link: 'ledger',
        unit: t('assessment.unit.participants'),
        evidence: [ledgerRef(best)],
        canAdd: true,
      });
    }
    case 'minuteCount': {
      const minutes = matchMinutes(facts, rule.filter);
      const what = minutesText(rule.filter);
      return countOutcome({
        count: minutes.length,
        scoring: rule.scoring,
        maxTenths,
        what: scopeText(rule.filter.withinYears) + what,
        unit: t('assessment.unit.times'),
        evidence: minutes.map(minuteRef),
        hint: (more, gain) => ({
          message: msg('assessment.missing.minutes', { more, what, gain }),
          link: 'meetings',
        }),
      });
    }
    case 'activityCount': {
      const { minutes, ledger } = matchActivities(facts, rule.anyTags, rule.areas);
      const byTags = rule.countBy === 'tags';
      const covered = rule.anyTags.filter(
        (tag) =>
          minutes.some((m) => m.tags.includes(tag)) || ledger.some((e) => e.tags.includes(tag)),
      );
      const count = byTags ? covered.length : minutes.length + ledger.length;
      const missingTags = rule.anyTags.filter((tag) => !covered.includes(tag));
      const what = activitiesText(rule.anyTags);
      return countOutcome({
        count,
        scoring: rule.scoring,
        maxTenths,
        what: byTags
          ? t('assessment.what.coveredTags', { tags: tagsText(rule.anyTags) })
          : scopeText() + what,
        unit: t(byTags ? 'assessment.unit.kinds' : 'assessment.unit.items'),
        evidence: [...minutes.map(minuteRef), ...ledger.map(ledgerRef)],
        hint: (more, gain) =>
          byTags
            ? {
                message: msg('assessment.missing.coverTags', {
                  more,
                  tags: tagsText(missingTags),
                  gain,
                }),
                link: 'ledger',
              }
            : {
                message: msg('assessment.missing.activities', { more, what, gain }),
                link: 'ledger',
              },
      });
    }
    case 'attachmentPresent': {
      const { minutes, ledger } = matchAttachments(facts, rule.filter);
      const what = attachmentsText(rule.filter);
      return countOutcome({
        count: minutes.length + ledger.length,
        scoring: rule.scoring,
        maxTenths,
        what: t('assessment.what.attachedRecords', {
          scope: scopeText(rule.filter.withinYears),
          what,
        }),
        unit: t('assessment.unit.records'),
        evidence: [...minutes.map(minuteRef), ...ledger.flatMap(attachmentRefs)],
        hint: (more, gain) => ({
          message: msg('assessment.missing.attachments', { more, what, gain }),
          link: 'ledger',
        }),
      });
    }
    case 'rosterCount': {
      const count = facts.roster[rule.count];
      const what = t(`assessment.rosterCount.${rule.count}`);
      return countOutcome({
        count,
        scoring: rule.scoring,
        maxTenths,
        what,
        unit: t('assessment.unit.people'),
        evidence: [rosterRef(facts)],
        hint: (more, gain) => ({
          message: msg('assessment.missing.rosterCount', { what, more, gain }),
          link: 'members',
        }),
      });
    }
    case 'profileCheck': {
      const { creditCode, creditCodeUnionValid } = facts.profile;
      const tenths = creditCodeUnionValid ? Math.min(rule.tenths, maxTenths) : 0;
      const explanation =
        creditCode.trim() === ''
          ? msg('assessment.explain.creditCodeMissing')
          : creditCodeUnionValid
            ? msg('assessment.explain.creditCodeOk', {
                code: creditCode,
                points: pointsText(tenths),
              })
            : msg('assessment.explain.creditCodeBad', { code: creditCode });
      return {
        tenths,
        maxTenths,
        evidence: [profileRef()],
        explanation,
        hints: creditCodeUnionValid
          ? []
          : [
              {
                message: msg('assessment.missing.creditCode', { gain: pointsText(maxTenths) }),
                link: 'settings',
                gainTenths: maxTenths,
              },
            ],
      };
    }
    case 'manual': {
      const explanation = rule.hint
        ? msg('assessment.explain.manual', { hint: rule.hint, max: pointsText(maxTenths) })
        : msg('assessment.explain.manualPlain', { max: pointsText(maxTenths) });
      return {
        tenths: 0,
        maxTenths,
        evidence: [],
        explanation,
        hints: maxTenths > 0 ? [{ message: explanation }] : [],
      };
    }
    case 'sum': {
      const maxes = partMaxes(rule.parts, maxTenths);
      const outcomes = rule.parts.map((part, index) =>
        evaluateRule(part, facts, maxes[index] ?? 0),
      );
      const raw = outcomes.reduce((sum, o) => sum + o.tenths, 0);
      const tenths = Math.min(raw, maxTenths);
      return {
        tenths,
        maxTenths,
        evidence: dedupe(outcomes.flatMap((o) => o.evidence)),
        explanation: msg('assessment.explain.sum', {
          parts: outcomes.map((o) => render(o.explanation)).join('；'),
          points: pointsText(tenths),
        }),
        hints: outcomes.flatMap((o) => o.hints),
      };
    }
  }
}

/** The most a rule proposes for an item worth `pointsTenths`, never more than the item. */
export function itemRuleMax(rule: EvidenceRule, pointsTenths: number): number {
  return Math.min(ruleMaxTenths(rule, pointsTenths), pointsTenths);
}

interface RateArgs {
  ratio: Ratio;
  bands: readonly RateBand[];
  maxTenths: number;
  indicator: string;
  detail: string;
  unknownReason: string;
  unknownLink: LinkTarget;
  link: LinkTarget;
  unit: string;
  evidence: EvidenceRef[];
  /** Whether "还需增加 N 人" makes sense (a head count), or only a target rate does. */
  canAdd: boolean;
}

function lowestThreshold(bands: readonly RateBand[]): RateBand | undefined {
  return bands.reduce<RateBand | undefined>(
    (low, band) => (!low || band.minPercent < low.minPercent ? band : low),
    undefined,
  );
}

function rateOutcome(args: RateArgs): RuleOutcome {
  const { ratio, bands, maxTenths, indicator, detail } = args;
  if (ratio.den <= 0) {
    return {
      tenths: 0,
      maxTenths,
      evidence: args.evidence,
      explanation: msg('assessment.explain.rateUnknown', { indicator, reason: args.unknownReason }),
      hints: [
        {
          message: msg('assessment.missing.rateUnknown', {
            reason: args.unknownReason,
            indicator,
          }),
          link: args.unknownLink,
        },
      ],
    };
  }
  const outcome = scoreRate(ratio.num, ratio.den, bands);
  const tenths = Math.min(outcome.tenths, maxTenths);
  const percent = percentText(ratio.num, ratio.den);
  const explanation = outcome.band
    ? msg('assessment.explain.rateReached', {
        indicator,
        percent,
        detail,
        threshold: outcome.band.minPercent,
        points: pointsText(tenths),
      })
    : msg('assessment.explain.rateBelow', {
        indicator,
        percent,
        detail,
        threshold: lowestThreshold(bands)?.minPercent ?? 0,
      });
  const hints: Hint[] = [];
  if (outcome.next) {
    const gainTenths = Math.min(outcome.next.tenths, maxTenths) - tenths;
    const gain = pointsText(gainTenths);
    const threshold = outcome.next.minPercent;
    const need = neededFor(ratio.den, threshold);
    hints.push({
      message: args.canAdd
        ? msg('assessment.missing.rateMore', {
            indicator,
            threshold,
            more: need - ratio.num,
            unit: args.unit,
            percent,
            gain,
          })
        : msg('assessment.missing.rateTarget', { indicator, threshold, percent, gain }),
      link: args.link,
      gainTenths,
    });
  }
  return { tenths, maxTenths, evidence: args.evidence, explanation, hints };
}

interface CountArgs {
  count: number;
  scoring: CountScoring;
  maxTenths: number;
  what: string;
  unit: string;
  evidence: EvidenceRef[];
  hint: (more: number, gain: string) => Omit<Hint, 'gainTenths'>;
}

function countOutcome(args: CountArgs): RuleOutcome {
  const { count, scoring, maxTenths, what, unit } = args;
  const outcome = scoreCount(count, scoring);
  const tenths = Math.min(outcome.tenths, maxTenths);
  let explanation: Message;
  if (scoring.mode === 'each') {
    explanation = msg('assessment.explain.countEach', {
      what,
      count,
      unit,
      each: pointsText(scoring.eachTenths),
      cap: pointsText(scoring.capTenths),
      points: pointsText(tenths),
    });
  } else if (outcome.band) {
    explanation = msg('assessment.explain.countReached', {
      what,
      count,
      unit,
      min: outcome.band.min,
      points: pointsText(tenths),
    });
  } else {
    const lowest = scoring.bands.reduce((low, band) => Math.min(low, band.min), Infinity);
    explanation = msg('assessment.explain.countBelow', { what, count, unit, min: lowest });
  }
  const hints: Hint[] = [];
  if (outcome.next && tenths < maxTenths) {
    const gainTenths = Math.min(outcome.next.tenths, maxTenths) - tenths;
    hints.push({ ...args.hint(outcome.next.more, pointsText(gainTenths)), gainTenths });
  }
  return { tenths, maxTenths, evidence: args.evidence, explanation, hints };
}

function dedupe(refs: readonly EvidenceRef[]): EvidenceRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.kind}:${ref.id ?? ref.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
