import type { App, Session, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  blockNetwork,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isAllowedNetworkUrl,
  isTrustedSenderUrl,
  parseDevUrl,
} from './security';

const DEV = 'http://127.0.0.1:5173';

describe('isTrustedSenderUrl', () => {
  it.each([
    'app://uniondesk/',
    'app://uniondesk/index.html',
    'app://uniondesk/index.html#/members',
    'app://uniondesk',
  ])('trusts the app origin: %s', (url) => expect(isTrustedSenderUrl(url)).toBe(true));

  it.each([
    'https://evil.example/',
    'file:///C:/Users/clerk/evil.html',
    'app://evil/index.html',
    'app://uniondesk.evil/index.html',
    'app://uniondesk@evil/',
    'app://x@uniondesk/',
    'about:blank',
    'data:text/html,hi',
    'blob:app://uniondesk/1234',
    'http://127.0.0.1:5173/',
    'not a url',
    '',
  ])('does not trust %s', (url) => expect(isTrustedSenderUrl(url)).toBe(false));

  it('trusts the dev server origin only when given', () => {
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/src/main.tsx', { devUrl: DEV })).toBe(true);
    expect(isTrustedSenderUrl('http://127.0.0.1:5174/', { devUrl: DEV })).toBe(false);
    expect(isTrustedSenderUrl('https://127.0.0.1:5173/', { devUrl: DEV })).toBe(false);
  });
});

describe('parseDevUrl', () => {
  it('accepts only loopback http servers', () => {
    expect(parseDevUrl('http://127.0.0.1:5173/')).toBe(DEV);
    expect(parseDevUrl('http://localhost:5173')).toBe('http://localhost:5173');
    expect(parseDevUrl('https://127.0.0.1:5173/')).toBeUndefined();
    expect(parseDevUrl('http://evil.example/')).toBeUndefined();
    expect(parseDevUrl('http://127.0.0.1.evil.example/')).toBeUndefined();
    expect(parseDevUrl(undefined)).toBeUndefined();
    expect(parseDevUrl('garbage')).toBeUndefined();
  });
});

/** A stand-in for webContents: a real EventEmitter plus the one method we call. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  });
  const emitNavigation = (event: string, url: string) => {
    const details = { url, preventDefault: vi.fn() };
    emitter.emit(event, details, url);
    return details.preventDefault;
  };
  return {
    contents: contents as unknown as WebContents,
    emitNavigation,
    openWindow: (url: string) => openHandler?.({ url }),
    emitter,
  };
}

describe('hardenWebContents', () => {
  const isAllowedUrl = (url: string) => isTrustedSenderUrl(url);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s to an outside URL is prevented, within the app it is not',
    (event) => {
      const fake = fakeContents();
      hardenWebContents(fake.contents, { isAllowedUrl });
      expect(fake.emitNavigation(event, 'https://evil.example/')).toHaveBeenCalled();
      expect(fake.emitNavigation(event, 'file:///etc/passwd')).toHaveBeenCalled();
      expect(fake.emitNavigation(event, 'app://uniondesk/index.html')).not.toHaveBeenCalled();
    },
  );

  it('denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { isAllowedUrl });
    expect(fake.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://uniondesk/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { isAllowedUrl });
    const event = { preventDefault: vi.fn() };
    fake.emitter.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('is applied to every web contents the app creates', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as App, { isAllowedUrl });
    const fake = fakeContents();
    app.emit('web-contents-created', {}, fake.contents);
    expect(fake.emitNavigation('will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(fake.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

function fakeSession() {
  const emitter = new EventEmitter();
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  const session = Object.assign(emitter, {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
  });
  const request = (permission: string, requestingUrl = 'app://uniondesk/index.html') => {
    const callback = vi.fn();
    handlers.request?.({}, permission, callback, { requestingUrl });
    return callback;
  };
  return { session: session as unknown as Session, handlers, request, emitter };
}

describe('hardenSession', () => {
  const isTrustedUrl = (url: string) => isTrustedSenderUrl(url);

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'hid',
    'openExternal',
    'unknown',
  ])('denies the %s permission request, even from the app', (permission) => {
    const fake = fakeSession();
    hardenSession(fake.session, { isTrustedUrl });
    expect(fake.request(permission)).toHaveBeenCalledWith(false);
    expect(fake.handlers.check?.({}, permission, 'app://uniondesk')).toBe(false);
  });

  it('grants persistent storage to the app only', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { isTrustedUrl });
    expect(fake.request('persistent-storage')).toHaveBeenCalledWith(true);
    expect(fake.request('persistent-storage', 'https://evil.example/')).toHaveBeenCalledWith(false);
    expect(fake.handlers.check?.({}, 'persistent-storage', 'app://uniondesk')).toBe(true);
    expect(fake.handlers.check?.({}, 'persistent-storage', 'https://evil.example')).toBe(false);
  });

  it('denies devices and downloads', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { isTrustedUrl });
    expect(fake.handlers.device?.()).toBe(false);
    const download = { preventDefault: vi.fn() };
    fake.emitter.emit('will-download', download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
    const hid = { preventDefault: vi.fn() };
    const choose = vi.fn();
    fake.emitter.emit('select-hid-device', hid, {}, choose);
    expect(hid.preventDefault).toHaveBeenCalled();
    expect(choose).toHaveBeenCalledWith();
  });
});

describe('network', () => {
  it('allows nothing in the packaged app', () => {
    expect(isAllowedNetworkUrl('https://example.com/')).toBe(false);
    expect(isAllowedNetworkUrl('http://127.0.0.1:5173/')).toBe(false);
  });

  it('allows only the dev server and its hot-reload socket while developing', () => {
    expect(isAllowedNetworkUrl('http://127.0.0.1:5173/src/main.tsx', { devUrl: DEV })).toBe(true);
    expect(isAllowedNetworkUrl('ws://127.0.0.1:5173/', { devUrl: DEV })).toBe(true);
    expect(isAllowedNetworkUrl('http://127.0.0.1:8080/', { devUrl: DEV })).toBe(false);
    expect(isAllowedNetworkUrl('https://example.com/', { devUrl: DEV })).toBe(false);
  });

  it('cancels outside requests through webRequest', () => {
    let listener:
      ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      webRequest: {
        onBeforeRequest: (_filter: unknown, l: typeof listener) => (listener = l),
      },
    } as unknown as Session;
    blockNetwork(session, {});
    const callback = vi.fn();
    listener?.({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
