import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/bridge/contract';

export type UrlCheck = (url: string) => boolean;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only loopback http servers qualify as a dev server; anything else is ignored. */
export function parseDevUrl(raw: string | undefined): string | undefined {
  const url = raw ? parse(raw) : null;
  if (!url || url.protocol !== 'http:') return undefined;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return undefined;
  return url.origin;
}

/**
 * Whether a page at `url` is the app itself: app://uniondesk/… and, only while developing
 * unpackaged (`npm run dev`), the Vite dev server's origin. Compared by parts, not by string
 * prefix, so app://uniondesk.evil/ or app://uniondesk@evil/ do not pass.
 */
export function isTrustedSenderUrl(url: string, { devUrl }: { devUrl?: string } = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  ) {
    return true;
  }
  if (devUrl === undefined) return false;
  const dev = parse(devUrl);
  return dev !== null && dev.protocol === 'http:' && parsed.origin === dev.origin;
}

/**
 * The only permission the app asks for is persistent storage, so IndexedDB (the user's records)
 * is not evicted under disk pressure. It lets the page read nothing and reach nothing; every
 * other permission (camera, notifications, HID, …) is refused.
 */
const GRANTABLE_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

export function hardenSession(
  session: HardenableSession,
  { isTrustedUrl }: { isTrustedUrl: UrlCheck },
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(GRANTABLE_PERMISSIONS.has(permission) && isTrustedUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      GRANTABLE_PERMISSIONS.has(permission) && isTrustedUrl(requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // Files reach the disk only through native dialogs in the main process, never as downloads.
  session.on('will-download', (event) => event.preventDefault());
  // Device pickers: answer "nothing chosen" instead of leaving the request pending.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a web contents on the app: no navigation or redirect away from it, no new windows
 * (links to the outside are not opened either: the product has no network access), no
 * <webview>.
 */
export function hardenWebContents(
  contents: HardenableContents,
  { isAllowedUrl }: { isAllowedUrl: UrlCheck },
): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenAllWebContents(
  app: Pick<App, 'on'>,
  options: { isAllowedUrl: UrlCheck },
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}

const NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Whether a network request may leave the renderer: none in the packaged app (the product has
 * no network access), and only the Vite dev server (http and its hot-reload websocket) while
 * developing. A second wall behind the CSP's connect-src.
 */
export function isAllowedNetworkUrl(url: string, { devUrl }: { devUrl?: string } = {}): boolean {
  if (devUrl === undefined) return false;
  const parsed = parse(url);
  const dev = parse(devUrl);
  if (!parsed || !dev) return false;
  const sameHostPort = parsed.hostname === dev.hostname && parsed.port === dev.port;
  return sameHostPort && (parsed.protocol === 'http:' || parsed.protocol === 'ws:');
}

export function blockNetwork(
  session: { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> },
  options: { devUrl?: string },
): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URLS }, (details, callback) => {
    callback({ cancel: !isAllowedNetworkUrl(details.url, options) });
  });
}
