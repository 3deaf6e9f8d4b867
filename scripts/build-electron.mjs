// Bundles the main process, the preload and the preview server into dist/electron/*.cjs.
// Bundling is what lets every dependency stay a devDependency (no node_modules in the package)
// and lets the sandboxed preload, which may require nothing but 'electron', use shared code.
import * as esbuild from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(projectRoot, 'dist', 'electron');

// Electron 45 runs Node 22 and Chromium 140; the preview server runs on the developer's Node
// (20.19 or newer).
const entries = [
  { in: 'electron/main.ts', out: 'main', target: 'node22' },
  { in: 'electron/preload.ts', out: 'preload', target: 'chrome140' },
  { in: 'electron/serve.ts', out: 'serve', target: 'node20' },
];

/** esbuild options for one entry; shared with scripts/dev.mjs, which watches them. */
export function buildOptions(entry, extra = {}) {
  return {
    absWorkingDir: projectRoot,
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: entry.target,
    external: ['electron'],
    sourcemap: 'linked',
    minify: false,
    logLevel: 'warning',
    ...extra,
  };
}

export async function buildElectron() {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await Promise.all(entries.map((entry) => esbuild.build(buildOptions(entry))));
  const ms = Math.round(performance.now() - started);
  console.log(`dist/electron: ${entries.map((e) => `${e.out}.cjs`).join(', ')} (${ms} ms)`);
}

export { entries };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
