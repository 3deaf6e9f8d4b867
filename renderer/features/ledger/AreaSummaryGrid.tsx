import { Badge, Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { t } from '../../../shared/i18n';
import { AREA_LABELS, AREA_SHORT_LABELS, type AreaId } from '../../../shared/campaign/areas';
import type { AreaSummary } from '../../../shared/ledger/summary';
import type { LedgerEntryRow } from '../../db/ledger';

const EMPTY_STYLE = {
  borderStyle: 'dashed',
  borderColor: '#fa8c16',
  background: '#fffaf3',
} as const;
const SELECTED_STYLE = { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' } as const;

/**
 * One card per campaign area with what was done in the period: the count, participants and the
 * newest titles. An area with nothing is drawn dashed and marked 空缺, so the gap is seen before
 * the self-assessment finds it. A card is a toggle that filters the list to its area.
 */
export function AreaSummaryGrid({
  summaries,
  selected,
  onSelect,
}: {
  summaries: readonly AreaSummary<LedgerEntryRow>[];
  selected: AreaId | null;
  onSelect: (area: AreaId | null) => void;
}) {
  return (
    <Row gutter={[12, 12]} data-testid="area-summary">
      {summaries.map((summary) => {
        const empty = summary.count === 0;
        const isSelected = selected === summary.area;
        const toggle = () => onSelect(isSelected ? null : summary.area);
        return (
          <Col key={summary.area} xs={24} sm={12} lg={8} xl={6}>
            <Card
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={isSelected}
              aria-label={t('ledger.summary.filter', { area: t(AREA_LABELS[summary.area]) })}
              data-testid={`area-card-${summary.area}`}
              data-count={summary.count}
              style={{
                height: '100%',
                ...(empty ? EMPTY_STYLE : {}),
                ...(isSelected ? SELECTED_STYLE : {}),
              }}
              onClick={toggle}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  toggle();
                }
              }}
            >
              <Flex justify="space-between" align="baseline" gap={8}>
                <Typography.Text strong>{t(AREA_SHORT_LABELS[summary.area])}</Typography.Text>
                {empty ? (
                  <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                    {t('ledger.summary.gap')}
                  </Tag>
                ) : (
                  <Badge
                    count={t('ledger.summary.count', { count: summary.count })}
                    color="#1677ff"
                  />
                )}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {t(AREA_LABELS[summary.area])}
              </Typography.Text>
              {empty ? (
                <Typography.Paragraph type="warning" style={{ margin: '8px 0 0', fontSize: 13 }}>
                  {t('ledger.summary.empty')}
                </Typography.Paragraph>
              ) : (
                <>
                  <ul style={{ margin: '8px 0 4px', paddingInlineStart: 18, fontSize: 13 }}>
                    {summary.latest.map((entry) => (
                      <li key={entry.id}>
                        <Typography.Text
                          ellipsis={{ tooltip: entry.title }}
                          style={{ maxWidth: '100%' }}
                        >
                          {entry.title}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {summary.lastDate
                      ? t('ledger.summary.lastDate', { date: summary.lastDate })
                      : null}
                    {summary.participants > 0
                      ? ` · ${t('ledger.summary.participants', { count: summary.participants })}`
                      : null}
                  </Typography.Text>
                </>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
