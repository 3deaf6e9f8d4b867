import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Segmented,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import {
  AREA_IDS,
  AREA_LABELS,
  AREA_SHORT_LABELS,
  type AreaId,
} from '../../../shared/campaign/areas';
import { t } from '../../../shared/i18n';
import { emptyAreas, entriesInRange, summarizeByArea } from '../../../shared/ledger/summary';
import { periodLabel, statisticsPeriod, type PeriodKind } from '../../../shared/members/stats';
import { localToday } from '../../../shared/validation/date';
import { AreaSummaryGrid } from './AreaSummaryGrid';
import { LedgerDrawer } from './LedgerDrawer';
import { useHashDetail } from '../../app/useHashDetail';
import { LedgerTable } from './LedgerTable';
import { useLedgerEntries, useMeetingChoices } from './useLedger';

/**
 * 工作台账: for a year (calendar, or the Oct–Sep statistics year as in 会员 → 统计), what was done
 * in each of the seven campaign areas, the gaps, and the entries themselves.
 */
export function LedgerPage() {
  const entries = useLedgerEntries();
  const meetings = useMeetingChoices();
  const today = localToday();
  const [kind, setKind] = useState<PeriodKind>('calendar');
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const [area, setArea] = useState<AreaId | null>(null);
  // An entry opens at `#/ledger/<id>` (e.g. from a minute's list of linked entries).
  const [[linked], navigate] = useHashDetail('ledger');
  const [editing, setEditing] = useState<{ id: string | null } | null>(() =>
    linked ? { id: linked } : null,
  );

  const period = useMemo(() => statisticsPeriod(kind, year), [kind, year]);
  const inPeriod = useMemo(
    () => (entries ? entriesInRange(entries, period) : []),
    [entries, period],
  );
  const summaries = useMemo(() => summarizeByArea(inPeriod, period), [inPeriod, period]);
  const shown = useMemo(
    () => (area ? inPeriod.filter((entry) => entry.areas.includes(area)) : inPeriod),
    [inPeriod, area],
  );
  const meetingMap = useMemo(() => new Map((meetings ?? []).map((m) => [m.id, m])), [meetings]);
  const usedTags = useMemo(() => [...new Set((entries ?? []).flatMap((e) => e.tags))], [entries]);

  if (!entries || !meetings) {
    return (
      <Card>
        <div className="dialog-busy">
          <Spin description={t('ledger.list.loading')} />
        </div>
      </Card>
    );
  }

  const gaps = emptyAreas(summaries);
  const label = periodLabel(period);
  return (
    <Card data-testid="ledger-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space wrap>
          <Typography.Text>{t('ledger.period.kind')}</Typography.Text>
          <Segmented<PeriodKind>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'calendar', label: t('ledger.period.calendar') },
              { value: 'octSep', label: t('ledger.period.octSep') },
            ]}
          />
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('ledger.period.year')}
            value={dayjs(`${year}-01-01`)}
            onChange={(value) => {
              if (value) setYear(value.year());
            }}
          />
          <Typography.Text type="secondary">
            {t('ledger.period.range', { start: period.start, end: period.end })}
          </Typography.Text>
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
          {t('ledger.list.add')}
        </Button>
      </Flex>

      <Typography.Title level={5} style={{ margin: '20px 0 12px' }}>
        {t('ledger.summary.title')}
      </Typography.Title>
      <Alert
        type={gaps.length > 0 ? 'warning' : 'success'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="ledger-gaps"
        title={
          gaps.length > 0
            ? t('ledger.summary.gaps', {
                count: gaps.length,
                areas: gaps.map((id) => t(AREA_SHORT_LABELS[id])).join('、'),
              })
            : t('ledger.summary.allCovered')
        }
      />
      <AreaSummaryGrid summaries={summaries} selected={area} onSelect={setArea} />

      <Flex justify="space-between" align="center" wrap gap={12} style={{ margin: '20px 0 12px' }}>
        <Typography.Text data-testid="ledger-count">
          {area
            ? t('ledger.list.countFiltered', {
                area: t(AREA_SHORT_LABELS[area]),
                count: shown.length,
                total: inPeriod.length,
              })
            : t('ledger.list.count', { period: label, count: inPeriod.length })}
        </Typography.Text>
        <Select<AreaId>
          allowClear
          aria-label={t('ledger.list.area')}
          placeholder={t('ledger.list.anyArea')}
          style={{ width: 260 }}
          value={area ?? undefined}
          onChange={(value) => setArea(value ?? null)}
          options={AREA_IDS.map((id) => ({ value: id, label: t(AREA_LABELS[id]) }))}
        />
      </Flex>
      <LedgerTable
        entries={shown}
        meetings={meetingMap}
        emptyText={
          area
            ? t('ledger.list.emptyArea', { area: t(AREA_SHORT_LABELS[area]) })
            : t('ledger.list.empty')
        }
        onOpen={(id) => setEditing({ id })}
      />
      {editing ? (
        <LedgerDrawer
          key={editing.id ?? 'new'}
          entryId={editing.id}
          meetings={meetings}
          usedTags={usedTags}
          onClose={() => {
            setEditing(null);
            if (linked) navigate();
          }}
        />
      ) : null}
    </Card>
  );
}
