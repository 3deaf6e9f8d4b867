import {
  Alert,
  Button,
  Descriptions,
  Input,
  Modal,
  Progress,
  Result,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import { BackupError, isEncryptedBackup } from '../../backup/container';
import type { PreparedRestore, RestorePreview, TableDiff } from '../../backup/restore';
import type { BackupFileInfo } from '../../platform/types';
import { useBackupActions } from './useBackupActions';

export type RestoreSource =
  { kind: 'stored'; fileName: string } | { kind: 'picked'; name: string; data: Uint8Array };

type Step =
  | { step: 'loading' }
  | { step: 'password'; data: Uint8Array; error: string | null }
  | { step: 'error'; message: string }
  | { step: 'preview'; prepared: PreparedRestore; preview: RestorePreview }
  | { step: 'restoring'; done: number; total: number }
  | { step: 'done'; records: number; safetyCopy: BackupFileInfo | null };

function messageOf(error: unknown): string {
  if (error instanceof BackupError || error instanceof Error) return error.message;
  return String(error);
}

function sourceName(source: RestoreSource): string {
  return source.kind === 'stored' ? source.fileName : source.name;
}

/**
 * Restore, step by step: read and check the whole file (asking for the password when it is
 * encrypted) → show what would change → on confirmation, safety copy then replace → result.
 * Nothing is written before the user confirms the preview.
 */
export function RestoreDialog({
  source,
  onClose,
}: {
  source: RestoreSource;
  onClose: (restored: boolean) => void;
}) {
  const actions = useBackupActions();
  const [state, setState] = useState<Step>({ step: 'loading' });
  const [password, setPassword] = useState('');
  const started = useRef(false);

  const check = async (data: Uint8Array, pass?: string) => {
    setState({ step: 'loading' });
    try {
      const { prepared, preview } = await actions.prepare(data, pass);
      setState({ step: 'preview', prepared, preview });
    } catch (error) {
      if (error instanceof BackupError && error.code === 'wrong-password') {
        setState({ step: 'password', data, error: error.message });
      } else {
        setState({ step: 'error', message: messageOf(error) });
      }
    }
  };

  useEffect(() => {
    // Once per dialog: StrictMode runs effects twice in development.
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const data =
          source.kind === 'stored' ? await actions.readStored(source.fileName) : source.data;
        if (isEncryptedBackup(data)) setState({ step: 'password', data, error: null });
        else await check(data);
      } catch (error) {
        setState({ step: 'error', message: messageOf(error) });
      }
    })();
    // The source is fixed for the dialog's life (the parent keys it by file).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const confirm = async (prepared: PreparedRestore) => {
    setState({ step: 'restoring', done: 0, total: prepared.totalRecords });
    try {
      const { safetyCopy } = await actions.restore(prepared, (done, total) =>
        setState({ step: 'restoring', done, total }),
      );
      setState({ step: 'done', records: prepared.totalRecords, safetyCopy });
    } catch (error) {
      setState({ step: 'error', message: messageOf(error) });
    }
  };

  const busy = state.step === 'loading' || state.step === 'restoring';
  const footer = (() => {
    switch (state.step) {
      case 'password':
        return [
          <Button key="cancel" onClick={() => onClose(false)}>
            {t('backup.action.cancel')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            disabled={!password}
            onClick={() => void check(state.data, password)}
          >
            {t('backup.restore.unlock')}
          </Button>,
        ];
      case 'preview':
        return [
          <Button key="cancel" onClick={() => onClose(false)}>
            {t('backup.action.cancel')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            danger
            data-testid="confirm-restore"
            onClick={() => void confirm(state.prepared)}
          >
            {t('backup.restore.confirm')}
          </Button>,
        ];
      case 'done':
        return [
          <Button key="ok" type="primary" onClick={() => onClose(true)}>
            {t('backup.action.close')}
          </Button>,
        ];
      case 'error':
        return [
          <Button key="ok" onClick={() => onClose(false)}>
            {t('backup.action.close')}
          </Button>,
        ];
      default:
        return null;
    }
  })();

  return (
    <Modal
      open
      title={t('backup.restore.title', { name: sourceName(source) })}
      width={820}
      closable={!busy}
      mask={{ closable: false }}
      keyboard={!busy}
      onCancel={() => onClose(state.step === 'done')}
      footer={footer}
      destroyOnHidden
    >
      {state.step === 'loading' ? (
        <div className="dialog-busy">
          <Spin description={t('backup.restore.checking')} />
        </div>
      ) : null}
      {state.step === 'password' ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('backup.restore.passwordPrompt')}</Typography.Paragraph>
          <Input.Password
            autoFocus
            aria-label={t('backup.password.label')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            onPressEnter={() => password && void check(state.data, password)}
            status={state.error ? 'error' : ''}
          />
          {state.error ? <Alert type="error" showIcon title={state.error} /> : null}
        </Space>
      ) : null}
      {state.step === 'error' ? (
        <Result
          status="error"
          title={t('backup.restore.refused')}
          subTitle={<span data-testid="restore-error">{state.message}</span>}
        />
      ) : null}
      {state.step === 'preview' ? (
        <PreviewBody prepared={state.prepared} preview={state.preview} />
      ) : null}
      {state.step === 'restoring' ? (
        <div className="dialog-busy">
          <Typography.Paragraph>{t('backup.restore.running')}</Typography.Paragraph>
          <Progress
            percent={state.total ? Math.floor((state.done / state.total) * 100) : 0}
            aria-label={t('backup.restore.running')}
          />
        </div>
      ) : null}
      {state.step === 'done' ? (
        <Result
          status="success"
          title={t('backup.restore.done', { count: state.records })}
          subTitle={
            state.safetyCopy
              ? t('backup.restore.doneWithCopy', { name: state.safetyCopy.fileName })
              : undefined
          }
        />
      ) : null}
    </Modal>
  );
}

