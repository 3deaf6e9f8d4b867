import { useEffect, useState } from 'react';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { countRecords } from '../../backup/snapshot';
import type { BackupFileInfo } from '../../platform/types';

/**
 * Backup files to offer because the database is empty. Checked once, when `check` first becomes
 * true; the answer then stays, so the offer (and a restore started from it) is not torn down the
 * moment the restored profile appears. null while checking; [] when there is nothing to offer.
 */
export function useRestoreOffer(check: boolean): BackupFileInfo[] | null {
  const db = useDatabase();
  const { backups } = usePlatform();
  const [files, setFiles] = useState<BackupFileInfo[] | null>(null);
  const settled = files !== null;
  useEffect(() => {
    if (!check || settled) return;
    let alive = true;
    void (async () => {
      try {
        const empty = (await countRecords(db)) === 0;
        const found = empty ? await backups.list() : [];
        if (alive) setFiles(found);
      } catch {
        // The offer is a convenience; without it the user still gets the wizard.
        if (alive) setFiles([]);
      }
    })();
    return () => {
      alive = false;
    };
  }, [check, settled, db, backups]);
  return files ?? (check ? null : []);
}
