import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography, type TableColumnType } from 'antd';
import { t } from '../../../shared/i18n';
import { AREA_LABELS, AREA_SHORT_LABELS } from '../../../shared/campaign/areas';
import type { LedgerEntryRow, MeetingChoice } from '../../db/ledger';

/** The entries of the period, newest first; a title opens the entry. */
export function LedgerTable({
  entries,
  meetings,
  emptyText,
  onOpen,
}: {
  entries: readonly LedgerEntryRow[];
  meetings: ReadonlyMap<string, MeetingChoice>;
  emptyText: string;
  onOpen: (id: string) => void;
}) {
  // The column only when some entry is linked to a minute: the title needs the room.
  const linked = entries.some((entry) => entry.meetingId);
  const meetingColumn: TableColumnType<LedgerEntryRow> = {
    title: t('ledger.list.meeting'),
    key: 'meeting',
    width: 160,
    render: (_: unknown, entry) => {
      if (!entry.meetingId) return null;
      const meeting = meetings.get(entry.meetingId);
      return (
        <Typography.Text ellipsis={{ tooltip: true }} style={{ maxWidth: 150 }}>
          {meeting ? meeting.title || meeting.typeLabel : t('ledger.meeting.missing')}
        </Typography.Text>
      );
    },
  };
  return (
    <Table<LedgerEntryRow>
      size="middle"
      rowKey="id"
      dataSource={[...entries]}
      data-testid="ledger-table"
      pagination={entries.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText }}
      columns={[
        { title: t('ledger.field.date'), dataIndex: 'date', width: 108 },
        {
          title: t('ledger.field.title'),
          dataIndex: 'title',
          render: (title: string, entry) => (
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              aria-label={t('ledger.list.open', { title })}
              onClick={() => onOpen(entry.id)}
            >
              {title}
            </Button>
          ),
        },
        {
          title: t('ledger.field.areas'),
          dataIndex: 'areas',
          width: 170,
          render: (_: unknown, entry) =>
            entry.areas.map((area) => (
              <Tag key={area} color="blue" title={t(AREA_LABELS[area])} style={{ marginBottom: 2 }}>
                {t(AREA_SHORT_LABELS[area])}
              </Tag>
            )),
        },
        {
          title: t('ledger.field.tags'),
          dataIndex: 'tags',
          width: 150,
          render: (_: unknown, entry) =>
            entry.tags.map((tag) => (
              <Tag key={tag} style={{ marginBottom: 2 }}>
                {tag}
              </Tag>
            )),
        },
        {
          title: t('ledger.field.participants'),
          dataIndex: 'participants',
          width: 84,
          align: 'right',
          render: (value: number | undefined) => value ?? '—',
        },
        {
          title: t('ledger.list.attachments'),
          key: 'attachments',
          width: 64,
          render: (_: unknown, entry) =>
            entry.attachmentIds.length > 0 ? (
              <Typography.Text>
                <PaperClipOutlined /> {entry.attachmentIds.length}
              </Typography.Text>
            ) : null,
        },
        ...(linked ? [meetingColumn] : []),
      ]}
    />
  );
}
