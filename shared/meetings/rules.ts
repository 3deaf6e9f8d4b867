import { z } from 'zod';

/**
 * The meeting rules as data (DOMAIN.md §6), replaceable by a local federation's own: the meeting
 * types, where each type's 应到 comes from, and the two fractions behind the verdicts. Defaults:
 * - opening quorum 实到 ≥ ⌈2/3 × 应到⌉ — "三分之二以上", and in Chinese law 以上 includes the number;
 * - a vote passes with 赞成 > 1/2 × 应到 — "过半数" is strictly more than half, counted against all
 *   who should attend (中国工会章程; 工会基层组织选举工作条例; 基层工会会员代表大会条例);
 * - a union with ≤ 100 members holds a 会员大会, not a representatives' congress.
 */

/** Where a type's 应到 is proposed from: members on roll at the date, representatives, or typed. */
export type ExpectedSource = 'members' | 'representatives' | 'manual';

export interface MeetingTypeRule {
  /** Stored in each minute; never changes once used. */
  id: string;
  label: string;
  expectedFrom: ExpectedSource;
  /** Whether the opening quorum applies (not for an informal 其他 meeting). */
  quorum: boolean;
  /** A 会员代表大会: small unions are warned that they should hold a 会员大会 instead. */
  representativeCongress?: boolean;
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface MeetingRules {
  /** Shown with each verdict so the user sees which rule was applied. */
  name: string;
  quorum: Fraction;
  passing: Fraction;
  smallUnionMaxMembers: number;
  types: MeetingTypeRule[];
}

export const DEFAULT_MEETING_RULES: MeetingRules = {
  name: '中国工会章程及基层工会会员代表大会条例（默认）',
  quorum: { numerator: 2, denominator: 3 },
  passing: { numerator: 1, denominator: 2 },
  smallUnionMaxMembers: 100,
  types: [
    { id: 'memberCongress', label: '会员大会', expectedFrom: 'members', quorum: true },
    {
      id: 'repCongress',
      label: '会员代表大会',
      expectedFrom: 'representatives',
      quorum: true,
      representativeCongress: true,
    },
    { id: 'committee', label: '工会委员会会议', expectedFrom: 'manual', quorum: true },
    { id: 'fundsReview', label: '经费审查委员会会议', expectedFrom: 'manual', quorum: true },
    { id: 'womenCommittee', label: '女职工委员会会议', expectedFrom: 'manual', quorum: true },
    { id: 'workersCongress', label: '职工代表大会/职工大会', expectedFrom: 'manual', quorum: true },
    { id: 'other', label: '其他会议', expectedFrom: 'manual', quorum: false },
  ],
};

const fraction = z
  .object({ numerator: z.int().min(1), denominator: z.int().min(1) })
  .refine((f) => f.numerator <= f.denominator, '分子不能大于分母');

/** The shape a replacement rules file must have; a bad file is refused with zod's reason. */
export const meetingRulesSchema = z.object({
  name: z.string().min(1),
  quorum: fraction,
  passing: fraction,
  smallUnionMaxMembers: z.int().min(0),
  types: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/),
        label: z.string().min(1).max(30),
        expectedFrom: z.enum(['members', 'representatives', 'manual']),
        quorum: z.boolean(),
        representativeCongress: z.boolean().optional(),
      }),
    )
    .min(1)
    .refine((types) => new Set(types.map((t) => t.id)).size === types.length, '会议类型编号重复'),
}) satisfies z.ZodType<MeetingRules>;

export function meetingType(rules: MeetingRules, id: string): MeetingTypeRule | undefined {
  return rules.types.find((type) => type.id === id);
}

/** A type's label, or the stored id when the rules in use no longer know it. */
export function meetingTypeLabel(rules: MeetingRules, id: string): string {
  return meetingType(rules, id)?.label ?? id;
}

/** "2/3" as users read it in the verdict texts. */
export function fractionText(f: Fraction): string {
  return `${f.numerator}/${f.denominator}`;
}
