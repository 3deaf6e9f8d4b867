import dayjs from 'dayjs';
import { useCallback } from 'react';
import { t } from '../../../shared/i18n';
import type { ProfileDraft } from '../../../shared/profile/profile';
import { useDatabase } from '../../app/AppContext';
import { saveProfile } from '../../db/profile';

export type SaveOutcome = { ok: true } | { ok: false; message: string };

/** Named actions on the profile, for components. */
export function useProfileActions() {
  const db = useDatabase();
  const save = useCallback(
    async (draft: ProfileDraft): Promise<SaveOutcome> => {
      try {
        const result = await saveProfile(db, draft, { today: dayjs().format('YYYY-MM-DD') });
        return result.ok ? { ok: true } : { ok: false, message: result.message };
      } catch (error) {
        // QuotaExceededError and friends: nothing was written (one transaction), say so.
        const name = error instanceof Error ? error.name : 'Error';
        return { ok: false, message: t('db.writeFailed', { detail: name }) };
      }
    },
    [db],
  );
  return { save };
}
