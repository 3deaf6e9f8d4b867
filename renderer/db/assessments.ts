import { render, t } from '../../shared/i18n';
import {
  assessmentSchema,
  checkEntries,
  type Assessment,
  type AssessmentItemEntry,
  type AssessmentOutcome,
  type StandardRef,
} from '../../shared/assessment/record';
import { newId, nowIso } from './ids';
import type { UnionDeskDatabase } from './schema';
import { isYearLocked } from './year-lock';

/**
 * The yearly self-assessment: one row per revision. A finalised revision never changes; a change
 * after finalising starts the next revision from it (with a reason), so the history of what was
 * submitted stays. Components use the hooks and actions in features/assessment.
 */

export type AssessmentErrorCode = 'locked' | 'missing' | 'invalid' | 'notFinal';

export class AssessmentError extends Error {
  constructor(
    readonly code: AssessmentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AssessmentError';
  }
}

/** Every revision of a year, newest first. */
export async function loadRevisions(db: UnionDeskDatabase, year: number): Promise<Assessment[]> {
  const rows = await db.assessments.where('year').equals(year).toArray();
  return rows.sort((a, b) => b.revision - a.revision);
}

/** The newest revision of a year, or undefined before the clerk first saved one. */
export async function loadCurrent(
  db: UnionDeskDatabase,
  year: number,
): Promise<Assessment | undefined> {
  return (await loadRevisions(db, year))[0];
}

export interface SaveDraftInput {
  year: number;
  periodKind: Assessment['periodKind'];
  standard: StandardRef;
  items: AssessmentItemEntry[];
  gateDecisions?: Record<string, 'pass' | 'fail'>;
  /** Points of every item of the standard (tenths), to check the scores against. */
  maxTenths: ReadonlyMap<string, number>;
}

function refuseProblems(items: readonly AssessmentItemEntry[], max: ReadonlyMap<string, number>) {
  const problems = checkEntries(items, max);
  if (problems.length > 0) {
    throw new AssessmentError(
      'invalid',
      t('assessmentRecord.invalid', { first: render(problems[0]!.message) }),
    );
  }
}

/**
 * Saves the year's working draft (creating revision 1 on the first save). Refused when the
 * newest revision is final, when a score exceeds its item's points, or when a score above the
 * proposal has no reason.
 */
export async function saveDraft(db: UnionDeskDatabase, input: SaveDraftInput): Promise<Assessment> {
  refuseProblems(input.items, input.maxTenths);
  return db.transaction('rw', db.assessments, async () => {
    const current = await loadCurrent(db, input.year);
    if (current?.status === 'final') {
      throw new AssessmentError('locked', t('assessmentRecord.locked', { year: input.year }));
    }
    const now = nowIso();
    const row: Assessment = {
      ...(current ?? { id: newId(), createdAt: now, revision: 1 }),
      updatedAt: now,
      year: input.year,
      periodKind: input.periodKind,
      status: 'draft',
      standard: input.standard,
      items: input.items,
      ...(input.gateDecisions ? { gateDecisions: input.gateDecisions } : {}),
    };
    await db.assessments.put(assessmentSchema.parse(row));
    return row;
  });
}

/** Locks the current draft with what it came to (total, band, gates) at this moment. */
export async function finalise(
  db: UnionDeskDatabase,
  year: number,
  outcome: AssessmentOutcome,
  maxTenths: ReadonlyMap<string, number>,
): Promise<Assessment> {
  return db.transaction('rw', db.assessments, async () => {
    const current = await loadCurrent(db, year);
    if (!current) throw new AssessmentError('missing', t('assessmentRecord.missing'));
    if (current.status === 'final') {
      throw new AssessmentError('locked', t('assessmentRecord.locked', { year }));
    }
    refuseProblems(current.items, maxTenths);
    const now = nowIso();
    const row: Assessment = {
      ...current,
      status: 'final',
      updatedAt: now,
      finalisedAt: now,
      outcome,
    };
    await db.assessments.put(row);
    return row;
  });
}

/** Starts the next revision of a finalised year as a draft copy; the final one stays as it was. */
export async function startRevision(
  db: UnionDeskDatabase,
  year: number,
  reason: string,
): Promise<Assessment> {
  if (!reason.trim()) {
    throw new AssessmentError('invalid', t('assessmentRecord.revisionReason'));
  }
  return db.transaction('rw', [db.assessments, db.reports], async () => {
    if (await isYearLocked(db, year)) {
      throw new AssessmentError('locked', t('reports.error.yearAccepted', { year }));
    }
    const current = await loadCurrent(db, year);
    if (!current) throw new AssessmentError('missing', t('assessmentRecord.missing'));
    if (current.status !== 'final') {
      throw new AssessmentError('notFinal', t('assessmentRecord.notFinal'));
    }
    const now = nowIso();
    const next: Assessment = {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      year,
      periodKind: current.periodKind,
      revision: current.revision + 1,
      status: 'draft',
      standard: current.standard,
      items: current.items.map((item) => ({ ...item })),
      ...(current.gateDecisions ? { gateDecisions: { ...current.gateDecisions } } : {}),
      revisionReason: reason.trim(),
    };
    await db.assessments.add(next);
    return next;
  });
}
