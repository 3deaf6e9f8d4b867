import { msg, t, type Message } from '../i18n';
import { checkCreditCode } from '../validation/credit-code';
import { localToday } from '../validation/date';
import { checkCount, checkPastDate, checkText } from '../validation/fields';
import { compactCode } from '../validation/normalize';
import { checkContactPhone } from '../validation/phone';
import {
  PROFILE_FIELD_LABELS,
  PROFILE_FIELDS,
  unionProfileSchema,
  type ProfileDraft,
  type ProfileField,
  type UnionProfile,
} from './model';

/** A draft from the form, or a stored profile (blank optional fields absent). */
export type ProfileInput = Partial<ProfileDraft>;

export interface ProfileCheck {
  /** The first error of each field; a profile with any error is not saved. */
  fieldErrors: Partial<Record<ProfileField, Message>>;
  /**
   * One warning per field: the first not yet confirmed, or if all are confirmed the first one
   * (so the form can show it with its box ticked).
   */
  fieldWarnings: Partial<Record<ProfileField, Message>>;
  /**
   * Values as they are stored: text trimmed, codes and phones in normal form, blank optional
   * fields `undefined`. Text with an error keeps its cleaned-up input; a count with an error is
   * left out.
   */
  normalised: Partial<ProfileDraft>;
}

type PlainTextField =
  'unionName' | 'employerName' | 'parentUnion' | 'industry' | 'region' | 'chairName';

const TEXT_RULES: { readonly [F in PlainTextField]: { required: boolean; max: number } } = {
  unionName: { required: true, max: 100 },
  employerName: { required: true, max: 100 },
  parentUnion: { required: true, max: 100 },
  industry: { required: false, max: 50 },
  region: { required: true, max: 100 },
  chairName: { required: true, max: 50 },
};

/**
 * Names a warning for the value it was shown for, so that a confirmation lapses when the value
 * changes. The value is compared in compact upper-case form: re-typing the same code in lower
 * case or with spaces, or storing it normalised, keeps the confirmation.
 */
export function warningToken(field: ProfileField, warning: Message, value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return `${field}:${warning.key}:${compactCode(text).toUpperCase()}`;
}

interface Findings {
  fieldErrors: ProfileCheck['fieldErrors'];
  /** Every warning of each field, in order of importance. */
  warnings: Partial<Record<ProfileField, Message[]>>;
  normalised: Partial<ProfileDraft>;
}

function checkTexts(draft: ProfileInput, found: Findings): void {
  for (const field of Object.keys(TEXT_RULES) as PlainTextField[]) {
    const check = checkText(draft[field], {
      label: PROFILE_FIELD_LABELS[field],
      ...TEXT_RULES[field],
    });
    found.normalised[field] = check.value;
    if (check.error) found.fieldErrors[field] = check.error;
  }
}

function checkCodes(draft: ProfileInput, found: Findings): void {
  const codes = [
    { field: 'creditCode', required: true, expectUnion: true },
    { field: 'employerCreditCode', required: false, expectUnion: false },
  ] as const;
  for (const { field, required, expectUnion } of codes) {
    const raw = (draft[field] ?? '').trim();
    if (raw === '') {
      found.normalised[field] = undefined;
      if (required) {
        found.fieldErrors[field] = msg('field.required', { field: t(PROFILE_FIELD_LABELS[field]) });
      }
      continue;
    }
    const check = checkCreditCode(raw, { expectUnion });
    found.normalised[field] = check.value;
    if (check.errors[0]) found.fieldErrors[field] = check.errors[0];
    else if (check.warnings.length > 0) found.warnings[field] = check.warnings;
  }
  // A union legal person has a code of its own: the employer's code here is a mistake, not a doubt.
  const { creditCode, employerCreditCode } = found.normalised;
  if (!found.fieldErrors.creditCode && creditCode && creditCode === employerCreditCode) {
    found.fieldErrors.creditCode = msg('profile.sameCreditCode');
    delete found.warnings.creditCode;
  }
}

function checkContact(draft: ProfileInput, found: Findings, today: string): void {
  const founded = checkPastDate(draft.foundedOn, {
    label: PROFILE_FIELD_LABELS.foundedOn,
    required: false,
    today,
  });
  found.normalised.foundedOn = founded.value;
  if (founded.error) found.fieldErrors.foundedOn = founded.error;

  const phone = (draft.contactPhone ?? '').trim();
  found.normalised.contactPhone = phone === '' ? undefined : phone;
  if (phone === '') return;
  const check = checkContactPhone(phone);
  if (check.ok) found.normalised.contactPhone = check.value;
  else found.fieldErrors.contactPhone = check.error;
}

