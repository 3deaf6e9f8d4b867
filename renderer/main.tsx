import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { Boot } from './app/Boot';
import { theme } from './app/theme';
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
        <Boot platform={detectPlatform()} />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
