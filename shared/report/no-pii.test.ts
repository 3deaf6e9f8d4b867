import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { variedMembers } from '../../test/fixtures/members';
import type { AssessmentFacts } from '../assessment/facts';
import {
  assessmentPeriod,
  minuteFacts,
  profileFacts,
  rosterFacts,
} from '../assessment/facts-build';
import { makeMeeting } from '../meetings/fixtures';
import { DEFAULT_MEETING_RULES } from '../meetings/rules';
import type { EventFact } from '../members/membership';
import type { MemberData } from '../members/model';
import { rosterStats, statisticsPeriod } from '../members/stats';
import { generateEd25519KeyPair, webCryptoSigner } from '../signing/ed25519';
import { signEnvelope } from '../signing/envelope';
import { DEFAULT_STANDARD } from '../standard/default-standard';
import { buildReportPayload } from './build';
import { makeFinalAssessment, makeReportInput } from './fixtures';
import { REPORT_PAYLOAD_TYPE } from './payload';

/**
 * DESIGN.md: ID numbers and phones never go upward; the report carries aggregates, scores and
 * evidence hashes only. A union of 1,000 members whose names also stand in its minutes (as
 * attendees, absentees, chair and recorder) goes through the real builders and the signer, and
 * none of their personal data may be found in the file or in the payload it carries.
 */

const SURNAMES = '赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何';
const GIVEN = '梓涵宇轩浩然欣怡子墨雨桐思远嘉懿';

/** 1,000 validated members, each with a name of its own. */
function members(): MemberData[] {
  return variedMembers(997).map((member, i) => ({
    ...member,
    name: `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 16]}${GIVEN[(i * 7) % 16]}${i}`,
  }));
}

describe('the signed report carries no personal data', () => {
  it('leaves out every member’s name, ID number (and its last six) and phone', async () => {
    const roster = members();
    expect(roster).toHaveLength(1000);
    const events = (member: MemberData): EventFact[] => [
      { type: 'join', date: member.joinedOn || '2015-06-13' },
    ];
    const records = roster.map((member) => ({ member, events: events(member) }));
    const period = statisticsPeriod('calendar', 2026);
    const window = assessmentPeriod(period);
    const base = makeReportInput();
    const meetings = Array.from({ length: 20 }, (_, m) =>
      makeMeeting({
        id: `00000000-0000-4000-8000-${String(m).padStart(12, '0')}`,
        date: `2026-${String(1 + (m % 12)).padStart(2, '0')}-15`,
        status: 'signed',
        chair: { name: roster[m]!.name, memberId: `m-${m}` },
        recorder: { name: roster[m + 20]!.name },
        attendance: {
          mode: 'roster',
          present: roster
            .slice(50 * m, 50 * m + 45)
            .map((p, i) => ({ name: p.name, memberId: `${i}` })),
        },
        absentees: roster
          .slice(50 * m + 45, 50 * m + 50)
          .map((p) => ({ name: p.name, reason: `${p.name}请假（电话 ${p.mobile}）` })),
      }),
    );
    const facts: AssessmentFacts = {
      period: window,
      profile: profileFacts(base.profile),
      roster: rosterFacts(records, window),
      minutes: minuteFacts(meetings, DEFAULT_MEETING_RULES, window),
      ledger: [],
      surveys: [],
    };
    const payload = buildReportPayload({
      ...base,
      facts,
      stats: rosterStats(records, base.profile, period),
      standard: DEFAULT_STANDARD,
      assessment: makeFinalAssessment(facts),
    });
    expect(payload.roster.onRoll).toBeGreaterThan(900);
    expect(payload.meetings).toHaveLength(20);

    const signer = await webCryptoSigner(await generateEd25519KeyPair());
    const file = await signEnvelope(REPORT_PAYLOAD_TYPE, payload, signer);
    const envelope = JSON.parse(file) as { payload: string };
    const carried = new TextDecoder().decode(base64.decode(envelope.payload));
    // Hashes and UUIDs are hex: six digits of an ID number can turn up in them by chance.
    const withoutHex = carried.replace(
      /[0-9a-f]{64}|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/g,
      '',
    );

    const leaks: string[] = [];
    for (const member of roster) {
      for (const text of [file, carried]) {
        if (text.includes(member.name)) leaks.push(`name ${member.name}`);
        if (text.includes(member.docNumber)) leaks.push(`ID ${member.docNumber}`);
        if (member.mobile && text.includes(member.mobile)) leaks.push(`phone ${member.mobile}`);
      }
      if (withoutHex.includes(member.docNumber.slice(-6))) {
        leaks.push(`ID ending ${member.docNumber.slice(-6)}`);
      }
    }
    expect(leaks).toEqual([]);
    // The profile's phone stays home too; the chair's name is the one name a report carries.
    expect(carried).not.toContain(base.profile.contactPhone);
    expect(carried).toContain(base.profile.chairName);
    // And no 11-digit mobile number of any kind.
    expect(withoutHex.match(/1[3-9]\d{9}/g) ?? []).toEqual([]);
  });
});
