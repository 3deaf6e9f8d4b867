import { Radio, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../../shared/i18n';
import {
  describeImportMessage,
  type ImportMessage,
} from '../../../../shared/members/import/preview';
import {
  filterItems,
  type DuplicateChoice,
  type ImportPlan,
  type StatusFilter,
} from './import-plan';
import type { ImportItem, PreviewSummary } from './protocol';
import { STATUS_COLORS, STATUS_LABELS } from './status';

const TABLE_HEIGHT = 340;

function Messages({ messages }: { messages: ImportMessage[] }) {
  if (messages.length === 0) {
    return <Typography.Text type="secondary">{t('memberImport.preview.none')}</Typography.Text>;
  }
  return (
    <div className="import-messages">
      {messages.map((message, i) => (
        <div key={i}>
          <Typography.Text type={message.level === 'error' ? 'danger' : 'warning'}>
            {describeImportMessage(message)}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

/**
 * Step 3: every row with what will happen to it, filterable by status; the choice for members
 * already in the roster; what confirming will do. Nothing has been written yet.
 */
export function PreviewStep({
  items,
  summary,
  plan,
  duplicates,
  onDuplicates,
}: {
  items: ImportItem[];
  summary: PreviewSummary;
  plan: ImportPlan;
  duplicates: DuplicateChoice;
  onDuplicates: (choice: DuplicateChoice) => void;
}) {
  const [filter, setFilter] = useState<StatusFilter>('all');
  const shown = useMemo(() => filterItems(items, filter), [items, filter]);
  const { counts } = summary;
  const filters: { value: StatusFilter; label: string }[] = [
    { value: 'all', label: t('memberImport.filter.all', { count: items.length }) },
    {
      value: 'ready',
      label: t('memberImport.filter.ready', { count: counts.ok + counts.warning }),
    },
    { value: 'warning', label: t('memberImport.filter.warning', { count: counts.warning }) },
    { value: 'error', label: t('memberImport.filter.error', { count: counts.error }) },
    {
      value: 'duplicateInFile',
      label: t('memberImport.filter.duplicateInFile', { count: counts.duplicateInFile }),
    },
    {
      value: 'duplicateOfExisting',
      label: t('memberImport.filter.duplicateOfExisting', { count: counts.duplicateOfExisting }),
    },
  ];

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="import-preview"
    >
      <Radio.Group
        aria-label={t('memberImport.filter.label')}
        optionType="button"
        value={filter}
        onChange={(e) => setFilter(e.target.value as StatusFilter)}
        options={filters}
        data-testid="import-filter"
      />
      <Table<ImportItem>
        virtual
        size="small"
        rowKey="row"
        pagination={false}
        scroll={{ x: 940, y: TABLE_HEIGHT }}
        dataSource={shown}
        locale={{ emptyText: t('memberImport.preview.empty') }}
        data-testid="import-preview-table"
        columns={[
          { title: t('memberImport.preview.col.row'), dataIndex: 'row', width: 60 },
          {
            title: t('memberImport.preview.col.status'),
            dataIndex: 'status',
            width: 110,
            render: (status: ImportItem['status']) => (
              <Tag color={STATUS_COLORS[status]}>{t(STATUS_LABELS[status])}</Tag>
            ),
          },
          { title: t('memberImport.preview.col.name'), dataIndex: 'name', width: 100 },
          {
            title: t('memberImport.preview.col.docNumber'),
            dataIndex: 'maskedDoc',
            width: 190,
            render: (value: string) => <span className="mono">{value}</span>,
          },
          {
            title: t('memberImport.preview.col.messages'),
            dataIndex: 'messages',
            width: 480,
            render: (messages: ImportMessage[]) => <Messages messages={messages} />,
          },
        ]}
      />
      <Typography.Text type="secondary">
        {t('memberImport.preview.masked')}
        {summary.blankRows > 0
          ? ` ${t('memberImport.preview.blankRows', { count: summary.blankRows })}`
          : ''}
      </Typography.Text>
      {counts.duplicateOfExisting > 0 ? (
        <Space wrap>
          <Typography.Text strong id="import-duplicates-label">
            {t('memberImport.preview.duplicates', { count: counts.duplicateOfExisting })}
          </Typography.Text>
          <Radio.Group
            aria-labelledby="import-duplicates-label"
            value={duplicates}
            onChange={(e) => onDuplicates(e.target.value as DuplicateChoice)}
            options={[
              { value: 'skip', label: t('memberImport.preview.skip') },
              { value: 'update', label: t('memberImport.preview.update') },
            ]}
          />
        </Space>
      ) : null}
      <Typography.Paragraph strong style={{ marginBottom: 0 }} data-testid="import-plan">
        {plan.add + plan.update > 0
          ? t('memberImport.preview.plan', {
              add: plan.add,
              update: plan.update,
              skip: plan.skip,
              rejected: plan.rejected,
            })
          : t('memberImport.preview.nothing')}
      </Typography.Paragraph>
    </Space>
  );
}
