import { useSaveShortcut } from '../../app/useSaveShortcut';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Input,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useMemo, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { Assessment } from '../../../shared/assessment/record';
import { assessBand } from '../../../shared/assessment/score';
import { statisticsPeriod, type PeriodKind } from '../../../shared/members/stats';
import { localToday } from '../../../shared/validation/date';
import { AssessmentError } from '../../db/assessments';
import {
  draftFrom,
  finalScores,
  patchEntry,
  setGate,
  toEntries,
  type AssessmentDraft,
} from './assessment-draft';
import { currentAssessmentYear } from '../home/home-overview';
import { ItemsTable } from './ItemsTable';
import { AssessmentPrintButton } from './print';
import { StandardPicker } from './StandardPicker';
import { GatesCard, MissingCard, TotalCard } from './SummaryCards';
import { useAssessmentActions } from './useAssessmentActions';
import { useAssessmentData, usePeriodKind, type AssessmentData } from './useAssessment';

/** 年度自评: proposals from the records, the clerk's scores, gates, band, and finalising. */
export function AssessmentPage() {
  const kind = usePeriodKind();
  // Until the clerk picks one: the assessment year today falls in (Oct–Dec belong to the next
  // Oct–Sep year), the same year the 工作台 shows.
  const [picked, setPicked] = useState<number | null>(null);
  if (!kind) return <Spin />;
  const year = picked ?? currentAssessmentYear(kind, localToday());
  return <YearAssessment key={`${year}-${kind}`} year={year} kind={kind} onYear={setPicked} />;
}

function YearAssessment({
  year,
  kind,
  onYear,
}: {
  year: number;
  kind: PeriodKind;
  onYear: (year: number) => void;
}) {
  const data = useAssessmentData(year, kind);
  const actions = useAssessmentActions();
  const period = statisticsPeriod(kind, year);
  const current = new Date().getFullYear();
  const years = [current + 1, current, current - 1, current - 2, current - 3];
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="assessment-page"
    >
      <Card size="small">
        <Space wrap size="middle">
          <Select
            aria-label={t('assessmentUi.year')}
            value={year}
            style={{ width: 110 }}
            options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
            onChange={onYear}
          />
          <Segmented<PeriodKind>
            value={kind}
            options={[
              { value: 'calendar', label: t('assessmentUi.period.calendar') },
              { value: 'octSep', label: t('assessmentUi.period.octSep') },
            ]}
            onChange={(next) => void actions.setPeriodKind(next)}
          />
          <Typography.Text type="secondary">
            {t('assessmentUi.period.range', { start: period.start, end: period.end })}
          </Typography.Text>
        </Space>
      </Card>
      {data ? (
        <Editor key={data.revisions[0]?.id ?? 'new'} year={year} kind={kind} data={data} />
      ) : (
        <Card>
          <Spin description={t('assessmentUi.loading')} />
        </Card>
      )}
    </Space>
  );
}

function statusText(current: Assessment | undefined): string {
  if (!current) return t('assessmentUi.status.none');
  return current.status === 'final'
    ? t('assessmentUi.status.final', { revision: current.revision })
    : t('assessmentUi.status.draft', { revision: current.revision });
}

