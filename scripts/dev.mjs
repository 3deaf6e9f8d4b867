// `npm run dev`: Vite's dev server (hot reload) inside Electron.
//  1. Start Vite on 127.0.0.1 with the project's vite.config.ts.
//  2. Bundle main and preload with esbuild in watch mode.
//  3. Start Electron with UNIONDESK_DEV_URL pointing at Vite; restart it when main or preload
//     is rebuilt. Closing the window ends the session.
// Without the Electron binary (e.g. installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1) Vite keeps
// running, so the UI can still be used in a browser with the browser platform.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { createServer } from 'vite';
import { buildOptions, entries, projectRoot } from './build-electron.mjs';

const require = createRequire(import.meta.url);

function electronBinary() {
  // Electron's package downloads its binary on first require when it is missing. Respect an
  // explicit ELECTRON_SKIP_BINARY_DOWNLOAD instead of trying the network anyway.
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  const installed =
    existsSync(pathFile) &&
    existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')));
  if (
    !installed &&
    !process.env.ELECTRON_OVERRIDE_DIST_PATH &&
    process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
  ) {
    return {
      missing: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set and node_modules/electron/dist is empty',
    };
  }
  try {
    // The electron package's main export is the path of its binary; it throws when the binary
    // is absent and cannot be downloaded.
    return require('electron');
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

async function startVite() {
  const server = await createServer({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: path.join(projectRoot, 'renderer'),
    server: { host: '127.0.0.1' },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite started but reported no local URL.');
  return { server, url };
}

async function main() {
  const { server, url } = await startVite();
  console.log(`Vite dev server: ${url}`);

  const binary = electronBinary();
  if (typeof binary !== 'string') {
    console.error(
      [
        '',
        '未找到 Electron 程序，无法打开桌面窗口。',
        'The Electron binary is not installed, so no desktop window can open.',
        `  (${binary.missing})`,
        '  Install it with `npm install` on a machine that can reach the Electron download',
        '  (without ELECTRON_SKIP_BINARY_DOWNLOAD), then run `npm run dev` again.',
        `  Meanwhile the UI runs in a browser at ${url} (browser platform). Ctrl+C to stop.`,
        '',
      ].join('\n'),
    );
    return;
  }

  let child = null;
  let restarting = false;
  let firstBuildsPending = new Set(['main', 'preload']);

  const stopAll = async (code) => {
    await Promise.all(contexts.map((c) => c.dispose()));
    await server.close();
    process.exit(code);
  };

  const launch = () => {
    child = spawn(binary, ['.'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, UNIONDESK_DEV_URL: url },
    });
    child.on('exit', (code) => {
      if (restarting) return;
      // The user closed the app: end the dev session too.
      void stopAll(code ?? 0);
    });
  };

  const relaunch = () => {
    if (!child) return launch();
    restarting = true;
    child.once('exit', () => {
      restarting = false;
      launch();
    });
    child.kill();
  };

  const contexts = await Promise.all(
    entries
      .filter((entry) => entry.out !== 'serve')
      .map((entry) =>
        esbuild.context(
          buildOptions(entry, {
            plugins: [
              {
                name: 'restart-electron',
                setup(build) {
                  build.onEnd((result) => {
                    if (result.errors.length) return;
                    if (firstBuildsPending) {
                      firstBuildsPending.delete(entry.out);
                      if (firstBuildsPending.size === 0) {
                        firstBuildsPending = null;
                        launch();
                      }
                      return;
                    }
                    console.log(`${entry.out} rebuilt, restarting Electron…`);
                    relaunch();
                  });
                },
              },
            ],
          }),
        ),
      ),
  );
  await Promise.all(contexts.map((c) => c.watch()));

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      restarting = true;
      child?.kill();
      void stopAll(0);
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
