import { Card, Tabs } from 'antd';
import { t } from '../../../shared/i18n';
import { AboutPanel } from './AboutPanel';
import { ProfileSettings } from './ProfileSettings';

export function SettingsPage() {
  return (
    <Card>
      <Tabs
        items={[
          { key: 'profile', label: t('settings.tab.profile'), children: <ProfileSettings /> },
          { key: 'about', label: t('settings.tab.about'), children: <AboutPanel /> },
        ]}
      />
    </Card>
  );
}
