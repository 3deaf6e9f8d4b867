import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/AppContext';
import { loadMember, loadMembers, type MemberRow, type MembershipEventRow } from '../../db/members';

/** Every member, live (50,000 rows load in well under a second; filtering happens in memory). */
export function useMembers(): MemberRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadMembers(db), [db]);
}

/** Every membership event, live: statistics need the whole history. */
export function useMembershipEvents(): MembershipEventRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.membershipEvents.toArray(), [db]);
}

/** One member with their history; null when not found, undefined while loading. */
export function useMember(
  id: string | null,
): { member: MemberRow; events: MembershipEventRow[] } | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? loadMember(db, id) : null), [db, id]);
}
