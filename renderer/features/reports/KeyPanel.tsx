import { KeyOutlined, PrinterOutlined, SwapOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { groupFingerprint } from '../../../shared/signing/fingerprint';
import { useDatabase, usePlatform } from '../../app/AppContext';
import {
  keepRotationStatement,
  loadRotationStatements,
  type StoredRotation,
} from '../../db/reports';
import type { SigningKeyInfo } from '../../platform/types';
import { PrintPreview } from '../../print/PrintPreview';
import { safeFileName } from '../members/export/names';
import { useProfile } from '../profile/useProfile';
import { FingerprintGrid, KeySlip } from './KeySlip';
import { RetireKeyButton } from './RetireKeyButton';
import { todayIso } from '../federation/useFederation';
import { activeKey, type SigningKeysState } from './useReports';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 签名密钥: the union's key, created once; the slip to register it; rotation with a statement
 * signed by the old key. The private key never reaches this page, only fingerprints.
 */
export function KeyPanel({ keys: state }: { keys: SigningKeysState }) {
  const platform = usePlatform();
  const { message, modal } = App.useApp();
  const profileState = useProfile();
  const profile = profileState.status === 'ready' ? profileState.profile : null;
  const [busy, setBusy] = useState(false);
  const db = useDatabase();
  const rotations = useLiveQuery(() => loadRotationStatements(db), [db]);
  const [slipFor, setSlipFor] = useState<{ key: SigningKeyInfo; previous?: string } | null>(null);
  const { keys, error, reload } = state;
  const current = activeKey(keys, 'union');
  const retired = (keys ?? []).filter((k) => k.role === 'union' && k.status === 'retired');

  const create = async () => {
    setBusy(true);
    try {
      const key = await platform.signing.create('union');
      void message.success(t('reports.key.created'));
      reload();
      setSlipFor({ key });
    } catch (failure) {
      void message.error(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const rotate = () => {
    if (!profile || !current) return;
    modal.confirm({
      title: t('reports.key.rotate'),
      content: t('reports.key.rotateConfirm'),
      okText: t('reports.key.rotate'),
      onOk: async () => {
        try {
          const date = todayIso();
          const { key, statement } = await platform.signing.rotate('union', {
            creditCode: profile.creditCode,
            unionName: profile.unionName,
            date,
          });
          reload();
          const rotation = {
            oldFingerprint: current.fingerprint,
            newFingerprint: key.fingerprint,
            date,
            statement,
          };
          await keepRotationStatement(db, rotation);
          await saveStatement(rotation);
          void message.success(t('reports.key.rotated'));
          setSlipFor({ key, previous: current.fingerprint });
        } catch (failure) {
          void message.error(errorText(failure));
        }
      },
    });
  };

  async function saveStatement(rotation: StoredRotation) {
    await platform.saveFile({
      suggestedName: `${safeFileName(
        t('reports.key.rotationFile', { union: profile?.unionName ?? '', date: rotation.date }),
      )}.uniondesk-key-rotation`,
      filters: [{ name: t('reports.key.rotationFilter'), extensions: ['uniondesk-key-rotation'] }],
      data: rotation.statement,
    });
  }

  if (error) return <Alert type="error" title={error} showIcon />;
  if (!keys || profileState.status === 'loading') return <Spin />;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {!profile ? <Alert type="warning" showIcon title={t('reports.key.noProfile')} /> : null}
      {current ? (
        <Card
          title={t('reports.tab.key')}
          extra={
            <Space>
              <Button icon={<PrinterOutlined />} onClick={() => setSlipFor({ key: current })}>
                {t('reports.key.printSlip')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={rotate} disabled={!profile}>
                {t('reports.key.rotate')}
              </Button>
              <RetireKeyButton signingKey={current} onRetired={reload} />
            </Space>
          }
        >
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('reports.key.fingerprint')}>
              <FingerprintGrid fingerprint={current.fingerprint} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.key.createdAt')}>
              {current.createdAt.slice(0, 10)}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.key.protection')}>
              {t(`reports.key.protection.${current.protection}`)}
            </Descriptions.Item>
          </Descriptions>
          {current.protection === 'safeStorage-basic' ? (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              title={t('reports.key.protection.safeStorage-basic')}
            />
          ) : null}
        </Card>
      ) : (
        <Card>
          <Empty description={t('reports.key.none')}>
            <Button
              type="primary"
              icon={<KeyOutlined />}
              loading={busy}
              disabled={!profile}
              onClick={() => void create()}
            >
              {t('reports.key.create')}
            </Button>
          </Empty>
        </Card>
      )}
      {retired.length ? (
        <Card title={t('reports.key.history')} size="small">
          <Table
            size="small"
            rowKey="fingerprint"
            pagination={false}
            dataSource={retired}
            columns={[
              {
                title: t('reports.key.fingerprint'),
                dataIndex: 'fingerprint',
                render: (value: string) => (
                  <Typography.Text code>{groupFingerprint(value)}</Typography.Text>
                ),
              },
              {
                title: t('reports.key.createdAt'),
                dataIndex: 'createdAt',
                render: (value: string) => value.slice(0, 10),
              },
              {
                title: t('reports.key.retiredAt'),
                dataIndex: 'retiredAt',
                render: (value?: string) => value?.slice(0, 10) ?? '',
              },
              {
                key: 'statement',
                render: (_: unknown, row: SigningKeyInfo) => {
                  const rotation = rotations?.find((r) => r.oldFingerprint === row.fingerprint);
                  return rotation ? (
                    <Button size="small" onClick={() => void saveStatement(rotation)}>
                      {t('reports.key.saveStatement')}
                    </Button>
                  ) : null;
                },
              },
            ]}
          />
        </Card>
      ) : null}
      {slipFor && profile ? (
        <PrintPreview
          title={t('reports.slip.title')}
          suggestedName={safeFileName(t('reports.slip.fileName', { union: profile.unionName }))}
          orientation="portrait"
          onClose={() => setSlipFor(null)}
        >
          <KeySlip
            unionName={profile.unionName}
            creditCode={profile.creditCode}
            fingerprint={slipFor.key.fingerprint}
            createdOn={slipFor.key.createdAt.slice(0, 10)}
            printedOn={todayIso()}
            {...(slipFor.previous ? { previousFingerprint: slipFor.previous } : {})}
          />
        </PrintPreview>
      ) : null}
    </Space>
  );
}
