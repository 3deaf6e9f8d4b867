import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import { t } from '../../../shared/i18n';
import { usePlatform } from '../../app/AppContext';
import type { BackupFileInfo } from '../../platform/types';
import { RestoreDialog, type RestoreSource } from './RestoreDialog';
import { useBackupActions } from './useBackupActions';
import { useBackupFiles } from './useBackupFiles';

/** Passwords shorter than this are refused: the file may leave the office on a USB stick. */
const MIN_PASSWORD = 8;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** 设置 → 备份与恢复. */
export function BackupPanel() {
  const files = useBackupFiles();
  const [source, setSource] = useState<RestoreSource | null>(null);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <BackupNowCard onWritten={files.refresh} />
      <RestoreCard onPick={setSource} />
      <SafetyCopiesCard
        files={files}
        onRestore={(fileName) => setSource({ kind: 'stored', fileName })}
      />
      {source ? (
        <RestoreDialog
          key={source.kind === 'stored' ? source.fileName : source.name}
          source={source}
          onClose={() => {
            setSource(null);
            files.refresh();
          }}
        />
      ) : null}
    </Space>
  );
}

function BackupNowCard({ onWritten }: { onWritten: () => void }) {
  const actions = useBackupActions();
  const { backups } = usePlatform();
  const { message } = App.useApp();
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<BackupFileInfo | null>(null);

  const passwordError =
    !encrypt || password.length === 0
      ? null
      : password.length < MIN_PASSWORD
        ? t('backup.password.tooShort', { min: MIN_PASSWORD })
        : repeat.length > 0 && repeat !== password
          ? t('backup.password.mismatch')
          : null;
  const ready = !encrypt || (password.length >= MIN_PASSWORD && repeat === password);

  const run = async () => {
    if (!ready) {
      void message.error(passwordError ?? t('backup.password.required'));
      return;
    }
    setBusy(true);
    setWritten(null);
    try {
      const info = await actions.backupNow(encrypt ? password : undefined);
      setWritten(info);
      setPassword('');
      setRepeat('');
      onWritten();
    } catch (error) {
      void message.error(errorText(error), 8);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('backup.now.title')} size="small">
      <Typography.Paragraph type="secondary">{t('backup.now.explain')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void run()}>
        <Form.Item>
          <Checkbox checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)}>
            {t('backup.password.toggle')}
          </Checkbox>
        </Form.Item>
        {encrypt ? (
          <>
            <Alert
              type="info"
              showIcon
              className="form-note"
              title={t('backup.password.warning')}
            />
            <Form.Item
              label={t('backup.password.label')}
              htmlFor="backup-password"
              validateStatus={passwordError && password.length < MIN_PASSWORD ? 'error' : ''}
              help={password.length > 0 && password.length < MIN_PASSWORD ? passwordError : null}
            >
              <Input.Password
                id="backup-password"
                autoComplete="new-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </Form.Item>
            <Form.Item
              label={t('backup.password.repeat')}
              htmlFor="backup-password-repeat"
              validateStatus={repeat.length > 0 && repeat !== password ? 'error' : ''}
              help={repeat.length > 0 && repeat !== password ? t('backup.password.mismatch') : null}
            >
              <Input.Password
                id="backup-password-repeat"
                autoComplete="new-password"
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
              />
            </Form.Item>
          </>
        ) : null}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="backup-now">
          {busy ? t('backup.now.running') : t('backup.now.button')}
        </Button>
      </Form>
      {written ? (
        <Alert
          className="form-result"
          type="success"
          showIcon
          data-testid="backup-written"
          title={t('backup.now.done', { name: written.fileName, size: formatBytes(written.size) })}
          description={backups.reveal ? t('backup.now.doneFolder') : t('backup.now.doneDownload')}
          action={
            backups.reveal ? (
              <Button size="small" onClick={() => void backups.reveal?.()}>
                {t('backup.folder.reveal')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
    </Card>
  );
}

function RestoreCard({ onPick }: { onPick: (source: RestoreSource) => void }) {
  const actions = useBackupActions();
  const { message } = App.useApp();
  const pick = async () => {
    try {
      const file = await actions.pickBackupFile();
      if (file) onPick({ kind: 'picked', name: file.name, data: file.data });
    } catch (error) {
      void message.error(errorText(error), 8);
    }
  };
  return (
    <Card title={t('backup.restore.cardTitle')} size="small">
      <Typography.Paragraph type="secondary">{t('backup.restore.explain')}</Typography.Paragraph>
      <Button onClick={() => void pick()} data-testid="restore-pick">
        {t('backup.restore.pick')}
      </Button>
    </Card>
  );
}

function SafetyCopiesCard({
  files,
  onRestore,
}: {
  files: ReturnType<typeof useBackupFiles>;
  onRestore: (fileName: string) => void;
}) {
  const { backups } = usePlatform();
  const { message } = App.useApp();
  const location = files.location;

  const changeFolder = async () => {
    try {
      const next = await backups.chooseFolder?.();
      if (next) {
        void message.success(t('backup.folder.changed', { folder: next.label }));
        files.refresh();
      }
    } catch (error) {
      void message.error(errorText(error), 8);
    }
  };
  const exportCopy = async (fileName: string) => {
    try {
      const outcome = await backups.exportCopy(fileName);
      if (outcome.status === 'saved') {
        void message.success(t('backup.copy.saved', { name: outcome.fileName }));
      }
    } catch (error) {
      void message.error(errorText(error), 8);
    }
  };

  return (
    <Card title={t('backup.safety.title')} size="small">
      <Typography.Paragraph type="secondary">
        {location?.kind === 'browser'
          ? t('backup.safety.explainBrowser')
          : t('backup.safety.explain')}
      </Typography.Paragraph>
      <Space wrap className="backup-location">
        <Typography.Text strong>{t('backup.folder.label')}</Typography.Text>
        <Typography.Text code={location?.kind === 'folder'} data-testid="backup-location">
          {location?.label ?? '—'}
        </Typography.Text>
        {backups.chooseFolder ? (
          <Button size="small" onClick={() => void changeFolder()}>
            {t('backup.folder.change')}
          </Button>
        ) : null}
        {backups.reveal ? (
          <Button size="small" onClick={() => void backups.reveal?.()}>
            {t('backup.folder.reveal')}
          </Button>
        ) : null}
      </Space>
      {files.error ? (
        <Alert type="error" showIcon className="form-note" title={files.error} />
      ) : null}
      <Table<BackupFileInfo>
        size="small"
        rowKey="fileName"
        loading={files.loading}
        dataSource={files.files}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('backup.safety.empty') }}
        columns={[
          {
            title: t('backup.col.time'),
            dataIndex: 'createdAt',
            render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('backup.col.reason'),
            dataIndex: 'reason',
            render: (reason: BackupFileInfo['reason']) => (
              <Tag color={reason === 'manual' ? 'blue' : undefined}>
                {t(`backup.reason.${reason}`)}
              </Tag>
            ),
          },
          {
            title: t('backup.col.size'),
            dataIndex: 'size',
            align: 'right',
            render: (size: number) => formatBytes(size),
          },
          {
            title: t('backup.col.actions'),
            key: 'actions',
            render: (_: unknown, file) => (
              <Space size="small">
                <Button size="small" onClick={() => onRestore(file.fileName)}>
                  {t('backup.copy.restore')}
                </Button>
                <Button size="small" onClick={() => void exportCopy(file.fileName)}>
                  {location?.kind === 'folder'
                    ? t('backup.copy.saveAs')
                    : t('backup.copy.download')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
