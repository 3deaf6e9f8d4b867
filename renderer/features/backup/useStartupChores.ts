import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { t } from '../../../shared/i18n';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { scheduleStartupChores } from './startup-chores';

/**
 * Once per start, in the background and only when the user pauses (startup-chores.ts): the day's
 * safety copy and removal of 回收站 entries past their 30 days. A failed copy is reported (the
 * user should know their safety net has a hole) but never blocks work.
 *
 * `hadData`: whether the union's data was there when the app started (undefined while that is
 * not known yet). A start without data (the first run, or data found lost) has nothing to copy
 * or purge; the chores are then left for the next start, as they would have found nothing had
 * they run at once.
 */
export function useStartupChores(hadData: boolean | undefined): void {
  const db = useDatabase();
  const platform = usePlatform();
  const { notification } = App.useApp();
  const dataAtStart = useRef<boolean | undefined>(undefined);
  const started = useRef(false);
  useEffect(() => {
    if (hadData === undefined) return;
    dataAtStart.current ??= hadData;
    if (!dataAtStart.current || started.current) return;
    const chores = scheduleStartupChores({
      db,
      backups: platform.backups,
      appVersion: async () => (await platform.appInfo()).version,
      target: window,
      // Once they have begun, a remount (StrictMode, a new db handle) must not run them again.
      onStart: () => {
        started.current = true;
      },
      onCopyFailed: (error) =>
        notification.warning({
          title: t('backup.daily.failedTitle'),
          description: t('backup.daily.failed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
          duration: 0,
        }),
    });
    return chores.cancel;
  }, [hadData, db, platform, notification]);
}
