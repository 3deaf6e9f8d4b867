import {
  DownloadOutlined,
  DownOutlined,
  ExportOutlined,
  FileExcelOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Dropdown, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../../shared/i18n';
import { exportColumns } from '../../../../shared/members/import/template';
import type { MemberData } from '../../../../shared/members/model';
import { useProfile } from '../../profile/useProfile';
import { useMemberExport } from './useMemberExport';

/**
 * 导出: the roster as it is filtered now, or the blank import template, as .xlsx in the app's
 * template layout. The roster is exported in full by default: it is the office's own copy and
 * what imports back; masking is one tick away, with a warning while it is off. The list is
 * asked for when the dialog opens (`getMembers`), so that the menu is not redrawn on every
 * keystroke in the search box.
 */
export function ExportMembersMenu({
  getMembers,
  empty,
  disabled = false,
}: {
  getMembers: () => readonly MemberData[];
  /** Nothing is listed now. */
  empty: boolean;
  /** The roster is still loading: exporting it would export part of it. */
  disabled?: boolean;
}) {
  const { message } = App.useApp();
  const actions = useMemberExport();
  const [dialog, setDialog] = useState<readonly MemberData[] | null>(null);
  const [busy, setBusy] = useState(false);

  const downloadTemplate = async () => {
    setBusy(true);
    try {
      const outcome = await actions.downloadTemplate();
      if (outcome.status === 'saved') {
        void message.success(t('report.export.templateSaved', { fileName: outcome.fileName }));
      }
    } catch {
      void message.error(t('report.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'roster',
              icon: <FileExcelOutlined />,
              label: t('report.export.roster'),
              disabled: disabled || empty,
            },
            { key: 'template', icon: <DownloadOutlined />, label: t('report.export.template') },
          ],
          onClick: ({ key }) => {
            if (key === 'roster') setDialog(getMembers());
            else void downloadTemplate();
          },
        }}
      >
        <Button icon={<ExportOutlined />} loading={busy}>
          <Space size={4}>
            {t('report.export.button')}
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>
      {dialog ? <ExportRosterDialog members={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

function ExportRosterDialog({
  members,
  onClose,
}: {
  members: readonly MemberData[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const profile = useProfile();
  const actions = useMemberExport();
  const [maskIdNumbers, setMaskIdNumbers] = useState(false);
  const [maskPhones, setMaskPhones] = useState(false);
  const [busy, setBusy] = useState(false);
  const unionName = profile.status === 'ready' ? (profile.profile?.unionName ?? '') : '';

  const run = async () => {
    setBusy(true);
    try {
      const outcome = await actions.exportRoster(members, { unionName, maskIdNumbers, maskPhones });
      if (outcome.status === 'saved') {
        void message.success(
          t('report.export.saved', { count: members.length, fileName: outcome.fileName }),
        );
      }
      if (outcome.status !== 'cancelled') onClose();
    } catch {
      void message.error(t('report.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('report.export.dialogTitle')}
      okText={t('report.export.ok')}
      onOk={() => void run()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ disabled: members.length === 0 || profile.status !== 'ready' }}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Paragraph className="form-note">
          {t('report.export.scope', { count: members.length, columns: exportColumns().length })}
        </Typography.Paragraph>
        <Space orientation="vertical" size={4}>
          <Checkbox checked={maskIdNumbers} onChange={(e) => setMaskIdNumbers(e.target.checked)}>
            {t('report.export.maskIds')}
          </Checkbox>
          <Checkbox checked={maskPhones} onChange={(e) => setMaskPhones(e.target.checked)}>
            {t('report.export.maskPhones')}
          </Checkbox>
        </Space>
        {!maskIdNumbers || !maskPhones ? (
          <Alert
            type="warning"
            showIcon
            title={t('report.export.fullWarningTitle')}
            description={t('report.export.fullWarning')}
          />
        ) : null}
        {maskIdNumbers ? (
          <Alert type="info" showIcon title={t('report.export.maskedInfo')} />
        ) : null}
        {busy ? (
          <Typography.Text type="secondary">{t('report.export.working')}</Typography.Text>
        ) : null}
      </Space>
    </Modal>
  );
}
