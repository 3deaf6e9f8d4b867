import { t, type PlainMessageKey } from '../../../../shared/i18n';
import { exportColumns, memberToRow } from '../../../../shared/members/import/template';
import { MEMBER_STATUS_LABELS } from '../../../../shared/members/membership';
import type { Member, MemberField } from '../../../../shared/members/model';

/**
 * What the printed 会员名册 shows: 16 of the template's columns that fit A4 landscape at 8.5 pt
 * (the flags stay in the Excel export), in the template's words, masked unless revealed.
 */

/** More rows would take minutes to lay out and hundreds of pages; filtering is the better tool. */
export const MAX_PRINT_ROWS = 5_000;
/** Rows of an A4 landscape page at 8.5 pt, for telling the user roughly how many pages. */
export const ROWS_PER_PAGE = 30;

export interface RosterPrintColumn {
  key: MemberField | 'index' | 'departmentPosition' | 'status';
  header: string;
  /** Relative width; the columns share the page's width in these proportions (≈ mm). */
  width: number;
  center?: boolean;
  mono?: boolean;
}

const FIELD_COLUMNS: readonly {
  key: MemberField;
  width: number;
  center?: boolean;
  mono?: boolean;
  /** A shorter header than the field's label, where the label would wrap. */
  header?: PlainMessageKey;
}[] = [
  { key: 'name', width: 17 },
  { key: 'sex', width: 8, center: true },
  { key: 'birthDate', width: 19, center: true, mono: true },
  { key: 'ethnicity', width: 12, center: true },
  { key: 'docNumber', width: 30, mono: true },
  { key: 'education', width: 20 },
  { key: 'politicalStatus', width: 17 },
  { key: 'employment', width: 14, center: true },
  { key: 'household', width: 14, center: true },
  { key: 'migrantWorker', width: 11, center: true, header: 'report.roster.column.migrant' },
  { key: 'mobile', width: 21, mono: true },
];

const TAIL_COLUMNS: readonly {
  key: MemberField;
  width: number;
  center?: boolean;
  mono?: boolean;
}[] = [
  { key: 'memberNo', width: 19 },
  { key: 'joinedOn', width: 19, center: true, mono: true },
];

function fieldHeader(field: MemberField): string {
  return (exportColumns().find((c) => c.field === field)?.header ?? '').replace(/\*$/, '');
}

/** The columns; 会籍 only when some printed member is not on roll (a filter that includes them). */
export function rosterPrintColumns(withStatus: boolean): RosterPrintColumn[] {
  return [
    { key: 'index', header: t('report.roster.column.index'), width: 9, center: true },
    ...FIELD_COLUMNS.map(({ key, width, center, mono, header }) => ({
      key,
      header: header ? t(header) : fieldHeader(key),
      width,
      ...(center ? { center } : {}),
      ...(mono ? { mono } : {}),
    })),
    {
      key: 'departmentPosition',
      header: t('report.roster.column.departmentPosition'),
      width: 30,
    },
    ...TAIL_COLUMNS.map(({ key, width, center, mono }) => ({
      key,
      header: fieldHeader(key),
      width,
      ...(center ? { center } : {}),
      ...(mono ? { mono } : {}),
    })),
    ...(withStatus
      ? [
          {
            key: 'status' as const,
            header: t('report.roster.column.status'),
            width: 12,
            center: true,
          },
        ]
      : []),
  ];
}

/** One member's cells in `rosterPrintColumns` order. */
export function rosterPrintRow(
  member: Member,
  index: number,
  options: { reveal: boolean; withStatus: boolean },
): string[] {
  const cells = memberToRow(member, {
    maskIdNumbers: !options.reveal,
    maskPhones: !options.reveal,
  });
  const fields = exportColumns().map((c) => c.field);
  const cell = (field: MemberField) => cells[fields.indexOf(field)] ?? '';
  const departmentPosition = [cell('department'), cell('position')].filter(Boolean).join(' / ');
  return [
    String(index + 1),
    ...FIELD_COLUMNS.map(({ key }) => cell(key)),
    departmentPosition,
    ...TAIL_COLUMNS.map(({ key }) => cell(key)),
    ...(options.withStatus ? [t(MEMBER_STATUS_LABELS[member.status])] : []),
  ];
}

export function needsStatusColumn(members: readonly Pick<Member, 'status'>[]): boolean {
  return members.some((m) => m.status !== 'active');
}
