import { App as AntApp, Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../shared/i18n';
import { OpenDatabaseError, openDatabaseWithSafetyCopy } from '../backup/open-database';
import type { UnionDeskDatabase } from '../db/schema';
import type { Platform } from '../platform';
import { App } from './App';
import { AppServicesProvider } from './AppContext';

type BootState =
  | { status: 'opening' }
  | { status: 'failed'; message: string; canSkipCopy: boolean }
  | { status: 'ready'; db: UnionDeskDatabase };

/**
 * Opens the database before anything else renders, so that a schema upgrade is preceded by a
 * safety copy and nothing reads the database half-way through.
 */
export function Boot({ platform }: { platform: Platform }) {
  const [state, setState] = useState<BootState>({ status: 'opening' });
  const { modal } = AntApp.useApp();
  const started = useRef(false);

  const open = useCallback(
    async (skipCopy: boolean) => {
      setState({ status: 'opening' });
      try {
        const { version } = await platform.appInfo();
        const { db } = await openDatabaseWithSafetyCopy(platform.backups, {
          appVersion: version,
          skipCopy,
        });
        setState({ status: 'ready', db });
      } catch (error) {
        setState({
          status: 'failed',
          message:
            error instanceof OpenDatabaseError
              ? error.message
              : t('db.openFailedDetail', {
                  detail: error instanceof Error ? error.name : String(error),
                }),
          canSkipCopy: error instanceof OpenDatabaseError && error.canSkipCopy,
        });
      }
    },
    [platform],
  );

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void open(false);
  }, [open]);

  if (state.status === 'opening') {
    return (
      <div className="app-loading">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <Result
        status="warning"
        title={t('backup.open.title')}
        subTitle={state.message}
        extra={[
          <Button key="retry" type="primary" onClick={() => void open(false)}>
            {t('backup.open.retry')}
          </Button>,
          state.canSkipCopy ? (
            <Button
              key="skip"
              danger
              onClick={() =>
                modal.confirm({
                  title: t('backup.open.skipCopy'),
                  content: t('backup.open.skipConfirm'),
                  okButtonProps: { danger: true },
                  onOk: () => open(true),
                })
              }
            >
              {t('backup.open.skipCopy')}
            </Button>
          ) : null,
        ]}
      />
    );
  }
  return (
    <AppServicesProvider platform={platform} db={state.db}>
      <App />
    </AppServicesProvider>
  );
}
