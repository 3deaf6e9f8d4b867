import { msg, t, type Message } from '../../i18n';
import { toHalfWidth } from '../../validation/normalize';
import { MEMBER_FIELDS, MEMBER_FIELD_LABELS, type MemberField } from '../model';

/**
 * Column headers as offices write them, per field, as data: a federation that meets another
 * spelling adds it here. Compared after `normalizeHeader`, so "身份证号码（18位）*" and
 * "身份证\n号码" match "身份证号码". The active catalogue's field labels match as well, which is
 * what makes an exported sheet import back.
 */
export const HEADER_ALIASES: { readonly [F in MemberField]: readonly string[] } = {
  name: ['姓名', '名字', '会员姓名', '职工姓名', '员工姓名'],
  sex: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日'],
  ethnicity: ['民族'],
  docType: ['证件类型', '证件种类', '证件名称'],
  docNumber: [
    '证件号码',
    '证件号',
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '身份证',
    '身份证件号码',
    '居民身份证号码',
    '身份证件号',
  ],
  education: ['学历', '文化程度', '最高学历'],
  politicalStatus: ['政治面貌'],
  employment: ['就业状况', '就业状态', '在岗状况', '在岗状态'],
  household: ['户籍类型', '户口性质', '户籍性质', '户口类型', '户籍类别'],
  migrantWorker: ['是否农民工', '农民工'],
  mobile: ['移动电话', '手机', '手机号', '手机号码', '联系电话', '电话', '联系方式'],
  department: ['工作部门', '部门', '所在部门', '所在车间', '车间', '部门车间'],
  position: ['岗位', '职务', '工种', '职位', '岗位职务'],
  memberNo: ['会员证号', '会员编号', '会员证编号', '会员号', '会员证号码'],
  joinedOn: ['入会日期', '入会时间', '入会年月'],
  hardship: ['困难职工', '是否困难职工'],
  modelWorker: ['劳模', '是否劳模', '劳动模范'],
  activist: ['工会积极分子', '积极分子', '是否工会积极分子'],
  representative: ['会员代表', '是否会员代表'],
};

/** Headers that are known but carry nothing to import: they count towards finding the header. */
export const IGNORED_HEADERS: readonly string[] = ['序号', '备注', '说明', '签名', '本人签名'];

// Notes in brackets ("（必填）", "(YYYY-MM-DD)", "【18位】") and required-marks around the text.
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g;
const MARKS = /^[*※★☆#:：]+|[*※★☆#:：]+$/g;

/**
 * The comparable form of a header: half-width, no whitespace (nor a byte-order mark or zero-width
 * space left by a CSV or a chat app), no notes, lower case.
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\uFEFF\u200B-\u200D]+/g, '')
    .replace(BRACKETED, '')
    .replace(MARKS, '')
    .toLowerCase();
}

/** A header cell as the user sees it: text with whitespace collapsed, '' when blank. */
export function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/\s+/g, ' ').trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

type HeaderMatch = MemberField | 'ignored';

function aliasTable(): Map<string, HeaderMatch> {
  const table = new Map<string, HeaderMatch>();
  for (const header of IGNORED_HEADERS) table.set(normalizeHeader(header), 'ignored');
  for (const field of MEMBER_FIELDS) {
    for (const alias of [t(MEMBER_FIELD_LABELS[field]), ...HEADER_ALIASES[field]]) {
      const key = normalizeHeader(alias);
      if (!table.has(key)) table.set(key, field);
    }
  }
  return table;
}

/** The field a header names, `'ignored'` for known columns like 序号, or `undefined`. */
export function matchHeader(
  text: string,
  table: Map<string, HeaderMatch> = aliasTable(),
): HeaderMatch | undefined {
  const key = normalizeHeader(text);
  return key === '' ? undefined : table.get(key);
}

export interface HeaderRow {
  /** Index in the rows array of the (main) header row. */
  index: number;
  /** Index of the first data row. */
  dataStart: number;
  /** Header text per column, from the header row and a sub-header row merged into it. */
  headers: string[];
  /** Number of columns that name a member field. */
  score: number;
}

// Header rows sit near the top; a title block rarely runs longer.
const SCAN_ROWS = 30;
// One matching cell could be a title that happens to read "姓名"; two make a header.
const MIN_SCORE = 2;

function rowMatches(row: readonly unknown[] | null | undefined, table: Map<string, HeaderMatch>) {
  const matches: (HeaderMatch | undefined)[] = [];
  const fields = new Set<MemberField>();
  for (let c = 0; c < (row?.length ?? 0); c += 1) {
    const match = matchHeader(headerText(row?.[c]), table);
    matches[c] = match;
    if (match && match !== 'ignored') fields.add(match);
  }
  return { matches, score: fields.size };
}

