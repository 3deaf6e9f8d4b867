import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { AppServicesProvider } from './app/AppContext';
import { theme } from './app/theme';
import { openDatabase } from './db/instance';
import { detectPlatform } from './platform';
import './styles.css';

dayjs.locale('zh-cn');
// zod probes `new Function` to speed up parsing; the CSP forbids eval, so tell it not to try.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <AppServicesProvider platform={detectPlatform()} db={openDatabase()}>
          <App />
        </AppServicesProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
