import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { Meeting } from '../../../shared/meetings/model';
import { meetingTypeLabel, type MeetingRules } from '../../../shared/meetings/rules';
import { presentCount } from '../../../shared/meetings/model';
import { useHashDetail } from '../../app/useHashDetail';
import { filterMeetings, yearsOf, type MeetingFilter } from './meeting-list';
import { MeetingDetail } from './MeetingDetail';
import { MeetingEditor } from './MeetingEditor';
import { STATUS_COLORS } from './status';
import { useMeetingRules, useMeetings } from './useMeetings';
import { quorumView } from './verdict-view';
import { VerdictTag } from './VerdictTag';

/**
 * 会议记录: the list by year and type; a minute opens at `#/meetings/<id>`, its form at
 * `#/meetings/<id>/edit`, a new one at `#/meetings/new` (or `new-plan` for a planned meeting).
 */
export function MeetingsPage() {
  const [path, navigate] = useHashDetail('meetings');
  const [id, mode] = path;
  const rules = useMeetingRules();
  if (!rules) return <Spin />;
  if (id === 'new' || id === 'new-plan') {
    return (
      <MeetingEditor
        key={id}
        meetingId={null}
        planned={id === 'new-plan'}
        rules={rules}
        onDone={(saved) => navigate(saved)}
        onCancel={() => navigate()}
      />
    );
  }
  if (id && mode === 'edit') {
    return (
      <MeetingEditor
        key={id}
        meetingId={id}
        planned={false}
        rules={rules}
        onDone={(saved) => navigate(saved)}
        onCancel={() => navigate(id)}
      />
    );
  }
  if (id) return <MeetingDetail key={id} meetingId={id} rules={rules} navigate={navigate} />;
  return (
    <MeetingList rules={rules} onOpen={(next) => navigate(next)} onNew={(kind) => navigate(kind)} />
  );
}

function MeetingList({
  rules,
  onOpen,
  onNew,
}: {
  rules: MeetingRules;
  onOpen: (id: string) => void;
  onNew: (kind: 'new' | 'new-plan') => void;
}) {
  const meetings = useMeetings();
  const currentYear = new Date().getFullYear();
  const [filter, setFilter] = useState<MeetingFilter>({ year: currentYear, type: null });
  const years = useMemo(() => yearsOf(meetings ?? [], currentYear), [meetings, currentYear]);
  const shown = useMemo(() => filterMeetings(meetings ?? [], filter), [meetings, filter]);

  return (
    <Card
      title={t('meetingsUi.title')}
      extra={
        <Space>
          <Button icon={<CalendarOutlined />} onClick={() => onNew('new-plan')}>
            {t('meetingsUi.list.plan')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onNew('new')}>
            {t('meetingsUi.list.new')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('meetingsUi.list.year')}
          style={{ width: 140 }}
          value={filter.year ?? 'all'}
          onChange={(value: number | 'all') =>
            setFilter((f) => ({ ...f, year: value === 'all' ? null : value }))
          }
          options={[
            { value: 'all' as const, label: t('meetingsUi.list.allYears') },
            ...years.map((year) => ({ value: year, label: `${year} 年` })),
          ]}
        />
        <Select
          aria-label={t('meetingsUi.list.type')}
          style={{ width: 220 }}
          value={filter.type ?? 'all'}
          onChange={(value) => setFilter((f) => ({ ...f, type: value === 'all' ? null : value }))}
          options={[
            { value: 'all', label: t('meetingsUi.list.allTypes') },
            ...rules.types.map((type) => ({ value: type.id, label: type.label })),
          ]}
        />
        <Typography.Text type="secondary" data-testid="meetings-count">
          {t('meetingsUi.list.count', { count: shown.length })}
        </Typography.Text>
      </Space>
      {meetings === undefined ? (
        <Spin description={t('meetingsUi.list.loading')} />
      ) : shown.length === 0 ? (
        <Empty description={t('meetingsUi.list.empty')} />
      ) : (
        <Table<Meeting>
          rowKey="id"
          size="middle"
          dataSource={shown}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          onRow={(meeting) => ({
            onClick: () => onOpen(meeting.id),
            onKeyDown: (event) => {
              if (event.key === 'Enter') onOpen(meeting.id);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
          })}
          columns={[
            { key: 'date', title: t('meetingsUi.col.date'), dataIndex: 'date', width: 120 },
            {
              key: 'title',
              title: t('meetingsUi.col.title'),
              render: (_, meeting) => <a>{meeting.title}</a>,
            },
            {
              key: 'type',
              title: t('meetingsUi.col.type'),
              width: 180,
              render: (_, meeting) => meetingTypeLabel(rules, meeting.type),
            },
            {
              key: 'attendance',
              title: t('meetingsUi.col.attendance'),
              width: 120,
              render: (_, meeting) =>
                meeting.status === 'planned'
                  ? `${meeting.expected.count} / —`
                  : `${meeting.expected.count} / ${presentCount(meeting.attendance)}`,
            },
            {
              key: 'quorum',
              title: t('meetingsUi.col.quorum'),
              width: 110,
              render: (_, meeting) => <VerdictTag view={quorumView(rules, meeting)} />,
            },
            {
              key: 'status',
              title: t('meetingsUi.col.status'),
              width: 100,
              render: (_, meeting) => (
                <Tag color={STATUS_COLORS[meeting.status]}>
                  {t(`meetingsUi.status.${meeting.status}`)}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
