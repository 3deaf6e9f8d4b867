/**
 * A self-assessment standard as data (standard-draft.md, DOMAIN.md §3): areas, items with their
 * points in tenths and the evidence rule that proposes each item's score, the gates (必备条件)
 * and the bands (合格 / 先进 / 可申报模范). A federation's own 细则 is a file of this shape; the
 * engine in shared/assessment/score.ts knows every rule kind below, so another standard's weights,
 * bands and structure score without code changes. Labels and titles are text in the file, not
 * catalogue keys: a federation writes its own.
 */

/** Format marker of the file; a later format gets a new number and its own reader. */
export const STANDARD_FORMAT = 1;

/** A rate threshold in percent (0–100, at most two decimals) and the points it is worth. */
export interface RateBand {
  minPercent: number;
  tenths: number;
}

/** A count threshold (at least `min` records) and the points it is worth. */
export interface CountBand {
  min: number;
  tenths: number;
}

/** How a count becomes points: so much per record up to a cap, or by bands. */
export type CountScoring =
  { mode: 'each'; eachTenths: number; capTenths: number } | { mode: 'bands'; bands: CountBand[] };

/** Which minutes count. Every condition given must hold; absent conditions do not filter. */
export interface MinuteFilter {
  /** Meeting type ids of the meeting rules (memberCongress, committee, …); any of them. */
  types?: string[];
  /** The minute has every one of these agenda tags. */
  allTags?: string[];
  /** The minute has at least one of these agenda tags. */
  anyTags?: string[];
  /** Tags count only on items whose vote passed. */
  passedOnly?: boolean;
  /** Only minutes whose computed quorum verdict is 符合. */
  quorumOk?: boolean;
  /** Only signed (locked) minutes. */
  signed?: boolean;
  /**
   * Look back this many years from the period's end instead of the period itself (an election
   * holds for its term of 3–5 years).
   */
  withinYears?: number;
}

/** Which ledger entries (and optionally minutes) count as attached evidence. */
export interface AttachmentFilter {
  /** The entry has at least one of these tags. */
  anyTags?: string[];
  /** The entry is filed under at least one of these areas. */
  areas?: string[];
  /** Also count minutes with the tags that carry an attachment. */
  includeMinutes?: boolean;
  withinYears?: number;
  /** What the document is, for the explanation and "还差什么", e.g. "上级工会批复". */
  document?: string;
}

export type RosterRateId = 'membership' | 'womenMembership' | 'migrantMembership' | 'validIds';
export type RosterCountId = 'joinsInPeriod' | 'hardshipOnRoll' | 'representativesOnRoll';
export type SurveyKind = 'union' | 'cadre';
/**
 * satisfaction = (满意 + 基本满意) ÷ (有效票 × questions); strictSatisfaction = 满意 ÷ the same
 * (DOMAIN.md §4, as shared/surveys/results.ts computes them);
 * participation = valid ÷ members on roll; returnRate = returned ÷ distributed.
 */
export type SurveyIndicator =
  'satisfaction' | 'strictSatisfaction' | 'participation' | 'returnRate';
export type ProfileCheckId = 'unionCreditCode';

/** The closed set of evidence rules the engine knows; each is parameterised by data. */
export type EvidenceRule =
  | { kind: 'rosterRate'; rate: RosterRateId; bands: RateBand[] }
  | { kind: 'surveyRate'; survey: SurveyKind; indicator: SurveyIndicator; bands: RateBand[] }
  | { kind: 'minuteCount'; filter: MinuteFilter; scoring: CountScoring }
  | {
      /** Minutes and ledger entries with one of the tags (a ledger entry of a counted minute once). */
      kind: 'activityCount';
      anyTags: string[];
      /** Ledger entries must also be filed under one of these areas. */
      areas?: string[];
      /** 'records' counts activities; 'tags' counts how many of the tags are covered. */
      countBy?: 'records' | 'tags';
      scoring: CountScoring;
    }
  | { kind: 'attachmentPresent'; filter: AttachmentFilter; scoring: CountScoring }
  | {
      /** The largest head count of a ledger entry with the tags ÷ the workforce or members. */
      kind: 'ledgerParticipation';
      anyTags: string[];
      of: 'workforce' | 'onRoll';
      bands: RateBand[];
    }
  | { kind: 'profileCheck'; check: ProfileCheckId; tenths: number }
  | { kind: 'rosterCount'; count: RosterCountId; scoring: CountScoring }
  | {
      /** The app cannot see it (a declaration, a document): proposes 0, the clerk scores it. */
      kind: 'manual';
      /** The part's maximum inside a sum; at the top level the item's points. */
      maxTenths?: number;
      /** What the clerk should look at, e.g. "主席签署的声明和人事部门的劳动合同签订率". */
      hint?: string;
    }
  | { kind: 'sum'; parts: EvidenceRule[] };

export type EvidenceRuleKind = EvidenceRule['kind'];

/** The closed set of gate conditions. */
export type GateCondition =
  | { kind: 'minuteExists'; filter: MinuteFilter; min?: number }
  | { kind: 'attachmentExists'; filter: AttachmentFilter }
  | { kind: 'rosterRate'; rate: RosterRateId; minPercent: number }
  | { kind: 'surveyRate'; survey: SurveyKind; indicator: SurveyIndicator; minPercent: number }
  /** Only a signed declaration shows it: unknown until the clerk confirms it. */
  | { kind: 'declaration'; text: string }
  | { kind: 'all'; conditions: GateCondition[] };

export interface StandardArea {
  /** 'area1'…'area7' for the campaign areas (shared/campaign/areas.ts), or the file's own. */
  id: string;
  label: string;
  shortLabel?: string;
  pointsTenths: number;
}

export interface StandardItem {
  /** Stable, e.g. '1.1'; self-assessments and reports refer to it. */
  id: string;
  area: string;
  title: string;
  pointsTenths: number;
  /** The evidence column as the standard's text states it, e.g. "M（选举会议记录）+ A（批复）". */
  evidence?: string;
  rule: EvidenceRule;
  /** Gates this item's evidence also serves (shown as 必备 on the printed form). */
  gate?: string[];
}

export interface StandardGate {
  id: string;
  label: string;
  description?: string;
  condition: GateCondition;
}

export interface StandardBand {
  id: string;
  label: string;
  minTotalTenths: number;
  /** Gates that must pass for this band; a failed one caps the grade whatever the score. */
  requiredGates: string[];
}

/** A question of the 会员评议职工之家 ballot the standard prescribes. */
export interface StandardSurveyItem {
  /** Stable within the standard; a round copies it, and its counts and ballots refer to it. */
  id: string;
  /** The line printed on the ballot, e.g. "服务职工（困难帮扶、送温暖、为职工办实事）". */
  text: string;
}

/** The standard as written in a file; `contentHash` may be stated, and is then checked. */
export interface StandardContent {
  format: typeof STANDARD_FORMAT;
  /** Stable code of the standard (stored as `code`); a new edition keeps it and bumps `version`. */
  id: string;
  version: string;
  name: string;
  /** Who issued it, e.g. "某市总工会". */
  issuer?: string;
  totalTenths: number;
  areas: StandardArea[];
  items: StandardItem[];
  gates: StandardGate[];
  /** Lowest first. */
  bands: StandardBand[];
  /**
   * The items of 会员评家 a new round starts from; absent, the app's own list
   * (shared/surveys/defaults.ts) is used.
   */
  surveyItems?: StandardSurveyItem[];
  contentHash?: string;
}

/** A validated standard: its hash is always present (SHA-256 of the JCS form without the hash). */
export interface Standard extends StandardContent {
  contentHash: string;
}
