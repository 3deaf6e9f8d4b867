import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/AppContext';
import {
  loadLedgerEntries,
  loadLedgerEntriesForMeeting,
  loadLedgerEntry,
  loadMeetingChoices,
  type LedgerEntryRow,
  type MeetingChoice,
} from '../../db/ledger';

/** Every ledger entry, newest first, live. */
export function useLedgerEntries(): LedgerEntryRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadLedgerEntries(db), [db]);
}

/** One entry; null when not found (or no id), undefined while loading. */
export function useLedgerEntry(id: string | null): LedgerEntryRow | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? loadLedgerEntry(db, id) : null), [db, id]);
}

/** The entries linked to one minute, newest first, live (for the minute's page). */
export function useLedgerEntriesForMeeting(
  meetingId: string | null | undefined,
): LedgerEntryRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (meetingId ? loadLedgerEntriesForMeeting(db, meetingId) : []),
    [db, meetingId],
  );
}

/** The minutes an entry may link to, newest first, live. */
export function useMeetingChoices(): MeetingChoice[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadMeetingChoices(db), [db]);
}
