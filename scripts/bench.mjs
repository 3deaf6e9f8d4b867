// `npm run bench`: bundles each bench/*.bench.ts with esbuild (the same TypeScript the app
// uses, no extra runner) and runs it in Node. Each bench prints `bench: <name> <value> <unit>`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const benches = (await readdir(path.join(root, 'bench')))
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();
// Inside the project, so that bundled code that locates files from its own folder
// (e2e/harness.ts) and the external packages resolve as they do from the sources.
const outDir = path.join(root, '.bench-build');
await mkdir(outDir, { recursive: true });
let failed = false;
try {
  for (const name of benches) {
    const outfile = path.join(outDir, name.replace(/\.ts$/, '.mjs'));
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [path.join('bench', name)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      // Dependencies load from node_modules as in the app's tests; only project code is bundled.
      packages: 'external',
    });
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
      stdio: 'inherit',
      cwd: root,
    });
    if (run.status !== 0) {
      console.error(`${name} failed (exit ${run.status})`);
      failed = true;
    }
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
