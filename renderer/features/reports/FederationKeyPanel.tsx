import { Alert, App, Button, Card, Descriptions, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { normaliseFingerprint } from '../../../shared/signing/fingerprint';
import { useDatabase } from '../../app/AppContext';
import { saveFederationKey } from '../../db/reports';
import { FingerprintGrid } from './KeySlip';
import { useFederationKey } from './useReports';

/**
 * 上级工会公钥: the federation's key fingerprint, typed from its letter, against which receipts are
 * verified. It can also be confirmed when the first receipt arrives (AnnualReports).
 */
export function FederationKeyPanel() {
  const db = useDatabase();
  const { message } = App.useApp();
  const current = useFederationKey();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ name: string; fingerprint: string }>();

  const save = async (values: { name: string; fingerprint: string }) => {
    const fingerprint = normaliseFingerprint(values.fingerprint);
    if (!fingerprint) {
      form.setFields([{ name: 'fingerprint', errors: [t('reports.fedkey.invalid')] }]);
      return;
    }
    await saveFederationKey(db, { fingerprint, name: values.name.trim() });
    setEditing(false);
    void message.success(t('reports.fedkey.saved'));
  };

  return (
    <Card title={t('reports.tab.federation')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {current && !editing ? (
          <>
            <Descriptions column={1} bordered size="small" title={t('reports.fedkey.current')}>
              <Descriptions.Item label={t('reports.fedkey.name')}>{current.name}</Descriptions.Item>
              <Descriptions.Item label={t('reports.fedkey.fingerprint')}>
                <FingerprintGrid fingerprint={current.fingerprint} />
              </Descriptions.Item>
            </Descriptions>
            <Button onClick={() => setEditing(true)}>{t('reports.fedkey.replace')}</Button>
          </>
        ) : (
          <>
            <Alert type="info" showIcon title={t('reports.fedkey.none')} />
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) => void save(v)}
              style={{ maxWidth: 640 }}
            >
              <Form.Item
                name="name"
                label={t('reports.fedkey.name')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name="fingerprint"
                label={t('reports.fedkey.fingerprint')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea autoSize maxLength={120} className="mono" />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  {t('reports.fedkey.save')}
                </Button>
                {current ? (
                  <Button onClick={() => setEditing(false)}>{t('reports.cancel')}</Button>
                ) : null}
              </Space>
            </Form>
          </>
        )}
      </Space>
    </Card>
  );
}
