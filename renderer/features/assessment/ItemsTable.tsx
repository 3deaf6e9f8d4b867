import { Button, Input, InputNumber, Space, Typography } from 'antd';
import { render, t } from '../../../shared/i18n';
import type { AssessmentScore, ItemScore } from '../../../shared/assessment/score';
import type { Standard } from '../../../shared/standard/model';
import {
  entryOf,
  points,
  scoreOf,
  type AssessmentDraft,
  type EntryDraft,
} from './assessment-draft';
import { EvidenceLinks } from './EvidenceLinks';

/**
 * The items of the standard by area: 标准分, the proposal with its explanation and evidence, the
 * clerk's score (a reason is required above the proposal), and the note.
 */
export function ItemsTable({
  standard,
  score,
  draft,
  locked,
  onChange,
}: {
  standard: Standard;
  score: AssessmentScore;
  draft: AssessmentDraft;
  locked: boolean;
  onChange: (itemId: string, patch: Partial<EntryDraft>) => void;
}) {
  const byId = new Map(score.items.map((item) => [item.itemId, item]));
  return (
    <table className="assessment-items" data-testid="assessment-items">
      <thead>
        <tr>
          <th>{t('assessmentUi.col.item')}</th>
          <th className="num">{t('assessmentUi.col.max')}</th>
          <th>{t('assessmentUi.col.proposed')}</th>
          <th className="num">{t('assessmentUi.col.score')}</th>
          <th>{t('assessmentUi.col.note')}</th>
        </tr>
      </thead>
      {standard.areas.map((area) => {
        const items = standard.items.filter((item) => item.area === area.id);
        const subtotal = items.reduce((sum, item) => {
          const scored = byId.get(item.id);
          return sum + (scored ? scoreOf(draft, scored) : 0);
        }, 0);
        return (
          <tbody key={area.id}>
            <tr className="area-row">
              <th colSpan={5}>
                {t('assessmentUi.area.subtotal', {
                  label: area.label,
                  score: points(subtotal),
                  max: points(area.pointsTenths),
                })}
              </th>
            </tr>
            {items.map((item) => {
              const scored = byId.get(item.id);
              return scored ? (
                <ItemRow
                  key={item.id}
                  title={`${item.id} ${item.title}`}
                  scored={scored}
                  entry={entryOf(draft, item.id)}
                  value={scoreOf(draft, scored)}
                  locked={locked}
                  onChange={(patch) => onChange(item.id, patch)}
                />
              ) : null;
            })}
          </tbody>
        );
      })}
    </table>
  );
}

function ItemRow({
  title,
  scored,
  entry,
  value,
  locked,
  onChange,
}: {
  title: string;
  scored: ItemScore;
  entry: EntryDraft;
  value: number;
  locked: boolean;
  onChange: (patch: Partial<EntryDraft>) => void;
}) {
  const raised = value > scored.proposedTenths;
  const needsReason = raised && entry.reason.trim() === '';
  const id = `item-${scored.itemId}`;
  return (
    <tr data-testid={id}>
      <td className="item-title">{title}</td>
      <td className="num">{points(scored.maxTenths)}</td>
      <td className="proposal">
        <div>
          <Typography.Text strong>{points(scored.proposedTenths)}</Typography.Text>{' '}
          {render(scored.explanation)}
        </div>
        <EvidenceLinks evidence={scored.evidence} />
      </td>
      <td className="num">
        <Space orientation="vertical" size={4}>
          <InputNumber
            id={`${id}-score`}
            aria-label={`${title} ${t('assessmentUi.col.score')}`}
            min={0}
            max={scored.maxTenths / 10}
            step={0.5}
            precision={1}
            disabled={locked}
            status={needsReason ? 'error' : undefined}
            value={value / 10}
            onChange={(next) =>
              onChange({ scoreTenths: next === null ? null : Math.round(next * 10) })
            }
            style={{ width: 84 }}
          />
          {entry.scoreTenths !== null && entry.scoreTenths !== scored.proposedTenths && !locked ? (
            <Button
              size="small"
              type="link"
              onClick={() => onChange({ scoreTenths: null, reason: '' })}
            >
              {t('assessmentUi.useProposal')}
            </Button>
          ) : null}
        </Space>
      </td>
      <td className="note">
        {raised ? (
          <Input
            id={`${id}-reason`}
            aria-label={t('assessmentUi.reason')}
            placeholder={t('assessmentUi.reasonPlaceholder')}
            status={needsReason ? 'error' : undefined}
            disabled={locked}
            value={entry.reason}
            onChange={(event) => onChange({ reason: event.target.value })}
            addonBefore={t('assessmentUi.reason')}
            style={{ marginBottom: 4 }}
          />
        ) : null}
        <Input.TextArea
          id={`${id}-note`}
          aria-label={`${title} ${t('assessmentUi.col.note')}`}
          placeholder={t('assessmentUi.notePlaceholder')}
          autoSize={{ minRows: 1, maxRows: 6 }}
          disabled={locked}
          value={entry.note}
          onChange={(event) => onChange({ note: event.target.value })}
        />
      </td>
    </tr>
  );
}
