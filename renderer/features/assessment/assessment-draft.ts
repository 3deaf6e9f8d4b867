import type { AssessmentItemEntry, Assessment } from '../../../shared/assessment/record';
import type { AssessmentScore, FinalScores } from '../../../shared/assessment/score';

/**
 * The clerk's working copy of a year's assessment, and how it maps to and from the stored
 * revision. An item the clerk has not touched follows the live proposal (new evidence raises it
 * at once); a touched item keeps the clerk's score.
 */

export interface EntryDraft {
  /** null: follow the proposal. */
  scoreTenths: number | null;
  reason: string;
  note: string;
}

export interface AssessmentDraft {
  entries: ReadonlyMap<string, EntryDraft>;
  gates: Readonly<Record<string, 'pass' | 'fail'>>;
  dirty: boolean;
}

const EMPTY: EntryDraft = { scoreTenths: null, reason: '', note: '' };

export function draftFrom(current: Assessment | undefined): AssessmentDraft {
  const entries = new Map<string, EntryDraft>();
  for (const item of current?.items ?? []) {
    entries.set(item.itemId, {
      // A score equal to what was proposed then is "accepted the proposal": keep following it.
      scoreTenths: item.scoreTenths === item.proposedTenths ? null : item.scoreTenths,
      reason: item.reason ?? '',
      note: item.note,
    });
  }
  return { entries, gates: { ...(current?.gateDecisions ?? {}) }, dirty: false };
}

export function entryOf(draft: AssessmentDraft, itemId: string): EntryDraft {
  return draft.entries.get(itemId) ?? EMPTY;
}

export function patchEntry(
  draft: AssessmentDraft,
  itemId: string,
  patch: Partial<EntryDraft>,
): AssessmentDraft {
  const entries = new Map(draft.entries);
  entries.set(itemId, { ...entryOf(draft, itemId), ...patch });
  return { ...draft, entries, dirty: true };
}

export function setGate(
  draft: AssessmentDraft,
  gateId: string,
  state: 'pass' | 'fail' | null,
): AssessmentDraft {
  const gates = { ...draft.gates };
  if (state === null) delete gates[gateId];
  else gates[gateId] = state;
  return { ...draft, gates, dirty: true };
}

/** The score an item counts with: the clerk's, or the proposal. */
export function scoreOf(draft: AssessmentDraft, item: { itemId: string; proposedTenths: number }) {
  return entryOf(draft, item.itemId).scoreTenths ?? item.proposedTenths;
}

export function finalScores(draft: AssessmentDraft, score: AssessmentScore): FinalScores {
  return {
    items: Object.fromEntries(score.items.map((item) => [item.itemId, scoreOf(draft, item)])),
    gates: draft.gates,
  };
}

/** The stored form: every item of the standard, with the proposal it was scored against. */
export function toEntries(draft: AssessmentDraft, score: AssessmentScore): AssessmentItemEntry[] {
  return score.items.map((item) => {
    const entry = entryOf(draft, item.itemId);
    const scoreTenths = scoreOf(draft, item);
    const reason = entry.reason.trim();
    return {
      itemId: item.itemId,
      proposedTenths: item.proposedTenths,
      scoreTenths,
      ...(scoreTenths > item.proposedTenths && reason ? { reason } : {}),
      note: entry.note.trim(),
    };
  });
}

/** Points as users read them: whole or one decimal ("3", "2.5"). */
export function points(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}
