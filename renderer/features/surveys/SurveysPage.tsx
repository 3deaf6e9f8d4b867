import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { SurveyRound } from '../../../shared/surveys/model';
import { formatPermille, roundResults } from '../../../shared/surveys/results';
import { useHashDetail } from '../../app/useHashDetail';
import { BallotEntry } from './BallotEntry';
import { CountsEntry } from './CountsEntry';
import { hasResults, roundYears } from './round-draft';
import { RoundDetail } from './RoundDetail';
import { RoundEditor } from './RoundEditor';
import { useSurveyRounds } from './useSurveys';
import './surveys.css';

/**
 * 会员评家: the rounds by year. A round opens at `#/surveys/<id>`, its form at
 * `#/surveys/<id>/edit`, its result entry at `#/surveys/<id>/counts` or `/ballots`, a new one at
 * `#/surveys/new`.
 */
export function SurveysPage() {
  const [path, navigate] = useHashDetail('surveys');
  const [id, mode] = path;
  if (id === 'new') {
    return (
      <RoundEditor
        key="new"
        roundId={null}
        onDone={(saved) => navigate(saved)}
        onCancel={() => navigate()}
      />
    );
  }
  if (id && mode === 'edit') {
    return (
      <RoundEditor
        key={id}
        roundId={id}
        onDone={(saved) => navigate(saved)}
        onCancel={() => navigate(id)}
      />
    );
  }
  if (id && mode === 'counts')
    return <CountsEntry key={id} roundId={id} onDone={() => navigate(id)} />;
  if (id && mode === 'ballots')
    return <BallotEntry key={id} roundId={id} onDone={() => navigate(id)} />;
  if (id) return <RoundDetail key={id} roundId={id} navigate={navigate} />;
  return <RoundList onOpen={(next) => navigate(next)} onNew={() => navigate('new')} />;
}

/** The list's figure: 会员评家's rates, or the cadres' for a round of 评议工会干部 only. */
function mainPart(round: SurveyRound) {
  const results = roundResults(round, null);
  return results.union ?? results.cadre;
}

function RoundList({ onOpen, onNew }: { onOpen: (id: string) => void; onNew: () => void }) {
  const rounds = useSurveyRounds();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const years = useMemo(() => roundYears(rounds ?? [], currentYear), [rounds, currentYear]);
  const shown = useMemo(
    () => (rounds ?? []).filter((r) => year === null || r.year === year),
    [rounds, year],
  );
  return (
    <Card
      title={t('surveys.list.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew}>
          {t('surveys.list.new')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('surveys.list.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('surveys.list.year')}
          style={{ width: 140 }}
          value={year ?? 'all'}
          onChange={(value: number | 'all') => setYear(value === 'all' ? null : value)}
          options={[
            { value: 'all' as const, label: t('surveys.list.allYears') },
            ...years.map((y) => ({ value: y, label: t('surveys.list.yearOption', { year: y }) })),
          ]}
        />
        <Typography.Text type="secondary" data-testid="surveys-count">
          {t('surveys.list.count', { count: shown.length })}
        </Typography.Text>
      </Space>
      {rounds === undefined ? (
        <Spin description={t('surveys.list.loading')} />
      ) : shown.length === 0 ? (
        <Empty description={t('surveys.list.empty')} />
      ) : (
        <Table<SurveyRound>
          rowKey="id"
          size="middle"
          dataSource={shown}
          pagination={false}
          onRow={(round) => ({
            onClick: () => onOpen(round.id),
            onKeyDown: (event) => {
              if (event.key === 'Enter') onOpen(round.id);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              key: 'period',
              title: t('surveys.col.period'),
              width: 190,
              render: (_, r) => t('surveys.detail.period', { start: r.startedOn, end: r.endedOn }),
            },
            { key: 'title', title: t('surveys.col.title'), render: (_, r) => <a>{r.title}</a> },
            {
              key: 'kind',
              title: t('surveys.col.kind'),
              width: 160,
              render: (_, r) => t(`surveys.kind.${r.kind}`),
            },
            {
              key: 'ballots',
              title: t('surveys.col.ballots'),
              width: 120,
              render: (_, r) => `${r.distributed} / ${r.returned} / ${r.valid}`,
            },
            {
              key: 'satisfaction',
              title: t('surveys.col.satisfaction'),
              width: 80,
              render: (_, r) => formatPermille(mainPart(r)?.satisfaction ?? null),
            },
            {
              key: 'strict',
              title: t('surveys.col.strict'),
              width: 130,
              render: (_, r) => formatPermille(mainPart(r)?.strict ?? null),
            },
            {
              key: 'status',
              title: t('surveys.col.status'),
              width: 76,
              render: (_, r) =>
                hasResults(r) ? (
                  <Tag color="green">{t('surveys.status.done')}</Tag>
                ) : (
                  <Tag color="gold">{t('surveys.status.open')}</Tag>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
