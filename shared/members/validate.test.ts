import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { makeMemberDraft, makeResidentId } from './fixtures';
import type { MemberDraft } from './model';
import { buildMember, validateMember } from './validate';

const today = '2024-06-01';
const validate = (overrides: Partial<MemberDraft>) =>
  validateMember(makeMemberDraft(overrides), { today });
const keysOf = (messages: readonly { key: string }[] | undefined) =>
  (messages ?? []).map((m) => m.key);

describe('validateMember: a valid member', () => {
  it('has no errors and gives the data to store', () => {
    const check = validate({});
    expect(check.fieldErrors).toEqual({});
    expect(check.fieldWarnings).toEqual({});
    expect(check.data).toMatchObject({
      name: '张三',
      docNumber: makeResidentId(),
      idKey: `residentId:${makeResidentId()}`,
      migrantWorker: true,
    });
  });

  it('normalises what is stored and leaves blank optional fields out', () => {
    const check = validate({
      name: ' 张 三 ',
      docNumber: ' 11010519491231002x ',
      sex: '',
      birthDate: '',
      mobile: '+86 138-0013-8000',
      memberNo: ' ＨＹ 001 ',
      ethnicity: '汉',
      department: '  ',
      joinedOn: '1990-01-01',
    });
    expect(check.fieldErrors).toEqual({});
    expect(check.data).toMatchObject({
      name: '张三',
      docNumber: '11010519491231002X',
      sex: 'female',
      birthDate: '1949-12-31',
      mobile: '13800138000',
      memberNo: 'HY001',
      ethnicity: '汉族',
    });
    expect(check.data).not.toHaveProperty('department');
  });

  it('converts an old 15-digit resident ID', () => {
    const check = validate({ docNumber: '110105491231002', sex: '', birthDate: '', joinedOn: '' });
    expect(check.data?.docNumber).toBe('11010519491231002X');
    expect(check.data?.sex).toBe('female');
  });
});

describe('validateMember: the ID number decides birth date and sex', () => {
  it('takes them from the ID and warns when the entered ones differ', () => {
    const check = validate({ sex: 'female', birthDate: '1985-03-21' });
    expect(check.data).toMatchObject({ sex: 'male', birthDate: '1985-03-12' });
    expect(keysOf(check.fieldWarnings.sex)).toEqual(['members.sex.replacedByIdMale']);
    expect(keysOf(check.fieldWarnings.birthDate)).toEqual(['members.birthDate.replacedById']);
    expect(render(check.fieldWarnings.birthDate![0]!)).toContain('1985-03-12');
  });

  it('reports a wrong check character, and asks for the sex only when it cannot be read', () => {
    const id = makeResidentId();
    const wrong = id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
    const check = validate({ docNumber: wrong, sex: '' });
    expect(check.fieldErrors.docNumber?.key).toBe('residentId.checkChar');
    expect(check.fieldErrors.sex).toBeUndefined();
    expect(check.data).toBeUndefined();
  });

  it('says when an ID number lost its last digits in Excel', () => {
    expect(validate({ docNumber: '4.40524188001E+17' }).fieldErrors.docNumber?.key).toBe(
      'residentId.excelNumber',
    );
  });

  it('refuses a masked number from an export', () => {
    expect(validate({ docNumber: '330106********0011' }).fieldErrors.docNumber?.key).toBe(
      'members.docNumber.masked',
    );
  });

  it('checks residence permits of Hong Kong, Macao and Taiwan residents the same way', () => {
    const permit = makeResidentId({ area: '810000', sex: 'female', birthDate: '1990-02-03' });
    const check = validate({
      docType: 'hmtResidencePermit',
      docNumber: permit,
      sex: '',
      birthDate: '',
    });
    expect(check.data).toMatchObject({ sex: 'female', birthDate: '1990-02-03' });
  });
});

