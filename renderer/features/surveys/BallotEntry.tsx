import { useSaveShortcut } from '../../app/useSaveShortcut';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
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
  Typography,
} from 'antd';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { render, t } from '../../../shared/i18n';
import { checkBallotCount } from '../../../shared/surveys/check';
import {
  SURVEY_ANSWER_LABELS,
  SURVEY_ANSWERS,
  surveyQuestions,
  type SurveyBallot,
  type SurveyRound,
} from '../../../shared/surveys/model';
import { SurveyError } from '../../db/surveys';
import {
  addBallot,
  applyKey,
  gridBallots,
  gridFromBallots,
  gridTally,
  markSaved,
  removeBallot,
  type GridState,
} from './ballot-grid';
import { useSurveyActions, useSurveyBallots, useSurveyRound } from './useSurveys';

/** 逐张录入选票: a keyboard grid, one row per paper ballot, with a running tally. */
export function BallotEntry({ roundId, onDone }: { roundId: string; onDone: () => void }) {
  const round = useSurveyRound(roundId);
  const ballots = useSurveyBallots(roundId);
  if (round === undefined || ballots === undefined) return <Spin />;
  if (round === null || round.entry !== 'ballots') {
    return (
      <Alert
        type="warning"
        showIcon
        title={round ? t('surveys.error.notBallotEntry') : t('surveys.detail.notFound')}
        action={<Button onClick={onDone}>{t('surveys.detail.back')}</Button>}
      />
    );
  }
  // The grid is read once: while it is open it is the truth, until it is saved.
  return <BallotForm round={round} stored={ballots} onDone={onDone} />;
}

const SHORT: Record<(typeof SURVEY_ANSWERS)[number], string> = {
  satisfied: '1',
  basic: '2',
  unsatisfied: '3',
  unknown: '4',
};

