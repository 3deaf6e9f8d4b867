import { useMemo } from 'react';
import type { PeriodKind } from '../../../shared/members/stats';
import type { AssessmentOutcome } from '../../../shared/assessment/record';
import { useDatabase } from '../../app/AppContext';
import { finalise, saveDraft, startRevision, type SaveDraftInput } from '../../db/assessments';
import { chooseStandardForYear, importStandard } from '../../db/standards';
import { PERIOD_KIND_KEY } from './useAssessment';

/** Named actions of the 年度自评 page; components never write to Dexie themselves. */
export function useAssessmentActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      save: (input: SaveDraftInput) => saveDraft(db, input),
      finalise: (year: number, outcome: AssessmentOutcome, max: ReadonlyMap<string, number>) =>
        finalise(db, year, outcome, max),
      startRevision: (year: number, reason: string) => startRevision(db, year, reason),
      setPeriodKind: (kind: PeriodKind) => db.settings.put({ key: PERIOD_KIND_KEY, value: kind }),
      importStandard: (text: string) => importStandard(db, text),
      chooseStandard: (year: number, choice: { code: string; version: string } | null) =>
        chooseStandardForYear(db, year, choice),
    }),
    [db],
  );
}
