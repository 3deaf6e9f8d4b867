import { msg, render, t, type Message } from '../i18n';
import type { GateCondition } from '../standard/model';
import { percentText, reaches } from './arith';
import {
  attachmentRefs,
  attachmentsText,
  latestSurvey,
  matchAttachments,
  minuteRef,
  minutesByStage,
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
import type { Hint, LinkTarget } from './rules';

/**
 * The gates (必备条件): failing one caps the grade whatever the score. A gate passes, fails, or
 * is unknown when the app cannot see it (a chair's declaration) or a denominator is missing
 * (职工总数 not entered) — unknown never passes a band, but it is told apart from a failure.
 */

export type GateState = 'pass' | 'fail' | 'unknown';

export interface ConditionOutcome {
  state: GateState;
  message: Message;
  evidence: EvidenceRef[];
  hints: Hint[];
}

export function evaluateCondition(
  condition: GateCondition,
  facts: AssessmentFacts,
): ConditionOutcome {
  switch (condition.kind) {
    case 'minuteExists': {
      const min = condition.min ?? 1;
      const { filter } = condition;
      const { matched, failedAt, candidates } = minutesByStage(facts, filter);
      const scope = scopeText(filter.withinYears);
      const what = minutesText(filter);
      const hint: Hint = {
        message: msg('assessment.gate.hint.minutes', { what }),
        link: 'meetings',
      };
      if (matched.length >= min) {
        return {
          state: 'pass',
          message: msg('assessment.gate.minutes.pass', {
            scope,
            what,
            list: matched.map((m) => minuteRef(m).label).join('、'),
          }),
          evidence: matched.map(minuteRef),
          hints: [],
        };
      }
      const types = minutesText({ ...(filter.types ? { types: filter.types } : {}) });
      let message: Message;
      // Without a type filter "no minute at all" reads better as the missing tags.
      const stage = failedAt === 'type' && !filter.types ? 'tags' : failedAt;
      switch (stage) {
        case 'type':
          message = msg('assessment.gate.minutes.noType', { scope, types });
          break;
        case 'tags': {
          const wanted = filter.allTags ?? filter.anyTags ?? [];
          const missing = wanted.filter(
            (tag) =>
              !candidates.some((m) => (filter.passedOnly ? m.passedTags : m.tags).includes(tag)),
          );
          message = msg('assessment.gate.minutes.noTags', {
            scope,
            types,
            tags: tagsText(missing.length > 0 ? missing : wanted),
          });
          break;
        }
        case 'quorum':
          message = msg('assessment.gate.minutes.noQuorum', { scope, types });
          break;
        case 'signed':
          message = msg('assessment.gate.minutes.notSigned', { scope, types });
          break;
        default:
          message = msg('assessment.gate.minutes.tooFew', {
            scope,
            what,
            count: matched.length,
            min,
          });
      }
      return {
        state: 'fail',
        message,
        evidence: candidates.map(minuteRef),
        hints: [hint],
      };
    }
    case 'attachmentExists': {
      const { minutes, ledger } = matchAttachments(facts, condition.filter);
      const what = attachmentsText(condition.filter);
      const scope = scopeText(condition.filter.withinYears);
      const evidence = [...minutes.map(minuteRef), ...ledger.flatMap(attachmentRefs)];
      if (evidence.length > 0) {
        return {
          state: 'pass',
          message: msg('assessment.gate.attachment.pass', {
            scope,
            what,
            list: evidence.map((ref) => ref.label).join('、'),
          }),
          evidence,
          hints: [],
        };
      }
      return {
        state: 'fail',
        message: msg('assessment.gate.attachment.none', { scope, what }),
        evidence: [],
        hints: [{ message: msg('assessment.gate.hint.attachment', { what }), link: 'ledger' }],
      };
    }
    case 'rosterRate': {
      const ratio = rosterRatio(facts, condition.rate);
      return rateGate({
        ratio,
        minPercent: condition.minPercent,
        indicator: rosterRateName(condition.rate),
        detail: rosterDetail(condition.rate, ratio),
        unknownReason: t(`assessment.rateMissing.${condition.rate}`),
        unknownLink: condition.rate === 'validIds' ? 'members' : 'settings',
        link: 'members',
        evidence: [rosterRef(facts), profileRef()],
      });
    }
    case 'surveyRate': {
      const survey = latestSurvey(facts, condition.survey);
      const indicator = surveyIndicatorName(condition.survey, condition.indicator);
      if (!survey) {
        const name = t(`assessment.survey.${condition.survey}`);
        return {
          state: 'fail',
          message: msg('assessment.gate.survey.none', { survey: name }),
          evidence: [],
          hints: [
            { message: msg('assessment.gate.hint.survey', { survey: name }), link: 'surveys' },
          ],
        };
      }
      const ratio = surveyRatio(survey, condition.indicator);
      return rateGate({
        ratio,
        minPercent: condition.minPercent,
        indicator,
        detail: surveyDetail(survey, condition.indicator),
        unknownReason: t('assessment.surveyEmpty'),
        unknownLink: 'surveys',
        link: 'surveys',
        evidence: [surveyRef(survey)],
      });
    }
    case 'declaration': {
      const message = msg('assessment.gate.declaration', { text: condition.text });
      return { state: 'unknown', message, evidence: [], hints: [{ message }] };
    }
    case 'all': {
      const outcomes = condition.conditions.map((c) => evaluateCondition(c, facts));
      const state: GateState = outcomes.some((o) => o.state === 'fail')
        ? 'fail'
        : outcomes.some((o) => o.state === 'unknown')
          ? 'unknown'
          : 'pass';
      // A failure explains itself with the parts that did not pass; a pass with all of them.
      const shown = state === 'pass' ? outcomes : outcomes.filter((o) => o.state !== 'pass');
      return {
        state,
        message: msg('assessment.gate.all', {
          parts: shown.map((o) => render(o.message)).join('；'),
        }),
        evidence: outcomes.flatMap((o) => o.evidence),
        hints: outcomes.flatMap((o) => o.hints),
      };
    }
  }
}

interface RateGateArgs {
  ratio: Ratio;
  minPercent: number;
  indicator: string;
  detail: string;
  unknownReason: string;
  unknownLink: LinkTarget;
  link: LinkTarget;
  evidence: EvidenceRef[];
}

function rateGate(args: RateGateArgs): ConditionOutcome {
  const { ratio, minPercent, indicator, detail } = args;
  if (ratio.den <= 0) {
    const message = msg('assessment.gate.rate.unknown', { indicator, reason: args.unknownReason });
    return {
      state: 'unknown',
      message,
      evidence: args.evidence,
      hints: [{ message, link: args.unknownLink }],
    };
  }
  const percent = percentText(ratio.num, ratio.den);
  const pass = reaches(ratio.num, ratio.den, minPercent);
  const message = msg(pass ? 'assessment.gate.rate.pass' : 'assessment.gate.rate.fail', {
    indicator,
    percent,
    detail,
    threshold: minPercent,
  });
  return {
    state: pass ? 'pass' : 'fail',
    message,
    evidence: args.evidence,
    hints: pass ? [] : [{ message, link: args.link }],
  };
}
