import { FileExcelOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Segmented,
  Space,
  Spin,
  Statistic,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { render, t } from '../../../../shared/i18n';
import { periodLabel, type PeriodKind, type Rate } from '../../../../shared/members/stats';
import { localToday } from '../../../../shared/validation/date';
import { useMemberExport } from '../export/useMemberExport';
import { BarChart } from './BarChart';
import { statsFileName, statsSheet } from './stats-sheet';
import { ageRows, employmentRows, rateText, shareText } from './stats-view';
import { useRosterStats } from './useRosterStats';

const AGE_COLOR = '#c8102e';
const EMPLOYMENT_COLOR = '#1f5fae';
// Layout through antd and style props: the app's stylesheet is not this feature's to extend.
const NOTE_STYLE = { fontSize: 12 } as const;
// Cards in a row as tall as the tallest, whichever note wraps.
const FILL = { height: '100%' } as const;

/**
 * 统计: the roster's figures for a calendar year or a 工会统计年报 year (1 October – 30 September),
 * with 入会率 against the profile's workforce, age and employment charts, and the same figures as
 * an xlsx to copy into the official form.
 */
export function MemberStatsPanel() {
  const { message } = App.useApp();
  const today = localToday();
  const [kind, setKind] = useState<PeriodKind>('calendar');
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const state = useRosterStats(kind, year);
  const actions = useMemberExport();
  const [busy, setBusy] = useState(false);

  const charts = useMemo(
    () =>
      state.status === 'ready'
        ? { age: ageRows(state.stats), employment: employmentRows(state.stats) }
        : null,
    [state],
  );

  if (state.status === 'loading' || !charts) {
    return (
      <div className="dialog-busy">
        <Spin description={t('report.stats.loading')} />
      </div>
    );
  }
  const { stats, workforce, profile } = state;
  const unionName = profile?.unionName ?? '';

  const exportSheet = async () => {
    setBusy(true);
    try {
      const outcome = await actions.saveSheet(
        statsSheet(stats, workforce, { unionName, today }),
        statsFileName(stats, unionName, today),
      );
      if (outcome.status === 'saved') {
        void message.success(t('report.stats.exported', { fileName: outcome.fileName }));
      }
    } catch {
      void message.error(t('report.export.failed'));
    } finally {
      setBusy(false);
    }
  };

  const rateCard = (title: string, value: Rate, field: string) => (
    <Col xs={24} md={8}>
      <Card size="small" style={FILL}>
        <Statistic title={title} value={rateText(value)} />
        <Typography.Text type="secondary" style={NOTE_STYLE}>
          {t('report.stats.rateFraction', {
            numerator: value.numerator,
            denominator: value.denominator,
            field,
          })}
        </Typography.Text>
      </Card>
    </Col>
  );
  const countCard = (title: string, value: number, note: string | null, testId?: string) => (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" style={FILL} data-testid={testId}>
        <Statistic title={title} value={value} suffix={t('report.stats.people')} />
        <Typography.Text type="secondary" style={NOTE_STYLE}>
          {note ?? '\u00a0'}
        </Typography.Text>
      </Card>
    </Col>
  );

  return (
    <div className="member-stats" data-testid="member-stats">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space wrap>
          <Typography.Text>{t('report.stats.periodKind')}</Typography.Text>
          <Segmented<PeriodKind>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'calendar', label: t('report.stats.kind.calendar') },
              { value: 'octSep', label: t('report.stats.kind.octSep') },
            ]}
          />
          <DatePicker
            picker="year"
            allowClear={false}
            aria-label={t('report.stats.year')}
            value={dayjs(`${year}-01-01`)}
            onChange={(value) => {
              if (value) setYear(value.year());
            }}
          />
        </Space>
        <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void exportSheet()}>
          {t('report.stats.export')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 16px' }}>
        {t('report.stats.asOf', { period: periodLabel(stats.period), end: stats.period.end })}
      </Typography.Paragraph>

      {!profile ? (
        <Alert className="page-alert" type="warning" showIcon title={t('report.stats.noProfile')} />
      ) : null}
      {stats.warnings.map((warning) => (
        <Alert
          key={warning.key + JSON.stringify(warning.params ?? {})}
          className="page-alert"
          type="warning"
          showIcon
          title={render(warning)}
        />
      ))}

      <Row gutter={[16, 16]}>
        {countCard(
          t('report.stats.onRoll'),
          stats.onRoll,
          t('report.stats.onRollAtStart', { count: stats.onRollAtStart }),
          'stats-on-roll',
        )}
        {countCard(t('report.stats.women'), stats.women, shareText(stats.women, stats.onRoll))}
        {countCard(
          t('report.stats.migrant'),
          stats.migrant,
          shareText(stats.migrant, stats.onRoll),
        )}
        {countCard(t('report.stats.reserved'), stats.reserved, t('report.stats.reservedHint'))}
        {countCard(
          t('report.stats.joined'),
          stats.joined,
          t('report.stats.joinedDetail', {
            join: stats.changes.join,
            transferIn: stats.changes.transferIn,
          }),
        )}
        {countCard(
          t('report.stats.left'),
          stats.left,
          t('report.stats.leftDetail', {
            transferOut: stats.changes.transferOut,
            expel: stats.changes.expel,
            withdraw: stats.changes.withdraw,
          }),
        )}
        {rateCard(
          t('members.stats.membershipRate'),
          stats.rates.membership,
          t('profile.field.workforceTotal'),
        )}
        {rateCard(
          t('members.stats.migrantRate'),
          stats.rates.migrant,
          t('profile.field.workforceMigrant'),
        )}
        {rateCard(
          t('members.stats.womenRate'),
          stats.rates.women,
          t('profile.field.workforceWomen'),
        )}
      </Row>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small">
            <BarChart
              title={t('report.stats.ageChart')}
              data={charts.age}
              color={AGE_COLOR}
              testId="chart-age"
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small">
            <BarChart
              title={t('report.stats.employmentChart')}
              data={charts.employment}
              color={EMPLOYMENT_COLOR}
              testId="chart-employment"
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
