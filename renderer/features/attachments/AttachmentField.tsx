import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import { t } from '../../../shared/i18n';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from '../../../shared/ledger/attachment-rules';
import { AttachmentItemView } from './AttachmentItemView';
import { useAttachmentActions, useAttachments } from './useAttachments';

export interface AttachmentFieldProps {
  /** Ids of the attachments table, in the order shown. */
  value: string[];
  onChange(ids: string[]): void;
  /** Read-only: the files can be viewed and downloaded, not added or removed. */
  disabled?: boolean;
  /** For a form label's `htmlFor`: set on the upload area. */
  id?: string;
}

/**
 * The attachments of a record being edited: add by click, keyboard or drag and drop (several at
 * once), each file checked and stored once per content as it is added; a list with thumbnails,
 * name, size, view, download and remove. Removing only changes `value`: the record's save lets
 * go of the file (releaseAttachments), and its cancel drops uploads it never kept.
 */
export function AttachmentField({ value, onChange, disabled, id }: AttachmentFieldProps) {
  const items = useAttachments(value);
  const actions = useAttachmentActions();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const addFiles = async (files: readonly File[]) => {
    const found: string[] = [];
    const next = [...value];
    for (const file of files) {
      setBusy(file.name);
      try {
        const result = await actions.store(file, file.name);
        if (!result.ok) {
          found.push(result.message);
        } else if (next.includes(result.attachment.id)) {
          void message.info(t('attachments.alreadyHere', { name: result.attachment.name }));
        } else {
          next.push(result.attachment.id);
          void message.success(
            result.reused
              ? t('attachments.reused', { name: file.name })
              : t('attachments.added', { name: file.name }),
          );
        }
      } catch {
        found.push(t('attachments.error.readFailed', { name: file.name }));
      }
    }
    setBusy(null);
    setProblems(found);
    if (next.length !== value.length) onChange(next);
  };

  return (
    <div data-testid="attachment-field">
      {disabled ? null : (
        <Spin
          spinning={busy !== null}
          description={busy ? t('attachments.uploading', { name: busy }) : undefined}
        >
          <Upload.Dragger
            id={id}
            multiple
            accept={ATTACHMENT_ACCEPT}
            showUploadList={false}
            disabled={busy !== null}
            aria-label={t('attachments.upload')}
            beforeUpload={(file, batch) => {
              // Called once per file with the whole batch: handle the batch once, in order.
              if (file === batch[0]) void addFiles(batch);
              return Upload.LIST_IGNORE;
            }}
            style={{ padding: '4px 0' }}
          >
            <Typography.Paragraph style={{ margin: 0 }}>
              <InboxOutlined style={{ fontSize: 28, color: '#1677ff' }} />
            </Typography.Paragraph>
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('attachments.dropHint')}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('attachments.limitHint', { limit: formatBytes(MAX_ATTACHMENT_BYTES) })}
            </Typography.Text>
          </Upload.Dragger>
        </Spin>
      )}
      {problems.map((problem) => (
        <Alert
          key={problem}
          type="error"
          showIcon
          closable
          title={problem}
          style={{ marginTop: 8 }}
          onClose={() => setProblems((list) => list.filter((p) => p !== problem))}
          data-testid="attachment-problem"
        />
      ))}
      <Flex vertical gap={8} style={{ marginTop: 8 }} data-testid="attachment-list">
        {items?.length === 0 && disabled ? (
          <Typography.Text type="secondary">{t('attachments.none')}</Typography.Text>
        ) : null}
        {items?.map((item) => (
          <AttachmentItemView
            key={item.id}
            item={item}
            onRemove={disabled ? undefined : () => onChange(value.filter((v) => v !== item.id))}
          />
        ))}
      </Flex>
    </div>
  );
}
