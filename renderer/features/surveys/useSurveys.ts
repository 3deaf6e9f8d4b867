import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { SurveyBallot, SurveyItem, SurveyRound } from '../../../shared/surveys/model';
import { useDatabase } from '../../app/AppContext';
import {
  countMembersOnRoll,
  loadSurveyBallots,
  loadSurveyRound,
  loadSurveyRounds,
  loadStandardSurveyItems,
  removeSurveyRound,
  saveSurveyBallots,
  saveSurveyRound,
  type SaveBallotsInput,
  type SaveSurveyRoundInput,
} from '../../db/surveys';

/** Every round, the latest first, live. */
export function useSurveyRounds(): SurveyRound[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadSurveyRounds(db), [db]);
}

/** One round; null when not found, undefined while loading. */
export function useSurveyRound(id: string | null): SurveyRound | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (id ? loadSurveyRound(db, id) : null), [db, id]);
}

export function useSurveyBallots(roundId: string): SurveyBallot[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadSurveyBallots(db, roundId), [db, roundId]);
}

/** Members on roll at a date (the round's end date): the participation denominator. */
export function useMembersOnRoll(date: string | undefined): number | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (date ? countMembersOnRoll(db, date) : undefined), [db, date]);
}

/** The items a round of the year starts from (the chosen standard's ballot), live. */
export function useStandardSurveyItems(year: number): SurveyItem[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadStandardSurveyItems(db, year), [db, year]);
}

/** Named actions on rounds; components never write to Dexie themselves. */
export function useSurveyActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      save: (input: SaveSurveyRoundInput) => saveSurveyRound(db, input),
      saveBallots: (roundId: string, input: SaveBallotsInput) =>
        saveSurveyBallots(db, roundId, input),
      /** Moves the round and its ballots to the 回收站. */
      remove: (id: string) => removeSurveyRound(db, id),
    }),
    [db],
  );
}
