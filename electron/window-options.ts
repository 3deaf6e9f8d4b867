import type { BrowserWindowConstructorOptions } from 'electron';
import { t } from '../shared/i18n';

/**
 * The main window. Every hardening flag is spelled out even where it equals Electron's default,
 * so that a future default change (or a careless edit) shows up in review and in the test.
 */
export function mainWindowOptions({
  preloadPath,
  iconPath,
}: {
  preloadPath: string;
  iconPath?: string;
}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    title: t('app.name'),
    // Shown on ready-to-show, so the user never sees a white flash before the first paint.
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // The spellchecker downloads dictionaries from Google's CDN: no network, and no value here.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
