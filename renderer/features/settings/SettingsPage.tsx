import { Card, Tabs } from 'antd';
import { t } from '../../../shared/i18n';
import { BackupPanel } from '../backup/BackupPanel';
import { RecycleBinPanel } from '../recycle-bin/RecycleBinPanel';
import { AboutPanel } from './AboutPanel';
import { ProfileSettings } from './ProfileSettings';

export function SettingsPage() {
  return (
    <Card>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'profile', label: t('settings.tab.profile'), children: <ProfileSettings /> },
          { key: 'backup', label: t('settings.tab.backup'), children: <BackupPanel /> },
          { key: 'recycle', label: t('settings.tab.recycle'), children: <RecycleBinPanel /> },
          { key: 'about', label: t('settings.tab.about'), children: <AboutPanel /> },
        ]}
      />
    </Card>
  );
}
