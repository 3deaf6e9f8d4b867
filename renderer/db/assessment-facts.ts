import type { AssessmentFacts } from '../../shared/assessment/facts';
import {
  assessmentPeriod,
  ledgerFacts,
  minuteFacts,
  profileFacts,
  rosterFacts,
  type RosterRecord,
} from '../../shared/assessment/facts-build';
import { onRollAt, withEvents } from '../../shared/members/membership';
import type { Period } from '../../shared/members/stats';
import { toSurveyFacts } from '../../shared/surveys/results';
import { loadMeetingRules } from './meetings';
import type { UnionDeskDatabase } from './schema';

/**
 * Reads everything the self-assessment scores from, for one period, in one read transaction so
 * the facts are a consistent snapshot. Surveys count when they ended within the period.
 */
export async function loadAssessmentFacts(
  db: UnionDeskDatabase,
  period: Period,
): Promise<AssessmentFacts> {
  const rules = await loadMeetingRules(db);
  const range = assessmentPeriod(period);
  const tables = [
    db.profile,
    db.members,
    db.membershipEvents,
    db.meetings,
    db.ledgerEntries,
    db.attachments,
    db.surveyRounds,
  ];
  return db.transaction('r', tables, async () => {
    const [profile, members, events, meetings, entries, attachments, rounds] = await Promise.all([
      db.profile.toCollection().first(),
      db.members.toArray(),
      db.membershipEvents.toArray(),
      db.meetings.toArray(),
      db.ledgerEntries.toArray(),
      db.attachments.toArray(),
      db.surveyRounds.toArray(),
    ]);
    const records: RosterRecord[] = withEvents(members, events);
    const onRollCount = (date: string) => records.filter((r) => onRollAt(r.events, date)).length;
    const files = new Map(attachments.map((a) => [a.id, a]));
    return {
      period: range,
      profile: profileFacts(profile),
      roster: rosterFacts(records, range),
      minutes: minuteFacts(meetings, rules, range),
      ledger: ledgerFacts(entries, files, range),
      surveys: rounds
        .filter((round) => round.endedOn >= range.start && round.endedOn <= range.end)
        .sort((a, b) => a.endedOn.localeCompare(b.endedOn))
        .flatMap((round) => toSurveyFacts(round, onRollCount(round.endedOn))),
    };
  });
}