function BallotForm({
  round,
  stored,
  onDone,
}: {
  round: SurveyRound;
  stored: SurveyBallot[];
  onDone: () => void;
}) {
  const { message, modal } = App.useApp();
  const actions = useSurveyActions();
  const questions = useMemo(() => surveyQuestions(round), [round]);
  const questionIds = useMemo(() => questions.map((q) => q.id), [questions]);
  const [grid, setGrid] = useState<GridState>(() => gridFromBallots(stored, questionIds));
  const [distributed, setDistributed] = useState(round.distributed);
  const [returned, setReturned] = useState(round.returned);
  const [suggestions, setSuggestions] = useState(round.suggestions.join('\n'));
  const [headsDirty, setHeadsDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const focusGrid = useRef(false);
  const tally = useMemo(() => gridTally(grid), [grid]);
  const over = checkBallotCount(tally.ballots, returned)[0];
  const dirty = grid.dirty || headsDirty;

  useEffect(() => {
    if (!focusGrid.current) return;
    const cell = table.current?.querySelector<HTMLElement>(`[data-cell="${grid.row}-${grid.col}"]`);
    cell?.focus();
  }, [grid.row, grid.col, grid.rows.length]);

  const move = (next: GridState) => {
    focusGrid.current = true;
    setGrid(next);
  };

  const save = async () => {
    setSaving(true);
    try {
      const { ballots } = await actions.saveBallots(round.id, {
        distributed,
        returned,
        suggestions: suggestions.split('\n'),
        ballots: gridBallots(grid, questionIds),
      });
      setGrid((g) =>
        markSaved(
          g,
          ballots.map((b) => b.id),
        ),
      );
      setHeadsDirty(false);
      void message.success(t('surveys.ballots.saved', { count: ballots.length }));
    } catch (error) {
      void message.error(error instanceof SurveyError ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };
  useSaveShortcut(() => void save());

  const leave = () => {
    if (!dirty) return onDone();
    modal.confirm({
      title: t('surveys.form.leave'),
      okText: t('surveys.form.back'),
      cancelText: t('surveys.form.cancel'),
      onOk: onDone,
    });
  };

  const onGridKey = (event: ReactKeyboardEvent<HTMLTableElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = applyKey(grid, event.key);
    if (!next) return;
    event.preventDefault();
    move(next);
  };

  return (
    <Form layout="vertical" component="div" data-testid="survey-ballots">
      <Card
        title={t('surveys.ballots.title', { title: round.title })}
        extra={
          <Space>
            {dirty ? (
              <Typography.Text type="warning">{t('surveys.ballots.unsaved')}</Typography.Text>
            ) : null}
            <Button onClick={leave}>{t('surveys.detail.back')}</Button>
            <Button
              type="primary"
              loading={saving}
              onClick={() => void save()}
              title={t('surveys.form.shortcut')}
              data-testid="survey-ballots-save"
            >
              {t('surveys.ballots.save')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('surveys.ballots.hint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item label={t('surveys.field.distributed')}>
              <InputNumber
                id="survey-distributed"
                min={0}
                style={{ width: '100%' }}
                value={distributed}
                onChange={(v) => {
                  setDistributed(v ?? 0);
                  setHeadsDirty(true);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('surveys.field.returned')}>
              <InputNumber
                id="survey-returned"
                min={0}
                style={{ width: '100%' }}
                value={returned}
                onChange={(v) => {
                  setReturned(v ?? 0);
                  setHeadsDirty(true);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <div className="survey-ballot-tally" data-testid="survey-ballot-tally">
              {t('surveys.ballots.tally', { count: tally.ballots, returned })}
            </div>
          </Col>
        </Row>
        {over ? (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={render(over.message)} />
        ) : null}
        <div className="survey-grid-scroll">
          <table
            ref={table}
            className="survey-grid"
            role="grid"
            aria-label={t('surveys.ballots.title', { title: round.title })}
            onKeyDown={onGridKey}
            data-testid="survey-grid"
          >
            <thead>
              <tr>
                <th className="survey-grid-no">{t('surveys.ballots.no')}</th>
                {questions.map((q) => (
                  <th key={q.id} title={q.label} className={`survey-grid-head part-${q.part}`}>
                    <span className="survey-grid-head-no">
                      {q.part === 'union'
                        ? q.number
                        : t('surveys.ballots.cadreNo', { n: q.number })}
                    </span>
                    <span className="survey-grid-head-label">{q.label}</span>
                  </th>
                ))}
                <th className="survey-grid-actions" />
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row, r) => (
                <tr key={row.key} data-testid={`survey-grid-row-${r}`}>
                  <td className="survey-grid-no">{r + 1}</td>
                  {row.answers.map((answer, c) => {
                    const current = r === grid.row && c === grid.col;
                    return (
                      <td
                        key={questionIds[c]}
                        role="gridcell"
                        data-cell={`${r}-${c}`}
                        data-answer={answer ?? ''}
                        tabIndex={current ? 0 : -1}
                        aria-label={t('surveys.ballots.cell', {
                          n: r + 1,
                          question: questions[c]?.label ?? '',
                        })}
                        className={`survey-grid-cell${answer ? ` answer-${answer}` : ''}${current ? ' current' : ''}`}
                        onClick={() => move({ ...grid, row: r, col: c })}
                      >
                        {answer ? t(SURVEY_ANSWER_LABELS[answer]) : ''}
                      </td>
                    );
                  })}
                  <td className="survey-grid-actions">
                    <Button
                      size="small"
                      type="text"
                      tabIndex={-1}
                      icon={<DeleteOutlined />}
                      aria-label={t('surveys.ballots.removeRow', { n: r + 1 })}
                      onClick={() => move(removeBallot(grid, r))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {SURVEY_ANSWERS.map((answer) => (
                <tr key={answer} className="survey-grid-tally">
                  <th>
                    {SHORT[answer]} {t(SURVEY_ANSWER_LABELS[answer])}
                  </th>
                  {tally.columns.map((counts, c) => (
                    <td key={questionIds[c]} data-testid={`survey-tally-${c}-${answer}`}>
                      {counts[answer]}
                    </td>
                  ))}
                  <td />
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
        <Space style={{ margin: '12px 0' }}>
          <Button icon={<PlusOutlined />} onClick={() => move(addBallot(grid))}>
            {t('surveys.ballots.add')}
          </Button>
          <Typography.Text type="secondary">{t('surveys.ballots.privacy')}</Typography.Text>
        </Space>
        <Form.Item label={t('surveys.field.suggestions')}>
          <Input.TextArea
            id="survey-suggestions"
            rows={3}
            value={suggestions}
            placeholder={t('surveys.counts.suggestionsPlaceholder')}
            onChange={(e) => {
              setSuggestions(e.target.value);
              setHeadsDirty(true);
            }}
          />
        </Form.Item>
      </Card>
    </Form>
  );
}
