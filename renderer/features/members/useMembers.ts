import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/AppContext';
import {
  loadMember,
  loadMembers,
  loadRosterHead,
  type MemberRow,
  type MembershipEventRow,
  type RosterHead,
} from '../../db/members';
import type { UnionDeskDatabase } from '../../db/schema';

/** Every member, live (50,000 rows load in well under a second; filtering happens in memory). */
export function useMembers(): MemberRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadMembers(db), [db]);
}

// Members read for the first screen: more than fit in the list's window at any size.
const HEAD_SIZE = 100;

function startHead(db: UnionDeskDatabase): Promise<RosterHead> {
  const head = loadRosterHead(db, HEAD_SIZE);
  // Handled in useRoster's effect; this only keeps an early failure from going unhandled.
  head.catch(() => undefined);
  return head;
}

/**
 * The roster for the 会员 list: first its first screen (`head`, one indexed read of a few
 * milliseconds), then every member, live. Reading 50,000 members takes IndexedDB a second or
 * more, so the whole roster is only asked for once the head is in, and does not delay it. The
 * head is asked for while the page itself is first rendered (a state initialiser, not an effect
 * after it), so that IndexedDB reads it while this thread draws the page. A render React drops
 * before mounting leaves one such read unused, which costs next to nothing.
 */
export function useRoster(): { members: MemberRow[] | undefined; head: RosterHead | undefined } {
  const db = useDatabase();
  const [request] = useState(() => ({ db, head: startHead(db) }));
  const [head, setHead] = useState<{ db: unknown; head: RosterHead | undefined } | null>(null);
  useEffect(() => {
    let current = true;
    const loading = request.db === db ? request.head : startHead(db);
    loading.then(
      (loaded) => current && setHead({ db, head: loaded }),
      // Without a head the list simply waits for the whole roster.
      () => current && setHead({ db, head: undefined }),
    );
    return () => {
      current = false;
    };
  }, [db, request]);
  const headRead = head?.db === db;
  const members = useLiveQuery(() => (headRead ? loadMembers(db) : undefined), [db, headRead]);
  return { members, head: headRead ? head.head : undefined };
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
