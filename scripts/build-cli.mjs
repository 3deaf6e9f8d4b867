// Bundles the federation's command-line verifier into dist/cli/uniondesk-verify.cjs: one file
// with shared/ and its few dependencies (zod, SheetJS, fflate, @noble/@scure, canonicalize) inside,
// runnable by any Node 20.19+ without node_modules (`package.json` "bin": uniondesk-verify).
import * as esbuild from 'esbuild';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutfile = path.join(projectRoot, 'dist', 'cli', 'uniondesk-verify.cjs');

/** Builds the command to `outfile` (tests build to a temporary folder). */
export async function buildCli(outfile = cliOutfile) {
  const started = performance.now();
  await mkdir(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: projectRoot,
    // The entry only starts the command, so that cli/verify-reports.ts stays importable by tests.
    stdin: {
      contents: "import { runCli } from './verify-reports';\nrunCli();\n",
      resolveDir: path.join(projectRoot, 'cli'),
      sourcefile: 'cli/uniondesk-verify.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    minify: false,
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  const ms = Math.round(performance.now() - started);
  console.log(`${path.relative(projectRoot, outfile)} (${ms} ms)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildCli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
