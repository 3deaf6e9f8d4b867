import { Result, Spin } from 'antd';
import { useState } from 'react';
import { t } from '../../shared/i18n';
import { RestoreOffer } from '../features/backup/RestoreOffer';
import { useRestoreOffer } from '../features/backup/useRestoreOffer';
import { useStartupChores } from '../features/backup/useStartupChores';
import { SetupWizard } from '../features/profile/SetupWizard';
import { useProfile } from '../features/profile/useProfile';
import { MainLayout } from './MainLayout';

function Loading() {
  return (
    <div className="app-loading">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

/**
 * First run (no profile yet) shows the setup wizard — unless the database is empty while backup
 * files exist, which means data was lost: then restoring is offered first. Afterwards the main
 * window.
 */
export function App() {
  const state = useProfile();
  const [offerDone, setOfferDone] = useState(false);
  const offer = useRestoreOffer(state.status === 'ready' && !state.profile);
  useStartupChores(state.status === 'ready' ? Boolean(state.profile) : undefined);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return <Result status="error" title={t('db.openFailed')} subTitle={state.message} />;
  }
  if (offer && offer.length > 0 && !offerDone) {
    return <RestoreOffer files={offer} onDone={() => setOfferDone(true)} />;
  }
  if (!state.profile) return offer === null ? <Loading /> : <SetupWizard />;
  return <MainLayout profile={state.profile} />;
}
