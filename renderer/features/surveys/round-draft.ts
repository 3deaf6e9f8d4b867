import { t } from '../../../shared/i18n';
import { CHAIR_POST } from '../../../shared/surveys/defaults';
import type {
  SurveyCadre,
  SurveyItem,
  SurveyRound,
  SurveyRoundContent,
} from '../../../shared/surveys/model';

/**
 * The content a new round's form starts from: this year's title, the items of the standard chosen
 * for the year (loadStandardSurveyItems), and the union's chair from the profile as the first
 * cadre (the clerk adds the others from the roster).
 */
export function newRoundContent(
  today: string,
  chairName: string | undefined,
  items: readonly SurveyItem[],
): SurveyRoundContent {
  const year = Number(today.slice(0, 4));
  const chair = chairName?.trim();
  return {
    title: t('surveys.form.defaultTitle', { year }),
    startedOn: today,
    endedOn: today,
    method: 'paperAnonymous',
    methodNote: '',
    items: items.map((item) => ({ ...item })),
    cadres: chair ? [{ id: crypto.randomUUID(), name: chair, post: CHAIR_POST }] : [],
    entry: 'ballots',
    distributed: 0,
    returned: 0,
    valid: 0,
    counts: {},
    suggestions: [],
  };
}

/** The editable part of a stored round. */
export function roundContent(round: SurveyRound): SurveyRoundContent {
  const { id: _id, createdAt: _c, updatedAt: _u, year: _y, kind: _k, ...content } = round;
  return content;
}

/** A cadre picked from the roster: name and post copied, the member's id kept. */
export function cadreFromMember(member: {
  id: string;
  name: string;
  position?: string;
}): SurveyCadre {
  return {
    id: crypto.randomUUID(),
    name: member.name,
    post: member.position ?? '',
    memberId: member.id,
  };
}

/** Distinct years of the rounds and the current one, newest first. */
export function roundYears(rounds: readonly SurveyRound[], currentYear: number): number[] {
  return [...new Set([currentYear, ...rounds.map((r) => r.year)])].sort((a, b) => b - a);
}

/** Whether results have been entered (any valid ballot). */
export function hasResults(round: Pick<SurveyRound, 'valid'>): boolean {
  return round.valid > 0;
}
