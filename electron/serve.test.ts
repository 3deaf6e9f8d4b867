import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { DEFAULT_PORT, parsePort, startStaticServer, type StaticServer } from './serve';
import { makeBundle, type TempDir } from './test-helpers';

let bundle: TempDir & { root: string };
let server: StaticServer;

beforeAll(async () => {
  bundle = await makeBundle();
  server = await startStaticServer({ root: bundle.root, port: 0 });
});
afterAll(async () => {
  await server.close();
  await bundle.cleanup();
});

/** A raw HTTP GET, so that paths reach the server exactly as written (fetch would normalise). */
function rawGet(
  pathAndQuery: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathAndQuery, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html at / with the same CSP as app://', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>UnionDesk</title>');
  });

  it('serves assets with their content type', async () => {
    const response = await fetch(new URL('assets/app.js', server.url));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("app");');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2e%2e/%2e%2e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets/escape.txt',
    '/outside/secret.txt',
  ])('never serves files outside the bundle: %s', async (path) => {
    const response = await rawGet(path);
    expect([400, 403, 404]).toContain(response.status);
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.body).not.toContain('TOP SECRET');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await rawGet('/', { Host: 'evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses absolute-form request targets', async () => {
    const response = await rawGet('http://evil.example/index.html');
    expect(response.status).toBe(400);
  });
});

describe('parsePort', () => {
  it('reads --port, --port= and $PORT, in that order of precedence', () => {
    expect(parsePort([], {})).toBe(DEFAULT_PORT);
    expect(parsePort([], { PORT: '5000' })).toBe(5000);
    expect(parsePort(['--port', '6000'], { PORT: '5000' })).toBe(6000);
    expect(parsePort(['--port=7000'], {})).toBe(7000);
  });

  it('rejects nonsense', () => {
    expect(() => parsePort(['--port', 'abc'], {})).toThrow(/port/i);
    expect(() => parsePort(['--port=70000'], {})).toThrow(/port/i);
  });
});
