import type { StandardContent } from '../standard/model';
import type { SurveyItem } from './model';

/**
 * The default items of 会员评家, from the campaign's areas of work (DOMAIN.md §1) and the methods
 * it names (会务公开, 民主管理). Data, so that a federation's list — or one taken from the
 * scoring standard — can replace it; a round copies the list when it is created and keeps its
 * own copy, so a later change here never alters a round already held.
 */
export const DEFAULT_SURVEY_ITEMS: readonly SurveyItem[] = [
  { id: 'organisation', title: '工会组织建设（依法建会、按期换届、会员大会制度）' },
  { id: 'rights', title: '维护职工合法权益（劳动合同、集体合同、劳动保护）' },
  { id: 'democracy', title: '民主管理（职代会、厂务公开、合理化建议）' },
  { id: 'openness', title: '会务公开（经费收支、重大事项向会员公开）' },
  { id: 'service', title: '服务职工（困难帮扶、送温暖、为职工办实事）' },
  { id: 'culture', title: '职工文化和技能提升（文体活动、培训、劳动竞赛）' },
  { id: 'conduct', title: '工会干部作风（联系职工、办事公道、廉洁自律）' },
];

/**
 * The items a new round starts from under a scoring standard: the ballot the standard prescribes
 * (`surveyItems`), or the list above when it prescribes none. Always a fresh copy.
 */
export function surveyItemsOf(standard: Pick<StandardContent, 'surveyItems'>): SurveyItem[] {
  const prescribed = standard.surveyItems ?? [];
  return prescribed.length > 0
    ? prescribed.map((item) => ({ id: item.id, title: item.text }))
    : DEFAULT_SURVEY_ITEMS.map((item) => ({ ...item }));
}

/** The post the union's chair is listed with when the profile names one. */
export const CHAIR_POST = '工会主席';

/**
 * Participation commonly required locally (DOMAIN.md §4: ≥ 60 %); shown as a warning in the
 * results. The scoring standard carries its own threshold for its gate.
 */
export const MIN_PARTICIPATION_PERMILLE = 600;
