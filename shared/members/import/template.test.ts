import { describe, expect, it } from 'vitest';
import { seeded } from '../../../test/fixtures/random';
import { makeMemberDraft, makeResidentId } from '../fixtures';
import { toMemberDraft, type MemberData, type MemberDraft } from '../model';
import {
  DOC_TYPES,
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  HOUSEHOLD_TYPES,
  POLITICAL_STATUSES,
} from '../options';
import { validateMember } from '../validate';
import { findHeaderRow, proposeMapping } from './headers';
import { buildImportPreview } from './preview';
import { exportColumns, exportRows, templateRows } from './template';

const today = '2024-06-01';

function stored(draft: MemberDraft): MemberData {
  const check = validateMember(draft, { today });
  if (!check.data) throw new Error(JSON.stringify(check.fieldErrors));
  return check.data;
}

/** Members covering every choice, both flags, blanks and unusual names and documents. */
function varied(count: number): MemberData[] {
  const random = seeded(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const members: MemberData[] = [
    stored(
      makeMemberDraft({
        name: '阿卜杜拉·买买提',
        docNumber: '11010519491231002X',
        sex: 'female',
        birthDate: '1949-12-31',
        joinedOn: '1970-05-01',
      }),
    ),
    stored(
      makeMemberDraft({
        name: 'Maria Lopez',
        docType: 'passport',
        docNumber: 'E12345678',
        sex: 'female',
        birthDate: '',
        ethnicity: '',
        joinedOn: '',
        memberNo: 'HY2015002',
      }),
    ),
    stored({
      ...makeMemberDraft(),
      name: '李四',
      docNumber: makeResidentId({ sequence: 7 }),
      education: '',
      politicalStatus: '',
      employment: '',
      household: '',
      mobile: '',
      department: '',
      position: '',
      memberNo: '',
      migrantWorker: false,
    }),
  ];
  for (let i = 0; i < count; i += 1) {
    const sex = random() < 0.5 ? 'male' : 'female';
    const birthDate = `19${60 + Math.floor(random() * 40)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    members.push(
      stored(
        makeMemberDraft({
          name: pick(['王芳', '刘洋', '陈静', '单雄', '曾琳', '欧阳娜娜']),
          sex,
          birthDate,
          docType: 'residentId',
          docNumber: makeResidentId({ birthDate, sex, sequence: i }),
          education: pick(EDUCATIONS).value,
          politicalStatus: pick(POLITICAL_STATUSES).value,
          employment: pick(EMPLOYMENT_STATUSES).value,
          household: pick(HOUSEHOLD_TYPES.filter((h) => h.value.endsWith('Rural'))).value,
          migrantWorker: random() < 0.5,
          memberNo: `HY${1000 + i}`,
          joinedOn: '2016-09-01',
          hardship: random() < 0.5,
          modelWorker: random() < 0.5,
          activist: random() < 0.5,
          representative: random() < 0.5,
        }),
      ),
    );
  }
  return members;
}

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
    const members = varied(60);
    const rows = exportRows(members, { title: '杭州示例机械有限公司工会会员名册' });
    const { report, preview } = importRows(rows);
    expect(report.unmapped).toEqual([]);
    expect(preview.rows.map((r) => r.status)).toEqual(members.map(() => 'ok'));
    expect(preview.rows.map((r) => r.draft)).toEqual(members.map(toMemberDraft));
    expect(preview.rows.map((r) => r.data)).toEqual(members);
  });

  it('writes choices and flags in words and dates as text', () => {
    const [row] = exportRows([stored(makeMemberDraft({ hardship: true }))]).slice(1);
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
    const members = varied(2);
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
