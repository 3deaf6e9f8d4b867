import type { ThemeConfig } from 'antd';

/** Union red as the brand colour; system CJK fonts first so Chinese renders crisply offline. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    colorLink: '#1f5fae',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif",
  },
};
