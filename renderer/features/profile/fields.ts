import type { PlainMessageKey } from '../../../shared/i18n';
import type { ProfileField } from '../../../shared/profile/profile';

export type FieldInput = 'text' | 'code' | 'date' | 'count' | 'phone';

export interface FieldSpec {
  name: ProfileField;
  input: FieldInput;
  required: boolean;
  placeholder?: PlainMessageKey;
  extra?: PlainMessageKey;
  wide?: boolean;
}

/** The profile form's fields in the order a clerk reads them off the union's certificate. */
export const FIELD_SPECS: Record<ProfileField, FieldSpec> = {
  unionName: {
    name: 'unionName',
    input: 'text',
    required: true,
    placeholder: 'profile.ph.unionName',
    wide: true,
  },
  creditCode: {
    name: 'creditCode',
    input: 'code',
    required: true,
    placeholder: 'profile.ph.creditCode',
    extra: 'profile.extra.creditCode',
  },
  employerName: {
    name: 'employerName',
    input: 'text',
    required: true,
    placeholder: 'profile.ph.employerName',
  },
  employerCreditCode: {
    name: 'employerCreditCode',
    input: 'code',
    required: false,
    placeholder: 'profile.ph.creditCode',
  },
  parentUnion: {
    name: 'parentUnion',
    input: 'text',
    required: true,
    placeholder: 'profile.ph.parentUnion',
  },
  region: { name: 'region', input: 'text', required: true, placeholder: 'profile.ph.region' },
  industry: {
    name: 'industry',
    input: 'text',
    required: false,
    placeholder: 'profile.ph.industry',
  },
  foundedOn: { name: 'foundedOn', input: 'date', required: false },
  chairName: { name: 'chairName', input: 'text', required: true },
  contactPhone: {
    name: 'contactPhone',
    input: 'phone',
    required: false,
    placeholder: 'profile.ph.contactPhone',
  },
  workforceTotal: {
    name: 'workforceTotal',
    input: 'count',
    required: true,
    extra: 'profile.extra.workforceTotal',
  },
  workforceWomen: { name: 'workforceWomen', input: 'count', required: true },
  workforceMigrant: {
    name: 'workforceMigrant',
    input: 'count',
    required: true,
    extra: 'profile.extra.workforceMigrant',
  },
};

export interface FieldGroup {
  title: PlainMessageKey;
  description: PlainMessageKey;
  fields: ProfileField[];
}

/** Groups used both as wizard steps and as sections of the settings form. */
export const FIELD_GROUPS: FieldGroup[] = [
  {
    title: 'profile.group.union',
    description: 'profile.group.unionHint',
    fields: ['unionName', 'creditCode', 'employerName', 'employerCreditCode'],
  },
  {
    title: 'profile.group.org',
    description: 'profile.group.orgHint',
    fields: ['parentUnion', 'region', 'industry', 'foundedOn', 'chairName', 'contactPhone'],
  },
  {
    title: 'profile.group.workforce',
    description: 'profile.group.workforceHint',
    fields: ['workforceTotal', 'workforceWomen', 'workforceMigrant'],
  },
];
