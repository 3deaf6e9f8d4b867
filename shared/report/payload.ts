import { z } from 'zod';

/**
 * The annual report a union sends upward: what the federation receives, signed (see
 * shared/signing/envelope.ts). Aggregates only (DOMAIN.md §7): counts, rates as exact fractions,
 * meeting and survey summaries, scores, evidence titles and hashes. No ID numbers, no phones, no
 * names of ordinary members; the chair's name is the one name, as the union's representative.
 * Integers only: scores in tenths, rates as numerator/denominator.
 */

export const REPORT_PAYLOAD_TYPE = 'application/vnd.uniondesk.report+json; version=1';
export const REPORT_KIND = 'uniondesk-annual-report';
/** Larger files are refused before anything else: 500 minutes and 2,000 ledger entries fit. */
export const REPORT_MAX_BYTES = 8 * 1024 * 1024;

const count = z.int().min(0).max(10_000_000);
const tenths = z.int().min(0).max(100_000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const fraction = z.object({ numerator: count, denominator: count }).strict();

const evidenceSchema = z
  .object({
    kind: z.enum(['minute', 'ledger', 'survey', 'roster', 'profile', 'attachment']),
    id: z.string().max(100).optional(),
    label: text(300),
  })
  .strict();

export const reportPayloadSchema = z
  .object({
    kind: z.literal(REPORT_KIND),
    reportId: z.uuid(),
    /** 1 for a year's first report; each re-issue adds one and names the one it replaces. */
    sequence: z.int().min(1).max(1000),
    supersedes: z.uuid().nullable(),
    /** UTC ISO timestamp. */
    generatedAt: z.iso.datetime(),
    appVersion: text(40),
    union: z
      .object({
        name: text(200),
        creditCode: z.string().regex(/^[0-9A-Z]{18}$/),
        employerName: text(200),
        parentUnion: text(200),
        region: text(200),
        industry: text(200).optional(),
        foundedOn: date.optional(),
        chairName: text(50),
      })
      .strict(),
    period: z
      .object({ kind: z.enum(['calendar', 'octSep']), year: z.int(), start: date, end: date })
      .strict(),
    workforce: z.object({ total: count, women: count, migrant: count }).strict(),
    roster: z
      .object({
        onRollAtStart: count,
        onRoll: count,
        women: count,
        migrant: count,
        reserved: count,
        validIds: count,
        hardship: count,
        representatives: count,
        joined: count,
        left: count,
        ageBands: z.record(z.string().max(40), count),
        employment: z.record(z.string().max(40), count),
        changes: z.record(z.string().max(40), count),
        rates: z.object({ membership: fraction, migrant: fraction, women: fraction }).strict(),
      })
      .strict(),
    meetings: z.array(
      z
        .object({
          id: z.string().max(100),
          title: text(300),
          date,
          type: z.string().max(60),
          signed: z.boolean(),
          quorumOk: z.boolean().nullable(),
          tags: z.array(text(60)).max(100),
          passedTags: z.array(text(60)).max(100),
          attachmentCount: count,
          /** SHA-256 of the signed minute's canonical content; absent for unsigned ones. */
          contentHash: sha256.optional(),
        })
        .strict(),
    ),
    ledger: z.array(
      z
        .object({
          id: z.string().max(100),
          title: text(300),
          date,
          areas: z.array(z.string().max(40)).max(20),
          tags: z.array(text(60)).max(100),
          participants: count.optional(),
          attachments: z.array(z.object({ name: text(300), sha256 }).strict()).max(200),
        })
        .strict(),
    ),
    surveys: z.array(
      z
        .object({
          id: z.string().max(100),
          kind: z.enum(['union', 'cadre']),
          title: text(300),
          date,
          distributed: count,
          returned: count,
          valid: count,
          membersOnRoll: count,
          satisfied: count,
          basic: count,
          unsatisfied: count,
          unknown: count,
          answers: count,
          slots: count,
        })
        .strict(),
    ),
    assessment: z
      .object({
        revision: z.int().min(1),
        finalisedAt: z.iso.datetime(),
        standard: z
          .object({ id: text(100), version: text(40), name: text(200), hash: sha256 })
          .strict(),
        items: z.array(
          z
            .object({
              itemId: text(40),
              areaId: text(40),
              title: text(300),
              maxTenths: tenths,
              proposedTenths: tenths,
              scoreTenths: tenths,
              reason: text(1000).optional(),
              note: text(5000),
              evidence: z.array(evidenceSchema).max(1000),
            })
            .strict(),
        ),
        areas: z.array(
          z
            .object({ areaId: text(40), label: text(100), maxTenths: tenths, scoreTenths: tenths })
            .strict(),
        ),
        gates: z.array(
          z
            .object({
              gateId: text(40),
              label: text(200),
              state: z.enum(['pass', 'fail', 'unknown']),
            })
            .strict(),
        ),
        totalTenths: tenths,
        maxTenths: tenths,
        /** The band's id and label, or null below the lowest band. */
        band: z
          .object({ id: text(40), label: text(100) })
          .strict()
          .nullable(),
      })
      .strict(),
  })
  .strict();

let compiled: typeof reportPayloadSchema | undefined;

/**
 * Whether `value` is a report payload, by the schema above compiled by zod into generated code
 * where the runtime allows eval: ten times faster than the schema interpreted, which was most of
 * what a federation's ten thousand files cost beyond their signatures (bench/report.bench.ts).
 * The generated code checks without copying; the rules are the schema's own, and a payload it
 * refuses goes back to `reportPayloadSchema.safeParse` to be told why. Under
 * `z.config({ jitless: true })` — the renderer, whose CSP refuses eval and would report the
 * attempt — the schema is interpreted as written.
 */
export function isReportPayload(value: unknown): value is ReportPayload {
  compiled ??= z.config().jitless ? reportPayloadSchema : z.compile(reportPayloadSchema);
  return z.validate(compiled, value);
}

export type ReportPayload = z.infer<typeof reportPayloadSchema>;
export type ReportMeeting = ReportPayload['meetings'][number];
export type ReportItem = ReportPayload['assessment']['items'][number];
