import { t } from '../i18n';
import { DEFAULT_MEETING_RULES, meetingTypeLabel } from '../meetings/rules';
import type {
  AttachmentFilter,
  MinuteFilter,
  RosterRateId,
  SurveyIndicator,
  SurveyKind,
} from '../standard/model';
import { shiftYears } from './arith';
import type { AssessmentFacts, EvidenceRef, LedgerFacts, MinuteFacts, SurveyFacts } from './facts';

/**
 * Selecting the facts a rule looks at, and naming them for people. Pure functions over
 * AssessmentFacts; the rules in score.ts and gates.ts combine them.
 */

/** Whether a date falls in the period, or in the `withinYears` before the period's end. */
export function inWindow(date: string, facts: AssessmentFacts, withinYears?: number): boolean {
  const { start, end } = facts.period;
  if (date > end) return false;
  if (withinYears === undefined) return date >= start;
  return date > shiftYears(end, -withinYears);
}

function minuteTags(minute: MinuteFacts, filter: MinuteFilter): string[] {
  return filter.passedOnly ? minute.passedTags : minute.tags;
}

/** The stages of a minute filter, in the order a failed gate explains them. */
export type MinuteStage = 'type' | 'tags' | 'quorum' | 'signed';

export function minutesByStage(
  facts: AssessmentFacts,
  filter: MinuteFilter,
): { matched: MinuteFacts[]; failedAt?: MinuteStage; candidates: MinuteFacts[] } {
  let current = facts.minutes
    .filter((m) => inWindow(m.date, facts, filter.withinYears))
    .filter((m) => !filter.types || filter.types.includes(m.type));
  const stages: [MinuteStage, (m: MinuteFacts) => boolean][] = [
    [
      'tags',
      (m) => {
        const tags = minuteTags(m, filter);
        return (
          (!filter.allTags || filter.allTags.every((tag) => tags.includes(tag))) &&
          (!filter.anyTags || filter.anyTags.some((tag) => tags.includes(tag)))
        );
      },
    ],
    ['quorum', (m) => !filter.quorumOk || m.quorumOk === true],
    ['signed', (m) => !filter.signed || m.signed],
  ];
  if (current.length === 0) return { matched: [], failedAt: 'type', candidates: [] };
  for (const [stage, keep] of stages) {
    const next = current.filter(keep);
    if (next.length === 0) return { matched: [], failedAt: stage, candidates: current };
    current = next;
  }
  return { matched: sortByDate(current), candidates: current };
}

export function matchMinutes(facts: AssessmentFacts, filter: MinuteFilter): MinuteFacts[] {
  return minutesByStage(facts, filter).matched;
}

/** Minutes and ledger entries tagged with one of `tags` in the period; a minute's entry once. */
export function matchActivities(
  facts: AssessmentFacts,
  tags: readonly string[],
  areas?: readonly string[],
): { minutes: MinuteFacts[]; ledger: LedgerFacts[] } {
  const minutes = facts.minutes.filter(
    (m) => inWindow(m.date, facts) && m.tags.some((tag) => tags.includes(tag)),
  );
  const counted = new Set(minutes.map((m) => m.id));
  const ledger = facts.ledger.filter(
    (entry) =>
      inWindow(entry.date, facts) &&
      entry.tags.some((tag) => tags.includes(tag)) &&
      (!areas || entry.areas.some((area) => areas.includes(area))) &&
      !(entry.meetingId !== undefined && counted.has(entry.meetingId)),
  );
  return { minutes: sortByDate(minutes), ledger: sortByDate(ledger) };
}

/** Ledger entries (and minutes, if asked) matching the filter that carry an attachment. */
export function matchAttachments(
  facts: AssessmentFacts,
  filter: AttachmentFilter,
): { minutes: MinuteFacts[]; ledger: LedgerFacts[] } {
  const tagged = (tags: readonly string[]) =>
    !filter.anyTags || filter.anyTags.some((tag) => tags.includes(tag));
  const ledger = facts.ledger.filter(
    (entry) =>
      entry.attachments.length > 0 &&
      inWindow(entry.date, facts, filter.withinYears) &&
      tagged(entry.tags) &&
      (!filter.areas || entry.areas.some((area) => filter.areas?.includes(area))),
  );
  const minutes = filter.includeMinutes
    ? facts.minutes.filter(
        (m) =>
          m.attachmentCount > 0 && inWindow(m.date, facts, filter.withinYears) && tagged(m.tags),
      )
    : [];
  return { minutes: sortByDate(minutes), ledger: sortByDate(ledger) };
}

/** The latest round of the kind held in the period, or undefined. */
export function latestSurvey(facts: AssessmentFacts, kind: SurveyKind): SurveyFacts | undefined {
  return sortByDate(facts.surveys.filter((s) => s.kind === kind && inWindow(s.date, facts))).at(-1);
}

export interface Ratio {
  num: number;
  den: number;
}

export function rosterRatio(facts: AssessmentFacts, rate: RosterRateId): Ratio {
  const { roster, profile } = facts;
  switch (rate) {
    case 'membership':
      return { num: roster.onRoll, den: profile.workforceTotal };
    case 'womenMembership':
      return { num: roster.womenOnRoll, den: profile.workforceWomen };
    case 'migrantMembership':
      return { num: roster.migrantOnRoll, den: profile.workforceMigrant };
    case 'validIds':
      return { num: roster.validIds, den: roster.onRoll };
  }
}

