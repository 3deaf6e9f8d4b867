import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../shared/i18n';
import { MIN_PARTICIPATION_PERMILLE } from '../../../shared/surveys/defaults';
import {
  SURVEY_ANSWER_LABELS,
  SURVEY_ANSWERS,
  type SurveyRound,
} from '../../../shared/surveys/model';
import {
  formatPermille,
  roundResults,
  type PartResult,
  type QuestionResult,
} from '../../../shared/surveys/results';
import { SatisfactionChart } from './SatisfactionChart';
import { useMembersOnRoll } from './useSurveys';

/** The label a chart row shows: an item's name before its explanation in brackets. */
const shortLabel = (q: QuestionResult) =>
  q.part === 'union' ? (q.label.split('（')[0] ?? q.label) : q.label;

/**
 * Results of a round: the head figures (valid ballots, return rate, participation), both
 * satisfaction rates overall and per item, and the chart.
 */
export function ResultsView({ round }: { round: SurveyRound }) {
  const membersOnRoll = useMembersOnRoll(round.endedOn);
  const results = useMemo(
    () => roundResults(round, membersOnRoll && membersOnRoll > 0 ? membersOnRoll : null),
    [round, membersOnRoll],
  );
  const parts = [results.union, results.cadre].filter((p): p is PartResult => p !== null);
  const chartData = useMemo(
    () =>
      [results.union, results.cadre].flatMap((part) =>
        (part?.questions ?? []).map((q) => ({
          label: shortLabel(q),
          satisfaction: q.satisfaction,
          strict: q.strict,
        })),
      ),
    [results],
  );
  const low = results.participation !== null && results.participation < MIN_PARTICIPATION_PERMILLE;
  return (
    <Card title={t('surveys.results.title')} data-testid="survey-results">
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={4}>
          <Statistic title={t('surveys.results.valid')} value={results.valid} suffix="张" />
          <Typography.Text type="secondary" className="survey-stat-hint">
            {t('surveys.results.validOf', {
              returned: results.returned,
              distributed: results.distributed,
            })}
          </Typography.Text>
        </Col>
        <Col xs={12} lg={4}>
          <Statistic
            title={t('surveys.results.returnRate')}
            value={formatPermille(results.returnRate)}
            data-testid="survey-return-rate"
          />
          <Typography.Text type="secondary" className="survey-stat-hint">
            {t('surveys.results.returnRateHint')}
          </Typography.Text>
        </Col>
        <Col xs={12} lg={4}>
          <Statistic
            title={t('surveys.results.participation')}
            value={formatPermille(results.participation)}
            data-testid="survey-participation"
          />
          <Typography.Text type="secondary" className="survey-stat-hint">
            {results.membersOnRoll !== null
              ? t('surveys.results.participationHint', {
                  members: results.membersOnRoll,
                  date: round.endedOn,
                })
              : t('surveys.results.participationUnknown', { date: round.endedOn })}
          </Typography.Text>
        </Col>
        {parts.map((part) => (
          <Col xs={12} lg={6} key={part.part} data-testid={`survey-overall-${part.part}`}>
            <Statistic
              title={
                part.part === 'union'
                  ? t('surveys.results.overallUnion')
                  : t('surveys.results.overallCadre')
              }
              value={formatPermille(part.satisfaction)}
            />
            <div className="survey-strict">
              {t('surveys.results.strict')} <strong>{formatPermille(part.strict)}</strong>
            </div>
          </Col>
        ))}
      </Row>
      {low ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={t('surveys.results.participationLow', {
            rate: formatPermille(results.participation),
            min: formatPermille(MIN_PARTICIPATION_PERMILLE),
          })}
        />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('surveys.results.formula')}
      </Typography.Paragraph>
      {parts.map((part) => (
        <PartTable key={part.part} part={part} />
      ))}
      <SatisfactionChart data={chartData} />
    </Card>
  );
}

function PartTable({ part }: { part: PartResult }) {
  const answerColumns = SURVEY_ANSWERS.map((answer) => ({
    key: answer,
    title: t(SURVEY_ANSWER_LABELS[answer]),
    width: 84,
    align: 'right' as const,
    render: (_: unknown, q: QuestionResult) => q.counts[answer],
  }));
  return (
    <div style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>{t(`surveys.part.${part.part}`)}</Typography.Title>
      <Table<QuestionResult>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={part.questions}
        data-testid={`survey-table-${part.part}`}
        columns={[
          {
            key: 'question',
            title: t('surveys.results.col.question'),
            render: (_, q) => `${q.number}. ${q.label}`,
          },
          ...answerColumns,
          {
            key: 'blank',
            title: t('surveys.results.col.blank'),
            width: 64,
            align: 'right',
            render: (_, q) => q.blank,
          },
          {
            key: 'satisfaction',
            title: t('surveys.results.satisfaction'),
            width: 96,
            align: 'right',
            render: (_, q) => <strong>{formatPermille(q.satisfaction)}</strong>,
          },
          {
            key: 'strict',
            title: t('surveys.results.strict'),
            width: 180,
            align: 'right',
            render: (_, q) => formatPermille(q.strict),
          },
        ]}
        summary={() => (
          <Table.Summary.Row className="survey-total-row">
            <Table.Summary.Cell index={0}>{t('surveys.results.total')}</Table.Summary.Cell>
            {SURVEY_ANSWERS.map((answer, i) => (
              <Table.Summary.Cell index={i + 1} key={answer} align="right">
                {part.totals[answer]}
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={5} align="right">
              {part.slots -
                part.totals.satisfied -
                part.totals.basic -
                part.totals.unsatisfied -
                part.totals.unknown}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              <strong>{formatPermille(part.satisfaction)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right">
              {formatPermille(part.strict)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </div>
  );
}
