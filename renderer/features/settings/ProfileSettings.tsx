import { App, Button, Divider, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { PROFILE_FIELDS, toDraft, type UnionProfile } from '../../../shared/profile/profile';
import { FIELD_GROUPS } from '../profile/fields';
import { ProfileFields } from '../profile/ProfileFields';
import { useProfile } from '../profile/useProfile';
import { useProfileActions } from '../profile/useProfileActions';
import { useProfileDraft } from '../profile/useProfileDraft';

/** 设置 → 工会基本信息: the same fields and rules as the wizard, on one page. */
export function ProfileSettings() {
  const state = useProfile();
  if (state.status !== 'ready' || !state.profile) return null;
  // Keyed by updatedAt so the form resets to what was stored after each save.
  return <ProfileEditor key={state.profile.updatedAt} profile={state.profile} />;
}

function ProfileEditor({ profile }: { profile: UnionProfile }) {
  const draftState = useProfileDraft(toDraft(profile));
  const { save } = useProfileActions();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    draftState.reveal(PROFILE_FIELDS);
    const blocked = draftState.blocking(PROFILE_FIELDS);
    if (blocked.length > 0) {
      void message.error(t('wizard.fixFields'));
      document.getElementById(`profile-${blocked[0]}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await save(draftState.draft);
      if (result.ok) void message.success(t('settings.profileSaved'));
      else void message.error(result.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form layout="vertical" onFinish={() => void submit()} data-testid="profile-settings">
      {FIELD_GROUPS.map((group, index) => (
        <section key={group.title}>
          {index > 0 ? <Divider /> : null}
          <Typography.Title level={5}>{t(group.title)}</Typography.Title>
          <Typography.Paragraph type="secondary">{t(group.description)}</Typography.Paragraph>
          <ProfileFields fields={group.fields} state={draftState} />
        </section>
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('settings.saveProfile')}
        </Button>
        <Typography.Text type="secondary">
          {t('settings.lastSaved', { time: new Date(profile.updatedAt).toLocaleString('zh-CN') })}
        </Typography.Text>
      </Space>
    </Form>
  );
}
