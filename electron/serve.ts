/**
 * Serves the built renderer over plain HTTP on 127.0.0.1 through the very same handler as the
 * app:// protocol, so an ordinary browser (and the end-to-end tests) sees the same files, the
 * same refusals and the same CSP. Never imports Electron.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { APP_ORIGIN } from '../shared/bridge/contract';
import { SECURITY_HEADERS } from './csp';
import { createAppProtocolHandler, type ProtocolHandler } from './protocol';

export const DEFAULT_PORT = 4173;
const HOST = '127.0.0.1';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:4173/ */
  url: string;
  close(): Promise<void>;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

async function respond(
  handler: ProtocolHandler,
  port: () => number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const target = req.url ?? '';
  // Only origin-form targets ("/path"); absolute-form or "//host" would change the host.
  if (!target.startsWith('/') || target.startsWith('//')) return refuse(res, 400, 'Bad Request');
  // A page on another site that rebinds its DNS name to 127.0.0.1 sends its own Host header.
  const allowedHosts = [`${HOST}:${port()}`, `localhost:${port()}`];
  if (!allowedHosts.includes((req.headers.host ?? '').toLowerCase())) {
    return refuse(res, 403, 'Forbidden');
  }
  const response = await handler(
    new Request(`${APP_ORIGIN}${target}`, { method: req.method ?? 'GET' }),
  );
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}

/** Starts the preview server; `port: 0` picks a free port (tests). */
export function startStaticServer({
  root,
  port = DEFAULT_PORT,
}: {
  root: string;
  port?: number;
}): Promise<StaticServer> {
  const handler = createAppProtocolHandler({ root });
  let boundPort = port;
  const server = createServer((req, res) => {
    respond(handler, () => boundPort, req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      boundPort = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${HOST}:${boundPort}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** `--port 5000`, `--port=5000`, else $PORT, else the default. */
export function parsePort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let raw: string | undefined = env.PORT;
  argv.forEach((arg, i) => {
    if (arg === '--port') raw = argv[i + 1];
    else if (arg.startsWith('--port=')) raw = arg.slice('--port='.length);
  });
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${raw}": use a number from 0 to 65535.`);
  }
  return port;
}

async function cli(): Promise<void> {
  // dist/electron/serve.cjs → dist/renderer
  const root = path.resolve(__dirname, '..', 'renderer');
  const server = await startStaticServer({
    root,
    port: parsePort(process.argv.slice(2), process.env),
  });
  process.stdout.write(`UnionDesk renderer (browser platform) at ${server.url}\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');
  const stop = (): void => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run as a program only from the CommonJS bundle (node dist/electron/serve.cjs), not when a
// test imports this module.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  cli().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
