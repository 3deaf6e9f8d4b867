import type { AreaId } from '../campaign/areas';

/**
 * Everything the self-assessment reads, gathered for one period from the union's records
 * (renderer/db/assessment-facts.ts builds it from Dexie). Plain data, so the scoring in
 * score.ts is pure and tested on fixtures, and a federation's standard with another structure
 * scores from the same facts without code changes. Counts only: no ID numbers, no phones, and
 * no names of ordinary members (DOMAIN.md §7).
 */

export interface AssessmentPeriod {
  /** `YYYY-MM-DD`, inclusive. */
  start: string;
  end: string;
  /** The assessment year the period belongs to (calendar year, or the Oct–Sep year it ends in). */
  year: number;
}

export interface ProfileFacts {
  creditCode: string;
  /** Whether the code passes GB 32100 and starts with 81 (a union legal person). */
  creditCodeUnionValid: boolean;
  workforceTotal: number;
  workforceWomen: number;
  workforceMigrant: number;
}

export interface RosterFacts {
  /** Members on roll at the end of the period. */
  onRoll: number;
  womenOnRoll: number;
  migrantOnRoll: number;
  /** Members on roll whose document number passes its check (GB 11643 for resident IDs). */
  validIds: number;
  joinsInPeriod: number;
  leavesInPeriod: number;
  hardshipOnRoll: number;
  representativesOnRoll: number;
}

/** Evidence a score or gate points to; `id` opens the record in the app. */
export interface EvidenceRef {
  kind: 'minute' | 'ledger' | 'survey' | 'roster' | 'profile' | 'attachment';
  id?: string;
  /** What the user reads, e.g. "2026-03-15 第二届会员大会第三次会议". */
  label: string;
}

export interface MinuteFacts {
  id: string;
  title: string;
  date: string;
  /** A type id of the meeting rules (memberCongress, repCongress, committee, …). */
  type: string;
  signed: boolean;
  /** The computed verdict; null when the type has no quorum rule or counts are missing. */
  quorumOk: boolean | null;
  /** Tags of its agenda items (each item's tags, all together, without repeats). */
  tags: string[];
  /** Tags of the items whose vote passed (赞成 > 应到/2). */
  passedTags: string[];
  attachmentCount: number;
  /** Added for the annual report: the signed minute's content hash (absent until signed). */
  contentHash?: string;
}

export interface LedgerFacts {
  id: string;
  title: string;
  date: string;
  areas: AreaId[];
  tags: string[];
  participants?: number;
  attachments: { id: string; name: string; sha256: string }[];
  /**
   * Added for score.ts: the minute the entry came out of (LedgerEntry.meetingId), so an activity
   * recorded both as a minute and as its ledger entry counts once.
   */
  meetingId?: string;
}

export interface SurveyFacts {
  id: string;
  /** 'union': 会员评家; 'cadre': 评议工会干部. */
  kind: 'union' | 'cadre';
  title: string;
  /** When the round was held (its last day). */
  date: string;
  distributed: number;
  returned: number;
  valid: number;
  membersOnRoll: number;
  /** Overall answers over all items (sum over items of each answer). */
  satisfied: number;
  basic: number;
  unsatisfied: number;
  unknown: number;
  /** Answers of the items (sum over items), i.e. satisfied + basic + unsatisfied + unknown. */
  answers: number;
  /**
   * Added for score.ts: 有效票 × questions, blanks included — the denominator of both satisfaction
   * rates in shared/surveys/results.ts (`PartResult.slots`), so the assessment shows the figure the
   * round's results show. When absent the engine divides by `answers`.
   */
  slots?: number;
}

export interface AssessmentFacts {
  period: AssessmentPeriod;
  profile: ProfileFacts;
  roster: RosterFacts;
  minutes: MinuteFacts[];
  ledger: LedgerFacts[];
  surveys: SurveyFacts[];
}
