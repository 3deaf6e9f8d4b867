import { ImportOutlined, PlusOutlined, StopOutlined, DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { registryFile } from '../../../shared/report/registry';
import { ROTATION_MAX_BYTES } from '../../../shared/signing/rotation';
import { groupFingerprint, normaliseFingerprint } from '../../../shared/signing/fingerprint';
import { DEFAULT_STANDARD } from '../../../shared/standard/default-standard';
import { useDatabase, usePlatform } from '../../app/AppContext';
import { importRotation, registerKey, revokeKey, toRegistryKey } from '../../db/federation';
import type { KeyRegistryRow } from '../../db/schema';
import { safeFileName } from '../members/export/names';
import { errorText, todayIso, useFederationName, useRegistry, useVerifier } from './useFederation';

interface TypedKey {
  unionName: string;
  creditCode: string;
  fingerprint: string;
}

/** 密钥登记: the unions' registered keys; typed from a slip, revoked, rotated by statement. */
export function KeyRegistry() {
  const db = useDatabase();
  const platform = usePlatform();
  const verifier = useVerifier();
  const { message } = App.useApp();
  const registry = useRegistry();
  const federationName = useFederationName();
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<KeyRegistryRow | null>(null);
  const [revokeDate, setRevokeDate] = useState<Dayjs>(dayjs());
  const [form] = Form.useForm<TypedKey>();

  const add = async (values: TypedKey) => {
    const fingerprint = normaliseFingerprint(values.fingerprint);
    if (!fingerprint) {
      form.setFields([{ name: 'fingerprint', errors: [t('federation.registry.badFingerprint')] }]);
      return;
    }
    try {
      await registerKey(db, {
        fingerprint,
        creditCode: values.creditCode.trim().toUpperCase(),
        unionName: values.unionName,
        source: 'typed',
      });
      setAdding(false);
      form.resetFields();
      void message.success(t('federation.register.done', { union: values.unionName.trim() }));
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const rotation = async () => {
    try {
      const [file] = await platform.openFiles({
        filters: [
          { name: t('federation.registry.rotationFilter'), extensions: ['uniondesk-key-rotation'] },
        ],
        multiple: false,
        maxBytes: ROTATION_MAX_BYTES,
      });
      if (!file) return;
      const { unionName } = await importRotation(db, file, verifier);
      void message.success(t('federation.registry.rotationDone', { union: unionName }));
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  const exportRegistry = async () => {
    const rows = registry ?? [];
    const text = registryFile(rows.map(toRegistryKey), [
      {
        id: DEFAULT_STANDARD.id,
        version: DEFAULT_STANDARD.version,
        hash: DEFAULT_STANDARD.contentHash,
      },
    ]);
    try {
      await platform.saveFile({
        suggestedName: `${safeFileName(
          t('federation.registry.exportName', {
            federation: federationName ?? '',
            date: todayIso(),
          }),
        )}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        data: text,
      });
    } catch (failure) {
      void message.error(errorText(failure));
    }
  };

  return (
    <Card
      title={t('federation.tab.registry')}
      extra={
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('federation.registry.add')}
          </Button>
          <Button icon={<ImportOutlined />} onClick={() => void rotation()}>
            {t('federation.registry.importRotation')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={!registry?.length}
            onClick={() => void exportRegistry()}
          >
            {t('federation.registry.exportFile')}
          </Button>
        </Space>
      }
    >
      <Table<KeyRegistryRow>
        rowKey="id"
        size="middle"
        loading={!registry}
        dataSource={registry ?? []}
        pagination={false}
        locale={{ emptyText: t('federation.registry.empty') }}
        columns={[
          { title: t('federation.registry.col.union'), dataIndex: 'unionName' },
          { title: t('federation.registry.col.creditCode'), dataIndex: 'creditCode', width: 190 },
          {
            title: t('federation.registry.col.fingerprint'),
            dataIndex: 'fingerprint',
            render: (value: string) => (
              <Typography.Text code style={{ fontSize: 12 }}>
                {groupFingerprint(value)}
              </Typography.Text>
            ),
          },
          {
            title: t('federation.registry.col.status'),
            key: 'status',
            width: 150,
            render: (_: unknown, row) =>
              row.status === 'active' ? (
                <Tag color="success">{t('federation.registry.status.active')}</Tag>
              ) : (
                <Tag color="error">
                  {t('federation.registry.status.revoked', { date: row.revokedFrom ?? '' })}
                </Tag>
              ),
          },
          {
            title: t('federation.registry.col.registeredOn'),
            dataIndex: 'registeredOn',
            width: 110,
          },
          {
            title: t('federation.registry.col.source'),
            dataIndex: 'source',
            width: 100,
            render: (value: KeyRegistryRow['source']) => t(`federation.registry.source.${value}`),
          },
          {
            key: 'actions',
            width: 90,
            render: (_: unknown, row) =>
              row.status === 'active' ? (
                <Button
                  size="small"
                  danger
                  icon={<StopOutlined />}
                  onClick={() => {
                    setRevokeDate(dayjs());
                    setRevoking(row);
                  }}
                >
                  {t('federation.registry.revoke')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Modal
        open={adding}
        title={t('federation.registry.addTitle')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t('federation.register.confirm')}
        cancelText={t('federation.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void add(values)}>
          <Form.Item
            name="unionName"
            label={t('federation.registry.col.union')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={t('federation.registry.col.creditCode')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item
            name="fingerprint"
            label={t('federation.registry.col.fingerprint')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea autoSize maxLength={120} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={revoking !== null}
        title={t('federation.registry.revokeTitle')}
        okButtonProps={{ danger: true }}
        okText={t('federation.registry.revoke')}
        cancelText={t('federation.cancel')}
        onCancel={() => setRevoking(null)}
        onOk={async () => {
          if (!revoking) return;
          try {
            await revokeKey(db, revoking.id, revokeDate.format('YYYY-MM-DD'));
            setRevoking(null);
            void message.success(t('federation.registry.revoked'));
          } catch (failure) {
            void message.error(errorText(failure));
          }
        }}
      >
        {revoking ? (
          <Space orientation="vertical">
            <Typography.Text strong>{revoking.unionName}</Typography.Text>
            <Typography.Text code>{groupFingerprint(revoking.fingerprint)}</Typography.Text>
            <Typography.Text>{t('federation.registry.revokeFrom')}</Typography.Text>
            <DatePicker
              value={revokeDate}
              onChange={(d) => d && setRevokeDate(d)}
              allowClear={false}
            />
          </Space>
        ) : null}
      </Modal>
    </Card>
  );
}
