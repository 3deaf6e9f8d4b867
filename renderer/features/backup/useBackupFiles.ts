import { useCallback, useEffect, useState } from 'react';
import { usePlatform } from '../../app/AppContext';
import type { BackupFileInfo, BackupLocation } from '../../platform/types';

export interface BackupFilesState {
  files: BackupFileInfo[];
  location: BackupLocation | null;
  loading: boolean;
  /** Chinese text when the folder could not be read. */
  error: string | null;
  refresh: () => void;
}

/** The backup files in the platform's backup location (files on disk: not a live query). */
export function useBackupFiles(): BackupFilesState {
  const { backups } = usePlatform();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Omit<BackupFilesState, 'refresh'>>({
    files: [],
    location: null,
    loading: true,
    error: null,
  });
  useEffect(() => {
    let alive = true;
    Promise.all([backups.location(), backups.list()]).then(
      ([location, files]) => alive && setState({ files, location, loading: false, error: null }),
      (error: unknown) =>
        alive &&
        setState((previous) => ({
          ...previous,
          loading: false,
          error: error instanceof Error ? error.message : String(error),
        })),
    );
    return () => {
      alive = false;
    };
  }, [backups, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, refresh };
}
