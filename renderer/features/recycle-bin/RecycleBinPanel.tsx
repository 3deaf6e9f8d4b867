import { Alert, App, Button, Empty, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { RECYCLE_BIN_DAYS, recycleTypeLabel } from '../../db/recycle-bin';
import { useRecycleBin, type RecycleBinListItem } from './useRecycleBin';
import { useRecycleBinActions, type RecycleOutcome } from './useRecycleBinActions';

/** Entries this close to removal are highlighted so the user restores them in time. */
const SOON_DAYS = 3;

/** 设置 → 回收站: deleted records, restorable for 30 days. */
export function RecycleBinPanel() {
  const state = useRecycleBin();
  if (state.status === 'loading') return <Spin description={t('app.loading')} />;
  if (state.status === 'error') return <Alert type="error" showIcon title={state.message} />;
  return <RecycleBinList items={state.items} />;
}

function RecycleBinList({ items }: { items: RecycleBinListItem[] }) {
  const actions = useRecycleBinActions();
  const { message, modal } = App.useApp();
  const [busyId, setBusyId] = useState<string | null>(null);

  const report = (outcome: RecycleOutcome) => {
    // Refusals explain what to do next, so they stay long enough to be read.
    if (outcome.ok) void message.success(outcome.message);
    else void message.error(outcome.message, 10);
  };

  const restore = async (item: RecycleBinListItem) => {
    setBusyId(item.id);
    try {
      report(await actions.restore(item));
    } finally {
      setBusyId(null);
    }
  };

  // Enter on an open confirmation must not destroy anything: focus starts on 取消.
  const confirmDelete = (item: RecycleBinListItem) =>
    modal.confirm({
      title: t('recycle.confirm.deleteTitle', { label: item.label }),
      content: t('recycle.confirm.deleteBody'),
      okText: t('recycle.action.delete'),
      okButtonProps: { danger: true },
      cancelText: t('recycle.action.cancel'),
      autoFocusButton: 'cancel',
      onOk: async () => report(await actions.remove(item)),
    });

  const confirmEmpty = () =>
    modal.confirm({
      title: t('recycle.confirm.emptyTitle'),
      content: t('recycle.confirm.emptyBody', { count: items.length }),
      okText: t('recycle.action.empty'),
      okButtonProps: { danger: true },
      cancelText: t('recycle.action.cancel'),
      autoFocusButton: 'cancel',
      onOk: async () => report(await actions.empty()),
    });

  const columns: TableColumnsType<RecycleBinListItem> = [
    {
      key: 'type',
      title: t('recycle.column.type'),
      dataIndex: 'table',
      width: 110,
      render: (table: string) => <Tag>{recycleTypeLabel(table)}</Tag>,
    },
    {
      key: 'label',
      title: t('recycle.column.label'),
      dataIndex: 'label',
      render: (label: string, item) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{label}</Typography.Text>
          {item.relatedCount > 0 ? (
            <Typography.Text type="secondary">
              {t('recycle.related', { count: item.relatedCount })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'deletedAt',
      title: t('recycle.column.deletedAt'),
      dataIndex: 'deletedAt',
      width: 190,
      render: (value: string) => dayjs(value).format('YYYY年M月D日 HH:mm'),
    },
    {
      key: 'daysLeft',
      title: t('recycle.column.daysLeft'),
      dataIndex: 'daysLeft',
      width: 120,
      render: (days: number) =>
        days === 0 ? (
          <Tag color="red">{t('recycle.daysLeft.expiring')}</Tag>
        ) : (
          <Typography.Text type={days <= SOON_DAYS ? 'warning' : undefined}>
            {t('recycle.daysLeft', { days })}
          </Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('recycle.column.actions'),
      width: 190,
      render: (_: unknown, item) => (
        <Space>
          <Button
            size="small"
            loading={busyId === item.id}
            disabled={busyId !== null && busyId !== item.id}
            aria-label={t('recycle.action.restoreLabel', { label: item.label })}
            onClick={() => void restore(item)}
          >
            {t('recycle.action.restore')}
          </Button>
          <Button
            size="small"
            danger
            disabled={busyId !== null}
            aria-label={t('recycle.action.deleteLabel', { label: item.label })}
            onClick={() => confirmDelete(item)}
          >
            {t('recycle.action.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        {/* An empty list explains the 回收站 itself; saying it twice would be noise. */}
        <Typography.Text type="secondary">
          {items.length > 0 ? t('recycle.intro', { days: RECYCLE_BIN_DAYS }) : null}
        </Typography.Text>
        <Button danger disabled={items.length === 0 || busyId !== null} onClick={confirmEmpty}>
          {t('recycle.action.empty')}
        </Button>
      </Flex>
      <Table<RecycleBinListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        pagination={{ hideOnSinglePage: true, pageSize: 20 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('recycle.emptyState', { days: RECYCLE_BIN_DAYS })}
            />
          ),
        }}
        data-testid="recycle-bin"
      />
    </Space>
  );
}
