import { AREA_IDS, type AreaId } from '../campaign/areas';
import type { LedgerEntryContent } from './model';

/** A period of whole days, both ends included, as `YYYY-MM-DD` (see members/stats.ts Period). */
export interface DateRange {
  start: string;
  end: string;
}

type Dated = Pick<LedgerEntryContent, 'date' | 'areas'>;

export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/** Entries of the period, newest first (same day: the order given is kept). */
export function entriesInRange<E extends Dated>(entries: readonly E[], range: DateRange): E[] {
  return entries
    .filter((entry) => inRange(entry.date, range))
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

export interface AreaSummary<E> {
  area: AreaId;
  count: number;
  /** Sum of the recorded participant counts (entries without one add nothing). */
  participants: number;
  /** The area's newest entries of the period, at most `latest` of them. */
  latest: E[];
  /** Date of the newest entry; undefined when the area has none (a gap the clerk should see). */
  lastDate?: string;
}

/**
 * What has been done in each of the seven areas within the period, in the campaign's order. An
 * entry filed under two areas counts in both; an area without entries is listed with count 0.
 */
export function summarizeByArea<E extends Dated & Pick<LedgerEntryContent, 'participants'>>(
  entries: readonly E[],
  range: DateRange,
  options: { latest?: number } = {},
): AreaSummary<E>[] {
  const latest = options.latest ?? 3;
  const shown = entriesInRange(entries, range);
  return AREA_IDS.map((area) => {
    const own = shown.filter((entry) => entry.areas.includes(area));
    const summary: AreaSummary<E> = {
      area,
      count: own.length,
      participants: own.reduce((sum, entry) => sum + (entry.participants ?? 0), 0),
      latest: own.slice(0, latest),
    };
    if (own[0]) summary.lastDate = own[0].date;
    return summary;
  });
}

/** The areas with nothing recorded in the period. */
export function emptyAreas(summaries: readonly AreaSummary<unknown>[]): AreaId[] {
  return summaries.filter((s) => s.count === 0).map((s) => s.area);
}
