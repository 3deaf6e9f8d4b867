import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import { creditCodeCheckChar } from '../validation/credit-code';
import { emptyProfileDraft, type ProfileDraft } from './model';
import {
  buildProfile,
  isProfileComplete,
  unconfirmedWarningFields,
  validateProfile,
  warningToken,
} from './validate';

const today = '2024-06-01';
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);
const UNION_CODE = withCheck('81330100MC1234567');
const EMPLOYER_CODE = '91350100M000100Y43';
// A union code whose check character is wrong: legal for early pilot codes, so only a warning.
const UNION_CODE_BAD_CHECK = UNION_CODE.slice(0, 17) + (UNION_CODE.endsWith('0') ? '1' : '0');

function makeDraft(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return {
    ...emptyProfileDraft(),
    unionName: '某某有限公司工会委员会',
    employerName: '某某有限公司',
    creditCode: UNION_CODE,
    employerCreditCode: EMPLOYER_CODE,
    parentUnion: '某某区总工会',
    region: '浙江省杭州市西湖区',
    chairName: '王芳',
    workforceTotal: 120,
    workforceWomen: 50,
    workforceMigrant: 30,
    ...overrides,
  };
}

const validate = (draft: Partial<ProfileDraft>) => validateProfile(draft, { today });

describe('validateProfile: a complete profile', () => {
  it('has no errors or warnings', () => {
    const check = validate(makeDraft());
    expect(check.fieldErrors).toEqual({});
    expect(check.fieldWarnings).toEqual({});
    expect(isProfileComplete(makeDraft(), { today })).toBe(true);
  });

  it('normalises what is stored', () => {
    const check = validate(
      makeDraft({
        unionName: '  某某有限公司工会委员会 ',
        creditCode: ` ${UNION_CODE.toLowerCase()} `,
        contactPhone: '+86 138 0013 8000',
        industry: '  ',
        foundedOn: '2015-07-01',
      }),
    );
    expect(check.fieldErrors).toEqual({});
    expect(check.normalised).toMatchObject({
      unionName: '某某有限公司工会委员会',
      creditCode: UNION_CODE,
      contactPhone: '13800138000',
      industry: undefined,
      foundedOn: '2015-07-01',
      workforceTotal: 120,
    });
  });

  it('accepts a landline as the contact phone', () => {
    const check = validate(makeDraft({ contactPhone: '0571 8765 4321' }));
    expect(check.fieldErrors.contactPhone).toBeUndefined();
    expect(check.normalised.contactPhone).toBe('0571-87654321');
  });
});

describe('validateProfile: errors beside their fields', () => {
  it('names each required field that is blank', () => {
    const check = validate(emptyProfileDraft());
    expect(Object.keys(check.fieldErrors).sort()).toEqual(
      [
        'unionName',
        'employerName',
        'creditCode',
        'parentUnion',
        'region',
        'chairName',
        'workforceTotal',
        'workforceWomen',
        'workforceMigrant',
      ].sort(),
    );
    expect(render(check.fieldErrors.unionName!)).toBe('请填写工会名称。');
    expect(render(check.fieldErrors.creditCode!)).toBe('请填写工会统一社会信用代码。');
    expect(render(check.fieldErrors.workforceWomen!)).toBe('请填写女职工人数；没有请填 0。');
    expect(isProfileComplete(emptyProfileDraft(), { today })).toBe(false);
  });

  it('limits the union name to 100 characters', () => {
    expect(
      validate(makeDraft({ unionName: '工'.repeat(100) })).fieldErrors.unionName,
    ).toBeUndefined();
    expect(validate(makeDraft({ unionName: '工'.repeat(101) })).fieldErrors.unionName).toEqual({
      key: 'field.tooLong',
      params: { field: '工会名称', max: 100, length: 101 },
    });
  });

  it('reports a malformed credit code on its own field', () => {
    const check = validate(
      makeDraft({ creditCode: '81330100IC1234567X', employerCreditCode: '123' }),
    );
    expect(check.fieldErrors.creditCode?.key).toBe('creditCode.confusableChar');
    expect(check.fieldErrors.employerCreditCode).toEqual({
      key: 'creditCode.length',
      params: { length: 3 },
    });
  });

  it('refuses the employer code entered as the union code', () => {
    const check = validate(makeDraft({ creditCode: EMPLOYER_CODE }));
    expect(check.fieldErrors.creditCode).toEqual({ key: 'profile.sameCreditCode' });
    expect(check.fieldWarnings.creditCode).toBeUndefined();
  });

  it('checks the founding date', () => {
    expect(validate(makeDraft({ foundedOn: '2024-06-02' })).fieldErrors.foundedOn?.key).toBe(
      'field.dateFuture',
    );
    expect(validate(makeDraft({ foundedOn: '2023-02-29' })).fieldErrors.foundedOn?.key).toBe(
      'field.dateInvalid',
    );
    expect(validate(makeDraft({ foundedOn: today })).fieldErrors.foundedOn).toBeUndefined();
  });

  it('checks the contact phone', () => {
    expect(validate(makeDraft({ contactPhone: '1380013800' })).fieldErrors.contactPhone?.key).toBe(
      'phone.mobileLength',
    );
    expect(validate(makeDraft({ contactPhone: '87654321' })).fieldErrors.contactPhone?.key).toBe(
      'phone.landlineNeedsArea',
    );
  });

  it('checks head counts against the total', () => {
    const check = validate(
      makeDraft({ workforceTotal: 40, workforceWomen: 41, workforceMigrant: 40 }),
    );
    expect(check.fieldErrors.workforceWomen).toEqual({
      key: 'field.countExceedsTotal',
      params: { field: '女职工人数', value: 41, total: 40 },
    });
    expect(check.fieldErrors.workforceMigrant).toBeUndefined();
    expect(
      validate(makeDraft({ workforceTotal: 0, workforceWomen: 0, workforceMigrant: 0 }))
        .fieldErrors,
    ).toEqual({});
    expect(validate(makeDraft({ workforceTotal: 10.5 })).fieldErrors.workforceTotal?.key).toBe(
      'field.countInvalid',
    );
  });
});

