import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { loadCurrent } from '../../db/assessments';
import { listReports, loadFederationKey } from '../../db/reports';
import { loadStandardForYear } from '../../db/standards';
import type { SigningKeyInfo } from '../../platform/types';

export const useReports = () => {
  const db = useDatabase();
  return useLiveQuery(() => listReports(db), [db]);
};

export const useFederationKey = () => {
  const db = useDatabase();
  return useLiveQuery(() => loadFederationKey(db), [db]);
};

/** The year's newest self-assessment revision (null when there is none) and its band's label. */
export const useCurrentAssessment = (year: number) => {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const assessment = (await loadCurrent(db, year)) ?? null;
    if (!assessment) return null;
    const { standard } = await loadStandardForYear(db, year);
    const bandLabel = standard.bands.find((b) => b.id === assessment.outcome?.band)?.label ?? null;
    return { assessment, bandLabel };
  }, [db, year]);
};

export interface SigningKeysState {
  keys: SigningKeyInfo[] | undefined;
  error: string | null;
  reload: () => void;
}

/** The platform's signing keys; they live outside the database, so they are reloaded by hand. */
export function useSigningKeys(): SigningKeysState {
  const platform = usePlatform();
  const [keys, setKeys] = useState<SigningKeyInfo[] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let alive = true;
    platform.signing.list().then(
      (list) => {
        if (alive) {
          setKeys(list);
          setError(null);
        }
      },
      (failure: unknown) => {
        if (alive) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => {
      alive = false;
    };
  }, [platform, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { keys, error, reload };
}

export const activeKey = (
  keys: readonly SigningKeyInfo[] | undefined,
  role: 'union' | 'federation',
) => keys?.find((key) => key.role === role && key.status === 'active');
