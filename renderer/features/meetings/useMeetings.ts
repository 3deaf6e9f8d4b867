import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting, MeetingAddendum } from '../../../shared/meetings/model';
import type { MeetingRules } from '../../../shared/meetings/rules';
import { useDatabase } from '../../app/AppContext';
import {
  loadMeeting,
  loadMeetingRules,
  loadMeetings,
  proposeExpected,
  type ExpectedProposal,
} from '../../db/meetings';

/** Every minute, newest first, live. */
export function useMeetings(): Meeting[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadMeetings(db), [db]);
}

/** One minute with its addenda; null when not found, undefined while loading. */
export function useMeeting(
  id: string | null,
): { meeting: Meeting; addenda: MeetingAddendum[] } | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? loadMeeting(db, id) : null), [db, id]);
}

/** The meeting rules in use (a federation's replacement, or the defaults). */
export function useMeetingRules(): MeetingRules | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadMeetingRules(db), [db]);
}

/** Who a meeting of this type on this date expects, from the roster; live. */
export function useExpectedProposal(
  rules: MeetingRules | undefined,
  typeId: string,
  date: string,
): ExpectedProposal | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (rules && date ? proposeExpected(db, rules, typeId, date) : undefined),
    [db, rules, typeId, date],
  );
}
