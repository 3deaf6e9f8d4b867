import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { makeMember, makeMemberData } from './fixtures';
import {
  CHOICE_FIELDS,
  MEMBER_FIELD_LABELS,
  MEMBER_FIELDS,
  emptyMemberDraft,
  idKey,
  memberSchema,
  toMemberDraft,
} from './model';
import { ETHNIC_GROUPS, standardEthnicGroup } from './options';

describe('member model', () => {
  it('keys a member by document type and number', () => {
    expect(idKey('residentId', '11010519491231002X')).toBe('residentId:11010519491231002X');
    expect(idKey('passport', 'E12345678')).not.toBe(idKey('residentId', 'E12345678'));
  });

  it('has a Chinese label for every field and every choice', () => {
    for (const field of MEMBER_FIELDS)
      expect(t(MEMBER_FIELD_LABELS[field])).toMatch(/\p{Script=Han}/u);
    for (const options of Object.values(CHOICE_FIELDS)) {
      const labels = options.map((o) => t(o.label));
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(t('members.employment.internalRetired')).toBe('内退');
  });

  it('turns a stored member into a draft and back without loss', () => {
    const data = makeMemberData({ ethnicity: undefined, mobile: undefined });
    const draft = toMemberDraft(data);
    expect(draft.ethnicity).toBe('');
    expect(draft.mobile).toBe('');
    expect(Object.keys(draft).sort()).toEqual(Object.keys(emptyMemberDraft()).sort());
  });

  it('checks the stored shape', () => {
    expect(memberSchema.safeParse(makeMember()).success).toBe(true);
    expect(memberSchema.safeParse(makeMember({ sex: 'x' as never })).success).toBe(false);
  });

  it('names the 56 ethnic groups and reads short forms', () => {
    expect(ETHNIC_GROUPS).toHaveLength(56);
    expect(standardEthnicGroup('汉')).toBe('汉族');
    expect(standardEthnicGroup('蒙族')).toBe('蒙古族');
    expect(standardEthnicGroup('穿青人')).toBeUndefined();
  });
});
