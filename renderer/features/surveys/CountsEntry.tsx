import { useSaveShortcut } from '../../app/useSaveShortcut';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { render, t } from '../../../shared/i18n';
import { checkSurveyCounts } from '../../../shared/surveys/check';
import {
  SURVEY_ANSWER_LABELS,
  SURVEY_ANSWERS,
  countsTotal,
  emptyCounts,
  surveyQuestions,
  type AnswerCounts,
  type SurveyAnswer,
  type SurveyQuestion,
  type SurveyRound,
} from '../../../shared/surveys/model';
import { SurveyError } from '../../db/surveys';
import { roundContent } from './round-draft';
import { useSurveyActions, useSurveyRound } from './useSurveys';

/** 录入票数: the head figures and a table of items × answers, checked as the clerk types. */
export function CountsEntry({ roundId, onDone }: { roundId: string; onDone: () => void }) {
  const round = useSurveyRound(roundId);
  if (round === undefined) return <Spin />;
  if (round === null) {
    return <Alert type="warning" showIcon title={t('surveys.detail.notFound')} />;
  }
  return <CountsForm round={round} onDone={onDone} />;
}

type Heads = { distributed: number; returned: number; valid: number };

function CountsForm({ round, onDone }: { round: SurveyRound; onDone: () => void }) {
  const { message } = App.useApp();
  const actions = useSurveyActions();
  const questions = useMemo(() => surveyQuestions(round), [round]);
  const [heads, setHeads] = useState<Heads>({
    distributed: round.distributed,
    returned: round.returned,
    valid: round.valid,
  });
  const [counts, setCounts] = useState<Record<string, AnswerCounts>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, { ...emptyCounts(), ...round.counts[q.id] }])),
  );
  const [suggestions, setSuggestions] = useState(round.suggestions.join('\n'));
  const problems = useMemo(
    () => checkSurveyCounts({ ...round, ...heads, counts }),
    [round, heads, counts],
  );
  const problemAt = (field: string) => problems.find((p) => p.field === field);

  const setCount = (id: string, answer: SurveyAnswer, value: number | null) =>
    setCounts((all) => ({ ...all, [id]: { ...(all[id] ?? emptyCounts()), [answer]: value ?? 0 } }));

  const save = async () => {
    try {
      await actions.save({
        id: round.id,
        content: {
          ...roundContent(round),
          ...heads,
          counts,
          suggestions: suggestions.split('\n'),
        },
      });
      void message.success(t('surveys.counts.saved'));
      onDone();
    } catch (error) {
      void message.error(error instanceof SurveyError ? error.message : String(error));
    }
  };
  useSaveShortcut(() => void save());

  const headField = (name: keyof Heads, label: string) => {
    const problem = problemAt(name);
    return (
      <Col xs={24} md={8}>
        <Form.Item
          label={label}
          {...(problem ? { validateStatus: 'error' as const, help: render(problem.message) } : {})}
        >
          <InputNumber
            id={`survey-${name}`}
            min={0}
            style={{ width: '100%' }}
            value={heads[name]}
            onChange={(value) => setHeads((h) => ({ ...h, [name]: value ?? 0 }))}
          />
        </Form.Item>
      </Col>
    );
  };

  return (
    <Form layout="vertical" component="div" data-testid="survey-counts">
      <Card
        title={t('surveys.counts.title', { title: round.title })}
        extra={
          <Space>
            <Button onClick={onDone}>{t('surveys.form.cancel')}</Button>
            <Button type="primary" onClick={() => void save()} data-testid="survey-counts-save">
              {t('surveys.counts.save')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('surveys.counts.hint')}</Typography.Paragraph>
        <Row gutter={16}>
          {headField('distributed', t('surveys.field.distributed'))}
          {headField('returned', t('surveys.field.returned'))}
          {headField('valid', t('surveys.field.valid'))}
        </Row>
        <Table<SurveyQuestion>
          rowKey="id"
          size="small"
          bordered
          pagination={false}
          dataSource={questions}
          rowClassName={(q) => (problemAt(`counts.${q.id}`) ? 'survey-row-over' : '')}
          columns={[
            {
              key: 'question',
              title: t('surveys.results.col.question'),
              render: (_, q) => (
                <span>
                  {q.part === 'cadre' ? (
                    <Typography.Text type="secondary">{t('surveys.part.cadre')} </Typography.Text>
                  ) : null}
                  {q.number}. {q.label}
                </span>
              ),
            },
            ...SURVEY_ANSWERS.map((answer) => ({
              key: answer,
              title: t(SURVEY_ANSWER_LABELS[answer]),
              width: 110,
              render: (_: unknown, q: SurveyQuestion) => {
                const index = questions.indexOf(q);
                return (
                  <InputNumber
                    id={`survey-count-${index}-${answer}`}
                    aria-label={t('surveys.counts.cell', {
                      question: q.label,
                      answer: t(SURVEY_ANSWER_LABELS[answer]),
                    })}
                    min={0}
                    status={problemAt(`counts.${q.id}.${answer}`) ? 'error' : undefined}
                    style={{ width: '100%' }}
                    value={counts[q.id]?.[answer] ?? 0}
                    onChange={(value) => setCount(q.id, answer, value)}
                  />
                );
              },
            })),
            {
              key: 'total',
              title: t('surveys.counts.rowTotal'),
              width: 110,
              align: 'right' as const,
              render: (_, q) => {
                const total = countsTotal(counts[q.id] ?? emptyCounts());
                return problemAt(`counts.${q.id}`) ? (
                  <Typography.Text
                    type="danger"
                    data-testid={`survey-total-${questions.indexOf(q)}`}
                  >
                    {total} / {heads.valid}
                  </Typography.Text>
                ) : (
                  <span data-testid={`survey-total-${questions.indexOf(q)}`}>
                    {total} / {heads.valid}
                  </span>
                );
              },
            },
          ]}
        />
        {problems.length > 0 ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            data-testid="survey-count-errors"
            title={t('surveys.form.errors')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.map((p) => (
                  <li key={p.field}>{render(p.message)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Form.Item label={t('surveys.field.suggestions')} style={{ marginTop: 16 }}>
          <Input.TextArea
            id="survey-suggestions"
            rows={4}
            value={suggestions}
            placeholder={t('surveys.counts.suggestionsPlaceholder')}
            onChange={(e) => setSuggestions(e.target.value)}
          />
        </Form.Item>
      </Card>
    </Form>
  );
}
