import { residentIdCheckChar } from '../validation/resident-id';
import { idKey, type Member, type MemberData, type MemberDraft } from './model';
import type { Sex } from './options';

/**
 * Builders for tests and benchmarks: valid members that a test overrides field by field. Not used
 * by the app itself.
 */

/** A valid 18-character resident ID for a birth date and sex (sequence parity gives the sex). */
export function makeResidentId(
  options: { birthDate?: string; sex?: Sex; area?: string; sequence?: number } = {},
): string {
  const birth = (options.birthDate ?? '1985-03-12').replace(/-/g, '');
  // The 17th digit is odd for men, even for women; the two before it are free.
  const sexDigit = (options.sex ?? 'male') === 'male' ? '1' : '2';
  const sequence = String((options.sequence ?? 12) % 100).padStart(2, '0');
  const first17 = `${options.area ?? '330106'}${birth}${sequence}${sexDigit}`;
  return first17 + residentIdCheckChar(first17);
}

export function makeMemberData(overrides: Partial<MemberData> = {}): MemberData {
  const birthDate = overrides.birthDate ?? '1985-03-12';
  const sex = overrides.sex ?? 'male';
  const docType = overrides.docType ?? 'residentId';
  const docNumber = overrides.docNumber ?? makeResidentId({ birthDate, sex });
  return {
    name: '张三',
    sex,
    birthDate,
    ethnicity: '汉族',
    docType,
    docNumber,
    idKey: idKey(docType, docNumber),
    education: 'college',
    politicalStatus: 'masses',
    employment: 'onDuty',
    household: 'nonLocalRural',
    migrantWorker: true,
    mobile: '13800138000',
    department: '一车间',
    position: '装配工',
    memberNo: 'HY2015001',
    joinedOn: '2015-06-13',
    hardship: false,
    modelWorker: false,
    activist: false,
    representative: false,
    ...overrides,
    ...(overrides.idKey === undefined ? { idKey: idKey(docType, docNumber) } : {}),
  };
}

export function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    id: '6f1c1a52-8a3e-4c55-9d0e-2b7f3c1d9e01',
    createdAt: '2024-01-02T03:04:05.000Z',
    updatedAt: '2024-01-02T03:04:05.000Z',
    status: 'active',
    ...makeMemberData(overrides),
    ...overrides,
  };
}

export function makeMemberDraft(overrides: Partial<MemberDraft> = {}): MemberDraft {
  return {
    name: '张三',
    sex: 'male',
    birthDate: '1985-03-12',
    ethnicity: '汉族',
    docType: 'residentId',
    docNumber: makeResidentId(),
    education: 'college',
    politicalStatus: 'masses',
    employment: 'onDuty',
    household: 'nonLocalRural',
    migrantWorker: true,
    mobile: '13800138000',
    department: '一车间',
    position: '装配工',
    memberNo: 'HY2015001',
    joinedOn: '2015-06-13',
    hardship: false,
    modelWorker: false,
    activist: false,
    representative: false,
    ...overrides,
  };
}
