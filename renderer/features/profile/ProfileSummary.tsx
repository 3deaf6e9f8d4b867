import { Descriptions } from 'antd';
import { t } from '../../../shared/i18n';
import {
  PROFILE_FIELDS,
  profileFieldLabel,
  validateProfile,
  type ProfileDraft,
} from '../../../shared/profile/profile';

/** The profile as it will be stored, read-only: e.g. for the wizard's last step. */
export function ProfileSummary({ profile: draft }: { profile: ProfileDraft }) {
  const profile = { ...draft, ...validateProfile(draft).normalised };
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      items={PROFILE_FIELDS.map((field) => {
        const value = profile[field];
        const text = value === null || value === undefined || value === '' ? '—' : String(value);
        return {
          key: field,
          label: t(profileFieldLabel(field)),
          children: typeof value === 'number' ? `${text} ${t('unit.people')}` : text,
        };
      })}
    />
  );
}
