import type { Meeting } from '../../../shared/meetings/model';

/** Years that have minutes, newest first, always including the current one. */
export function yearsOf(meetings: readonly Meeting[], currentYear: number): number[] {
  const years = new Set<number>([currentYear]);
  for (const meeting of meetings) years.add(Number(meeting.date.slice(0, 4)));
  return [...years].sort((a, b) => b - a);
}

export interface MeetingFilter {
  /** null: all years. */
  year: number | null;
  /** null: all types. */
  type: string | null;
}

/** Minutes of the chosen year and type, newest first (same day: later start first). */
export function filterMeetings(meetings: readonly Meeting[], filter: MeetingFilter): Meeting[] {
  return meetings
    .filter(
      (m) =>
        (filter.year === null || m.date.startsWith(`${filter.year}-`)) &&
        (filter.type === null || m.type === filter.type),
    )
    .sort((a, b) =>
      a.date !== b.date
        ? b.date.localeCompare(a.date)
        : (b.startTime ?? '').localeCompare(a.startTime ?? ''),
    );
}
