import type { AssessmentFacts } from '../../shared/assessment/facts';
import {
  assessmentPeriod,
  ledgerFacts,
  minuteFacts,
  profileFacts,
  rosterFacts,
  type RosterRecord,
} from '../../shared/assessment/facts-build';
import { deriveStatus, type EventFact } from '../../shared/members/membership';
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
    const byMember = new Map<string, EventFact[]>();
    for (const event of events) {
      const list = byMember.get(event.memberId);
      if (list) list.push(event);
      else byMember.set(event.memberId, [event]);
    }
    const records: RosterRecord[] = members.map((member) => ({
      member,
      events: byMember.get(member.id) ?? [],
    }));
    const onRollAt = (date: string) =>
      records.filter((r) => deriveStatus(r.events, date) === 'active').length;
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
        .flatMap((round) => toSurveyFacts(round, onRollAt(round.endedOn))),
    };
  });
}
