import { Tabs } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { useSigningKeys } from '../reports/useReports';
import { FederationSettings } from './FederationSettings';
import { KeyRegistry } from './KeyRegistry';
import { ReceivedReports } from './ReceivedReports';

/**
 * 上级工会: the federation's view in the same app — verify and aggregate the reports unions send,
 * register their keys, and issue signed receipts with its own key.
 */
export function FederationPage() {
  const keys = useSigningKeys();
  const [tab, setTab] = useState('received');
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'received',
          label: t('federation.tab.received'),
          children: <ReceivedReports keys={keys} />,
        },
        { key: 'registry', label: t('federation.tab.registry'), children: <KeyRegistry /> },
        {
          key: 'settings',
          label: t('federation.tab.settings'),
          children: <FederationSettings keys={keys} />,
        },
      ]}
    />
  );
}
