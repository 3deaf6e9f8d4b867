import { z } from 'zod';
import type {
  AttachmentFilter,
  CountScoring,
  EvidenceRule,
  GateCondition,
  MinuteFilter,
  StandardContent,
} from './model';

/**
 * The shape of a standard file. Objects are strict (an unknown key is refused, so a typo such as
 * `tenth` cannot silently drop a parameter) and nothing has a default, so the parsed value equals
 * the file and its hash is the hash of what the federation wrote. Cross-field checks (sums,
 * references, duplicates) are in validate.ts.
 */

const tenths = z.int().min(0).max(100_000);
const positiveTenths = z.int().min(1).max(100_000);
const label = z.string().trim().min(1).max(200);
const tag = z.string().trim().min(1).max(12);
const tags = z.array(tag).min(1).max(50);
const code = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/);
const itemId = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_.-]{0,19}$/);

/** 0–100 with at most two decimals, so comparisons can be done on integers (× 100). */
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: '百分比最多保留两位小数',
  });

const rateBands = z
  .array(z.strictObject({ minPercent: percent, tenths: positiveTenths }))
  .min(1)
  .max(20);

const countScoring: z.ZodType<CountScoring> = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('each'),
    eachTenths: positiveTenths,
    capTenths: positiveTenths,
  }),
  z.strictObject({
    mode: z.literal('bands'),
    bands: z
      .array(z.strictObject({ min: z.int().min(1).max(1_000_000), tenths: positiveTenths }))
      .min(1)
      .max(20),
  }),
]);

const withinYears = z.int().min(1).max(10);

const minuteFilter: z.ZodType<MinuteFilter> = z.strictObject({
  types: z.array(code).min(1).max(20).optional(),
  allTags: tags.optional(),
  anyTags: tags.optional(),
  passedOnly: z.boolean().optional(),
  quorumOk: z.boolean().optional(),
  signed: z.boolean().optional(),
  withinYears: withinYears.optional(),
});

const attachmentFilter: z.ZodType<AttachmentFilter> = z.strictObject({
  anyTags: tags.optional(),
  areas: z.array(code).min(1).max(20).optional(),
  includeMinutes: z.boolean().optional(),
  withinYears: withinYears.optional(),
  document: label.optional(),
});

const rosterRate = z.enum(['membership', 'womenMembership', 'migrantMembership', 'validIds']);
const surveyKind = z.enum(['union', 'cadre']);
const surveyIndicator = z.enum([
  'satisfaction',
  'strictSatisfaction',
  'participation',
  'returnRate',
]);

export const RULE_KINDS = [
  'rosterRate',
  'surveyRate',
  'minuteCount',
  'activityCount',
  'attachmentPresent',
  'ledgerParticipation',
  'profileCheck',
  'rosterCount',
  'manual',
  'sum',
] as const satisfies readonly EvidenceRule['kind'][];

export const GATE_KINDS = [
  'minuteExists',
  'attachmentExists',
  'rosterRate',
  'surveyRate',
  'declaration',
  'all',
] as const satisfies readonly GateCondition['kind'][];

export const evidenceRuleSchema: z.ZodType<EvidenceRule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('rosterRate'), rate: rosterRate, bands: rateBands }),
    z.strictObject({
      kind: z.literal('surveyRate'),
      survey: surveyKind,
      indicator: surveyIndicator,
      bands: rateBands,
    }),
    z.strictObject({ kind: z.literal('minuteCount'), filter: minuteFilter, scoring: countScoring }),
    z.strictObject({
      kind: z.literal('activityCount'),
      anyTags: tags,
      areas: z.array(code).min(1).max(20).optional(),
      countBy: z.enum(['records', 'tags']).optional(),
      scoring: countScoring,
    }),
    z.strictObject({
      kind: z.literal('attachmentPresent'),
      filter: attachmentFilter,
      scoring: countScoring,
    }),
    z.strictObject({
      kind: z.literal('ledgerParticipation'),
      anyTags: tags,
      of: z.enum(['workforce', 'onRoll']),
      bands: rateBands,
    }),
    z.strictObject({
      kind: z.literal('profileCheck'),
      check: z.enum(['unionCreditCode']),
      tenths: positiveTenths,
    }),
    z.strictObject({
      kind: z.literal('rosterCount'),
      count: z.enum(['joinsInPeriod', 'hardshipOnRoll', 'representativesOnRoll']),
      scoring: countScoring,
    }),
    z.strictObject({
      kind: z.literal('manual'),
      maxTenths: tenths.optional(),
      hint: label.optional(),
    }),
    z.strictObject({
      kind: z.literal('sum'),
      parts: z.array(evidenceRuleSchema).min(1).max(10),
    }),
  ]),
);

export const gateConditionSchema: z.ZodType<GateCondition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('minuteExists'),
      filter: minuteFilter,
      min: z.int().min(1).max(1000).optional(),
    }),
    z.strictObject({ kind: z.literal('attachmentExists'), filter: attachmentFilter }),
    z.strictObject({ kind: z.literal('rosterRate'), rate: rosterRate, minPercent: percent }),
    z.strictObject({
      kind: z.literal('surveyRate'),
      survey: surveyKind,
      indicator: surveyIndicator,
      minPercent: percent,
    }),
    z.strictObject({ kind: z.literal('declaration'), text: label }),
    z.strictObject({
      kind: z.literal('all'),
      conditions: z.array(gateConditionSchema).min(1).max(10),
    }),
  ]),
);

export const standardSchema: z.ZodType<StandardContent> = z.strictObject({
  format: z.literal(1),
  id: code,
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_.-]{0,19}$/),
  name: label,
  issuer: label.optional(),
  totalTenths: positiveTenths,
  areas: z
    .array(
      z.strictObject({
        id: code,
        label,
        shortLabel: z.string().trim().min(1).max(20).optional(),
        pointsTenths: positiveTenths,
      }),
    )
    .min(1)
    .max(30),
  items: z
    .array(
      z.strictObject({
        id: itemId,
        area: code,
        title: label,
        pointsTenths: positiveTenths,
        evidence: label.optional(),
        rule: evidenceRuleSchema,
        gate: z.array(code).min(1).max(10).optional(),
      }),
    )
    .min(1)
    .max(500),
  gates: z
    .array(
      z.strictObject({
        id: code,
        label,
        description: z.string().trim().min(1).max(500).optional(),
        condition: gateConditionSchema,
      }),
    )
    .max(30),
  bands: z
    .array(
      z.strictObject({
        id: code,
        label,
        minTotalTenths: tenths,
        requiredGates: z.array(code).max(30),
      }),
    )
    .min(1)
    .max(20),
  surveyItems: z
    .array(z.strictObject({ id: itemId, text: z.string().trim().min(1).max(60) }))
    .min(1)
    .max(50)
    .optional(),
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
