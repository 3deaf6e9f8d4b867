import { describe, expect, it } from 'vitest';
import {
  applyKey,
  gridBallots,
  gridFromBallots,
  gridTally,
  markSaved,
  removeBallot,
  type GridState,
} from './ballot-grid';

const IDS = ['a', 'b', 'c'];

function press(state: GridState, ...keys: string[]): GridState {
  return keys.reduce((s, key) => applyKey(s, key) ?? s, state);
}

describe('the ballot grid', () => {
  it('picks answers with 1–4, moves to the next cell, and Enter starts the next ballot', () => {
    let state = gridFromBallots([], IDS);
    expect(state.rows).toHaveLength(1);
    state = press(state, '1', '2', '4', 'Enter', '3', '1', '1', 'Enter');
    expect(state.rows.map((r) => r.answers)).toEqual([
      ['satisfied', 'basic', 'unknown'],
      ['unsatisfied', 'satisfied', 'satisfied'],
      [null, null, null],
    ]);
    expect(state).toMatchObject({ row: 2, col: 0, dirty: true });
    // Enter on a blank last row does not add another.
    expect(press(state, 'Enter').rows).toHaveLength(3);
    // The last column keeps the cursor until Enter.
    expect(press(state, '1', '1', '1', '2')).toMatchObject({ row: 2, col: 2 });
  });

  it('clears with 0, Delete or Backspace, and moves with the arrows', () => {
    let state = press(gridFromBallots([], IDS), '1', '2');
    expect(state.col).toBe(2);
    state = press(state, 'Backspace');
    expect(state.rows[0]!.answers).toEqual(['satisfied', null, null]);
    expect(state.col).toBe(1);
    state = press(state, 'ArrowLeft', 'Delete');
    expect(state.rows[0]!.answers).toEqual([null, null, null]);
    expect(state.col).toBe(0);
    // 0 leaves an item blank and moves on, like an answer.
    expect(press(state, '0', '2')).toMatchObject({ col: 2 });
    expect(press(state, '0', '2').rows[0]!.answers).toEqual([null, 'basic', null]);
    expect(applyKey(state, 'x')).toBeNull();
    expect(press(state, 'ArrowUp', 'ArrowDown', 'End')).toMatchObject({ row: 0, col: 2 });
  });

  it('tallies non-blank rows, and saves them with their ids', () => {
    let state = gridFromBallots(
      [{ id: 'stored-1', roundId: 'r', answers: { a: 'satisfied', c: 'basic' } }],
      IDS,
    );
    state = press(state, '1', '1', '3', 'Enter', 'Enter');
    const tally = gridTally(state);
    expect(tally.ballots).toBe(2);
    expect(tally.columns[0]).toEqual({ satisfied: 2, basic: 0, unsatisfied: 0, unknown: 0 });
    expect(tally.columns[1]).toEqual({ satisfied: 1, basic: 0, unsatisfied: 0, unknown: 0 });
    expect(gridBallots(state, IDS)).toEqual([
      { id: 'stored-1', answers: { a: 'satisfied', c: 'basic' } },
      { answers: { a: 'satisfied', b: 'satisfied', c: 'unsatisfied' } },
    ]);
    const saved = markSaved(state, ['stored-1', 'new-2']);
    expect(saved.dirty).toBe(false);
    expect(saved.rows.map((r) => r.id)).toEqual(['stored-1', 'new-2', undefined]);
    const removed = removeBallot(saved, 0);
    expect(removed.rows.map((r) => r.id)).toEqual(['new-2', undefined]);
    expect(removed.dirty).toBe(true);
  });
});
