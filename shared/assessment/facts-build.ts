import { uniqueTags } from '../campaign/tags';
import type { LedgerEntry } from '../ledger/model';
import type { Meeting } from '../meetings/model';
import { presentCount } from '../meetings/model';
import { meetingType, type MeetingRules } from '../meetings/rules';
import { quorumVerdict, voteVerdict } from '../meetings/verdicts';
import { deriveStatus, isJoinEvent, isLeaveEvent, type EventFact } from '../members/membership';
import type { MemberData } from '../members/model';
import { GB11643_DOC_TYPES } from '../members/options';
import type { Period } from '../members/stats';
import type { UnionProfile } from '../profile/profile';
import { checkCreditCode, UNION_PREFIX } from '../validation/credit-code';
import { isResidentIdChecksumValid } from '../validation/resident-id';
import type {
  AssessmentPeriod,
  LedgerFacts,
  MinuteFacts,
  ProfileFacts,
  RosterFacts,
} from './facts';

/**
 * Pure builders of the assessment's facts from stored records, so the reading of the database
 * (renderer/db/assessment-facts.ts) stays a thin loop and the rules are tested here.
 */

export function assessmentPeriod(period: Period): AssessmentPeriod {
  return { start: period.start, end: period.end, year: period.year };
}

const inPeriod = (date: string, period: AssessmentPeriod) =>
  date >= period.start && date <= period.end;

/**
 * Records up to the period's end, however old: most rules count only the period itself, but a
 * standard may look further back (an election minute within the committee's term, G2), and the
 * rules filter by their own window (evidence.ts inWindow).
 */
const upToEnd = (date: string, period: AssessmentPeriod) => date <= period.end;

export function profileFacts(profile: UnionProfile | undefined): ProfileFacts {
  const code = profile?.creditCode ?? '';
  const check = checkCreditCode(code);
  return {
    creditCode: check.value,
    creditCodeUnionValid:
      check.errors.length === 0 &&
      check.warnings.length === 0 &&
      check.value.startsWith(UNION_PREFIX),
    workforceTotal: profile?.workforceTotal ?? 0,
    workforceWomen: profile?.workforceWomen ?? 0,
    workforceMigrant: profile?.workforceMigrant ?? 0,
  };
}

export interface RosterRecord {
  member: Pick<
    MemberData,
    'sex' | 'migrantWorker' | 'docType' | 'docNumber' | 'hardship' | 'representative'
  >;
  events: readonly EventFact[];
}

/** A document number the app can check passes; other documents are stored as typed and count. */
function idValid(member: RosterRecord['member']): boolean {
  if (!GB11643_DOC_TYPES.has(member.docType)) return member.docNumber.trim() !== '';
  return member.docNumber.length === 18 && isResidentIdChecksumValid(member.docNumber);
}

export function rosterFacts(
  records: readonly RosterRecord[],
  period: AssessmentPeriod,
): RosterFacts {
  const facts: RosterFacts = {
    onRoll: 0,
    womenOnRoll: 0,
    migrantOnRoll: 0,
    validIds: 0,
    joinsInPeriod: 0,
    leavesInPeriod: 0,
    hardshipOnRoll: 0,
    representativesOnRoll: 0,
  };
  for (const { member, events } of records) {
    for (const event of events) {
      if (!inPeriod(event.date, period)) continue;
      if (isJoinEvent(event.type)) facts.joinsInPeriod += 1;
      if (isLeaveEvent(event.type)) facts.leavesInPeriod += 1;
    }
    if (deriveStatus(events, period.end) !== 'active') continue;
    facts.onRoll += 1;
    if (member.sex === 'female') facts.womenOnRoll += 1;
    if (member.migrantWorker) facts.migrantOnRoll += 1;
    if (member.hardship) facts.hardshipOnRoll += 1;
    if (member.representative) facts.representativesOnRoll += 1;
    if (idValid(member)) facts.validIds += 1;
  }
  return facts;
}

/** Minutes held up to the period's end (planned meetings are not evidence), with verdicts. */
export function minuteFacts(
  meetings: readonly Meeting[],
  rules: MeetingRules,
  period: AssessmentPeriod,
): MinuteFacts[] {
  return meetings
    .filter((m) => m.status !== 'planned' && upToEnd(m.date, period))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => {
      const expected = m.expected.count;
      const present = presentCount(m.attendance);
      const type = meetingType(rules, m.type);
      const quorumOk =
        type && !type.quorum
          ? null
          : expected > 0 && present > 0
            ? quorumVerdict(rules, expected, present).ok
            : null;
      const passed = m.items.filter(
        (item) => item.vote && voteVerdict(rules, item.vote, expected, present).passed,
      );
      return {
        id: m.id,
        title: m.title,
        date: m.date,
        type: m.type,
        signed: m.status === 'signed',
        quorumOk,
        tags: uniqueTags(m.items.flatMap((item) => item.tags)),
        passedTags: uniqueTags(passed.flatMap((item) => item.tags)),
        attachmentCount: m.attachmentIds.length,
        ...(m.status === 'signed' && m.signature ? { contentHash: m.signature.contentHash } : {}),
      };
    });
}

export function ledgerFacts(
  entries: readonly LedgerEntry[],
  attachments: ReadonlyMap<string, { id: string; name: string; sha256: string }>,
  period: AssessmentPeriod,
): LedgerFacts[] {
  return entries
    .filter((entry) => upToEnd(entry.date, period))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((entry) => ({
      id: entry.id,
      title: entry.title,
      date: entry.date,
      areas: [...entry.areas],
      tags: [...entry.tags],
      ...(entry.participants !== undefined ? { participants: entry.participants } : {}),
      ...(entry.meetingId ? { meetingId: entry.meetingId } : {}),
      attachments: entry.attachmentIds.flatMap((id) => {
        const found = attachments.get(id);
        return found ? [{ id: found.id, name: found.name, sha256: found.sha256 }] : [];
      }),
    }));
}
