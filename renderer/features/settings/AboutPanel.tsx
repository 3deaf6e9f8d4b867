import { Descriptions, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/bridge/contract';
import { t } from '../../../shared/i18n';
import { usePlatform, useStorageStatus } from '../../app/AppContext';
import { formatBytesOrDash } from '../../storage/persistence';

/** Version and storage facts, which a clerk reads out when asking for help. */
export function AboutPanel() {
  const platform = usePlatform();
  const storage = useStorageStatus();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let alive = true;
    platform.appInfo().then(
      (value) => alive && setInfo(value),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [platform]);
  const persisted =
    storage?.persisted === true ? (
      <Tag color="green">{t('storage.persisted')}</Tag>
    ) : storage?.persisted === false ? (
      <Tag color="orange">{t('storage.notPersisted')}</Tag>
    ) : (
      <Tag>{t('storage.unknown')}</Tag>
    );
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'version', label: t('about.version'), children: info?.version ?? '—' },
        {
          key: 'platform',
          label: t('about.platform'),
          children:
            platform.kind === 'desktop'
              ? t('about.desktop', { os: info?.os ?? '' })
              : t('about.browser'),
        },
        { key: 'persisted', label: t('about.storageMode'), children: persisted },
        {
          key: 'usage',
          label: t('about.storageUsage'),
          children: t('about.usageOf', {
            used: formatBytesOrDash(storage?.usageBytes ?? null),
            quota: formatBytesOrDash(storage?.quotaBytes ?? null),
          }),
        },
      ]}
    />
  );
}
