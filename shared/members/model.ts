import { z } from 'zod';
import type { PlainMessageKey } from '../i18n';
import type { MemberStatus } from './membership';
import {
  DOC_TYPES,
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  HOUSEHOLD_TYPES,
  POLITICAL_STATUSES,
  SEXES,
  type DocType,
  type Education,
  type EmploymentStatus,
  type HouseholdType,
  type PoliticalStatus,
  type Sex,
} from './options';

/**
 * A member of the union with the real-name fields of 工会会员实名制 (DOMAIN.md §5). The order of
 * `MEMBER_FIELDS` is the order of the form, of the export template and of the printed roster.
 */

export const MEMBER_FIELDS = [
  'name',
  'sex',
  'birthDate',
  'ethnicity',
  'docType',
  'docNumber',
  'education',
  'politicalStatus',
  'employment',
  'household',
  'migrantWorker',
  'mobile',
  'department',
  'position',
  'memberNo',
  'joinedOn',
  'hardship',
  'modelWorker',
  'activist',
  'representative',
] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];

/** Yes/no fields: 是否农民工 and the optional flags. */
export const BOOLEAN_FIELDS = [
  'migrantWorker',
  'hardship',
  'modelWorker',
  'activist',
  'representative',
] as const satisfies readonly MemberField[];
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

export const DATE_FIELDS = ['birthDate', 'joinedOn'] as const satisfies readonly MemberField[];
export type DateField = (typeof DATE_FIELDS)[number];

/** Free text: trimmed, with a length limit in characters. */
export const TEXT_FIELDS = {
  name: { required: true, max: 50 },
  department: { required: false, max: 50 },
  position: { required: false, max: 50 },
  memberNo: { required: false, max: 30 },
} as const satisfies { readonly [F in MemberField]?: { required: boolean; max: number } };
export type TextField = keyof typeof TEXT_FIELDS;

/** Fields with a closed list of choices, and that list. */
export const CHOICE_FIELDS = {
  sex: SEXES,
  docType: DOC_TYPES,
  education: EDUCATIONS,
  politicalStatus: POLITICAL_STATUSES,
  employment: EMPLOYMENT_STATUSES,
  household: HOUSEHOLD_TYPES,
} as const;
export type ChoiceField = keyof typeof CHOICE_FIELDS;

export const MEMBER_FIELD_LABELS: { readonly [F in MemberField]: PlainMessageKey } = {
  name: 'members.field.name',
  sex: 'members.field.sex',
  birthDate: 'members.field.birthDate',
  ethnicity: 'members.field.ethnicity',
  docType: 'members.field.docType',
  docNumber: 'members.field.docNumber',
  education: 'members.field.education',
  politicalStatus: 'members.field.politicalStatus',
  employment: 'members.field.employment',
  household: 'members.field.household',
  migrantWorker: 'members.field.migrantWorker',
  mobile: 'members.field.mobile',
  department: 'members.field.department',
  position: 'members.field.position',
  memberNo: 'members.field.memberNo',
  joinedOn: 'members.field.joinedOn',
  hardship: 'members.field.hardship',
  modelWorker: 'members.field.modelWorker',
  activist: 'members.field.activist',
  representative: 'members.field.representative',
};

/** A member's data as stored, without the row's identity and bookkeeping. */
export interface MemberData {
  name: string;
  sex: Sex;
  /** `YYYY-MM-DD`; for GB 11643 documents always the date in the number. */
  birthDate?: string;
  /** One of `ETHNIC_GROUPS`, or other text the user confirmed. */
  ethnicity?: string;
  docType: DocType;
  /** Normal form: half-width, no spaces, upper case (a resident ID's X). */
  docNumber: string;
  /** `${docType}:${docNumber}`; the members table's unique index. */
  idKey: string;
  education?: Education;
  politicalStatus?: PoliticalStatus;
  employment?: EmploymentStatus;
  household?: HouseholdType;
  migrantWorker: boolean;
  /** 11 digits. */
  mobile?: string;
  department?: string;
  position?: string;
  memberNo?: string;
  /** `YYYY-MM-DD`: 入会日期, kept as the member states it (also from a previous union). */
  joinedOn?: string;
  hardship: boolean;
  modelWorker: boolean;
  activist: boolean;
  representative: boolean;
}

