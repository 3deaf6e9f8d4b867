import { Button, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { t } from '../../../shared/i18n';
import { periodLabel, statisticsPeriod, type PeriodKind } from '../../../shared/members/stats';
import { localToday } from '../../../shared/validation/date';
import { AssessmentPrintButton } from '../assessment/print/AssessmentPrintButton';
import { useAssessmentData, usePeriodKind } from '../assessment/useAssessment';
import { useMeetingRules } from '../meetings/useMeetings';
import {
  currentAssessmentYear,
  overviewHref,
  overviewModel,
  type MeetingRequirement,
  type OverviewModel,
} from './home-overview';

/**
 * 本年度概览 on the 工作台: meetings held against what the standard asks, the 会员评家 round,
 * the score and band, and the first things missing. Loaded lazily by HomePage, so the first
 * screen does not wait for the scoring engine.
 */
export default function HomeOverview() {
  const kind = usePeriodKind();
  const idle = useIdle();
  if (!kind || !idle) return <Card title={t('homeOverview.title')} loading />;
  return <Overview kind={kind} year={currentAssessmentYear(kind, localToday())} />;
}

/**
 * True once the browser has had an idle moment after the first screen: the facts read the whole
 * roster and every minute, which should not compete with the page the user opens next.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}

function Overview({ kind, year }: { kind: PeriodKind; year: number }) {
  const data = useAssessmentData(year, kind);
  const rules = useMeetingRules();
  const model = useMemo(
    () =>
      data && rules
        ? overviewModel({
            standard: data.loaded.standard,
            facts: data.facts,
            score: data.score,
            revisions: data.revisions,
            rules,
          })
        : null,
    [data, rules],
  );
  const title = t('homeOverview.title');
  if (!model) return <Card title={title} loading />;
  return (
    <Card
      title={title}
      data-testid="home-overview"
      extra={
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">
            {periodLabel(statisticsPeriod(kind, year))}
          </Typography.Text>
          <AssessmentPrintButton
            year={year}
            kind={kind}
            entries={model.current.entries}
            gateDecisions={model.current.gateDecisions}
          />
          <Button href={overviewHref('assessment')}>{t('homeOverview.open')}</Button>
        </Flex>
      }
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Meetings rows={model.meetings} />
        </Col>
        <Col xs={24} lg={10}>
          <Score model={model} />
        </Col>
        <Col xs={24}>
          <Missing model={model} />
        </Col>
      </Row>
    </Card>
  );
}

function Meetings({ rows }: { rows: MeetingRequirement[] }) {
  return (
    <section aria-label={t('homeOverview.meetings')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('homeOverview.meetings')}
      </Typography.Title>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('homeOverview.meetings.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {rows.map((row) => (
            <Flex key={row.key} gap={8} align="baseline" data-meeting-types={row.key} wrap>
              <Tag color={row.ok ? 'success' : 'warning'}>
                {row.ok ? t('homeOverview.meetings.ok') : t('homeOverview.meetings.short')}
              </Tag>
              <Typography.Text strong>{row.label}</Typography.Text>
              <Typography.Text>
                {t('homeOverview.meetings.held', { held: row.held })}
                {' / '}
                {t('homeOverview.meetings.need', { need: row.need })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {[
                  ...row.conditions,
                  t('homeOverview.meetings.sources', { sources: row.sources.join('、') }),
                ].join('；')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </section>
  );
}

function Score({ model }: { model: OverviewModel }) {
  return (
    <Flex vertical gap={12}>
      <section aria-label={t('homeOverview.survey')}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('homeOverview.survey')}
        </Typography.Title>
        <Flex gap={8} align="baseline" wrap data-testid="home-overview-survey">
          <Tag color={model.survey.done ? 'success' : 'warning'}>
            {model.survey.done ? t('homeOverview.meetings.ok') : t('homeOverview.meetings.short')}
          </Tag>
          <Typography.Text>{model.survey.text}</Typography.Text>
          {model.survey.done ? null : (
            <Typography.Link href={overviewHref('surveys')}>
              {t('homeOverview.survey.go')}
            </Typography.Link>
          )}
        </Flex>
      </section>
      <section aria-label={t('homeOverview.score')}>
        <Flex gap={32} wrap>
          <Statistic
            title={t('homeOverview.score')}
            value={model.totalText}
            suffix={`/ ${model.maxText}`}
            data-testid="home-overview-total"
          />
          <Statistic
            title={t('homeOverview.band')}
            value={model.bandText}
            data-testid="home-overview-band"
            styles={{ content: { color: model.bandReached ? '#389e0d' : '#d46b08' } }}
          />
        </Flex>
        <Tag color={model.status.kind === 'final' ? 'blue' : 'default'}>{model.statusText}</Tag>
      </section>
    </Flex>
  );
}

function Missing({ model }: { model: OverviewModel }) {
  return (
    <section aria-label={t('homeOverview.missing')} data-testid="home-overview-missing">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('homeOverview.missing')}
        {model.missingCount > model.missing.length ? (
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 14 }}>
            {t('homeOverview.missing.top', {
              shown: model.missing.length,
              count: model.missingCount,
            })}
          </Typography.Text>
        ) : null}
      </Typography.Title>
      {model.missing.length === 0 ? (
        <Typography.Text type="secondary">{t('homeOverview.missing.none')}</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingLeft: '1.5em' }}>
          {model.missing.map((line) => (
            <li key={line.key} style={{ marginBottom: 4 }}>
              <Typography.Text>{line.text}</Typography.Text>{' '}
              <Typography.Link href={line.href}>{line.linkText}</Typography.Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