export function surveyRatio(survey: SurveyFacts, indicator: SurveyIndicator): Ratio {
  switch (indicator) {
    case 'satisfaction':
      return { num: survey.satisfied + survey.basic, den: survey.slots ?? survey.answers };
    case 'strictSatisfaction':
      return { num: survey.satisfied, den: survey.slots ?? survey.answers };
    case 'participation':
      return { num: survey.valid, den: survey.membersOnRoll };
    case 'returnRate':
      return { num: survey.returned, den: survey.distributed };
  }
}

/** "（满意 120 + 基本满意 40）÷ 有效回答 180" and the like. */
export function surveyDetail(survey: SurveyFacts, indicator: SurveyIndicator): string {
  const { num, den } = surveyRatio(survey, indicator);
  switch (indicator) {
    case 'satisfaction':
      return t('assessment.detail.satisfaction', {
        satisfied: survey.satisfied,
        basic: survey.basic,
        den,
      });
    case 'strictSatisfaction':
      return t('assessment.detail.strictSatisfaction', { satisfied: survey.satisfied, den });
    case 'participation':
      return t('assessment.detail.participation', { num, den });
    case 'returnRate':
      return t('assessment.detail.returnRate', { num, den });
  }
}

export function surveyIndicatorName(kind: SurveyKind, indicator: SurveyIndicator): string {
  return t(`assessment.survey.${kind}`) + t(`assessment.indicator.${indicator}`);
}

export function rosterRateName(rate: RosterRateId): string {
  return t(`assessment.rate.${rate}`);
}

export function rosterDetail(rate: RosterRateId, { num, den }: Ratio): string {
  return t(`assessment.rateDetail.${rate}`, { num, den });
}

/** "「工作报告」「经费报告」" */
export function tagsText(tags: readonly string[]): string {
  return tags.map((tag) => `「${tag}」`).join('');
}

function typesText(types: readonly string[] | undefined): string {
  if (!types) return t('assessment.what.meetings');
  return types
    .map((type) => meetingTypeLabel(DEFAULT_MEETING_RULES, type))
    .join(t('assessment.what.or'));
}

export function scopeText(withinYears?: number): string {
  return withinYears === undefined
    ? t('assessment.what.scopePeriod')
    : t('assessment.what.scopeYears', { years: withinYears });
}

/** "议题含「选举」、到会人数符合规定的会员大会或会员代表大会" (without the scope). */
export function minutesText(filter: MinuteFilter): string {
  const conditions: string[] = [];
  if (filter.allTags)
    conditions.push(t('assessment.what.allTags', { tags: tagsText(filter.allTags) }));
  if (filter.anyTags) {
    const key = filter.anyTags.length === 1 ? 'assessment.what.allTags' : 'assessment.what.anyTags';
    conditions.push(t(key, { tags: tagsText(filter.anyTags) }));
  }
  if (filter.passedOnly) conditions.push(t('assessment.what.passed'));
  if (filter.quorumOk) conditions.push(t('assessment.what.quorum'));
  if (filter.signed) conditions.push(t('assessment.what.signed'));
  const types = typesText(filter.types);
  return conditions.length === 0
    ? types
    : t('assessment.what.withConditions', { conditions: conditions.join('、'), what: types });
}

/** "标签为「教育」的活动" */
export function activitiesText(tags: readonly string[]): string {
  return t('assessment.what.activities', { tags: tagsText(tags) });
}

/** "「选举」相关材料（上级工会批复）" */
export function attachmentsText(filter: AttachmentFilter): string {
  const base = filter.anyTags
    ? t('assessment.what.taggedDocuments', { tags: tagsText(filter.anyTags) })
    : t('assessment.what.documents');
  return filter.document
    ? t('assessment.what.namedDocument', { base, document: filter.document })
    : base;
}

export function minuteRef(minute: MinuteFacts): EvidenceRef {
  return { kind: 'minute', id: minute.id, label: `${minute.date} ${minute.title}` };
}

export function ledgerRef(entry: LedgerFacts): EvidenceRef {
  return { kind: 'ledger', id: entry.id, label: `${entry.date} ${entry.title}` };
}

export function attachmentRefs(entry: LedgerFacts): EvidenceRef[] {
  return entry.attachments.map((a) => ({
    kind: 'attachment' as const,
    id: a.id,
    label: t('assessment.ref.attachment', { name: a.name, entry: entry.title }),
  }));
}

export function surveyRef(survey: SurveyFacts): EvidenceRef {
  return { kind: 'survey', id: survey.id, label: `${survey.date} ${survey.title}` };
}

export function rosterRef(facts: AssessmentFacts): EvidenceRef {
  return {
    kind: 'roster',
    label: t('assessment.ref.roster', { date: facts.period.end, onRoll: facts.roster.onRoll }),
  };
}

export function profileRef(): EvidenceRef {
  return { kind: 'profile', label: t('assessment.ref.profile') };
}

export function sortByDate<T extends { date: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