/** A row of the members table. */
export interface Member extends MemberData {
  /** UUID, created by the app. */
  id: string;
  /** UTC ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /**
   * `deriveStatus(events, today)` stored for the table's index and the list's filter. The data
   * layer rewrites it whenever the member's events change; statistics never read it.
   */
  status: MemberStatus;
}

/** A member as a form (or one import row) holds it: text as typed, blank choices ''. */
export interface MemberDraft {
  name: string;
  sex: Sex | '';
  birthDate: string;
  ethnicity: string;
  docType: DocType;
  docNumber: string;
  education: Education | '';
  politicalStatus: PoliticalStatus | '';
  employment: EmploymentStatus | '';
  household: HouseholdType | '';
  migrantWorker: boolean;
  mobile: string;
  department: string;
  position: string;
  memberNo: string;
  joinedOn: string;
  hardship: boolean;
  modelWorker: boolean;
  activist: boolean;
  representative: boolean;
}

/** The unique key of a member: a document number is only unique within its document type. */
export function idKey(docType: DocType, docNumber: string): string {
  return `${docType}:${docNumber}`;
}

export function emptyMemberDraft(): MemberDraft {
  return {
    name: '',
    sex: '',
    birthDate: '',
    ethnicity: '',
    docType: 'residentId',
    docNumber: '',
    education: '',
    politicalStatus: '',
    employment: '',
    household: '',
    migrantWorker: false,
    mobile: '',
    department: '',
    position: '',
    memberNo: '',
    joinedOn: '',
    hardship: false,
    modelWorker: false,
    activist: false,
    representative: false,
  };
}

/** A stored member (or its data) as a form draft, for editing. */
export function toMemberDraft(member: MemberData): MemberDraft {
  return {
    name: member.name,
    sex: member.sex,
    birthDate: member.birthDate ?? '',
    ethnicity: member.ethnicity ?? '',
    docType: member.docType,
    docNumber: member.docNumber,
    education: member.education ?? '',
    politicalStatus: member.politicalStatus ?? '',
    employment: member.employment ?? '',
    household: member.household ?? '',
    migrantWorker: member.migrantWorker,
    mobile: member.mobile ?? '',
    department: member.department ?? '',
    position: member.position ?? '',
    memberNo: member.memberNo ?? '',
    joinedOn: member.joinedOn ?? '',
    hardship: member.hardship,
    modelWorker: member.modelWorker,
    activist: member.activist,
    representative: member.representative,
  };
}

const values = <V extends string>(options: readonly { value: V }[]) =>
  options.map((o) => o.value) as [V, ...V[]];

/**
 * The stored record's shape, for rows that did not come through `validateMember` (a restored
 * backup, a row written by an older version). The rules and their messages are in validate.ts.
 */
export const memberDataSchema = z.object({
  name: z.string().min(1),
  sex: z.enum(values(SEXES)),
  birthDate: z.iso.date().optional(),
  ethnicity: z.string().min(1).optional(),
  docType: z.enum(values(DOC_TYPES)),
  docNumber: z.string().min(1),
  idKey: z.string().min(3),
  education: z.enum(values(EDUCATIONS)).optional(),
  politicalStatus: z.enum(values(POLITICAL_STATUSES)).optional(),
  employment: z.enum(values(EMPLOYMENT_STATUSES)).optional(),
  household: z.enum(values(HOUSEHOLD_TYPES)).optional(),
  migrantWorker: z.boolean(),
  mobile: z
    .string()
    .regex(/^1\d{10}$/)
    .optional(),
  department: z.string().min(1).optional(),
  position: z.string().min(1).optional(),
  memberNo: z.string().min(1).optional(),
  joinedOn: z.iso.date().optional(),
  hardship: z.boolean(),
  modelWorker: z.boolean(),
  activist: z.boolean(),
  representative: z.boolean(),
}) satisfies z.ZodType<MemberData>;

export const memberSchema = memberDataSchema.extend({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(['active', 'reserved', 'left', 'notJoined']),
}) satisfies z.ZodType<Member>;