function ageText(created: dayjs.Dayjs): string {
  const days = dayjs().startOf('day').diff(created.startOf('day'), 'day');
  if (days <= 0) return t('backup.age.today');
  return t('backup.age.days', { days });
}

function PreviewBody({
  prepared,
  preview,
}: {
  prepared: PreparedRestore;
  preview: RestorePreview;
}) {
  const rows = preview.tables.filter((d) => d.current > 0 || d.backup > 0);
  const hidden = preview.tables.length - rows.length;
  const nowNewer = preview.tables.reduce((sum, d) => sum + d.nowNewer, 0);
  const onlyNow = preview.tables.reduce((sum, d) => sum + d.onlyNow, 0);
  const created = dayjs(prepared.createdAt);
  const num = (value: number, tone?: 'warn' | 'good') =>
    value === 0 ? (
      <span className="diff-zero">0</span>
    ) : (
      <span className={tone ? `diff-${tone}` : undefined}>{value}</span>
    );
  return (
    <Space
      orientation="vertical"
      style={{ width: '100%' }}
      size="middle"
      data-testid="restore-preview"
    >
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          {
            key: 'union',
            label: t('backup.preview.union'),
            children: prepared.union?.name ?? '—',
          },
          {
            key: 'time',
            label: t('backup.preview.createdAt'),
            children: t('backup.preview.createdAtValue', {
              time: created.format('YYYY年M月D日 HH:mm'),
              ago: ageText(created),
            }),
          },
          {
            key: 'reason',
            label: t('backup.preview.reason'),
            children: t(`backup.reason.${prepared.reason}`),
          },
          {
            key: 'version',
            label: t('backup.preview.appVersion'),
            children: prepared.encrypted
              ? t('backup.preview.appVersionEncrypted', { version: prepared.appVersion })
              : prepared.appVersion,
          },
        ]}
      />
      {preview.otherUnion ? (
        <Alert type="error" showIcon title={t('backup.preview.otherUnion')} />
      ) : null}
      {nowNewer > 0 || onlyNow > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('backup.preview.loss', { newer: nowNewer, only: onlyNow })}
        />
      ) : null}
      <Table<TableDiff>
        size="small"
        pagination={false}
        rowKey="table"
        dataSource={rows}
        columns={[
          { title: t('backup.preview.col.table'), dataIndex: 'label' },
          { title: t('backup.preview.col.current'), dataIndex: 'current', align: 'right' },
          { title: t('backup.preview.col.backup'), dataIndex: 'backup', align: 'right' },
          {
            title: t('backup.preview.col.onlyInBackup'),
            dataIndex: 'onlyInBackup',
            align: 'right',
            render: (v: number) => num(v, 'good'),
          },
          {
            title: t('backup.preview.col.onlyNow'),
            dataIndex: 'onlyNow',
            align: 'right',
            render: (v: number) => num(v, 'warn'),
          },
          {
            title: t('backup.preview.col.backupNewer'),
            dataIndex: 'backupNewer',
            align: 'right',
            render: (v: number) => num(v),
          },
          {
            title: t('backup.preview.col.nowNewer'),
            dataIndex: 'nowNewer',
            align: 'right',
            render: (v: number, d) => num(v + d.differs, 'warn'),
          },
        ]}
      />
      {hidden > 0 ? (
        <Typography.Text type="secondary">
          {t('backup.preview.hidden', { count: hidden })}
        </Typography.Text>
      ) : null}
      <Typography.Paragraph>
        {t('backup.preview.explain', {
          current: preview.currentTotal,
          backup: preview.backupTotal,
        })}
      </Typography.Paragraph>
    </Space>
  );
}
