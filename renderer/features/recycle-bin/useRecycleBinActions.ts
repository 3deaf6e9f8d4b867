import { useCallback, useMemo } from 'react';
import { t } from '../../../shared/i18n';
import { useDatabase } from '../../app/AppContext';
import {
  RECYCLE_BIN_DAYS,
  RecycleBinError,
  deletePermanently,
  emptyRecycleBin,
  recycleTypeLabel,
  restoreFromRecycleBin,
  type RecycleBinItem,
} from '../../db/recycle-bin';
import type { RecycleBinRow } from '../../db/schema';

/** What to tell the user after an action: success or the reason it was refused. */
export interface RecycleOutcome {
  ok: boolean;
  message: string;
}

/**
 * The Chinese text for an error from the 回收站 functions. Features that delete into the
 * 回收站 (members, minutes, ledger) use it too.
 */
export function recycleErrorText(error: unknown): string {
  if (error instanceof RecycleBinError) return error.message;
  // QuotaExceededError and friends: the transaction rolled back, so nothing changed.
  const detail = error instanceof Error ? error.name : 'Error';
  return t('recycle.error.writeFailed', { detail });
}

/** What features say after deleting into the 回收站: where it went and for how long. */
export function movedText(entry: Pick<RecycleBinRow, 'label'>): string {
  return t('recycle.moved', { label: entry.label, days: RECYCLE_BIN_DAYS });
}

/** Named actions on the 回收站, for components. They report instead of throwing. */
export function useRecycleBinActions() {
  const db = useDatabase();

  const restore = useCallback(
    async (item: RecycleBinItem): Promise<RecycleOutcome> => {
      try {
        const entry = await restoreFromRecycleBin(db, item.id);
        const type = recycleTypeLabel(entry.table);
        return { ok: true, message: t('recycle.restored', { label: entry.label, type }) };
      } catch (error) {
        return { ok: false, message: recycleErrorText(error) };
      }
    },
    [db],
  );

  const remove = useCallback(
    async (item: RecycleBinItem): Promise<RecycleOutcome> => {
      try {
        await deletePermanently(db, item.id);
        return { ok: true, message: t('recycle.deleted', { label: item.label }) };
      } catch (error) {
        return { ok: false, message: recycleErrorText(error) };
      }
    },
    [db],
  );

  const empty = useCallback(async (): Promise<RecycleOutcome> => {
    try {
      const count = await emptyRecycleBin(db);
      return {
        ok: true,
        message: count > 0 ? t('recycle.emptied', { count }) : t('recycle.alreadyEmpty'),
      };
    } catch (error) {
      return { ok: false, message: recycleErrorText(error) };
    }
  }, [db]);

  return useMemo(() => ({ restore, remove, empty }), [restore, remove, empty]);
}
