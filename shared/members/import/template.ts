import { t } from '../../i18n';
import { maskIdNumber, maskPhone } from '../../privacy/mask';
import {
  CHOICE_FIELDS,
  MEMBER_FIELDS,
  MEMBER_FIELD_LABELS,
  type ChoiceField,
  type MemberData,
  type MemberField,
} from '../model';
import type { OptionDef } from '../options';
import { REQUIRED_COLUMNS } from './headers';

/**
 * The app's own sheet layout, used for export, for the blank template and for printing the roster.
 * Every field is written as text in the words the import reads back (labels of the active
 * catalogue, 是/否, `YYYY-MM-DD`), so exporting and importing the same members gives the same
 * data. The writer must store the cells as text (SheetJS: string cells, and number format "@"
 * for the 证件号码 column) so Excel never turns an ID number into a float.
 */

export interface ExportColumn {
  field: MemberField;
  /** Header text; required columns carry a trailing "*", which the import ignores. */
  header: string;
  required: boolean;
}

/** The template's columns, in `MEMBER_FIELDS` order. */
export function exportColumns(): ExportColumn[] {
  return MEMBER_FIELDS.map((field) => {
    const required = REQUIRED_COLUMNS.includes(field);
    const label = t(MEMBER_FIELD_LABELS[field]);
    return { field, header: required ? `${label}*` : label, required };
  });
}

export interface ExportOptions {
  /** Show ID numbers as first 6 + last 4; such a sheet cannot be imported and says so. */
  maskIdNumbers?: boolean;
  /** Show mobiles as first 3 + last 4. */
  maskPhones?: boolean;
  /** A title row above everything, e.g. "XX公司工会会员名册". */
  title?: string;
}

function choiceLabel(field: MemberField, value: string): string {
  if (!(field in CHOICE_FIELDS)) return value;
  const options: readonly OptionDef<string>[] = CHOICE_FIELDS[field as ChoiceField];
  const option = options.find((o) => o.value === value);
  return option ? t(option.label) : value;
}

/** One member as a row of cell texts, in `exportColumns()` order. */
export function memberToRow(member: MemberData, options: ExportOptions = {}): string[] {
  const yes = t('members.boolean.yes');
  const no = t('members.boolean.no');
  return MEMBER_FIELDS.map((field) => {
    const value = member[field];
    if (typeof value === 'boolean') return value ? yes : no;
    if (value === undefined || value === '') return '';
    if (field === 'docNumber' && options.maskIdNumbers) return maskIdNumber(value);
    if (field === 'mobile' && options.maskPhones) return maskPhone(value);
    return choiceLabel(field, value);
  });
}

/**
 * The rows of an export: an optional title row, a note row when IDs are masked, the header row,
 * then one row per member. The import finds the header row below the title and note rows.
 */
export function exportRows(
  members: readonly MemberData[],
  options: ExportOptions = {},
): string[][] {
  const rows: string[][] = [];
  if (options.title) rows.push([options.title]);
  if (options.maskIdNumbers) rows.push([t('members.export.maskedNote')]);
  rows.push(exportColumns().map((c) => c.header));
  for (const member of members) rows.push(memberToRow(member, options));
  return rows;
}

/** The blank template: a note row on how to fill it in, then the header row. */
export function templateRows(): string[][] {
  return [[t('members.export.templateNote')], exportColumns().map((c) => c.header)];
}
