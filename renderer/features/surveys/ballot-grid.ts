import {
  SURVEY_ANSWERS,
  emptyCounts,
  type AnswerCounts,
  type SurveyAnswer,
  type SurveyBallot,
} from '../../../shared/surveys/model';

/**
 * The keyboard grid of ballot-by-ballot entry, as pure state: one row per paper ballot, one
 * column per question (items, then cadres). Keys 1–4 pick 满意 / 基本满意 / 不满意 / 不了解 and
 * move to the next cell (0 or space: left blank, and on); Enter starts the next ballot. Rows carry a stored ballot's id while the
 * grid is open, and nothing else about the ballot.
 */

export interface GridRow {
  /** React key, for this screen only. */
  key: string;
  /** The stored ballot's id, once saved. */
  id?: string;
  answers: (SurveyAnswer | null)[];
}

export interface GridState {
  rows: GridRow[];
  row: number;
  col: number;
  dirty: boolean;
}

let counter = 0;
const rowKey = () => `row-${(counter += 1)}`;

function blankRow(columns: number): GridRow {
  return { key: rowKey(), answers: Array.from({ length: columns }, () => null) };
}

export function isBlankRow(row: GridRow): boolean {
  return row.answers.every((a) => a === null);
}

/** The grid for stored ballots, with one blank row to type the next ballot into. */
export function gridFromBallots(
  ballots: readonly SurveyBallot[],
  questionIds: readonly string[],
): GridState {
  const rows: GridRow[] = ballots.map((b) => ({
    key: rowKey(),
    id: b.id,
    answers: questionIds.map((id) => b.answers[id] ?? null),
  }));
  rows.push(blankRow(questionIds.length));
  return { rows, row: rows.length - 1, col: 0, dirty: false };
}

const KEY_ANSWERS: Record<string, SurveyAnswer> = {
  '1': 'satisfied',
  '2': 'basic',
  '3': 'unsatisfied',
  '4': 'unknown',
};

function setCell(
  state: GridState,
  row: number,
  col: number,
  answer: SurveyAnswer | null,
): GridRow[] {
  return state.rows.map((r, i) =>
    i === row ? { ...r, answers: r.answers.map((a, j) => (j === col ? answer : a)) } : r,
  );
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

/** Starts the next ballot: a new blank row at the end, unless the last row is still blank. */
export function addBallot(state: GridState): GridState {
  const last = state.rows[state.rows.length - 1];
  const columns = state.rows[0]?.answers.length ?? 0;
  const rows = last && isBlankRow(last) ? state.rows : [...state.rows, blankRow(columns)];
  return { ...state, rows, row: rows.length - 1, col: 0 };
}

export function removeBallot(state: GridState, index: number): GridState {
  const columns = state.rows[0]?.answers.length ?? 0;
  const rest = state.rows.filter((_, i) => i !== index);
  const rows = rest.length > 0 ? rest : [blankRow(columns)];
  return {
    rows,
    row: clamp(state.row >= index ? state.row - 1 : state.row, rows.length - 1),
    col: state.col,
    dirty: true,
  };
}

/** The state after a key press in the grid, or null when the grid does not handle the key. */
export function applyKey(state: GridState, key: string): GridState | null {
  const lastRow = state.rows.length - 1;
  const lastCol = (state.rows[0]?.answers.length ?? 1) - 1;
  const { row, col } = state;
  const answer = KEY_ANSWERS[key];
  if (answer) {
    const rows = setCell(state, row, col, answer);
    return { rows, row, col: Math.min(col + 1, lastCol), dirty: true };
  }
  switch (key) {
    case '0':
    case ' ':
      // 未作答: typed in sequence like an answer, so it moves on too.
      return {
        ...state,
        rows: setCell(state, row, col, null),
        col: Math.min(col + 1, lastCol),
        dirty: true,
      };
    case 'Delete':
      return { ...state, rows: setCell(state, row, col, null), dirty: true };
    case 'Backspace': {
      // Undo the last pick: clear this cell if it has an answer, else the one before.
      const target = state.rows[row]?.answers[col] !== null || col === 0 ? col : col - 1;
      return { ...state, rows: setCell(state, row, target, null), col: target, dirty: true };
    }
    case 'Enter':
      return row === lastRow ? addBallot(state) : { ...state, row: row + 1, col: 0 };
    case 'ArrowRight':
      return { ...state, col: clamp(col + 1, lastCol) };
    case 'ArrowLeft':
      return { ...state, col: clamp(col - 1, lastCol) };
    case 'ArrowDown':
      return { ...state, row: clamp(row + 1, lastRow) };
    case 'ArrowUp':
      return { ...state, row: clamp(row - 1, lastRow) };
    case 'Home':
      return { ...state, col: 0 };
    case 'End':
      return { ...state, col: lastCol };
    default:
      return null;
  }
}

/** The rows that are ballots (not blank), as the data layer saves them. */
export function gridBallots(
  state: GridState,
  questionIds: readonly string[],
): { id?: string; answers: Partial<Record<string, SurveyAnswer>> }[] {
  return state.rows
    .filter((r) => !isBlankRow(r))
    .map((r) => {
      const answers: Partial<Record<string, SurveyAnswer>> = {};
      r.answers.forEach((a, i) => {
        const id = questionIds[i];
        if (a !== null && id !== undefined) answers[id] = a;
      });
      return r.id ? { id: r.id, answers } : { answers };
    });
}

/** After a save: the non-blank rows get the ids the data layer gave them, in order. */
export function markSaved(state: GridState, savedIds: readonly string[]): GridState {
  let next = 0;
  const rows = state.rows.map((r) => (isBlankRow(r) ? r : { ...r, id: savedIds[next++] }));
  return { ...state, rows, dirty: false };
}

/** The running tally: answers per column and the number of ballots (non-blank rows). */
export function gridTally(state: GridState): { ballots: number; columns: AnswerCounts[] } {
  const columns = (state.rows[0]?.answers ?? []).map(() => emptyCounts());
  let ballots = 0;
  for (const r of state.rows) {
    if (isBlankRow(r)) continue;
    ballots += 1;
    r.answers.forEach((a, i) => {
      if (a !== null && columns[i] && SURVEY_ANSWERS.includes(a)) columns[i][a] += 1;
    });
  }
  return { ballots, columns };
}
