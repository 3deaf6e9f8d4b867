/** Builders for the electron/ tests: real files in a fresh temp folder, removed by `cleanup`. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TempDir {
  dir: string;
  cleanup(): Promise<void>;
}

export async function makeTempDir(prefix = 'uniondesk-test-'): Promise<TempDir> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export const BUNDLE_FILES: Readonly<Record<string, string>> = {
  'index.html':
    '<!doctype html><title>UnionDesk</title><script type="module" src="./assets/app.js"></script>',
  'assets/app.js': 'console.log("app");',
  'assets/app.css': 'body{margin:0}',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/font.woff2': 'wOF2',
  'assets/data.json': '{"a":1}',
  'assets/module.wasm': '\0asm',
};

/**
 * A built renderer like dist/renderer, next to a "secret" file outside it and a symlink inside
 * it that points at the secret (the escape the handler must refuse).
 */
export async function makeBundle(): Promise<TempDir & { root: string; secretPath: string }> {
  const temp = await makeTempDir();
  const root = path.join(temp.dir, 'renderer');
  for (const [name, content] of Object.entries(BUNDLE_FILES)) {
    const file = path.join(root, ...name.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  const secretPath = path.join(temp.dir, 'secret.txt');
  await writeFile(secretPath, 'TOP SECRET');
  await symlink(secretPath, path.join(root, 'assets', 'escape.txt'));
  await symlink(temp.dir, path.join(root, 'outside'), 'dir');
  return { ...temp, root, secretPath };
}

/** An async byte source that yields some chunks and then fails, like a stream cut off. */
export async function* failingSource(
  chunks: readonly string[],
  error: Error,
): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield new TextEncoder().encode(chunk);
  throw error;
}
