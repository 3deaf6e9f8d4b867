import { useMemo } from 'react';
import type { MembershipEventType } from '../../../shared/members/membership';
import type { MemberDraft } from '../../../shared/members/model';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { takeSafetyCopy } from '../../backup/backup-file';
import { buildBackupInWorker } from '../../backup/build-in-worker';
import {
  addMembershipEvent,
  deleteMembershipEvent,
  importMembers,
  saveMember,
  type ImportRow,
} from '../../db/members';
import { deleteMember } from '../../db/recycle-bin';

/** Named actions on the roster; components never write to Dexie themselves. */
export function useMemberActions() {
  const db = useDatabase();
  const platform = usePlatform();
  return useMemo(
    () => ({
      save: (draft: Partial<MemberDraft>, id?: string) => saveMember(db, draft, id ? { id } : {}),
      addEvent: (
        memberId: string,
        event: { type: MembershipEventType; date: string; reason?: string },
      ) => addMembershipEvent(db, memberId, event),
      deleteEvent: (eventId: string) => deleteMembershipEvent(db, eventId),
      /** Moves the member and their history to the 回收站. */
      remove: (memberId: string) => deleteMember(db, memberId),
      /**
       * Writes an import in one transaction, after a 'pre-import' safety copy. If the copy cannot
       * be written the import does not run: the caller shows the error.
       */
      importRows: async (
        rows: readonly ImportRow[],
        options: {
          duplicates: 'skip' | 'update';
          onProgress?: (done: number, total: number) => void;
        },
      ) => {
        const { version } = await platform.appInfo();
        const safetyCopy = await takeSafetyCopy(db, platform.backups, {
          reason: 'pre-import',
          appVersion: version,
          build: buildBackupInWorker,
        });
        const result = await importMembers(db, rows, options);
        return { ...result, safetyCopy };
      },
    }),
    [db, platform],
  );
}
