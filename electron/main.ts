/**
 * The main process: wiring only. Every piece of behaviour lives in a module that takes Electron
 * objects as parameters and is tested in plain Node; this file hands them the real ones.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { APP_ORIGIN, APP_SCHEME } from '../shared/bridge/contract';
import { t } from '../shared/i18n';
import { APP_ID, PRODUCT_NAME } from './app-identity';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import {
  blockNetwork,
  hardenAllWebContents,
  hardenSession,
  isTrustedSenderUrl,
  parseDevUrl,
} from './security';
import { mainWindowOptions } from './window-options';

// Privileges can only be granted before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// Named explicitly, so that editing productName in package.json can never move the folder that
// holds every user's IndexedDB. Unpackaged runs (`npm start`, `npm run dev`) get their own folder
// and instance lock, so a developer never touches, or is blocked by, an installed copy's data.
app.setPath(
  'userData',
  path.join(app.getPath('appData'), app.isPackaged ? PRODUCT_NAME : `${PRODUCT_NAME}-dev`),
);
app.setAppUserModelId(APP_ID);
app.enableSandbox();

// The dev server is trusted only when running unpackaged (`npm run dev`); a packaged app ignores
// the variable, so nobody can point an installed UnionDesk at another page.
const devUrl = app.isPackaged ? undefined : parseDevUrl(process.env.UNIONDESK_DEV_URL);
const isTrusted = (url: string): boolean => isTrustedSenderUrl(url, { devUrl });
const startUrl = devUrl ? `${devUrl}/` : `${APP_ORIGIN}/index.html`;

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({ preloadPath: path.join(__dirname, 'preload.cjs') }),
  );
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    // -3 is an aborted load (e.g. a refused navigation), not a failure to report.
    if (!isMainFrame || code === -3) return;
    dialog.showErrorBox(
      t('app.loadFailed.title'),
      t('app.loadFailed.message', { code: `${code} ${description}` }),
    );
    // Without its UI there is nothing the user can do in this window.
    app.quit();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(startUrl);
  return window;
}

function start(): void {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  hardenAllWebContents(app, { isAllowedUrl: isTrusted });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, { isTrustedUrl: isTrusted });
    blockNetwork(session.defaultSession, { devUrl });
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ root: path.join(__dirname, '..', 'renderer') }),
    );
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        dialog,
        app,
        shell,
        safeStorage,
        windowFor: (contents) => BrowserWindow.fromWebContents(contents),
      }),
      { isTrustedSender: isTrusted },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev: !app.isPackaged })));
    mainWindow = createMainWindow();
  });
}

// A second copy would open the same IndexedDB from two processes; hand over to the first.
if (app.requestSingleInstanceLock()) start();
else app.quit();
