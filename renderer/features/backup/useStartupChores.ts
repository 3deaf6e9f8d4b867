import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { t } from '../../../shared/i18n';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { takeDailyCopyIfDue } from '../../backup/backup-file';
import { purgeExpired } from '../../db/recycle-bin';

/**
 * Once per start, in the background: the day's safety copy and removal of 回收站 entries past
 * their 30 days. A failed copy is reported (the user should know their safety net has a hole)
 * but never blocks work.
 */
export function useStartupChores(): void {
  const db = useDatabase();
  const platform = usePlatform();
  const { notification } = App.useApp();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void (async () => {
      try {
        await purgeExpired(db, new Date());
      } catch {
        // Expired entries simply stay until the next start.
      }
      try {
        const { version } = await platform.appInfo();
        await takeDailyCopyIfDue(db, platform.backups, { appVersion: version });
      } catch (error) {
        notification.warning({
          title: t('backup.daily.failedTitle'),
          description: t('backup.daily.failed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
          duration: 0,
        });
      }
    })();
  }, [db, platform, notification]);
}
