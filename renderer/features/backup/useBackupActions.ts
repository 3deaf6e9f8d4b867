import { useMemo } from 'react';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { writeBackup } from '../../backup/backup-file';
import { buildBackupInWorker } from '../../backup/build-in-worker';
import {
  previewRestore,
  readBackup,
  restoreWithSafetyCopy,
  type PreparedRestore,
  type RestorePreview,
} from '../../backup/restore';
import { BACKUP_EXTENSION } from '../../../shared/backup/reason';
import { t } from '../../../shared/i18n';
import type { BackupFileInfo, PickedFile } from '../../platform/types';

/** Backup files can be large (attachments); the limit only stops an obviously wrong file. */
export const MAX_BACKUP_BYTES = 2 * 1024 ** 3;

/** Named actions for backups and restore; components never call the backup modules directly. */
export function useBackupActions() {
  const db = useDatabase();
  const platform = usePlatform();
  return useMemo(() => {
    const appVersion = async () => (await platform.appInfo()).version;
    return {
      backupNow: async (password?: string): Promise<BackupFileInfo> =>
        writeBackup(db, platform.backups, {
          reason: 'manual',
          appVersion: await appVersion(),
          build: buildBackupInWorker,
          ...(password ? { password } : {}),
        }),
      pickBackupFile: async (): Promise<PickedFile | null> => {
        const [file] = await platform.openFiles({
          filters: [{ name: t('backup.filter.name'), extensions: [BACKUP_EXTENSION] }],
          multiple: false,
          title: t('backup.restore.pickTitle'),
          maxBytes: MAX_BACKUP_BYTES,
        });
        return file ?? null;
      },
      readStored: (fileName: string): Promise<Uint8Array> => platform.backups.read(fileName),
      prepare: async (
        data: Uint8Array,
        password?: string,
      ): Promise<{ prepared: PreparedRestore; preview: RestorePreview }> => {
        const prepared = await readBackup(data, password ? { password } : {});
        return { prepared, preview: await previewRestore(db, prepared) };
      },
      restore: async (
        prepared: PreparedRestore,
        onProgress: (done: number, total: number) => void,
      ) =>
        restoreWithSafetyCopy(db, platform.backups, prepared, {
          appVersion: await appVersion(),
          onProgress,
        }),
    };
  }, [db, platform]);
}
