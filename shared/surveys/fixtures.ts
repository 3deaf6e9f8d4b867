import { DEFAULT_SURVEY_ITEMS } from './defaults';
import type { SurveyRound, SurveyRoundContent } from './model';

/**
 * Builders for tests: a round of 会员评家 with three items and one cadre, results not yet
 * entered, that a test overrides field by field. Not used by the app itself.
 */
export function makeRoundContent(overrides: Partial<SurveyRoundContent> = {}): SurveyRoundContent {
  return {
    title: '2026 年度会员评议职工之家',
    startedOn: '2026-10-10',
    endedOn: '2026-10-20',
    method: 'paperAnonymous',
    methodNote: '',
    items: DEFAULT_SURVEY_ITEMS.slice(0, 3).map((item) => ({ ...item })),
    cadres: [{ id: 'cadre-1', name: '王建国', post: '工会主席' }],
    entry: 'counts',
    distributed: 0,
    returned: 0,
    valid: 0,
    counts: {},
    suggestions: [],
    ...overrides,
  };
}

export function makeRound(overrides: Partial<SurveyRound> = {}): SurveyRound {
  return {
    ...makeRoundContent(),
    id: 'round-1',
    createdAt: '2026-10-10T08:00:00.000Z',
    updatedAt: '2026-10-10T08:00:00.000Z',
    year: 2026,
    kind: 'both',
    ...overrides,
  };
}
