import type { UnionDeskDatabase } from './schema';

/**
 * A year is locked once the federation accepted one of its reports: what was accepted must stay
 * what the union holds, so no new self-assessment revision and no new report for that year.
 */
export async function isYearLocked(db: UnionDeskDatabase, year: number): Promise<boolean> {
  const reports = await db.reports.where('year').equals(year).toArray();
  return reports.some((report) => report.state === 'accepted');
}
