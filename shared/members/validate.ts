import { msg, t, type Message } from '../i18n';
import { localToday } from '../validation/date';
import { checkPastDate, checkText } from '../validation/fields';
import { checkMobile } from '../validation/phone';
import { parseResidentId } from '../validation/resident-id';
import type { MemberStatus } from './membership';
import {
  BOOLEAN_FIELDS,
  MEMBER_FIELD_LABELS,
  TEXT_FIELDS,
  emptyMemberDraft,
  idKey,
  memberSchema,
  type Member,
  type MemberData,
  type MemberDraft,
  type MemberField,
  type TextField,
} from './model';
import { GB11643_DOC_TYPES, isRuralHousehold, standardEthnicGroup } from './options';
import { cleanName, cleanText, compact } from './text';

export interface MemberCheck {
  /** The first error of each field; a member with any error is not saved or imported. */
  fieldErrors: Partial<Record<MemberField, Message>>;
  /** Warnings do not block saving; the form and the import preview show them. */
  fieldWarnings: Partial<Record<MemberField, Message[]>>;
  /**
   * The draft as it will be stored: text cleaned, codes and phones in normal form, birth date
   * and sex taken from a GB 11643 number. A field with an error keeps its cleaned-up input.
   */
  draft: MemberDraft;
  /** The data to store, present exactly when there are no errors. */
  data?: MemberData;
}

const DOC_NUMBER_MAX = 30;
// Passports and permits use letters and digits; Hong Kong IDs add a check digit in brackets.
const DOC_NUMBER_CHARS = /[0-9A-Z()-]/;
// Child labour is unlawful (劳动法 第十五条), so a member younger than 16 at joining is a typo.
const MIN_JOINING_AGE = 16;

class Findings {
  readonly fieldErrors: MemberCheck['fieldErrors'] = {};
  readonly fieldWarnings: MemberCheck['fieldWarnings'] = {};

  error(field: MemberField, message: Message | undefined): void {
    if (message && !this.fieldErrors[field]) this.fieldErrors[field] = message;
  }

  warn(field: MemberField, message: Message): void {
    (this.fieldWarnings[field] ??= []).push(message);
  }
}

function checkTexts(input: Partial<MemberDraft>, out: MemberDraft, found: Findings): void {
  for (const field of Object.keys(TEXT_FIELDS) as TextField[]) {
    const raw = input[field] ?? '';
    const cleaned =
      field === 'name' ? cleanName(raw) : field === 'memberNo' ? compact(raw) : cleanText(raw);
    const check = checkText(cleaned, { label: MEMBER_FIELD_LABELS[field], ...TEXT_FIELDS[field] });
    out[field] = check.value ?? '';
    found.error(field, check.error);
  }
}

/** The document number, and for GB 11643 numbers the birth date and sex they carry. */
function checkDocument(
  input: Partial<MemberDraft>,
  out: MemberDraft,
  found: Findings,
  today: string,
): { birthDate: string; sex: 'male' | 'female' } | undefined {
  const raw = input.docNumber ?? '';
  const cleaned = compact(raw).toUpperCase();
  out.docNumber = cleaned;
  if (cleaned === '') {
    found.error('docNumber', msg('field.required', { field: t(MEMBER_FIELD_LABELS.docNumber) }));
    return undefined;
  }
  if (cleaned.includes('*')) {
    found.error('docNumber', msg('members.docNumber.masked', { value: cleaned }));
    return undefined;
  }
  if (GB11643_DOC_TYPES.has(out.docType)) {
    const parsed = parseResidentId(raw, { today });
    out.docNumber = parsed.value;
    if (!parsed.ok) {
      found.error('docNumber', parsed.error);
      return undefined;
    }
    return { birthDate: parsed.birthDate, sex: parsed.sex };
  }
  const length = [...cleaned].length;
  if (length > DOC_NUMBER_MAX) {
    found.error('docNumber', msg('members.docNumber.tooLong', { max: DOC_NUMBER_MAX, length }));
  }
  const bad = [...cleaned].find((ch) => !DOC_NUMBER_CHARS.test(ch));
  if (bad !== undefined) found.error('docNumber', msg('members.docNumber.badChar', { char: bad }));
  return undefined;
}

function checkPerson(
  input: Partial<MemberDraft>,
  out: MemberDraft,
  found: Findings,
  fromId: { birthDate: string; sex: 'male' | 'female' } | undefined,
  today: string,
): void {
  const enteredSex = input.sex ?? '';
  const enteredBirth = (input.birthDate ?? '').trim();
  if (fromId) {
    // A number that passed the GB 11643 check is the authority; the warning says what changed.
    out.sex = fromId.sex;
    out.birthDate = fromId.birthDate;
    if (enteredSex !== '' && enteredSex !== fromId.sex) {
      found.warn(
        'sex',
        msg(
          fromId.sex === 'male' ? 'members.sex.replacedByIdMale' : 'members.sex.replacedByIdFemale',
        ),
      );
    }
    if (enteredBirth !== '' && enteredBirth !== fromId.birthDate) {
      found.warn(
        'birthDate',
        msg('members.birthDate.replacedById', { entered: enteredBirth, fromId: fromId.birthDate }),
      );
    }
  } else {
    out.sex = enteredSex;
    // Without a checked number the sex is unknown only if the user left it blank.
    if (enteredSex === '' && !found.fieldErrors.docNumber) {
      found.error('sex', msg('members.sex.required'));
    }
    const birth = checkPastDate(enteredBirth, {
      label: MEMBER_FIELD_LABELS.birthDate,
      required: false,
      today,
    });
    out.birthDate = birth.value ?? '';
    found.error('birthDate', birth.error);
  }

  const ethnicity = cleanText(input.ethnicity ?? '');
  const standard = standardEthnicGroup(ethnicity);
  out.ethnicity = standard ?? ethnicity;
  if (ethnicity !== '' && standard === undefined) {
    found.warn('ethnicity', msg('members.ethnicity.unknown', { value: ethnicity }));
  }
}

