import { App, Button, Card, Form, Steps, Typography } from 'antd';
import { useState } from 'react';
import { t } from '../../../shared/i18n';
import { emptyProfileDraft, PROFILE_FIELDS } from '../../../shared/profile/profile';
import { useProfileActions } from './useProfileActions';
import { ProfileFields } from './ProfileFields';
import { ProfileSummary } from './ProfileSummary';
import { FIELD_GROUPS } from './fields';
import { useProfileDraft } from './useProfileDraft';

/** First run: the union profile in three short steps, then a summary to confirm. */
export function SetupWizard() {
  const state = useProfileDraft(emptyProfileDraft());
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const { save } = useProfileActions();
  const { message } = App.useApp();
  const lastStep = FIELD_GROUPS.length;
  const group = FIELD_GROUPS[step];

  const next = () => {
    const fields = group ? group.fields : PROFILE_FIELDS;
    state.reveal(fields);
    const blocked = state.blocking(fields);
    if (blocked.length > 0) {
      void message.error(t('wizard.fixFields'));
      document.getElementById(`profile-${blocked[0]}`)?.focus();
      return;
    }
    setStep((s) => s + 1);
  };

  const finish = async () => {
    setSaving(true);
    try {
      const result = await save(state.draft);
      if (!result.ok) {
        state.reveal(PROFILE_FIELDS);
        void message.error(result.message);
        return;
      }
      void message.success(t('wizard.saved'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="wizard">
      <Card className="wizard-card">
        <div className="wizard-head">
          <img src="./logo.svg" alt="" width={40} height={40} />
          <div>
            <Typography.Title level={3}>{t('wizard.title')}</Typography.Title>
            <Typography.Text type="secondary">{t('wizard.subtitle')}</Typography.Text>
          </div>
        </div>
        <Steps
          className="wizard-steps"
          current={step}
          size="small"
          items={[
            ...FIELD_GROUPS.map((g) => ({ title: t(g.title) })),
            { title: t('wizard.step.confirm') },
          ]}
        />
        <Form
          layout="vertical"
          requiredMark
          onFinish={() => (step < lastStep ? next() : void finish())}
          data-testid="setup-wizard"
        >
          {group ? (
            <>
              <Typography.Paragraph type="secondary">{t(group.description)}</Typography.Paragraph>
              <ProfileFields fields={group.fields} state={state} />
            </>
          ) : (
            <>
              <Typography.Paragraph type="secondary">
                {t('wizard.confirmHint')}
              </Typography.Paragraph>
              <ProfileSummary profile={state.draft} />
            </>
          )}
          <div className="wizard-actions">
            <Button disabled={step === 0} onClick={() => setStep((s) => s - 1)}>
              {t('wizard.back')}
            </Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {step < lastStep ? t('wizard.next') : t('wizard.finish')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
