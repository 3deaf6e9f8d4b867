import { useMemo } from 'react';
import {
  rosterStats,
  statisticsPeriod,
  type PeriodKind,
  type RosterStats,
  type Workforce,
} from '../../../../shared/members/stats';
import type { UnionProfile } from '../../../../shared/profile/profile';
import { useProfile } from '../../profile/useProfile';
import { useMembers, useMembershipEvents } from '../useMembers';
import { memberFacts } from './stats-view';

export type RosterStatsState =
  | { status: 'loading' }
  | { status: 'ready'; stats: RosterStats; workforce: Workforce; profile: UnionProfile | null };

const NO_WORKFORCE: Workforce = { workforceTotal: 0, workforceWomen: 0, workforceMigrant: 0 };

/** The roster's statistics for a period, live: they follow every change to members or events. */
export function useRosterStats(kind: PeriodKind, year: number): RosterStatsState {
  const members = useMembers();
  const events = useMembershipEvents();
  const profileState = useProfile();
  const profile = profileState.status === 'ready' ? profileState.profile : null;
  const facts = useMemo(
    () => (members && events ? memberFacts(members, events) : null),
    [members, events],
  );
  return useMemo((): RosterStatsState => {
    if (!facts || profileState.status === 'loading') return { status: 'loading' };
    const workforce: Workforce = profile
      ? {
          workforceTotal: profile.workforceTotal,
          workforceWomen: profile.workforceWomen,
          workforceMigrant: profile.workforceMigrant,
        }
      : NO_WORKFORCE;
    const stats = rosterStats(facts, workforce, statisticsPeriod(kind, year));
    return { status: 'ready', stats, workforce, profile };
  }, [facts, profile, profileState.status, kind, year]);
}
