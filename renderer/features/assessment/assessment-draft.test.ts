import { describe, expect, it } from 'vitest';
import { makeExemplaryFacts, makeFacts } from '../../../shared/assessment/fixtures';
import { assessBand, scoreAssessment } from '../../../shared/assessment/score';
import { DEFAULT_STANDARD } from '../../../shared/standard/default-standard';
import {
  draftFrom,
  finalScores,
  patchEntry,
  points,
  scoreOf,
  setGate,
  toEntries,
} from './assessment-draft';

describe('the assessment draft', () => {
  it('follows the proposals until the clerk changes a score, and keeps that score', () => {
    const thin = scoreAssessment(DEFAULT_STANDARD, makeFacts());
    const rich = scoreAssessment(DEFAULT_STANDARD, makeExemplaryFacts());
    let draft = draftFrom(undefined);
    const changed = rich.items.find((i) => i.proposedTenths > 0)!;
    expect(scoreOf(draft, changed)).toBe(changed.proposedTenths);
    draft = patchEntry(draft, changed.itemId, { scoreTenths: 0, note: '材料不全' });
    expect(finalScores(draft, rich).items?.[changed.itemId]).toBe(0);
    const other = rich.items.find((i) => i.itemId !== changed.itemId && i.proposedTenths > 0)!;
    const thinOther = thin.items.find((i) => i.itemId === other.itemId)!;
    expect(finalScores(draft, rich).items?.[other.itemId]).toBe(other.proposedTenths);
    expect(finalScores(draft, thin).items?.[other.itemId]).toBe(thinOther.proposedTenths);
  });

  it('stores every item with its proposal, a reason only when raised, and reads it back', () => {
    const score = scoreAssessment(DEFAULT_STANDARD, makeFacts());
    const manual = score.items.find((i) => i.proposedTenths < i.maxTenths)!;
    let draft = patchEntry(draftFrom(undefined), manual.itemId, {
      scoreTenths: manual.proposedTenths + 5,
      reason: ' 有纸质材料 ',
    });
    draft = setGate(draft, 'G5', 'pass');
    const entries = toEntries(draft, score);
    expect(entries).toHaveLength(DEFAULT_STANDARD.items.length);
    expect(entries.find((e) => e.itemId === manual.itemId)).toMatchObject({
      scoreTenths: manual.proposedTenths + 5,
      reason: '有纸质材料',
    });
    const back = draftFrom({
      id: 'x',
      createdAt: '',
      updatedAt: '',
      year: 2026,
      periodKind: 'calendar',
      revision: 1,
      status: 'draft',
      standard: { id: 's', version: '1', hash: '' },
      items: entries,
      gateDecisions: draft.gates,
    });
    expect(finalScores(back, score)).toEqual(finalScores(draft, score));
    const band = assessBand(DEFAULT_STANDARD, score, finalScores(back, score));
    expect(band.totalTenths).toBe(score.proposedTotalTenths + 5);
  });

  it('writes points in tenths as people read them', () => {
    expect([points(30), points(25), points(0)]).toEqual(['3', '2.5', '0']);
  });
});
