import type { CustomScheme } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/bridge/contract';
import { SECURITY_HEADERS } from './csp';

/**
 * How app:// is registered (before `ready`). `standard` gives it an origin, so IndexedDB and
 * relative URLs work as on https; `secure` makes it a secure context (WebCrypto); `supportFetchAPI`
 * lets the page fetch its own files; `codeCache` keeps start-up fast. Deliberately absent:
 * `bypassCSP` (the CSP must apply), `corsEnabled` (nothing cross-origin), `allowServiceWorkers`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ProtocolHandler = (request: Request) => Promise<Response>;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

// Encoded separators, NUL and an encoded '%' (double encoding) have no business in a bundle
// path; refusing them outright is simpler and safer than decoding twice and hoping.
const FORBIDDEN_ENCODED = /%(2f|5c|00|25)/i;

/**
 * Turns a URL path into a path relative to the bundle root, or null when it tries to leave it.
 * Chromium and WHATWG URL parsing already fold plain `..` segments; this is the second line for
 * whatever reaches us raw (the http adapter, a future caller).
 */
export function bundlePathFromUrlPath(urlPath: string): string | null {
  if (!urlPath.startsWith('/') || urlPath.includes('\\') || urlPath.includes('\0')) return null;
  if (FORBIDDEN_ENCODED.test(urlPath)) return null;
  const rawSegments = urlPath.slice(1).split('/');
  if (rawSegments.length === 1 && rawSegments[0] === '') return 'index.html';
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[\\/\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments.join('/');
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Serves the built renderer for app://uniondesk/. Every response, refusals included, carries the
 * CSP. Requests for anything outside `root` (by path, encoding or symlink) are refused.
 */
export function createAppProtocolHandler({ root }: { root: string }): ProtocolHandler {
  const absoluteRoot = path.resolve(root);
  let realRoot: Promise<string> | undefined;

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method Not Allowed');
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request');
    }
    if (
      url.protocol !== `${APP_SCHEME}:` ||
      url.host !== APP_HOST ||
      url.username !== '' ||
      url.password !== ''
    ) {
      return plain(403, 'Forbidden');
    }
    const relative = bundlePathFromUrlPath(url.pathname);
    if (relative === null) return plain(403, 'Forbidden');

    const candidate = path.resolve(absoluteRoot, ...relative.split('/'));
    if (!isInside(absoluteRoot, candidate)) return plain(403, 'Forbidden');

    let rootReal: string;
    try {
      rootReal = await (realRoot ??= realpath(absoluteRoot));
    } catch {
      // The bundle is missing (renderer not built); try again on the next request.
      realRoot = undefined;
      return plain(404, 'Not Found');
    }

    try {
      const fileReal = await realpath(candidate);
      // A symlink inside the bundle must not lead out of it.
      if (!isInside(rootReal, fileReal)) return plain(403, 'Forbidden');
      const info = await stat(fileReal);
      if (!info.isFile()) return plain(404, 'Not Found');
      const body = request.method === 'HEAD' ? null : await readFile(fileReal);
      return new Response(body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': contentTypeFor(fileReal),
          'Content-Length': String(info.size),
          // Files change with every update; a stale cached bundle would mix versions.
          'Cache-Control': 'no-cache',
        },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'EISDIR') {
        return plain(404, 'Not Found');
      }
      return plain(500, 'Internal Server Error');
    }
  };
}
