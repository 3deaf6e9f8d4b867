import { DeleteOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, List, Space, Spin, Typography } from 'antd';
import { t } from '../../../shared/i18n';
import { SURVEY_METHOD_LABELS } from '../../../shared/surveys/model';
import { SurveyError } from '../../db/surveys';
import { BallotPrintButton } from './print/BallotPrintButton';
import { hasResults } from './round-draft';
import { ResultsView } from './ResultsView';
import { useSurveyActions, useSurveyBallots, useSurveyRound } from './useSurveys';

/** One round: its set-up, its printable ballot, the way to enter results, and the results. */
export function RoundDetail({
  roundId,
  navigate,
}: {
  roundId: string;
  navigate: (...parts: string[]) => void;
}) {
  const { message, modal } = App.useApp();
  const round = useSurveyRound(roundId);
  const ballots = useSurveyBallots(roundId);
  const actions = useSurveyActions();
  if (round === undefined) return <Spin />;
  if (round === null) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('surveys.detail.notFound')}
        action={<Button onClick={() => navigate()}>{t('surveys.detail.back')}</Button>}
      />
    );
  }
  const enterLabel =
    round.entry === 'ballots' ? t('surveys.detail.enterBallots') : t('surveys.detail.enterCounts');
  const remove = () =>
    modal.confirm({
      title: t('surveys.detail.deleteConfirm', { title: round.title }),
      content: t('surveys.detail.deleteHint', { count: ballots?.length ?? 0 }),
      okButtonProps: { danger: true },
      okText: t('surveys.detail.delete'),
      cancelText: t('surveys.form.cancel'),
      onOk: async () => {
        try {
          await actions.remove(round.id);
          void message.success(t('surveys.detail.deleted'));
          navigate();
        } catch (error) {
          void message.error(error instanceof SurveyError ? error.message : String(error));
        }
      },
    });
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="survey-detail"
    >
      <Card
        title={round.title}
        extra={
          <Space wrap>
            <Button onClick={() => navigate()}>{t('surveys.detail.back')}</Button>
            <BallotPrintButton round={round} />
            <Button icon={<EditOutlined />} onClick={() => navigate(round.id, 'edit')}>
              {t('surveys.detail.edit')}
            </Button>
            <Button
              type="primary"
              icon={<FormOutlined />}
              onClick={() => navigate(round.id, round.entry)}
            >
              {enterLabel}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={remove}>
              {t('surveys.detail.delete')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            {
              key: 'period',
              label: t('surveys.field.period'),
              children: t('surveys.detail.period', { start: round.startedOn, end: round.endedOn }),
            },
            {
              key: 'method',
              label: t('surveys.field.method'),
              children: [t(SURVEY_METHOD_LABELS[round.method]), round.methodNote]
                .filter(Boolean)
                .join('，'),
            },
            {
              key: 'kind',
              label: t('surveys.col.kind'),
              children: t(`surveys.kind.${round.kind}`),
            },
            {
              key: 'entry',
              label: t('surveys.field.entry'),
              children: t(`surveys.entry.${round.entry}`),
            },
          ]}
        />
      </Card>
      {hasResults(round) ? (
        <ResultsView round={round} />
      ) : (
        <Alert type="info" showIcon title={t('surveys.detail.noResults', { action: enterLabel })} />
      )}
      <Card
        title={t('surveys.detail.suggestions', { count: round.suggestions.length })}
        size="small"
      >
        {round.suggestions.length === 0 ? (
          <Typography.Text type="secondary">{t('surveys.detail.noSuggestions')}</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={round.suggestions}
            renderItem={(text, i) => (
              <List.Item key={i}>
                {i + 1}. {text}
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