/**
 * Finds the header row below title rows ("XX公司工会会员花名册", a merged title, blank rows, "填报
 * 单位：…"): the row within the first 30 whose cells name the most distinct member fields, at
 * least two. Two-row headers are merged: a row above may hold headers of columns merged across
 * both rows (姓名 over a blank), and a row below that holds only header names may hold the
 * sub-columns of a group ("联系方式" over 手机 | 电话).
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[] | null | undefined)[],
): HeaderRow | null {
  const table = aliasTable();
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r += 1) {
    const { score } = rowMatches(rows[r], table);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0 || bestScore < MIN_SCORE) return null;

  const headers = Array.from(rows[best] ?? [], headerText);
  const mainMatches = rowMatches(rows[best], table).matches;
  let dataStart = best + 1;

  const below = rows[best + 1];
  if (below) {
    const sub = rowMatches(below, table);
    const texts = Array.from(below, headerText);
    const onlyHeaders = texts.every((text, c) => text === '' || sub.matches[c] !== undefined);
    if (onlyHeaders && sub.score > 0) {
      texts.forEach((text, c) => {
        if (text !== '' && mainMatches[c] === undefined) headers[c] = text;
      });
      dataStart = best + 2;
    }
  }
  const above = best > 0 ? rows[best - 1] : undefined;
  if (above) {
    const sup = rowMatches(above, table);
    Array.from(above, headerText).forEach((text, c) => {
      if (sup.matches[c] !== undefined && (headers[c] ?? '') === '') headers[c] = text;
    });
  }
  for (let c = 0; c < headers.length; c += 1) headers[c] ??= '';

  const score = rowMatches(headers, table).score;
  return { index: best, dataStart, headers, score };
}

/** Which field each column of the sheet goes to; `null` = not imported. The UI edits this. */
export interface ImportMapping {
  /** Index in the rows array of the first data row. */
  dataStart: number;
  /** Header text per column, for messages. */
  headers: string[];
  columns: (MemberField | null)[];
}

/** Fields without which a row cannot be imported. */
export const REQUIRED_COLUMNS: readonly MemberField[] = ['name', 'docNumber'];

export interface MappingReport {
  /** Required fields no column is mapped to. Blocks the import. */
  missing: MemberField[];
  /** A field mapped from more than one column. Blocks the import. */
  duplicates: { field: MemberField; columns: number[] }[];
  /**
   * Non-blank columns that are not imported (known ones like 序号 left out). `looksLike` names
   * the field the header matched when another column already took that field.
   */
  unmapped: { column: number; header: string; looksLike?: MemberField }[];
  ok: boolean;
}

/** Checks a mapping, as proposed or as corrected by the user. */
export function checkMapping(mapping: ImportMapping): MappingReport {
  const table = aliasTable();
  const byField = new Map<MemberField, number[]>();
  const unmapped: MappingReport['unmapped'] = [];
  const width = Math.max(mapping.headers.length, mapping.columns.length);
  for (let c = 0; c < width; c += 1) {
    const field = mapping.columns[c] ?? null;
    const header = mapping.headers[c] ?? '';
    if (field) {
      byField.set(field, [...(byField.get(field) ?? []), c]);
      continue;
    }
    const match = matchHeader(header, table);
    if (header === '' || match === 'ignored') continue;
    unmapped.push(match ? { column: c, header, looksLike: match } : { column: c, header });
  }
  const missing = REQUIRED_COLUMNS.filter((field) => !byField.has(field));
  const duplicates = [...byField]
    .filter(([, columns]) => columns.length > 1)
    .map(([field, columns]) => ({ field, columns }));
  return { missing, duplicates, unmapped, ok: missing.length === 0 && duplicates.length === 0 };
}

/**
 * Proposes a mapping from the header row: each column to the field its header names. When two
 * columns name the same field (手机 and 联系电话), the first one is used and the other is
 * reported as unmapped with `looksLike`, so the user can swap them.
 */
export function proposeMapping(header: HeaderRow): {
  mapping: ImportMapping;
  report: MappingReport;
} {
  const table = aliasTable();
  const taken = new Set<MemberField>();
  const columns = header.headers.map((text) => {
    const match = matchHeader(text, table);
    if (!match || match === 'ignored' || taken.has(match)) return null;
    taken.add(match);
    return match;
  });
  const mapping: ImportMapping = {
    dataStart: header.dataStart,
    headers: [...header.headers],
    columns,
  };
  return { mapping, report: checkMapping(mapping) };
}

/**
 * The report as messages for the mapping screen, blocking ones first. `firstColumn` is the
 * sheet column of the mapping's column 0 (see `ImportOptions.origin`).
 */
export function describeMapping(
  report: MappingReport,
  firstColumn = 0,
): { level: 'error' | 'info'; message: Message }[] {
  const label = (field: MemberField) => t(MEMBER_FIELD_LABELS[field]);
  const letter = (column: number) => columnLetter(firstColumn + column);
  return [
    ...report.missing.map((field) => ({
      level: 'error' as const,
      message: msg('members.import.missingColumn', { field: label(field) }),
    })),
    ...report.duplicates.map(({ field, columns }) => ({
      level: 'error' as const,
      message: msg('members.import.duplicateColumn', {
        field: label(field),
        columns: columns.map(letter).join('、'),
      }),
    })),
    ...report.unmapped.map(({ column, header }) => ({
      level: 'info' as const,
      message: msg('members.import.unmappedColumn', { column: letter(column), header }),
    })),
  ];
}

/** The spreadsheet name of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
