import { describe, expect, it } from 'vitest';
import type { AssessmentItemEntry } from '../../shared/assessment/record';
import { freshDatabases } from '../../test/fixtures/fresh-db';
import {
  AssessmentError,
  finalise,
  loadCurrent,
  loadRevisions,
  saveDraft,
  startRevision,
} from './assessments';
import type { UnionDeskDatabase } from './schema';

const { freshDb } = freshDatabases('assessments');
const STANDARD = { id: 'uniondesk-default', version: '2026.1', hash: 'a'.repeat(64) };
const MAX = new Map([
  ['1.1', 30],
  ['1.2', 30],
]);
const OUTCOME = { totalTenths: 50, band: null, gates: [{ gateId: 'G1', state: 'pass' as const }] };

const entries = (overrides: Partial<AssessmentItemEntry>[] = []): AssessmentItemEntry[] =>
  ['1.1', '1.2'].map((itemId, i) => ({
    itemId,
    proposedTenths: 20,
    scoreTenths: 20,
    note: '',
    ...overrides[i],
  }));

const draft = (db: UnionDeskDatabase, items = entries()) =>
  saveDraft(db, { year: 2026, periodKind: 'calendar', standard: STANDARD, items, maxTenths: MAX });

async function rejection(promise: Promise<unknown>): Promise<AssessmentError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error('expected an AssessmentError');
}

describe('the yearly self-assessment', () => {
  it('needs a written reason to score above the proposal, and refuses more than the points', async () => {
    const db = freshDb();
    const raised = await rejection(draft(db, entries([{ scoreTenths: 25 }])));
    expect(raised.message).toBe(
      '自评有需要修改的地方：第 1.1 项自评 2.5 分，高于系统根据现有记录建议的 2 分，请写明依据（如未录入系统的材料）。',
    );
    expect(
      (await rejection(draft(db, entries([{ scoreTenths: 35, reason: '有材料' }])))).code,
    ).toBe('invalid');
    expect(await db.assessments.count()).toBe(0);
    const saved = await draft(db, entries([{ scoreTenths: 25, reason: '会员大会纪要纸质存档' }]));
    expect(saved).toMatchObject({ revision: 1, status: 'draft' });
  });

  it('locks a finalised year; a change starts the next revision and the final one stays', async () => {
    const db = freshDb();
    await draft(db);
    await draft(db, entries([{ note: '已换届' }]));
    const final = await finalise(db, 2026, OUTCOME, MAX);
    expect(final).toMatchObject({ status: 'final', revision: 1, outcome: OUTCOME });
    expect((await rejection(draft(db))).code).toBe('locked');
    expect((await rejection(finalise(db, 2026, OUTCOME, MAX))).code).toBe('locked');

    expect((await rejection(startRevision(db, 2026, ' '))).code).toBe('invalid');
    const next = await startRevision(db, 2026, '上级工会退回，补充材料');
    expect(next).toMatchObject({ revision: 2, status: 'draft', items: final.items });
    await draft(db, entries([{ note: '补充了选举批复' }]));
    const revisions = await loadRevisions(db, 2026);
    expect(revisions.map((r) => [r.revision, r.status])).toEqual([
      [2, 'draft'],
      [1, 'final'],
    ]);
    expect(revisions[1]).toEqual(final);
    expect((await loadCurrent(db, 2026))?.items[0]?.note).toBe('补充了选举批复');
    expect((await rejection(startRevision(db, 2026, '再改'))).code).toBe('notFinal');
  });
});
