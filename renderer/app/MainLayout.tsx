import { Layout, Menu, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { t } from '../../shared/i18n';
import type { UnionProfile } from '../../shared/profile/profile';
import { StorageNotice } from '../storage/StorageNotice';
import { availableSections, preloadPages } from './sections';
import { StyleWarmup } from './StyleWarmup';
import { useHashSection } from './useHashSection';

const { Sider, Header, Content } = Layout;

export function MainLayout({ profile }: { profile: UnionProfile }) {
  const sections = availableSections();
  const [current, navigate] = useHashSection(
    sections.map((s) => s.key),
    'home',
  );
  const section = sections.find((s) => s.key === current) ?? sections[0];
  const Page = section?.page;
  useEffect(() => preloadPages(availableSections(), whenIdle), []);
  const [warmStyles, setWarmStyles] = useState(false);
  useEffect(() => whenIdle(() => setWarmStyles(true)), []);
  return (
    <Layout className="app-shell">
      <Sider width={208} theme="light" className="app-sider" breakpoint="lg" collapsedWidth={64}>
        <div className="app-brand" aria-label={t('app.name')}>
          <img src="./logo.svg" alt="" width={32} height={32} />
          <span className="app-brand-text">{t('app.name')}</span>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[current]}
          onClick={({ key }) => navigate(key as typeof current)}
          items={sections.map((s) => ({ key: s.key, icon: s.icon, label: t(s.label) }))}
          aria-label={t('nav.label')}
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Typography.Title level={4} className="app-header-title">
            {section ? t(section.label) : ''}
          </Typography.Title>
          <Typography.Text type="secondary" className="app-header-union">
            {profile.unionName}
          </Typography.Text>
        </Header>
        <Content className="app-content">
          <StorageNotice />
          <Suspense
            fallback={
              <div className="app-loading">
                <Spin description={t('app.loading')} />
              </div>
            }
          >
            {Page ? <Page /> : null}
          </Suspense>
          {warmStyles ? <StyleWarmup /> : null}
        </Content>
      </Layout>
    </Layout>
  );
}

/** After the window has been idle (or 2 s at most), so that preloading never delays input. */
function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(then, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(then, { timeout: 2_000 });
  return () => cancelIdleCallback(handle);
}