describe('validateProfile: warnings the user may confirm', () => {
  it('warns when the union code is not a union legal person’s', () => {
    const check = validate(makeDraft({ creditCode: withCheck('91330100MC1234567') }));
    expect(check.fieldErrors.creditCode).toBeUndefined();
    expect(check.fieldWarnings.creditCode).toEqual({
      key: 'creditCode.notUnion',
      params: { prefix: '91' },
    });
  });

  it('does not apply the 81 rule to the employer code', () => {
    expect(validate(makeDraft()).fieldWarnings.employerCreditCode).toBeUndefined();
  });

  it('warns on a failed check character and stops warning once confirmed', () => {
    const draft = makeDraft({ creditCode: UNION_CODE_BAD_CHECK });
    const check = validate(draft);
    const warning = check.fieldWarnings.creditCode!;
    expect(warning.key).toBe('creditCode.checkChar');
    expect(unconfirmedWarningFields(draft, check)).toEqual(['creditCode']);
    expect(isProfileComplete(draft, { today })).toBe(false);

    const token = warningToken('creditCode', warning, draft.creditCode);
    const confirmed = { ...draft, confirmedWarnings: [token] };
    expect(unconfirmedWarningFields(confirmed, validate(confirmed))).toEqual([]);
    expect(isProfileComplete(confirmed, { today })).toBe(true);
  });

  it('keeps a confirmation when the same code is re-typed differently, not when it changes', () => {
    const draft = makeDraft({ creditCode: UNION_CODE_BAD_CHECK });
    const warning = validate(draft).fieldWarnings.creditCode!;
    const confirmedWarnings = [warningToken('creditCode', warning, draft.creditCode)];
    const retyped = {
      ...draft,
      creditCode: ` ${UNION_CODE_BAD_CHECK.toLowerCase()}`,
      confirmedWarnings,
    };
    expect(isProfileComplete(retyped, { today })).toBe(true);
    const changed = {
      ...draft,
      creditCode: withCheck('81330100MC7654321').slice(0, 17) + 'Y',
      confirmedWarnings,
    };
    expect(validate(changed).fieldWarnings.creditCode?.key).toBe('creditCode.checkChar');
    expect(isProfileComplete(changed, { today })).toBe(false);
  });

  it('shows the next warning of a field once the first is confirmed', () => {
    const code = withCheck('91330100MC1234567').slice(0, 17) + 'Y';
    const draft = makeDraft({ creditCode: code });
    const first = validate(draft).fieldWarnings.creditCode!;
    expect(first.key).toBe('creditCode.checkChar');
    const once = { ...draft, confirmedWarnings: [warningToken('creditCode', first, code)] };
    const second = validate(once).fieldWarnings.creditCode!;
    expect(second.key).toBe('creditCode.notUnion');
    expect(isProfileComplete(once, { today })).toBe(false);
    const twice = {
      ...once,
      confirmedWarnings: [...once.confirmedWarnings, warningToken('creditCode', second, code)],
    };
    expect(validate(twice).fieldWarnings.creditCode).toEqual(first);
    expect(isProfileComplete(twice, { today })).toBe(true);
  });
});

describe('buildProfile', () => {
  const meta = {
    id: '3b241101-e2bb-4255-8caf-4136c566a962',
    createdAt: '2024-05-01T02:00:00.000Z',
    updatedAt: '2024-06-01T02:00:00.000Z',
  };

  it('stores normalised values with the given id and times, without blank optional fields', () => {
    const result = buildProfile(
      makeDraft({ creditCode: UNION_CODE.toLowerCase(), contactPhone: '138-0013-8000' }),
      meta,
      { today },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toMatchObject({
      ...meta,
      creditCode: UNION_CODE,
      contactPhone: '13800138000',
    });
    expect('industry' in result.profile).toBe(false);
    expect(validateProfile(result.profile, { today }).fieldErrors).toEqual({});
  });

  it('refuses a draft with errors or unconfirmed warnings', () => {
    const withError = buildProfile(makeDraft({ chairName: '' }), meta, { today });
    expect(withError.ok).toBe(false);
    if (!withError.ok) expect(Object.keys(withError.check.fieldErrors)).toEqual(['chairName']);
    const withWarning = buildProfile(makeDraft({ creditCode: UNION_CODE_BAD_CHECK }), meta, {
      today,
    });
    expect(withWarning).toMatchObject({ ok: false, unconfirmed: ['creditCode'] });
  });

  it('keeps only confirmations that still apply', () => {
    const draft = makeDraft({ creditCode: UNION_CODE_BAD_CHECK });
    const warning = validate(draft).fieldWarnings.creditCode!;
    const token = warningToken('creditCode', warning, draft.creditCode);
    const result = buildProfile(
      { ...draft, confirmedWarnings: [token, 'creditCode:old:X', token] },
      meta,
      { today },
    );
    expect(result.ok && result.profile.confirmedWarnings).toEqual([token]);
    expect(result.ok && isProfileComplete(result.profile, { today })).toBe(true);
  });
});
