import { useMemo } from 'react';
import type { LedgerDraft } from '../../../shared/ledger/model';
import { useDatabase } from '../../app/AppContext';
import { discardLedgerDraft, removeLedgerEntry, saveLedgerEntry } from '../../db/ledger';

/** Named actions on the ledger; components never write to Dexie themselves. */
export function useLedgerActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /**
       * Saves the form. `draftAttachmentIds` are all ids the form held while open and
       * `openedAt` when it opened, so uploads it did not keep are not left behind.
       */
      save: (
        draft: LedgerDraft,
        options: { id?: string; draftAttachmentIds: readonly string[]; openedAt: string },
      ) => saveLedgerEntry(db, draft, options),
      /** The form closed unsaved: drop its uploads nothing refers to. */
      discard: (draftAttachmentIds: readonly string[], openedAt: string) =>
        discardLedgerDraft(db, draftAttachmentIds, openedAt),
      /** Moves the entry, with the attachments only it used, to the 回收站. */
      remove: (id: string) => removeLedgerEntry(db, id),
    }),
    [db],
  );
}
