import type { RowStatus } from '../../../../shared/members/import/preview';
import type { ImportRow } from '../../../db/members';
import type { ImportItem } from './protocol';

export type DuplicateChoice = 'skip' | 'update';

export interface ImportPlan {
  /** What importMembers receives: new members, and members already in the roster. */
  rows: ImportRow[];
  add: number;
  update: number;
  skip: number;
  /** Rows with errors or repeated in the file: never written. */
  rejected: number;
}

const REJECTED: ReadonlySet<RowStatus> = new Set(['error', 'duplicateInFile']);

/** What confirming the preview will do, given the user's choice for members already there. */
export function planImport(items: readonly ImportItem[], duplicates: DuplicateChoice): ImportPlan {
  const plan: ImportPlan = { rows: [], add: 0, update: 0, skip: 0, rejected: 0 };
  for (const item of items) {
    if (REJECTED.has(item.status) || !item.data) {
      plan.rejected += 1;
    } else if (item.status === 'duplicateOfExisting') {
      // Without the member's id there is nothing to update, and adding would break the roster's
      // one-member-per-ID rule: such a row can only be skipped.
      if (!item.existingId) plan.skip += 1;
      else {
        plan.rows.push({ data: item.data, existingId: item.existingId });
        if (duplicates === 'update') plan.update += 1;
        else plan.skip += 1;
      }
    } else {
      plan.rows.push({ data: item.data });
      plan.add += 1;
    }
  }
  return plan;
}

/** The items a status filter shows; 'ready' is every row that will be written. */
export type StatusFilter = 'all' | 'ready' | RowStatus;

export function filterItems(items: readonly ImportItem[], filter: StatusFilter): ImportItem[] {
  if (filter === 'all') return items as ImportItem[];
  if (filter === 'ready') return items.filter((i) => i.status === 'ok' || i.status === 'warning');
  return items.filter((i) => i.status === filter);
}
