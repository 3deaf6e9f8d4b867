import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import {
  emptyProfileDraft,
  PROFILE_FIELD_LABELS,
  PROFILE_FIELDS,
  profileFieldLabel,
  toDraft,
  unionProfileSchema,
  type UnionProfile,
} from './model';

const makeProfile = (overrides: Partial<UnionProfile> = {}): UnionProfile => ({
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: '2024-05-01T02:00:00.000Z',
  updatedAt: '2024-05-02T02:00:00.000Z',
  unionName: '某某有限公司工会委员会',
  employerName: '某某有限公司',
  creditCode: '81330100MC12345678',
  parentUnion: '某某区总工会',
  region: '浙江省杭州市西湖区',
  chairName: '王芳',
  workforceTotal: 120,
  workforceWomen: 50,
  workforceMigrant: 30,
  ...overrides,
});

describe('profile fields', () => {
  it('has a Chinese label for every field', () => {
    expect(Object.keys(PROFILE_FIELD_LABELS).sort()).toEqual([...PROFILE_FIELDS].sort());
    for (const field of PROFILE_FIELDS) expect(t(profileFieldLabel(field))).not.toMatch(/[a-z]/i);
    expect(t(profileFieldLabel('unionName'))).toBe('工会名称');
    expect(t(profileFieldLabel('creditCode'))).toBe('工会统一社会信用代码');
  });
});

describe('drafts', () => {
  it('starts empty, with counts unset', () => {
    const draft = emptyProfileDraft();
    expect(draft.unionName).toBe('');
    expect(draft.workforceTotal).toBeNull();
    expect(draft.confirmedWarnings).toEqual([]);
  });

  it('turns a stored profile into a draft, blank optional fields as empty text', () => {
    const draft = toDraft(makeProfile({ industry: '制造业', confirmedWarnings: ['x'] }));
    expect(draft).toMatchObject({ industry: '制造业', employerCreditCode: '', foundedOn: '' });
    expect(draft.confirmedWarnings).toEqual(['x']);
    expect(Object.keys(draft)).not.toContain('id');
  });
});

describe('unionProfileSchema', () => {
  it('accepts a well-formed record', () => {
    expect(unionProfileSchema.safeParse(makeProfile()).success).toBe(true);
  });

  it('refuses records of the wrong shape', () => {
    for (const bad of [
      { id: 'not-a-uuid' },
      { createdAt: '2024-05-01' },
      { foundedOn: '2015-02-29' },
      { workforceTotal: -1 },
      { workforceWomen: 2.5 },
      { unionName: '' },
    ]) {
      expect(unionProfileSchema.safeParse(makeProfile(bad)).success, JSON.stringify(bad)).toBe(
        false,
      );
    }
  });
});