function addYears(isoDate: string, years: number): string {
  const year = String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0');
  // 29 February + 16 years lands on 1 March in a common year; comparing text handles that.
  return `${year}${isoDate.slice(4)}`;
}

function checkMembership(
  input: Partial<MemberDraft>,
  out: MemberDraft,
  found: Findings,
  today: string,
): void {
  const joined = checkPastDate(input.joinedOn, {
    label: MEMBER_FIELD_LABELS.joinedOn,
    required: false,
    today,
  });
  out.joinedOn = joined.value ?? '';
  found.error('joinedOn', joined.error);
  const birth = out.birthDate;
  if (!joined.error && out.joinedOn !== '' && birth !== '' && !found.fieldErrors.birthDate) {
    if (out.joinedOn < birth) {
      found.error(
        'joinedOn',
        msg('members.joinedOn.beforeBirth', { joinedOn: out.joinedOn, birthDate: birth }),
      );
    } else if (out.joinedOn < addYears(birth, MIN_JOINING_AGE)) {
      found.warn(
        'joinedOn',
        msg('members.joinedOn.tooYoung', { joinedOn: out.joinedOn, birthDate: birth }),
      );
    }
  }

  const mobile = (input.mobile ?? '').trim();
  out.mobile = mobile;
  if (mobile !== '') {
    const phone = checkMobile(mobile);
    out.mobile = phone.value;
    if (!phone.ok) found.error('mobile', phone.error);
  }

  if (out.migrantWorker && out.household !== '' && !isRuralHousehold(out.household)) {
    const household = t(`members.household.${out.household}`);
    found.warn('migrantWorker', msg('members.migrantWorker.urbanHousehold', { household }));
  }
}

// Optional fields: stored only when not blank, never as undefined.
const OPTIONAL_FIELDS = [
  'birthDate',
  'ethnicity',
  'education',
  'politicalStatus',
  'employment',
  'household',
  'mobile',
  'department',
  'position',
  'memberNo',
  'joinedOn',
] as const satisfies readonly (keyof MemberData & keyof MemberDraft)[];

function toData(draft: MemberDraft): MemberData {
  const data: MemberData = {
    name: draft.name,
    // Only reached without errors, and a blank sex is an error.
    sex: draft.sex as MemberData['sex'],
    docType: draft.docType,
    docNumber: draft.docNumber,
    idKey: idKey(draft.docType, draft.docNumber),
    migrantWorker: draft.migrantWorker,
    hardship: draft.hardship,
    modelWorker: draft.modelWorker,
    activist: draft.activist,
    representative: draft.representative,
  };
  // Each optional field has the same non-blank type in the draft and in the data.
  const target = data as unknown as Record<(typeof OPTIONAL_FIELDS)[number], string>;
  for (const field of OPTIONAL_FIELDS) {
    const value = draft[field];
    if (value !== '') target[field] = value;
  }
  return data;
}

/**
 * Validates a member draft (from the form or one import row) field by field, so the form can
 * show each message beside its field and the import preview beside its column. `today`
 * (`YYYY-MM-DD`, default: the local date) bounds the dates.
 */
export function validateMember(
  input: Partial<MemberDraft>,
  options: { today?: string } = {},
): MemberCheck {
  const today = options.today ?? localToday();
  const base = emptyMemberDraft();
  const out: MemberDraft = {
    ...base,
    docType: input.docType ?? base.docType,
    education: input.education ?? '',
    politicalStatus: input.politicalStatus ?? '',
    employment: input.employment ?? '',
    household: input.household ?? '',
  };
  for (const field of BOOLEAN_FIELDS) out[field] = input[field] ?? false;

  const found = new Findings();
  checkTexts(input, out, found);
  const fromId = checkDocument(input, out, found, today);
  checkPerson(input, out, found, fromId, today);
  checkMembership(input, out, found, today);

  const ok = Object.keys(found.fieldErrors).length === 0;
  return {
    fieldErrors: found.fieldErrors,
    fieldWarnings: found.fieldWarnings,
    draft: out,
    ...(ok ? { data: toData(out) } : {}),
  };
}

export type BuildMemberResult = { ok: true; member: Member } | { ok: false; check: MemberCheck };

/**
 * The row to store for a draft: the validated data plus identity, timestamps and the status the
 * data layer derived from the member's events (`deriveStatus`). Refuses a draft with an error.
 */
export function buildMember(
  input: Partial<MemberDraft>,
  meta: { id: string; createdAt: string; updatedAt: string; status: MemberStatus },
  options: { today?: string } = {},
): BuildMemberResult {
  const check = validateMember(input, options);
  if (!check.data) return { ok: false, check };
  // The checks above guarantee the shape; parsing turns that guarantee into a checked type.
  return { ok: true, member: memberSchema.parse({ ...check.data, ...meta }) };
}
