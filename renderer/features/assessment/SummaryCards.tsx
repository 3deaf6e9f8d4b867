import { Button, Card, Checkbox, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { render, t } from '../../../shared/i18n';
import type { AssessmentScore, BandResult } from '../../../shared/assessment/score';
import type { Standard } from '../../../shared/standard/model';
import { points, type AssessmentDraft } from './assessment-draft';
import { EvidenceLinks } from './EvidenceLinks';
import { LINK_TARGETS } from './links';
import { RadarChart } from './RadarChart';

/** "还差什么" lists the first few (failing gates come first); the rest on request. */
const MISSING_SHOWN = 6;

const GATE_COLORS = { pass: 'success', fail: 'error', unknown: 'warning' } as const;

export function bandLabel(standard: Standard, band: string | null): string {
  return band === null
    ? t('assessment.band.none')
    : (standard.bands.find((b) => b.id === band)?.label ?? band);
}

/** Total, band and what caps it, with the radar of the areas. */
export function TotalCard({
  standard,
  score,
  result,
}: {
  standard: Standard;
  score: AssessmentScore;
  result: BandResult;
}) {
  const labels = new Map(standard.areas.map((a) => [a.id, a.shortLabel ?? a.label]));
  return (
    <Card size="small" className="assessment-total">
      <Space align="start" wrap size="large" style={{ width: '100%' }}>
        <div style={{ minWidth: 220 }}>
          <Typography.Text type="secondary">{t('assessmentUi.total')}</Typography.Text>
          <div className="assessment-total-figure" data-testid="assessment-total">
            {points(result.totalTenths)}
            <small> / {points(standard.totalTenths)}</small>
          </div>
          <Typography.Text type="secondary">
            {t('assessmentUi.proposedTotal', { points: points(score.proposedTotalTenths) })}
          </Typography.Text>
          <div style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{t('assessmentUi.band')}：</Typography.Text>
            <Tag color={result.band ? 'red' : 'default'} data-testid="assessment-band">
              {bandLabel(standard, result.band)}
            </Tag>
          </div>
          {result.cappedBy.length > 0 ? (
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{t('assessmentUi.cappedBy')}</Typography.Text>
              <ul className="plain-list">
                {result.cappedBy.map((cap, i) => (
                  <li key={i}>{render(cap.message)}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <div style={{ flex: 1, minWidth: 320 }}>
          <RadarChart
            testId="assessment-radar"
            data={result.areas.map((area) => ({
              label: labels.get(area.areaId) ?? area.areaId,
              value: area.proposedTenths,
              max: area.maxTenths,
            }))}
          />
        </div>
      </Space>
    </Card>
  );
}

/** 必备条件: each gate's state with why; a declaration gate is confirmed by the clerk. */
export function GatesCard({
  standard,
  score,
  draft,
  locked,
  onGate,
}: {
  standard: Standard;
  score: AssessmentScore;
  draft: AssessmentDraft;
  locked: boolean;
  onGate: (gateId: string, state: 'pass' | null) => void;
}) {
  return (
    <Card size="small" title={t('assessmentUi.gates')} data-testid="assessment-gates">
      <List
        size="small"
        dataSource={score.gates}
        renderItem={(gate) => {
          const def = standard.gates.find((g) => g.id === gate.gateId);
          const decided = draft.gates[gate.gateId];
          const state = decided ?? gate.state;
          return (
            <List.Item data-testid={`gate-${gate.gateId}`} data-state={state}>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <Tag color={GATE_COLORS[state]}>{t(`assessmentUi.gate.${state}`)}</Tag>
                  <Typography.Text strong>
                    {gate.gateId} {def?.label}
                  </Typography.Text>
                </Space>
                <Typography.Text type="secondary">{render(gate.message)}</Typography.Text>
                {gate.evidence.length ? <EvidenceLinks evidence={gate.evidence} /> : null}
                {def?.condition.kind === 'declaration' ? (
                  <Checkbox
                    disabled={locked}
                    checked={decided === 'pass'}
                    onChange={(event) => onGate(gate.gateId, event.target.checked ? 'pass' : null)}
                  >
                    {t('assessmentUi.gate.confirm')}
                  </Checkbox>
                ) : null}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/** 还差什么: what would reach the next band, each with where to fix it. */
export function MissingCard({ standard, result }: { standard: Standard; result: BandResult }) {
  const [all, setAll] = useState(false);
  const shown = all ? result.missing : result.missing.slice(0, MISSING_SHOWN);
  return (
    <Card
      size="small"
      title={
        result.nextBand
          ? `${t('assessmentUi.missing')} · ${t('assessmentUi.next', { band: bandLabel(standard, result.nextBand) })}`
          : t('assessmentUi.missing')
      }
      data-testid="assessment-missing"
    >
      {result.missing.length === 0 ? (
        <Typography.Text type="secondary">{t('assessmentUi.missing.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={shown}
          footer={
            result.missing.length > MISSING_SHOWN ? (
              <Button type="link" size="small" onClick={() => setAll((v) => !v)}>
                {all
                  ? t('assessmentUi.missing.fewer')
                  : t('assessmentUi.missing.all', { count: result.missing.length })}
              </Button>
            ) : null
          }
          renderItem={(entry) => (
            <List.Item
              actions={
                entry.link
                  ? [
                      <a key="go" href={LINK_TARGETS[entry.link].href}>
                        {t(LINK_TARGETS[entry.link].label)}
                      </a>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <Tag>{entry.id}</Tag>
                <span>{render(entry.message)}</span>
                {entry.gainTenths ? (
                  <Typography.Text type="success">
                    {t('assessmentUi.missing.gain', { points: points(entry.gainTenths) })}
                  </Typography.Text>
                ) : null}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
