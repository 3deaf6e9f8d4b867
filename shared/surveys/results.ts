import type { SurveyFacts } from '../assessment/facts';
import { t } from '../i18n';
import {
  SURVEY_ANSWERS,
  countsTotal,
  emptyCounts,
  surveyQuestions,
  type AnswerCounts,
  type SurveyBallot,
  type SurveyQuestion,
  type SurveyRound,
  type SurveyRoundContent,
} from './model';

/**
 * Results of a round, in integers: rates are permille (‰), rounded half up, so that the same
 * counts always give the same figure on screen, on paper and in the assessment. Both satisfaction
 * formulas of DOMAIN.md §4 are computed everywhere and shown side by side:
 *   满意率 = (满意 + 基本满意) ÷ 有效票        (`satisfaction`)
 *   满意率（仅计“满意”）= 满意 ÷ 有效票        (`strict`)
 * An item left blank on a ballot counts in the denominator (the ballot is valid) but in no answer.
 * Over several questions (a part, or the round) the denominator is 有效票 × questions, i.e. the
 * mean of the questions' rates weighted equally.
 */

/** `numerator ÷ denominator` in permille, rounded half up; null when the denominator is 0. */
export function permille(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((2000 * numerator + denominator) / (2 * denominator));
}

/** "93.3%" from 933; "—" when there is no rate. */
export function formatPermille(value: number | null): string {
  if (value === null) return '—';
  return `${Math.floor(value / 10)}.${value % 10}%`;
}

/** The answers of every question, counted from ballots (answers for unknown ids are ignored). */
export function tallyBallots(
  content: Pick<SurveyRoundContent, 'items' | 'cadres'>,
  ballots: readonly Pick<SurveyBallot, 'answers'>[],
): Record<string, AnswerCounts> {
  const counts: Record<string, AnswerCounts> = {};
  for (const question of surveyQuestions(content)) counts[question.id] = emptyCounts();
  for (const ballot of ballots) {
    for (const [id, answer] of Object.entries(ballot.answers)) {
      const row = counts[id];
      if (row && (SURVEY_ANSWERS as readonly string[]).includes(answer)) row[answer] += 1;
    }
  }
  return counts;
}

/** A ballot with no answer at all is not a ballot: the entry grid's empty rows are dropped. */
export function isBlankBallot(ballot: Pick<SurveyBallot, 'answers'>): boolean {
  return Object.keys(ballot.answers).length === 0;
}

export interface QuestionResult extends SurveyQuestion {
  counts: AnswerCounts;
  /** Valid ballots that left this question blank. */
  blank: number;
  satisfaction: number | null;
  strict: number | null;
}

export interface PartResult {
  part: 'union' | 'cadre';
  questions: QuestionResult[];
  /** Sum over the questions of each answer. */
  totals: AnswerCounts;
  /** 有效票 × questions: the denominator of the part's rates. */
  slots: number;
  satisfaction: number | null;
  strict: number | null;
}

export interface RoundResults {
  distributed: number;
  returned: number;
  valid: number;
  /** Members on roll at the round's end date; null when not known. */
  membersOnRoll: number | null;
  /** 收回率 = returned ÷ distributed. */
  returnRate: number | null;
  /** 参与率 = valid ÷ members on roll. */
  participation: number | null;
  union: PartResult | null;
  cadre: PartResult | null;
  /** Both parts together (the chart's and the list's overall figure). */
  overall: { satisfaction: number | null; strict: number | null };
}

function partResult(
  part: 'union' | 'cadre',
  questions: readonly SurveyQuestion[],
  counts: Record<string, AnswerCounts>,
  valid: number,
): PartResult | null {
  const own = questions.filter((q) => q.part === part);
  if (own.length === 0) return null;
  const totals = emptyCounts();
  const results = own.map((question) => {
    const row = counts[question.id] ?? emptyCounts();
    for (const answer of SURVEY_ANSWERS) totals[answer] += row[answer];
    return {
      ...question,
      counts: { ...row },
      blank: Math.max(0, valid - countsTotal(row)),
      satisfaction: permille(row.satisfied + row.basic, valid),
      strict: permille(row.satisfied, valid),
    };
  });
  const slots = valid * own.length;
  return {
    part,
    questions: results,
    totals,
    slots,
    satisfaction: permille(totals.satisfied + totals.basic, slots),
    strict: permille(totals.satisfied, slots),
  };
}

export function roundResults(
  round: Pick<
    SurveyRoundContent,
    'items' | 'cadres' | 'distributed' | 'returned' | 'valid' | 'counts'
  >,
  membersOnRoll: number | null,
): RoundResults {
  const questions = surveyQuestions(round);
  const union = partResult('union', questions, round.counts, round.valid);
  const cadre = partResult('cadre', questions, round.counts, round.valid);
  const parts = [union, cadre].filter((p): p is PartResult => p !== null);
  const slots = parts.reduce((sum, p) => sum + p.slots, 0);
  const satisfied = parts.reduce((sum, p) => sum + p.totals.satisfied, 0);
  const basic = parts.reduce((sum, p) => sum + p.totals.basic, 0);
  return {
    distributed: round.distributed,
    returned: round.returned,
    valid: round.valid,
    membersOnRoll,
    returnRate: permille(round.returned, round.distributed),
    participation: membersOnRoll === null ? null : permille(round.valid, membersOnRoll),
    union,
    cadre,
    overall: {
      satisfaction: permille(satisfied + basic, slots),
      strict: permille(satisfied, slots),
    },
  };
}

/**
 * The round as the self-assessment reads it (shared/assessment/facts.ts): one SurveyFacts per
 * part it has — 'union' for 会员评家, 'cadre' for 评议工会干部 — both with the round's id, so
 * the evidence opens the round. `membersOnRoll` is counted at the round's end date.
 */
export function toSurveyFacts(round: SurveyRound, membersOnRoll: number): SurveyFacts[] {
  const results = roundResults(round, membersOnRoll);
  const facts: SurveyFacts[] = [];
  for (const part of [results.union, results.cadre]) {
    if (!part) continue;
    const { satisfied, basic, unsatisfied, unknown } = part.totals;
    facts.push({
      id: round.id,
      kind: part.part,
      title:
        part.part === 'union' ? round.title : t('surveys.facts.cadreTitle', { title: round.title }),
      date: round.endedOn,
      distributed: round.distributed,
      returned: round.returned,
      valid: round.valid,
      membersOnRoll,
      satisfied,
      basic,
      unsatisfied,
      unknown,
      answers: satisfied + basic + unsatisfied + unknown,
      // Valid ballots × questions, blanks included: the denominator of the rates shown here.
      slots: part.slots,
    });
  }
  return facts;
}
