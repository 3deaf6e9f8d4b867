import { t } from '../../../../shared/i18n';
import {
  exportColumns,
  exportRows,
  templateRows,
} from '../../../../shared/members/import/template';
import type { MemberData, MemberField } from '../../../../shared/members/model';
import { unionTitleName } from './names';
import type { SheetSpec } from '../../../../shared/format/xlsx-build';

/**
 * The roster export and the blank template as sheet specifications, in the app's template layout
 * (shared/members/import/template.ts), so that an exported roster imports back unchanged.
 */

// Columns into which people type digits: Excel would turn them into numbers (an ID number loses
// its last digits, a member number its leading zeros).
const TEXT_FIELDS: readonly MemberField[] = ['docNumber', 'mobile', 'memberNo'];
const TEMPLATE_BLANK_ROWS = 2_000;

function textColumns(): number[] {
  const fields = exportColumns().map((c) => c.field);
  return TEXT_FIELDS.map((field) => fields.indexOf(field));
}

export interface RosterExportOptions {
  unionName: string;
  maskIdNumbers: boolean;
  maskPhones: boolean;
}

export function rosterSheet(
  members: readonly MemberData[],
  options: RosterExportOptions,
): SheetSpec {
  const rows = exportRows(members, {
    title: t('report.roster.title', { union: unionTitleName(options.unionName) }),
    maskIdNumbers: options.maskIdNumbers,
    maskPhones: options.maskPhones,
  });
  return {
    sheetName: t('report.export.sheetRoster'),
    rows,
    headerRow: rows.length - members.length - 1,
    textColumns: textColumns(),
    freezeColumns: 1,
    autoFilter: true,
  };
}

export function templateSheet(): SheetSpec {
  const rows = templateRows();
  return {
    sheetName: t('report.export.sheetTemplate'),
    rows,
    headerRow: rows.length - 1,
    textColumns: textColumns(),
    blankRows: TEMPLATE_BLANK_ROWS,
    freezeColumns: 1,
    // The headers alone would give narrow columns; leave room for what will be typed.
    widths: exportColumns().map((c) =>
      c.field === 'docNumber' ? 22 : c.field === 'mobile' ? 14 : 12,
    ),
  };
}
