import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '../../../shared/i18n';
import type { UnionProfile } from '../../../shared/profile/profile';
import { useDatabase } from '../../app/AppContext';
import { loadProfile } from '../../db/profile';

export type ProfileState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; profile: UnionProfile | null };

/** The union profile, live: it updates everywhere as soon as it is saved. */
export function useProfile(): ProfileState {
  const db = useDatabase();
  const state = useLiveQuery(async (): Promise<ProfileState> => {
    try {
      return { status: 'ready', profile: (await loadProfile(db)) ?? null };
    } catch (error) {
      // Opening can fail when another window holds an older schema or the disk is full.
      const detail = error instanceof Error ? error.name : String(error);
      return { status: 'error', message: t('db.openFailedDetail', { detail }) };
    }
  }, [db]);
  return state ?? { status: 'loading' };
}
