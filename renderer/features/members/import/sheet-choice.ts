import { findHeaderRow } from '../../../../shared/members/import/headers';

/**
 * Which sheet of a workbook holds the roster. Offices keep several sheets in one file (the
 * roster, a summary, last year's list, a sheet of instructions); the one whose header row names
 * the most member fields is the roster. Only the first rows are needed to tell: findHeaderRow
 * looks at the first 30.
 */

export interface SheetCandidate {
  name: string;
  /** Hidden sheets are usually lookup lists or old copies. */
  hidden: boolean;
  /** The first rows of the sheet (at least 31, when it has them). */
  head: readonly (readonly unknown[] | null | undefined)[];
}

export interface SheetScore {
  name: string;
  hidden: boolean;
  /** Distinct member fields its header row names; 0 when it has no header row. */
  score: number;
}

export function scoreSheets(candidates: readonly SheetCandidate[]): SheetScore[] {
  return candidates.map(({ name, hidden, head }) => ({
    name,
    hidden,
    score: findHeaderRow(head)?.score ?? 0,
  }));
}

/**
 * The index of the best sheet: highest score, a visible sheet before a hidden one, then the
 * first in the workbook's order. -1 when no sheet has a header row.
 */
export function chooseSheet(scores: readonly SheetScore[]): number {
  let best = -1;
  for (let i = 0; i < scores.length; i += 1) {
    const s = scores[i]!;
    if (s.score === 0) continue;
    const b = best < 0 ? undefined : scores[best]!;
    if (!b || s.score > b.score || (s.score === b.score && b.hidden && !s.hidden)) best = i;
  }
  return best;
}
