import type { PlainMessageKey } from '../i18n';

/**
 * The seven areas of the 双争 campaign (总工发〔2015〕25号, DOMAIN.md §1): the backbone of the work
 * ledger and of the self-assessment. The ids are stored in ledger entries and referenced by
 * standards, so they never change; the labels may.
 */
export const AREA_IDS = ['area1', 'area2', 'area3', 'area4', 'area5', 'area6', 'area7'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const AREA_LABELS: { readonly [A in AreaId]: PlainMessageKey } = {
  area1: 'campaign.area.area1',
  area2: 'campaign.area.area2',
  area3: 'campaign.area.area3',
  area4: 'campaign.area.area4',
  area5: 'campaign.area.area5',
  area6: 'campaign.area.area6',
  area7: 'campaign.area.area7',
};

/** Short labels for narrow places (table cells, chart axes). */
export const AREA_SHORT_LABELS: { readonly [A in AreaId]: PlainMessageKey } = {
  area1: 'campaign.areaShort.area1',
  area2: 'campaign.areaShort.area2',
  area3: 'campaign.areaShort.area3',
  area4: 'campaign.areaShort.area4',
  area5: 'campaign.areaShort.area5',
  area6: 'campaign.areaShort.area6',
  area7: 'campaign.areaShort.area7',
};

export function isAreaId(value: unknown): value is AreaId {
  return typeof value === 'string' && (AREA_IDS as readonly string[]).includes(value);
}
