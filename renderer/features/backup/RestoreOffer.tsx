import { Button, Card, Descriptions, Result, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import { t } from '../../../shared/i18n';
import type { BackupFileInfo } from '../../platform/types';
import { RestoreDialog, type RestoreSource } from './RestoreDialog';
import { useBackupActions } from './useBackupActions';

/**
 * Shown at start when the database is empty but backup files exist — most often "my data
 * disappeared after an update or a reinstall". The newest backup is offered first.
 */
export function RestoreOffer({
  files,
  onDone,
}: {
  files: BackupFileInfo[];
  /** The user restored, or chose to start afresh. */
  onDone: () => void;
}) {
  const actions = useBackupActions();
  const [source, setSource] = useState<RestoreSource | null>(null);
  const newest = files[0];
  const pickOther = async () => {
    const file = await actions.pickBackupFile().catch(() => null);
    if (file) setSource({ kind: 'picked', name: file.name, data: file.data });
  };
  return (
    <div className="restore-offer">
      <Card>
        <Result
          status="info"
          title={t('backup.offer.title')}
          subTitle={t('backup.offer.subtitle', { count: files.length })}
          extra={
            <Space orientation="vertical" size="middle">
              {newest ? (
                <Descriptions
                  size="small"
                  bordered
                  column={1}
                  items={[
                    { key: 'name', label: t('backup.offer.file'), children: newest.fileName },
                    {
                      key: 'time',
                      label: t('backup.col.time'),
                      children: dayjs(newest.createdAt).format('YYYY年M月D日 HH:mm'),
                    },
                    {
                      key: 'size',
                      label: t('backup.col.size'),
                      children: formatBytes(newest.size),
                    },
                  ]}
                />
              ) : null}
              <Space wrap>
                {newest ? (
                  <Button
                    type="primary"
                    autoFocus
                    data-testid="offer-restore"
                    onClick={() => setSource({ kind: 'stored', fileName: newest.fileName })}
                  >
                    {t('backup.offer.restoreNewest')}
                  </Button>
                ) : null}
                <Button onClick={() => void pickOther()}>{t('backup.offer.pickOther')}</Button>
                <Button type="text" onClick={onDone} data-testid="offer-decline">
                  {t('backup.offer.decline')}
                </Button>
              </Space>
            </Space>
          }
        />
      </Card>
      {source ? (
        <RestoreDialog
          key={source.kind === 'stored' ? source.fileName : source.name}
          source={source}
          onClose={(restored) => {
            setSource(null);
            if (restored) onDone();
          }}
        />
      ) : null}
    </div>
  );
}
