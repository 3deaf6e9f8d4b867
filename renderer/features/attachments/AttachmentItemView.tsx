import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileWordOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Image, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { formatBytes } from '../../../shared/format/bytes';
import { t } from '../../../shared/i18n';
import { attachmentKind, extensionOf } from '../../../shared/ledger/attachment-rules';
import type { AttachmentRow } from '../../db/attachments';
import { useAttachmentActions, type AttachmentItem } from './useAttachments';
import { useObjectUrl } from './useObjectUrl';

const BOX = 56;
const boxStyle = {
  width: BOX,
  height: BOX,
  flex: 'none',
  display: 'grid',
  placeItems: 'center',
  borderRadius: 6,
  background: '#f5f6f8',
  border: '1px solid #eceef1',
  overflow: 'hidden',
} as const;

function FileIcon({ row }: { row: AttachmentRow }) {
  const style = { fontSize: 26 };
  const ext = extensionOf(row.name);
  if (attachmentKind(row.mime) === 'pdf')
    return <FilePdfOutlined style={{ ...style, color: '#d4380d' }} />;
  if (ext.startsWith('doc') || ext === 'wps')
    return <FileWordOutlined style={{ ...style, color: '#1677ff' }} />;
  if (ext.startsWith('xls')) return <FileExcelOutlined style={{ ...style, color: '#389e0d' }} />;
  if (ext.startsWith('ppt')) return <FilePptOutlined style={{ ...style, color: '#d46b08' }} />;
  return <FileOutlined style={style} />;
}

/** One attachment in a list: preview or icon, name, size, and its actions. */
export function AttachmentItemView({
  item,
  onRemove,
}: {
  item: AttachmentItem;
  onRemove?: (() => void) | undefined;
}) {
  const { row } = item;
  if (!row) {
    return (
      <Flex align="center" gap={12} data-testid="attachment-item">
        <span style={boxStyle}>
          <WarningOutlined style={{ fontSize: 22, color: '#faad14' }} />
        </span>
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {t('attachments.missing')}
        </Typography.Text>
        {onRemove ? (
          <Button size="small" icon={<DeleteOutlined />} onClick={onRemove}>
            {t('attachments.removeOk')}
          </Button>
        ) : null}
      </Flex>
    );
  }
  return <StoredItem row={row} onRemove={onRemove} />;
}

function StoredItem({
  row,
  onRemove,
}: {
  row: AttachmentRow;
  onRemove?: (() => void) | undefined;
}) {
  const actions = useAttachmentActions();
  const { message } = App.useApp();
  const isImage = attachmentKind(row.mime) === 'image';
  const thumbUrl = useObjectUrl(isImage ? (row.thumbnail ?? row.data) : undefined);
  const [previewing, setPreviewing] = useState(false);
  // The full-size image is decoded only while its preview is open.
  const fullUrl = useObjectUrl(isImage && previewing ? row.data : undefined);

  const download = async () => {
    try {
      const outcome = await actions.download(row);
      if (outcome.status === 'saved') {
        void message.success(t('attachments.saved', { fileName: outcome.fileName }));
      }
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };

  let preview: ReactNode = <FileIcon row={row} />;
  if (isImage && thumbUrl) {
    preview = (
      <Image
        src={thumbUrl}
        alt={row.name}
        width={BOX}
        height={BOX}
        style={{ objectFit: 'cover' }}
        preview={{
          open: previewing,
          onOpenChange: setPreviewing,
          src: fullUrl ?? thumbUrl,
          cover: null,
        }}
        data-testid="attachment-thumbnail"
      />
    );
  }

  return (
    <Flex align="center" gap={12} data-testid="attachment-item">
      <span style={boxStyle}>{preview}</span>
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text ellipsis={{ tooltip: row.name }}>{row.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatBytes(row.size)}
        </Typography.Text>
      </Flex>
      <Flex gap={4} flex="none">
        {isImage ? (
          <Tooltip title={t('attachments.view', { name: row.name })}>
            <Button
              type="text"
              icon={<EyeOutlined />}
              aria-label={t('attachments.view', { name: row.name })}
              onClick={() => setPreviewing(true)}
            />
          </Tooltip>
        ) : null}
        <Tooltip title={t('attachments.download', { name: row.name })}>
          <Button
            type="text"
            icon={<DownloadOutlined />}
            aria-label={t('attachments.download', { name: row.name })}
            onClick={() => void download()}
          />
        </Tooltip>
        {onRemove ? (
          <Tooltip title={t('attachments.remove', { name: row.name })}>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('attachments.remove', { name: row.name })}
              onClick={onRemove}
            />
          </Tooltip>
        ) : null}
      </Flex>
    </Flex>
  );
}
