import { Result, Spin } from 'antd';
import { t } from '../../shared/i18n';
import { SetupWizard } from '../features/profile/SetupWizard';
import { useProfile } from '../features/profile/useProfile';
import { MainLayout } from './MainLayout';

/** First run (no profile yet) shows the setup wizard; afterwards the main window. */
export function App() {
  const state = useProfile();
  if (state.status === 'loading') {
    return (
      <div className="app-loading">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (state.status === 'error') {
    return <Result status="error" title={t('db.openFailed')} subTitle={state.message} />;
  }
  if (!state.profile) return <SetupWizard />;
  return <MainLayout profile={state.profile} />;
}
