import { z } from 'zod';

/**
 * The union profile (工会基本信息): one record per installation. The workforce counts are the
 * denominators of the membership rates, so they are required.
 */

/** Field names in the order they appear on the union's certificate and the form. */
export const PROFILE_FIELDS = [
  'unionName',
  'employerName',
  'creditCode',
  'employerCreditCode',
  'parentUnion',
  'industry',
  'region',
  'foundedOn',
  'chairName',
  'contactPhone',
  'workforceTotal',
  'workforceWomen',
  'workforceMigrant',
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface UnionProfile {
  /** UUID, created by the app. */
  id: string;
  /** UTC ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  unionName: string;
  employerName: string;
  /** The union's own code; a union legal person's starts with 81. */
  creditCode: string;
  employerCreditCode?: string;
  parentUnion: string;
  industry?: string;
  region: string;
  /** `YYYY-MM-DD`. */
  foundedOn?: string;
  chairName: string;
  /** Normal form from `checkContactPhone`: a mobile or `area-number[-ext]`. */
  contactPhone?: string;
  workforceTotal: number;
  workforceWomen: number;
  workforceMigrant: number;
  /** Tokens (see `warningToken`) of warnings the user checked and confirmed. */
  confirmedWarnings?: string[];
}

/** The profile as a form holds it: every text field a string (blank = ''), counts may be unset. */
export interface ProfileDraft {
  unionName: string;
  employerName: string;
  creditCode: string;
  employerCreditCode: string;
  parentUnion: string;
  industry: string;
  region: string;
  foundedOn: string;
  chairName: string;
  contactPhone: string;
  workforceTotal: number | null;
  workforceWomen: number | null;
  workforceMigrant: number | null;
  confirmedWarnings?: string[];
}

/** Catalogue keys of the field labels, e.g. `profile.field.unionName` → 工会名称. */
export const PROFILE_FIELD_LABELS: { readonly [F in ProfileField]: `profile.field.${F}` } = {
  unionName: 'profile.field.unionName',
  employerName: 'profile.field.employerName',
  creditCode: 'profile.field.creditCode',
  employerCreditCode: 'profile.field.employerCreditCode',
  parentUnion: 'profile.field.parentUnion',
  industry: 'profile.field.industry',
  region: 'profile.field.region',
  foundedOn: 'profile.field.foundedOn',
  chairName: 'profile.field.chairName',
  contactPhone: 'profile.field.contactPhone',
  workforceTotal: 'profile.field.workforceTotal',
  workforceWomen: 'profile.field.workforceWomen',
  workforceMigrant: 'profile.field.workforceMigrant',
};

export function profileFieldLabel(field: ProfileField): `profile.field.${ProfileField}` {
  return PROFILE_FIELD_LABELS[field];
}

export function emptyProfileDraft(): ProfileDraft {
  return {
    unionName: '',
    employerName: '',
    creditCode: '',
    employerCreditCode: '',
    parentUnion: '',
    industry: '',
    region: '',
    foundedOn: '',
    chairName: '',
    contactPhone: '',
    workforceTotal: null,
    workforceWomen: null,
    workforceMigrant: null,
    confirmedWarnings: [],
  };
}

/** A stored profile as a form draft, for editing. */
export function toDraft(profile: UnionProfile): ProfileDraft {
  return {
    unionName: profile.unionName,
    employerName: profile.employerName,
    creditCode: profile.creditCode,
    employerCreditCode: profile.employerCreditCode ?? '',
    parentUnion: profile.parentUnion,
    industry: profile.industry ?? '',
    region: profile.region,
    foundedOn: profile.foundedOn ?? '',
    chairName: profile.chairName,
    contactPhone: profile.contactPhone ?? '',
    workforceTotal: profile.workforceTotal,
    workforceWomen: profile.workforceWomen,
    workforceMigrant: profile.workforceMigrant,
    confirmedWarnings: [...(profile.confirmedWarnings ?? [])],
  };
}

/**
 * The stored record's shape, for data that did not come through the form (a restored backup, a
 * row written by an older version). The rules and their messages are in `validateProfile`.
 */
export const unionProfileSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  unionName: z.string().min(1),
  employerName: z.string().min(1),
  creditCode: z.string().length(18),
  employerCreditCode: z.string().length(18).optional(),
  parentUnion: z.string().min(1),
  industry: z.string().min(1).optional(),
  region: z.string().min(1),
  foundedOn: z.iso.date().optional(),
  chairName: z.string().min(1),
  contactPhone: z.string().min(1).optional(),
  workforceTotal: z.int().nonnegative(),
  workforceWomen: z.int().nonnegative(),
  workforceMigrant: z.int().nonnegative(),
  confirmedWarnings: z.array(z.string()).optional(),
}) satisfies z.ZodType<UnionProfile>;
