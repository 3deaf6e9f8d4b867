import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Statistic } from 'antd';
import { lazy, Suspense } from 'react';
import { t } from '../../../shared/i18n';
import { useProfile } from '../profile/useProfile';

// The scoring engine and the standard load after the first screen has drawn.
const HomeOverview = lazy(() => import('./HomeOverview'));

/** 工作台: the union at a glance, and this year's progress against the standard. */
export function HomePage() {
  const state = useProfile();
  if (state.status !== 'ready' || !state.profile) return null;
  const p = state.profile;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Suspense fallback={<Card title={t('homeOverview.title')} loading />}>
        <HomeOverview />
      </Suspense>
      <Card
        title={p.unionName}
        extra={
          <Button icon={<EditOutlined />} href="#/settings">
            {t('home.editProfile')}
          </Button>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'employer', label: t('profile.field.employerName'), children: p.employerName },
            { key: 'code', label: t('profile.field.creditCode'), children: p.creditCode },
            { key: 'parent', label: t('profile.field.parentUnion'), children: p.parentUnion },
            { key: 'region', label: t('profile.field.region'), children: p.region },
            { key: 'chair', label: t('profile.field.chairName'), children: p.chairName },
            { key: 'founded', label: t('profile.field.foundedOn'), children: p.foundedOn || '—' },
          ]}
        />
      </Card>
      <Card title={t('home.workforce')} extra={t('home.workforceHint')}>
        <div className="stat-grid">
          <Statistic
            title={t('profile.field.workforceTotal')}
            value={p.workforceTotal}
            suffix={t('unit.people')}
          />
          <Statistic
            title={t('profile.field.workforceWomen')}
            value={p.workforceWomen}
            suffix={t('unit.people')}
          />
          <Statistic
            title={t('profile.field.workforceMigrant')}
            value={p.workforceMigrant}
            suffix={t('unit.people')}
          />
        </div>
      </Card>
    </Space>
  );
}
