import { z } from 'zod';
import type { PlainMessageKey } from '../i18n';

/**
 * A 会员评议 round (DOMAIN.md §4, standard-draft.md §9.3 "Survey cycle"): members evaluate the
 * union (会员评家, the `items`) and, on the same anonymous ballot, the union's cadres (评议工会干部,
 * the `cadres`). Either part may be empty. Results are counts only: no ballot ever carries a
 * name, a member id or a time (DOMAIN.md §4 "No identities, ever").
 */

/** The answer scale, in the order a ballot prints it and the keys 1–4 pick it. */
export const SURVEY_ANSWERS = ['satisfied', 'basic', 'unsatisfied', 'unknown'] as const;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];

export const SURVEY_ANSWER_LABELS: { readonly [A in SurveyAnswer]: PlainMessageKey } = {
  satisfied: 'surveys.answer.satisfied',
  basic: 'surveys.answer.basic',
  unsatisfied: 'surveys.answer.unsatisfied',
  unknown: 'surveys.answer.unknown',
};

export const SURVEY_METHODS = ['paperAnonymous', 'onSite', 'other'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

export const SURVEY_METHOD_LABELS: { readonly [M in SurveyMethod]: PlainMessageKey } = {
  paperAnonymous: 'surveys.method.paperAnonymous',
  onSite: 'surveys.method.onSite',
  other: 'surveys.method.other',
};

/** How results are entered: typed counts per item, or ballot by ballot (counts derived). */
export const SURVEY_ENTRY_MODES = ['counts', 'ballots'] as const;
export type SurveyEntryMode = (typeof SURVEY_ENTRY_MODES)[number];

/**
 * 'union': 会员评家 only; 'cadre': 评议工会干部 only; 'both': one ballot with both parts. Derived
 * from the content when a round is saved (the `kind` index of the surveyRounds table).
 */
export type SurveyKind = 'union' | 'cadre' | 'both';

/** An item of 会员评家, e.g. 服务职工. */
export interface SurveyItem {
  /** Stable within the round: counts and ballots refer to it. */
  id: string;
  title: string;
}

/** A cadre evaluated: a snapshot of name and post, taken from the roster or typed. */
export interface SurveyCadre {
  id: string;
  name: string;
  /** 职务, e.g. 工会主席. */
  post: string;
  /** The roster member the name was picked from, if any (a cadre is named on the ballot anyway). */
  memberId?: string;
}

export type AnswerCounts = { [A in SurveyAnswer]: number };

export interface SurveyRoundContent {
  title: string;
  /** `YYYY-MM-DD`, the period the ballots were out. */
  startedOn: string;
  endedOn: string;
  method: SurveyMethod;
  /** Free text for the method "其他", or a remark. */
  methodNote: string;
  items: SurveyItem[];
  cadres: SurveyCadre[];
  entry: SurveyEntryMode;
  distributed: number;
  returned: number;
  /** Typed for count entry; the number of stored ballots for ballot entry. */
  valid: number;
  /**
   * By item or cadre id. Typed for count entry; for ballot entry the data layer derives them
   * from the ballots in the transaction that writes them, so a round alone gives its results.
   */
  counts: Record<string, AnswerCounts>;
  /** 意见和建议 copied from the ballots, without any identity. */
  suggestions: string[];
}

export interface SurveyRound extends SurveyRoundContent {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** The year of `endedOn`. */
  year: number;
  kind: SurveyKind;
}

/**
 * One paper ballot as entered: its answers by item or cadre id (a blank item has no key). On
 * purpose nothing else: no member, no name, no entry time or order that could link it to a
 * person.
 */
export interface SurveyBallot {
  id: string;
  roundId: string;
  answers: Record<string, SurveyAnswer>;
}

/** A union's ballot count is a head-count: no round is larger. */
export const MAX_SURVEY_COUNT = 1_000_000;

export function emptyCounts(): AnswerCounts {
  return { satisfied: 0, basic: 0, unsatisfied: 0, unknown: 0 };
}

export function countsTotal(counts: AnswerCounts): number {
  return counts.satisfied + counts.basic + counts.unsatisfied + counts.unknown;
}

export function surveyKind(content: Pick<SurveyRoundContent, 'items' | 'cadres'>): SurveyKind {
  if (content.items.length > 0 && content.cadres.length > 0) return 'both';
  return content.cadres.length > 0 ? 'cadre' : 'union';
}

export function isSurveyAnswer(value: unknown): value is SurveyAnswer {
  return typeof value === 'string' && (SURVEY_ANSWERS as readonly string[]).includes(value);
}

/** A question of the ballot: an item, or a cadre (asked as a whole). */
export interface SurveyQuestion {
  id: string;
  part: 'union' | 'cadre';
  /** 1-based within its part, as printed. */
  number: number;
  /** What a message or a column names: the item's title, or "王建国（工会主席）". */
  label: string;
}

export function cadreLabel(cadre: Pick<SurveyCadre, 'name' | 'post'>): string {
  const name = cadre.name.trim();
  const post = cadre.post.trim();
  return post ? `${name}（${post}）` : name;
}

/** Items first, then cadres: the order of the ballot, the entry grid and the results. */
export function surveyQuestions(
  content: Pick<SurveyRoundContent, 'items' | 'cadres'>,
): SurveyQuestion[] {
  return [
    ...content.items.map((item, i) => ({
      id: item.id,
      part: 'union' as const,
      number: i + 1,
      label: item.title.trim(),
    })),
    ...content.cadres.map((cadre, i) => ({
      id: cadre.id,
      part: 'cadre' as const,
      number: i + 1,
      label: cadreLabel(cadre),
    })),
  ];
}

const count = z.int().min(0).max(MAX_SURVEY_COUNT);
const answerCounts = z.object({
  satisfied: count,
  basic: count,
  unsatisfied: count,
  unknown: count,
});

/** The shape of a round's content; the rules between fields are in check.ts. */
export const surveyRoundContentSchema = z.object({
  title: z.string().min(1).max(100),
  startedOn: z.iso.date(),
  endedOn: z.iso.date(),
  method: z.enum(SURVEY_METHODS),
  methodNote: z.string().max(200),
  items: z.array(z.object({ id: z.string().min(1), title: z.string().min(1).max(100) })).max(50),
  cadres: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1).max(50),
        post: z.string().max(50),
        memberId: z.string().optional(),
      }),
    )
    .max(50),
  entry: z.enum(SURVEY_ENTRY_MODES),
  distributed: count,
  returned: count,
  valid: count,
  counts: z.record(z.string(), answerCounts),
  suggestions: z.array(z.string().max(2000)).max(2000),
});

export const surveyBallotAnswersSchema = z.record(z.string(), z.enum(SURVEY_ANSWERS));