function Editor({ year, kind, data }: { year: number; kind: PeriodKind; data: AssessmentData }) {
  const { message, modal } = App.useApp();
  const actions = useAssessmentActions();
  const { standard } = data.loaded;
  const current = data.revisions[0];
  const locked = current?.status === 'final';
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftFrom(current));
  // The confirm dialog's content renders once; the reason typed in it is read on OK.
  const reviseReason = useRef('');
  const max = useMemo(() => new Map(standard.items.map((i) => [i.id, i.pointsTenths])), [standard]);
  const result = useMemo(
    () => assessBand(standard, data.score, finalScores(draft, data.score)),
    [standard, data.score, draft],
  );
  const standardRef = { id: standard.id, version: standard.version, hash: standard.contentHash };

  const report = (error: unknown) =>
    void message.error(
      error instanceof AssessmentError || error instanceof Error ? error.message : String(error),
    );

  const save = async (): Promise<boolean> => {
    try {
      await actions.save({
        year,
        periodKind: kind,
        standard: standardRef,
        items: toEntries(draft, data.score),
        gateDecisions: { ...draft.gates },
        maxTenths: max,
      });
      setDraft((d) => ({ ...d, dirty: false }));
      void message.success(t('assessmentUi.saved'));
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };
  useSaveShortcut(() => {
    if (!locked) void save();
  });

  const finalise = () =>
    modal.confirm({
      title: t('assessmentUi.finalise'),
      content: t('assessmentUi.finaliseConfirm'),
      okText: t('assessmentUi.finalise'),
      cancelText: t('assessmentUi.cancel'),
      onOk: async () => {
        if (!(await save())) return;
        try {
          await actions.finalise(
            year,
            {
              totalTenths: result.totalTenths,
              band: result.band,
              gates: data.score.gates.map((g) => ({
                gateId: g.gateId,
                state: draft.gates[g.gateId] ?? g.state,
              })),
            },
            max,
          );
          void message.success(t('assessmentUi.finalised', { year }));
        } catch (error) {
          report(error);
        }
      },
    });

  const revise = () =>
    modal.confirm({
      title: t('assessmentUi.revise'),
      content: (
        <Input.TextArea
          aria-label={t('assessmentUi.reviseReason')}
          placeholder={t('assessmentUi.reviseReason')}
          onChange={(event) => {
            reviseReason.current = event.target.value;
          }}
        />
      ),
      okText: t('assessmentUi.revise'),
      cancelText: t('assessmentUi.cancel'),
      onOk: async () => {
        try {
          const next = await actions.startRevision(year, reviseReason.current);
          void message.success(t('assessmentUi.revised', { revision: next.revision }));
        } catch (error) {
          report(error);
          throw error;
        }
      },
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{t('assessmentUi.title')}</span>
            <Tag
              color={locked ? 'green' : current ? 'gold' : 'default'}
              data-testid="assessment-status"
            >
              {statusText(current)}
            </Tag>
            {draft.dirty ? <Tag color="orange">{t('assessmentUi.unsaved')}</Tag> : null}
          </Space>
        }
        extra={
          <Space wrap>
            <AssessmentPrintButton
              year={year}
              kind={kind}
              entries={
                new Map(
                  toEntries(draft, data.score).map((entry) => [
                    entry.itemId,
                    {
                      scoreTenths: entry.scoreTenths,
                      note: entry.note,
                      ...(entry.reason ? { reason: entry.reason } : {}),
                    },
                  ]),
                )
              }
              gateDecisions={{ ...draft.gates }}
            />
            {locked ? (
              <Button onClick={revise}>{t('assessmentUi.revise')}</Button>
            ) : (
              <>
                <Button onClick={() => void save()} data-testid="assessment-save">
                  {t('assessmentUi.save')}
                </Button>
                <Button type="primary" onClick={finalise} data-testid="assessment-finalise">
                  {t('assessmentUi.finalise')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        <StandardPicker year={year} standard={standard} locked={locked} />
        {data.loaded.problem ? (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title={data.loaded.problem} />
        ) : null}
      </Card>
      <TotalCard standard={standard} score={data.score} result={result} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <GatesCard
            standard={standard}
            score={data.score}
            draft={draft}
            locked={locked}
            onGate={(gateId, state) => setDraft((d) => setGate(d, gateId, state))}
          />
        </Col>
        <Col xs={24} lg={12}>
          <MissingCard standard={standard} result={result} />
        </Col>
      </Row>
      <Card size="small">
        <ItemsTable
          standard={standard}
          score={data.score}
          draft={draft}
          locked={locked}
          onChange={(itemId, patch) => setDraft((d) => patchEntry(d, itemId, patch))}
        />
      </Card>
      {data.revisions.length > 0 ? (
        <Card size="small" title={t('assessmentUi.history')}>
          <Timeline
            items={data.revisions.map((r) => ({
              color: r.status === 'final' ? 'green' : 'gray',
              content: t('assessmentUi.history.item', {
                revision: r.revision,
                status: t(
                  r.status === 'final'
                    ? 'assessmentUi.history.final'
                    : 'assessmentUi.history.draft',
                ),
                when: (r.finalisedAt ?? r.updatedAt).slice(0, 10),
                reason: r.revisionReason ? `（${r.revisionReason}）` : '',
              }),
            }))}
          />
        </Card>
      ) : null}
    </Space>
  );
}
