import { z } from 'zod';
import type { PlainMessageKey } from '../i18n';
import type { AreaId } from '../campaign/areas';

/**
 * A 工作台账 entry: one piece of the union's work, filed under one or more of the seven campaign
 * areas (DOMAIN.md §1), with the tags the self-assessment standard counts and the evidence
 * attached to it. Dates are `YYYY-MM-DD`; attachments are ids of the attachments table, where each
 * content is stored once.
 */
export interface LedgerEntryContent {
  date: string;
  title: string;
  areas: AreaId[];
  tags: string[];
  /** Head count of participants; absent when not recorded. */
  participants?: number;
  description: string;
  /** The minute this work came out of or was decided in. */
  meetingId?: string;
  attachmentIds: string[];
}

export interface LedgerEntry extends LedgerEntryContent {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** What the form edits: text as typed, the count possibly blank. */
export interface LedgerDraft {
  date: string;
  title: string;
  areas: string[];
  tags: string[];
  participants: number | null;
  description: string;
  meetingId: string | null;
  attachmentIds: string[];
}

export type LedgerField = keyof LedgerDraft;

export const LEDGER_FIELD_LABELS: { readonly [F in LedgerField]: PlainMessageKey } = {
  date: 'ledger.field.date',
  title: 'ledger.field.title',
  areas: 'ledger.field.areas',
  tags: 'ledger.field.tags',
  participants: 'ledger.field.participants',
  description: 'ledger.field.description',
  meetingId: 'ledger.field.meeting',
  attachmentIds: 'ledger.field.attachments',
};

export const LEDGER_LIMITS = {
  title: 100,
  description: 5_000,
  tags: 20,
  attachments: 50,
  /** No union event has more participants than this; a larger number is a typo. */
  participants: 1_000_000,
} as const;

export function emptyLedgerDraft(today: string): LedgerDraft {
  return {
    date: today,
    title: '',
    areas: [],
    tags: [],
    participants: null,
    description: '',
    meetingId: null,
    attachmentIds: [],
  };
}

export function toLedgerDraft(entry: LedgerEntryContent): LedgerDraft {
  return {
    date: entry.date,
    title: entry.title,
    areas: [...entry.areas],
    tags: [...entry.tags],
    participants: entry.participants ?? null,
    description: entry.description,
    meetingId: entry.meetingId ?? null,
    attachmentIds: [...entry.attachmentIds],
  };
}

const areaId = z.enum(['area1', 'area2', 'area3', 'area4', 'area5', 'area6', 'area7']);

/** The stored shape; backups and restores may use it to check a row. */
export const ledgerEntrySchema = z.object({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  date: z.iso.date(),
  title: z.string().min(1).max(LEDGER_LIMITS.title),
  areas: z.array(areaId).min(1),
  tags: z.array(z.string().min(1)).max(LEDGER_LIMITS.tags),
  participants: z.int().min(0).max(LEDGER_LIMITS.participants).optional(),
  description: z.string().max(LEDGER_LIMITS.description),
  meetingId: z.string().min(1).optional(),
  attachmentIds: z.array(z.string().min(1)).max(LEDGER_LIMITS.attachments),
}) satisfies z.ZodType<LedgerEntry>;