function checkWorkforce(draft: ProfileInput, found: Findings): void {
  const total = checkCount(draft.workforceTotal, { label: PROFILE_FIELD_LABELS.workforceTotal });
  if (total.error) found.fieldErrors.workforceTotal = total.error;
  else found.normalised.workforceTotal = total.value;

  // Women and migrant workers are each part of the workforce; they may overlap with each other.
  for (const field of ['workforceWomen', 'workforceMigrant'] as const) {
    const label = PROFILE_FIELD_LABELS[field];
    const part = checkCount(draft[field], { label, zeroHint: true });
    if (part.error) {
      found.fieldErrors[field] = part.error;
    } else if (part.value !== undefined && total.value !== undefined && part.value > total.value) {
      found.fieldErrors[field] = msg('field.countExceedsTotal', {
        field: t(label),
        value: part.value,
        total: total.value,
      });
    } else {
      found.normalised[field] = part.value;
    }
  }
}

function inspect(draft: ProfileInput, today: string): Findings {
  const found: Findings = { fieldErrors: {}, warnings: {}, normalised: {} };
  checkTexts(draft, found);
  checkCodes(draft, found);
  checkContact(draft, found, today);
  checkWorkforce(draft, found);
  return found;
}

function pickWarnings(draft: ProfileInput, found: Findings): ProfileCheck['fieldWarnings'] {
  const confirmed = new Set(draft.confirmedWarnings ?? []);
  const picked: ProfileCheck['fieldWarnings'] = {};
  for (const field of PROFILE_FIELDS) {
    const list = found.warnings[field] ?? [];
    const open = list.find((w) => !confirmed.has(warningToken(field, w, draft[field])));
    const shown = open ?? list[0];
    if (shown) picked[field] = shown;
  }
  return picked;
}

/**
 * Validates a draft (or a stored profile) against the profile rules, field by field, so the
 * form can show each message beside its field. `today` (`YYYY-MM-DD`, default: the local date)
 * bounds the founding date.
 */
export function validateProfile(
  draft: ProfileInput,
  options: { today?: string } = {},
): ProfileCheck {
  const found = inspect(draft, options.today ?? localToday());
  return {
    fieldErrors: found.fieldErrors,
    fieldWarnings: pickWarnings(draft, found),
    normalised: found.normalised,
  };
}

/** Fields whose shown warning the user has not confirmed for the current value. */
export function unconfirmedWarningFields(draft: ProfileInput, check: ProfileCheck): ProfileField[] {
  const confirmed = new Set(draft.confirmedWarnings ?? []);
  return PROFILE_FIELDS.filter((field) => {
    const warning = check.fieldWarnings[field];
    return warning !== undefined && !confirmed.has(warningToken(field, warning, draft[field]));
  });
}

/** No errors, and every warning confirmed by the user. */
export function isProfileComplete(
  profile: ProfileInput,
  options: { today?: string } = {},
): boolean {
  const check = validateProfile(profile, options);
  return (
    Object.keys(check.fieldErrors).length === 0 &&
    unconfirmedWarningFields(profile, check).length === 0
  );
}

export type BuildProfileResult =
  | { ok: true; profile: UnionProfile }
  | { ok: false; check: ProfileCheck; unconfirmed: ProfileField[] };

/**
 * The record to store for a draft: normalised values plus the given id and timestamps. Refuses a
 * draft with an error or an unconfirmed warning. Confirmations of warnings that no longer apply
 * are dropped, so the stored list only says what the user vouched for in this record.
 */
export function buildProfile(
  draft: ProfileInput,
  meta: { id: string; createdAt: string; updatedAt: string },
  options: { today?: string } = {},
): BuildProfileResult {
  const found = inspect(draft, options.today ?? localToday());
  const check: ProfileCheck = {
    fieldErrors: found.fieldErrors,
    fieldWarnings: pickWarnings(draft, found),
    normalised: found.normalised,
  };
  const unconfirmed = unconfirmedWarningFields(draft, check);
  if (Object.keys(check.fieldErrors).length > 0 || unconfirmed.length > 0) {
    return { ok: false, check, unconfirmed };
  }
  const current = new Set(
    PROFILE_FIELDS.flatMap((field) =>
      (found.warnings[field] ?? []).map((w) => warningToken(field, w, draft[field])),
    ),
  );
  const confirmedWarnings = (draft.confirmedWarnings ?? []).filter((token) => current.has(token));
  // The checks above guarantee the shape; parsing turns that guarantee into a checked type.
  // Blank optional fields are left out of the record rather than stored as undefined.
  const present = Object.entries(found.normalised).filter(([, value]) => value !== undefined);
  const profile = unionProfileSchema.parse({
    ...Object.fromEntries(present),
    ...meta,
    confirmedWarnings: [...new Set(confirmedWarnings)],
  });
  return { ok: true, profile };
}
