import { msg, t, type Message } from '../../i18n';
import {
  CHOICE_FIELDS,
  MEMBER_FIELD_LABELS,
  emptyMemberDraft,
  type BooleanField,
  type ChoiceField,
  type MemberDraft,
  type MemberField,
} from '../model';
import { DOC_TYPES } from '../options';
import {
  ChoiceReader,
  cellText,
  parseBooleanCell,
  parseDateCell,
  parseDocNumberCell,
  type CellResult,
} from './cells';

/** One row of a sheet read into a member draft through the column mapping. */

export interface Cell {
  field: MemberField;
  column: number;
}

type Readers = { [F in ChoiceField]: ChoiceReader<F> };

function makeReaders(): Readers {
  const readers = {} as Record<ChoiceField, unknown>;
  for (const field of Object.keys(CHOICE_FIELDS) as ChoiceField[]) {
    readers[field] = new ChoiceReader(field, MEMBER_FIELD_LABELS[field]);
  }
  // Built field by field above from the same keys as the type.
  return readers as Readers;
}

// Fields the draft holds as free text (not a closed choice).
type StringField = {
  [F in keyof MemberDraft]: MemberDraft[F] extends string
    ? string extends MemberDraft[F]
      ? F
      : never
    : never;
}[keyof MemberDraft];

/** Reads one mapped cell into the draft; returns what the cell itself got wrong. */
function readCell(
  draft: MemberDraft,
  field: MemberField,
  cell: unknown,
  readers: Readers,
  date1904: boolean,
): CellResult<unknown> {
  const label = MEMBER_FIELD_LABELS[field];
  switch (field) {
    case 'birthDate':
    case 'joinedOn': {
      const result = parseDateCell(cell, label, { date1904 });
      draft[field] = result.value;
      return result;
    }
    case 'migrantWorker':
    case 'hardship':
    case 'modelWorker':
    case 'activist':
    case 'representative': {
      const result = parseBooleanCell(cell, label);
      draft[field satisfies BooleanField] = result.value;
      return result;
    }
    case 'docNumber': {
      const result = parseDocNumberCell(cell);
      draft.docNumber = result.value;
      return result;
    }
    case 'docType': {
      const result = readers.docType.read(cell);
      // A blank document type means a resident ID, the common case in a union's roster.
      draft.docType = result.value || 'residentId';
      if (!result.warning) return result;
      // Unlike other choices, an unknown type cannot be left blank: it decides how the number
      // is checked. The row is refused, and its number not checked as an ID it may not be.
      draft.docType = 'other';
      const choices = DOC_TYPES.map((o) => t(o.label)).join('、');
      const value = cellText(cell).trim();
      return { value: result.value, error: msg('members.cell.docTypeUnknown', { value, choices }) };
    }
    case 'sex':
      return assign(readers.sex.read(cell), (v) => (draft.sex = v));
    case 'education':
      return assign(readers.education.read(cell), (v) => (draft.education = v));
    case 'politicalStatus':
      return assign(readers.politicalStatus.read(cell), (v) => (draft.politicalStatus = v));
    case 'employment':
      return assign(readers.employment.read(cell), (v) => (draft.employment = v));
    case 'household':
      return assign(readers.household.read(cell), (v) => (draft.household = v));
    default:
      draft[field satisfies StringField] = cellText(cell);
      return { value: undefined };
  }
}

function assign<T>(result: CellResult<T>, set: (value: T) => void): CellResult<T> {
  set(result.value);
  return result;
}

function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** What a cell itself got wrong, before the member rules run. */
export interface CellProblem {
  field: MemberField;
  level: 'error' | 'warning';
  message: Message;
}

export class RowReader {
  /** The mapped columns, in sheet order. */
  readonly cells: readonly Cell[];
  private readonly readers = makeReaders();

  constructor(
    columns: readonly (MemberField | null)[],
    private readonly options: { date1904?: boolean } = {},
  ) {
    const cells: Cell[] = [];
    columns.forEach((field, column) => {
      if (field) cells.push({ field, column });
    });
    this.cells = cells;
  }

  /** Every mapped cell is blank: a spacer row, or a footer outside the imported columns. */
  isBlank(source: readonly unknown[]): boolean {
    return this.cells.every(({ column }) => isBlankCell(source[column]));
  }

  read(source: readonly unknown[]): { draft: MemberDraft; problems: CellProblem[] } {
    const draft = emptyMemberDraft();
    const problems: CellProblem[] = [];
    const date1904 = this.options.date1904 ?? false;
    for (const { field, column } of this.cells) {
      const result = readCell(draft, field, source[column], this.readers, date1904);
      if (result.error) problems.push({ field, level: 'error', message: result.error });
      else if (result.warning) problems.push({ field, level: 'warning', message: result.warning });
    }
    return { draft, problems };
  }
}
