import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AssessmentFacts } from '../../../shared/assessment/facts';
import type { Assessment } from '../../../shared/assessment/record';
import { scoreAssessment, type AssessmentScore } from '../../../shared/assessment/score';
import { statisticsPeriod, type PeriodKind } from '../../../shared/members/stats';
import { useDatabase } from '../../app/AppContext';
import { loadAssessmentFacts } from '../../db/assessment-facts';
import { loadRevisions } from '../../db/assessments';
import { loadStandardForYear, type LoadedStandard } from '../../db/standards';

/** The settings key of the assessment year's kind: calendar (default) or October–September. */
export const PERIOD_KIND_KEY = 'assessmentPeriodKind';

export function usePeriodKind(): PeriodKind | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const row = await db.settings.get(PERIOD_KIND_KEY);
    return row?.value === 'octSep' ? 'octSep' : 'calendar';
  }, [db]);
}

export interface AssessmentData {
  loaded: LoadedStandard;
  facts: AssessmentFacts;
  score: AssessmentScore;
  /** Newest first; empty before the first save. */
  revisions: Assessment[];
}

/**
 * Everything the 年度自评 page shows for a year, live: the standard chosen for it, the facts
 * read from the records, the proposals scored from them, and the saved revisions.
 */
export function useAssessmentData(year: number, kind: PeriodKind): AssessmentData | undefined {
  const db = useDatabase();
  const facts = useLiveQuery(
    () => loadAssessmentFacts(db, statisticsPeriod(kind, year)),
    [db, year, kind],
  );
  const loaded = useLiveQuery(() => loadStandardForYear(db, year), [db, year]);
  const revisions = useLiveQuery(() => loadRevisions(db, year), [db, year]);
  const score = useMemo(
    () => (facts && loaded ? scoreAssessment(loaded.standard, facts) : undefined),
    [facts, loaded],
  );
  if (!facts || !loaded || !revisions || !score) return undefined;
  return { loaded, facts, score, revisions };
}
