import { useMemo } from 'react';
import type { Signature } from '../../../shared/meetings/model';
import { useDatabase } from '../../app/AppContext';
import {
  addAddendum,
  discardMeetingDraft,
  removeMeeting,
  saveMeeting,
  signMeeting,
  type SaveMeetingInput,
} from '../../db/meetings';

/** Named actions on minutes; components never write to Dexie themselves. */
export function useMeetingActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      save: (input: SaveMeetingInput) => saveMeeting(db, input),
      /** The form closed unsaved: drops the files it uploaded that nothing uses. */
      discard: (draft: { attachmentIds: readonly string[]; openedAt: string }) =>
        discardMeetingDraft(db, draft),
      sign: (id: string, signers: Pick<Signature, 'chair' | 'recorder' | 'signedOn'>) =>
        signMeeting(db, id, signers),
      addAddendum: (id: string, input: { date: string; text: string; author: string }) =>
        addAddendum(db, id, input),
      /** Moves the minute, its addenda and the files only it used to the 回收站. */
      remove: (id: string) => removeMeeting(db, id),
    }),
    [db],
  );
}
