import { z } from 'zod';
import { msg, type Message } from '../i18n';

/**
 * A year's self-assessment as stored: the clerk's score per item beside what the app proposed,
 * the reason when a score was raised above the proposal, and the 工作情况和数字说明 note. A
 * finalised revision is locked; a later change starts the next revision and the history stays.
 */

export interface AssessmentItemEntry {
  itemId: string;
  /** What the app proposed when the clerk last looked (tenths). */
  proposedTenths: number;
  /** The self-assessed score (tenths). */
  scoreTenths: number;
  /** Why the score is above the proposal; required then. */
  reason?: string;
  /** 工作情况和数字说明. */
  note: string;
}

export interface StandardRef {
  id: string;
  version: string;
  hash: string;
}

/** What the assessment came to when it was finalised, kept as it was. */
export interface AssessmentOutcome {
  totalTenths: number;
  /** The self-assessed band's id, or null below the lowest band. */
  band: string | null;
  gates: { gateId: string; state: 'pass' | 'fail' | 'unknown' }[];
}

export const ASSESSMENT_STATUSES = ['draft', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export interface Assessment {
  id: string;
  createdAt: string;
  updatedAt: string;
  year: number;
  periodKind: 'calendar' | 'octSep';
  /** 1 for the first; each change after finalising adds one. */
  revision: number;
  status: AssessmentStatus;
  standard: StandardRef;
  items: AssessmentItemEntry[];
  /** Gates the app cannot see, decided by the clerk (G5: the chair's declaration is signed). */
  gateDecisions?: Record<string, 'pass' | 'fail'>;
  /** Set when finalised. */
  finalisedAt?: string;
  outcome?: AssessmentOutcome;
  /** Why this revision was started after the previous one was finalised. */
  revisionReason?: string;
}

const tenths = z.int().min(0).max(100_000);

export const assessmentSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  year: z.int().min(2000).max(2100),
  periodKind: z.enum(['calendar', 'octSep']),
  revision: z.int().min(1),
  status: z.enum(ASSESSMENT_STATUSES),
  standard: z.object({ id: z.string().min(1), version: z.string().min(1), hash: z.string() }),
  items: z.array(
    z.object({
      itemId: z.string().min(1),
      proposedTenths: tenths,
      scoreTenths: tenths,
      reason: z.string().max(1000).optional(),
      note: z.string().max(5000),
    }),
  ),
  gateDecisions: z.record(z.string(), z.enum(['pass', 'fail'])).optional(),
  finalisedAt: z.iso.datetime().optional(),
  outcome: z
    .object({
      totalTenths: tenths,
      band: z.string().nullable(),
      gates: z.array(z.object({ gateId: z.string(), state: z.enum(['pass', 'fail', 'unknown']) })),
    })
    .optional(),
  revisionReason: z.string().max(1000).optional(),
}) satisfies z.ZodType<Assessment>;

export interface EntryProblem {
  itemId: string;
  message: Message;
}

/**
 * What is wrong with the clerk's scores: a score above the item's points, or raised above the
 * proposal without a written reason (the evidence did not support it, so the clerk must say
 * what does).
 */
export function checkEntries(
  entries: readonly AssessmentItemEntry[],
  maxTenths: ReadonlyMap<string, number>,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const entry of entries) {
    const max = maxTenths.get(entry.itemId);
    if (max === undefined) {
      problems.push({
        itemId: entry.itemId,
        message: msg('assessmentRecord.unknownItem', { item: entry.itemId }),
      });
      continue;
    }
    if (entry.scoreTenths > max) {
      problems.push({
        itemId: entry.itemId,
        message: msg('assessmentRecord.aboveMax', { item: entry.itemId, max: max / 10 }),
      });
    }
    if (entry.scoreTenths > entry.proposedTenths && !entry.reason?.trim()) {
      problems.push({
        itemId: entry.itemId,
        message: msg('assessmentRecord.reasonNeeded', {
          item: entry.itemId,
          score: entry.scoreTenths / 10,
          proposed: entry.proposedTenths / 10,
        }),
      });
    }
  }
  return problems;
}
