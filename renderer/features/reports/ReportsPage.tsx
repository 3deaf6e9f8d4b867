import { Tabs } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { AnnualReports } from './AnnualReports';
import { FederationKeyPanel } from './FederationKeyPanel';
import { KeyPanel } from './KeyPanel';
import { useSigningKeys } from './useReports';

/** 上报: the annual report, the union's signing key and slip, and the federation's key. */
export function ReportsPage() {
  const keys = useSigningKeys();
  const [tab, setTab] = useState('annual');
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        { key: 'annual', label: t('reports.tab.annual'), children: <AnnualReports keys={keys} /> },
        { key: 'key', label: t('reports.tab.key'), children: <KeyPanel keys={keys} /> },
        { key: 'federation', label: t('reports.tab.federation'), children: <FederationKeyPanel /> },
      ]}
    />
  );
}
