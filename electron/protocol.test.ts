import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_SCHEME_PRIVILEGES, bundlePathFromUrlPath, createAppProtocolHandler } from './protocol';
import { makeBundle, type TempDir } from './test-helpers';

let bundle: TempDir & { root: string };
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(async () => {
  bundle = await makeBundle();
  handle = createAppProtocolHandler({ root: bundle.root });
});
afterAll(() => bundle.cleanup());

const get = (url: string, init?: RequestInit): Promise<Response> => handle(new Request(url, init));

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('app:// protocol handler', () => {
  it('serves a bundled file with its content type and the CSP', async () => {
    const response = await get('app://uniondesk/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe('console.log("app");');
  });

  it.each([
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/module.wasm', 'application/wasm'],
    ['index.html', 'text/html; charset=utf-8'],
  ])('sends %s as %s', async (file, type) => {
    const response = await get(`app://uniondesk/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('serves index.html for /', async () => {
    const response = await get('app://uniondesk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>UnionDesk</title>');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://uniondesk/index.html', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses other methods', async () => {
    const response = await get('app://uniondesk/index.html', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
  });

  it.each(['app://uniondesk/missing.js', 'app://uniondesk/assets', 'app://uniondesk/assets/'])(
    'answers 404 for %s, with the CSP',
    async (url) => {
      const response = await get(url);
      expect([403, 404]).toContain(response.status);
      expectSecurityHeaders(response);
    },
  );

  it.each([
    ['plain ..', 'app://uniondesk/../secret.txt'],
    ['nested ..', 'app://uniondesk/assets/../../secret.txt'],
    ['%2e%2e%2f', 'app://uniondesk/%2e%2e%2fsecret.txt'],
    ['%2e%2e/ segment', 'app://uniondesk/assets/%2e%2e/%2e%2e/secret.txt'],
    ['double-encoded %252e', 'app://uniondesk/%252e%252e%252fsecret.txt'],
    ['encoded backslash', 'app://uniondesk/..%5csecret.txt'],
    ['encoded NUL', 'app://uniondesk/index.html%00.js'],
    ['symlink to a file outside', 'app://uniondesk/assets/escape.txt'],
    ['symlink to a folder outside', 'app://uniondesk/outside/secret.txt'],
  ])('never serves the secret: %s', async (_name, url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://uniondesk.evil/index.html'],
    ['a port', 'app://uniondesk:8080/index.html'],
    ['another scheme', 'https://uniondesk/index.html'],
  ])('refuses %s with 403', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expectSecurityHeaders(response);
  });

  it('refuses a URL with credentials (Chromium could pass one; undici cannot build it)', async () => {
    const request = { method: 'GET', url: 'app://user@uniondesk/index.html' } as Request;
    expect((await handle(request)).status).toBe(403);
  });

  it('answers 404 when the renderer has not been built', async () => {
    const missing = createAppProtocolHandler({ root: `${bundle.root}-not-built` });
    expect((await missing(new Request('app://uniondesk/'))).status).toBe(404);
  });
});

describe('bundlePathFromUrlPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/assets/%E4%B8%AD.js', 'assets/中.js'],
  ])('maps %s to %s', (input, expected) => {
    expect(bundlePathFromUrlPath(input)).toBe(expected);
  });

  it.each([
    '/..',
    '/a/../b',
    '/a/./b',
    '/a//b',
    '/a\\b',
    '/a\0b',
    '/%2e%2e/x',
    '/a%2fb',
    '/a%5Cb',
    '/a%00b',
    '/%252e%252e/x',
    '/%E4%B8',
    '/c:/windows',
    'relative',
  ])('refuses %j', (input) => {
    expect(bundlePathFromUrlPath(input)).toBeNull();
  });
});

describe('scheme registration', () => {
  it('is a standard, secure scheme without CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});

describe('CSP', () => {
  it('is strict for scripts and allows inline styles only', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [
        d.split(' ')[0],
        d.split(' ').slice(1).join(' '),
      ]),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'worker-src': "'self' blob:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });
});
