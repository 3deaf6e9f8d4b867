import { KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, Space, Spin } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { saveFederationName } from '../../db/federation';
import { FingerprintGrid } from '../reports/KeySlip';
import { RetireKeyButton } from '../reports/RetireKeyButton';
import { activeKey, type SigningKeysState } from '../reports/useReports';
import { errorText, useFederationName } from './useFederation';

/** 本级信息与密钥: the federation's name (printed on receipts) and its receipt-signing key. */
export function FederationSettings({ keys }: { keys: SigningKeysState }) {
  const platform = usePlatform();
  const { message } = App.useApp();
  const name = useFederationName();
  const [busy, setBusy] = useState(false);
  const key = activeKey(keys.keys, 'federation');

  const create = async () => {
    setBusy(true);
    try {
      await platform.signing.create('federation');
      keys.reload();
      void message.success(t('federation.settings.keyCreated'));
    } catch (failure) {
      void message.error(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('federation.settings.name')}>
        {name === undefined ? <Spin /> : <NameForm key={name} saved={name} />}
      </Card>
      <Card
        title={t('federation.settings.key')}
        extra={key ? <RetireKeyButton signingKey={key} onRetired={keys.reload} /> : null}
      >
        {keys.error ? <Alert type="error" showIcon title={keys.error} /> : null}
        {!keys.keys ? (
          <Spin />
        ) : key ? (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('reports.key.fingerprint')}>
              <FingerprintGrid fingerprint={key.fingerprint} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.key.createdAt')}>
              {key.createdAt.slice(0, 10)}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.key.protection')}>
              {t(`reports.key.protection.${key.protection}`)}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Empty description={t('federation.settings.keyNone')}>
            <Button
              type="primary"
              icon={<KeyOutlined />}
              loading={busy}
              onClick={() => void create()}
            >
              {t('federation.settings.keyCreate')}
            </Button>
          </Empty>
        )}
      </Card>
    </Space>
  );
}

/** The name as stored when the form opened; keyed on it, so a save elsewhere resets the draft. */
function NameForm({ saved }: { saved: string }) {
  const db = useDatabase();
  const { message } = App.useApp();
  const [draft, setDraft] = useState(saved);
  return (
    <Form
      layout="inline"
      onFinish={async () => {
        await saveFederationName(db, draft);
        void message.success(t('federation.settings.nameSaved'));
      }}
    >
      <Form.Item>
        <Input
          aria-label={t('federation.settings.name')}
          value={draft}
          maxLength={100}
          style={{ width: 360 }}
          onChange={(e) => setDraft(e.target.value)}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" disabled={!draft.trim()}>
        {t('federation.settings.nameSave')}
      </Button>
    </Form>
  );
}
