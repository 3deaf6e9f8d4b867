import { useSaveShortcut } from '../../app/useSaveShortcut';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Spin,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { render, t } from '../../../shared/i18n';
import { checkSurveyRound } from '../../../shared/surveys/check';
import {
  SURVEY_ENTRY_MODES,
  SURVEY_METHOD_LABELS,
  SURVEY_METHODS,
  type SurveyRoundContent,
} from '../../../shared/surveys/model';
import { localToday } from '../../../shared/validation/date';
import { SurveyError } from '../../db/surveys';
import { useProfile } from '../profile/useProfile';
import { CadresSection } from './CadresSection';
import { ItemsSection } from './ItemsSection';
import { newRoundContent, roundContent } from './round-draft';
import {
  useStandardSurveyItems,
  useSurveyActions,
  useSurveyBallots,
  useSurveyRound,
} from './useSurveys';

/** The form of a new round, or of a round's set-up (title, period, method, items, cadres). */
export function RoundEditor({
  roundId,
  onDone,
  onCancel,
}: {
  roundId: string | null;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const loaded = useSurveyRound(roundId);
  const profile = useProfile();
  const today = localToday();
  // A new round ends today by default, so it is of this year and takes this year's standard's items.
  const standardItems = useStandardSurveyItems(Number(today.slice(0, 4)));
  if (roundId && loaded === undefined) return <Spin />;
  if (profile.status !== 'ready') return <Spin />;
  if (!roundId && !standardItems) return <Spin />;
  if (roundId && !loaded) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('surveys.detail.notFound')}
        action={<Button onClick={onCancel}>{t('surveys.detail.back')}</Button>}
      />
    );
  }
  const initial = loaded
    ? roundContent(loaded)
    : newRoundContent(today, profile.profile?.chairName, standardItems ?? []);
  return <EditorForm roundId={roundId} initial={initial} onDone={onDone} onCancel={onCancel} />;
}

function EditorForm({
  roundId,
  initial,
  onDone,
  onCancel,
}: {
  roundId: string | null;
  initial: SurveyRoundContent;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const { message, modal } = App.useApp();
  const actions = useSurveyActions();
  const ballots = useSurveyBallots(roundId ?? '');
  const ballotCount = roundId ? (ballots?.length ?? 0) : 0;
  const [content, setContent] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const standardItems = useStandardSurveyItems(Number(content.endedOn.slice(0, 4)));
  const patch = (p: Partial<SurveyRoundContent>) => {
    setContent((c) => ({ ...c, ...p }));
    setDirty(true);
  };
  const problems = useMemo(() => checkSurveyRound(content), [content]);
  const problemAt = (field: string) => problems.find((p) => p.field === field);

  const save = async () => {
    try {
      const saved = await actions.save({ ...(roundId ? { id: roundId } : {}), content });
      void message.success(t('surveys.form.saved', { title: saved.title }));
      onDone(saved.id);
    } catch (error) {
      void message.error(error instanceof SurveyError ? error.message : String(error));
    }
  };
  useSaveShortcut(() => void save());

  const cancel = () => {
    if (!dirty) return onCancel();
    modal.confirm({
      title: t('surveys.form.leave'),
      okText: t('surveys.form.back'),
      cancelText: t('surveys.form.cancel'),
      onOk: onCancel,
    });
  };

  const field = (name: string) => {
    const problem = problemAt(name);
    return problem ? { validateStatus: 'error' as const, help: render(problem.message) } : {};
  };

  return (
    <Form layout="vertical" component="div" data-testid="survey-editor">
      <Card
        title={roundId ? t('surveys.form.editTitle') : t('surveys.form.newTitle')}
        extra={
          <Space>
            <Button onClick={cancel}>{t('surveys.form.cancel')}</Button>
            <Button
              type="primary"
              onClick={() => void save()}
              title={t('surveys.form.shortcut')}
              data-testid="survey-save"
            >
              {t('surveys.form.save')}
            </Button>
          </Space>
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={24}>
            <Form.Item label={t('surveys.field.title')} required {...field('title')}>
              <Input
                id="survey-title"
                value={content.title}
                maxLength={100}
                onChange={(e) => patch({ title: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('surveys.field.startedOn')} required {...field('startedOn')}>
              <DatePicker
                id="survey-started"
                style={{ width: '100%' }}
                allowClear={false}
                value={dayjs(content.startedOn)}
                onChange={(value) => value && patch({ startedOn: value.format('YYYY-MM-DD') })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('surveys.field.endedOn')} required {...field('endedOn')}>
              <DatePicker
                id="survey-ended"
                style={{ width: '100%' }}
                allowClear={false}
                value={dayjs(content.endedOn)}
                onChange={(value) => value && patch({ endedOn: value.format('YYYY-MM-DD') })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('surveys.field.method')}>
              <Select
                id="survey-method"
                value={content.method}
                onChange={(method) => patch({ method })}
                options={SURVEY_METHODS.map((m) => ({
                  value: m,
                  label: t(SURVEY_METHOD_LABELS[m]),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label={t('surveys.field.methodNote')}>
              <Input
                id="survey-method-note"
                value={content.methodNote}
                maxLength={200}
                onChange={(e) => patch({ methodNote: e.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label={t('surveys.field.entry')}
              extra={
                ballotCount > 0
                  ? t('surveys.entry.locked', { count: ballotCount })
                  : t(
                      content.entry === 'ballots'
                        ? 'surveys.entry.ballotsHint'
                        : 'surveys.entry.countsHint',
                    )
              }
            >
              <Radio.Group
                value={content.entry}
                disabled={ballotCount > 0}
                onChange={(e) => patch({ entry: e.target.value as SurveyRoundContent['entry'] })}
                options={SURVEY_ENTRY_MODES.map((mode) => ({
                  value: mode,
                  label: t(`surveys.entry.${mode}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        {ballotCount > 0 ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('surveys.form.ballotsExist', { count: ballotCount })}
          />
        ) : null}
        <ItemsSection
          items={content.items}
          defaults={standardItems}
          problems={problems}
          onChange={(items) => patch({ items })}
        />
        <CadresSection
          cadres={content.cadres}
          problems={problems}
          onChange={(cadres) => patch({ cadres })}
        />
        {problems.length > 0 && dirty ? (
          <Alert
            type="error"
            showIcon
            data-testid="survey-errors"
            title={t('surveys.form.errors')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {problems.map((p) => (
                  <li key={`${p.field}-${render(p.message)}`}>{render(p.message)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Card>
    </Form>
  );
}