describe('validateMember: other documents skip the check', () => {
  it('stores a passport number in upper case and needs the sex entered', () => {
    const check = validate({
      docType: 'passport',
      docNumber: 'e 1234 5678',
      sex: '',
      birthDate: '',
    });
    expect(check.draft.docNumber).toBe('E12345678');
    expect(check.fieldErrors.sex?.key).toBe('members.sex.required');
    const ok = validate({
      docType: 'passport',
      docNumber: 'e12345678',
      sex: 'female',
      birthDate: '1990-01-01',
    });
    expect(ok.data).toMatchObject({
      idKey: 'passport:E12345678',
      sex: 'female',
      birthDate: '1990-01-01',
    });
  });

  it('refuses characters no document uses', () => {
    expect(
      validate({ docType: 'passport', docNumber: 'E1234/5678' }).fieldErrors.docNumber?.key,
    ).toBe('members.docNumber.badChar');
  });
});

describe('validateMember: other fields', () => {
  it('requires a name and a document number', () => {
    const check = validate({ name: ' ', docNumber: '' });
    expect(render(check.fieldErrors.name!)).toBe('请填写姓名。');
    expect(render(check.fieldErrors.docNumber!)).toBe('请填写证件号码。');
  });

  it('checks the mobile phone', () => {
    expect(validate({ mobile: '0571-87654321' }).fieldErrors.mobile?.key).toBe(
      'phone.mobileLength',
    );
    expect(validate({ mobile: '12800138000' }).fieldErrors.mobile?.key).toBe('phone.mobilePrefix');
  });

  it('refuses dates in the future and a joining date before birth', () => {
    expect(validate({ joinedOn: '2024-06-02' }).fieldErrors.joinedOn?.key).toBe('field.dateFuture');
    expect(validate({ joinedOn: '2024-06-01' }).fieldErrors.joinedOn).toBeUndefined();
    expect(validate({ joinedOn: '1985-03-11' }).fieldErrors.joinedOn?.key).toBe(
      'members.joinedOn.beforeBirth',
    );
    const passport = { docType: 'passport', docNumber: 'E1', sex: 'male' } as const;
    expect(validate({ ...passport, birthDate: '2030-01-01' }).fieldErrors.birthDate?.key).toBe(
      'field.dateFuture',
    );
    expect(validate({ ...passport, birthDate: '1990-02-30' }).fieldErrors.birthDate?.key).toBe(
      'field.dateInvalid',
    );
  });

  it('warns about joining before 16, to the day', () => {
    expect(keysOf(validate({ joinedOn: '2001-03-11' }).fieldWarnings.joinedOn)).toEqual([
      'members.joinedOn.tooYoung',
    ]);
    expect(validate({ joinedOn: '2001-03-12' }).fieldWarnings.joinedOn).toBeUndefined();
  });

  it('warns about a migrant worker with urban household registration', () => {
    const check = validate({ migrantWorker: true, household: 'localUrban' });
    expect(render(check.fieldWarnings.migrantWorker![0]!)).toContain('本地城镇');
    expect(check.data).toBeDefined();
  });

  it('keeps an unknown ethnic group with a warning', () => {
    const check = validate({ ethnicity: '穿青人' });
    expect(check.data?.ethnicity).toBe('穿青人');
    expect(keysOf(check.fieldWarnings.ethnicity)).toEqual(['members.ethnicity.unknown']);
  });
});

describe('buildMember', () => {
  const meta = {
    id: '0b9f6f7e-9a4c-4c1e-8f7a-3b2d1c0e9f8a',
    createdAt: '2024-06-01T01:02:03.000Z',
    updatedAt: '2024-06-01T01:02:03.000Z',
    status: 'active',
  } as const;

  it('builds the row to store', () => {
    const result = buildMember(makeMemberDraft(), meta, { today });
    expect(result.ok && result.member).toMatchObject({ ...meta, name: '张三', hardship: false });
  });

  it('refuses a draft with an error', () => {
    const result = buildMember(makeMemberDraft({ name: '' }), meta, { today });
    expect(result.ok).toBe(false);
  });
});
