import { describe, expect, it } from 'vitest';
import { storedMember, variedMembers } from '../../../test/fixtures/members';
import { makeMemberDraft } from '../fixtures';
import { toMemberDraft } from '../model';
import { DOC_TYPES } from '../options';
import { findHeaderRow, proposeMapping } from './headers';
import { buildImportPreview } from './preview';
import { exportColumns, exportRows, templateRows } from './template';

const today = '2024-06-01';

function importRows(rows: unknown[][]) {
  const header = findHeaderRow(rows);
  if (!header) throw new Error('no header');
  const { mapping, report } = proposeMapping(header);
  return { report, preview: buildImportPreview(rows, mapping, { today }) };
}

describe('export template', () => {
  it('has a column per field, required ones marked', () => {
    const columns = exportColumns();
    expect(columns).toHaveLength(20);
    expect(columns.filter((c) => c.required).map((c) => c.header)).toEqual(['姓名*', '证件号码*']);
    expect(DOC_TYPES.length).toBeGreaterThan(1);
  });

  it('round-trips: members → rows → preview → the same drafts and data', () => {
    const members = variedMembers(60);
    const rows = exportRows(members, { title: '杭州示例机械有限公司工会会员名册' });
    const { report, preview } = importRows(rows);
    expect(report.unmapped).toEqual([]);
    expect(preview.rows.map((r) => r.status)).toEqual(members.map(() => 'ok'));
    expect(preview.rows.map((r) => r.draft)).toEqual(members.map(toMemberDraft));
    expect(preview.rows.map((r) => r.data)).toEqual(members);
  });

  it('writes choices and flags in words and dates as text', () => {
    const [row] = exportRows([storedMember(makeMemberDraft({ hardship: true }))]).slice(1);
    expect(row).toEqual(
      expect.arrayContaining([
        '男',
        '汉族',
        '居民身份证',
        '大学专科',
        '群众',
        '在岗',
        '外地农村',
        '是',
        '否',
        '2015-06-13',
      ]),
    );
  });

  it('masks ID numbers on request, and such a sheet does not import', () => {
    const members = variedMembers(2);
    const rows = exportRows(members, { maskIdNumbers: true, maskPhones: true });
    expect(rows[0]![0]).toContain('不能用于导入');
    expect(rows[2]![5]).toBe('110105********002X');
    expect(rows[2]![11]).toBe('138****8000');
    const { preview } = importRows(rows);
    expect(preview.rows.every((r) => r.status === 'error')).toBe(true);
    expect(preview.rows[0]!.messages[0]!.message.key).toBe('members.docNumber.masked');
  });

  it('gives a blank template whose header the import finds below its note', () => {
    const rows = templateRows();
    const header = findHeaderRow(rows);
    expect(header?.index).toBe(1);
    expect(proposeMapping(header!).mapping.columns.every((c) => c !== null)).toBe(true);
  });
});
