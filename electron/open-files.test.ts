import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesktopError } from './errors';
import { createFolderReads } from './folder-reads';
import { FOLDER_LIMITS, readFileWithin, type FolderLimits } from './open-files';
import { makeTempDir, type TempDir } from './test-helpers';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const REPORT = ['uniondesk-report'];
const posixOnly = it.skipIf(process.platform === 'win32');

/** Expects `attempt` to fail with a DesktopError of `code` whose message contains `text`. */
async function expectRefused(attempt: Promise<unknown>, code: string, text: string) {
  await expect(attempt).rejects.toBeInstanceOf(DesktopError);
  await expect(attempt).rejects.toMatchObject({ code, message: expect.stringContaining(text) });
}

/** `count` report files of `size` bytes each, in a fresh folder named `name`. */
async function reportsFolder(name: string, count: number, size = 1): Promise<string> {
  const folder = path.join(temp.dir, name);
  await mkdir(folder);
  for (let i = 0; i < count; i += 1) {
    await writeFile(path.join(folder, `${i}.uniondesk-report`), 'x'.repeat(size));
  }
  return folder;
}

describe('readFileWithin', () => {
  posixOnly('follows a link the user chose in the dialog', async () => {
    const target = path.join(temp.dir, 'real.uniondesk-report');
    await writeFile(target, 'REAL');
    await symlink(target, path.join(temp.dir, 'chosen.uniondesk-report'));
    const file = await readFileWithin(path.join(temp.dir, 'chosen.uniondesk-report'), 'x', 10);
    expect(new TextDecoder().decode(file.data)).toBe('REAL');
  });

  posixOnly('does not follow a link when told not to (a link planted in a folder)', async () => {
    await writeFile(path.join(temp.dir, 'secret.txt'), 'SECRET');
    await symlink(path.join(temp.dir, 'secret.txt'), path.join(temp.dir, 'a.uniondesk-report'));
    const link = path.join(temp.dir, 'a.uniondesk-report');
    await expectRefused(
      readFileWithin(link, 'a.uniondesk-report', 100, { followLinks: false }),
      'io',
      '“a.uniondesk-report”（ELOOP）',
    );
  });

  it('refuses a folder as not a file', async () => {
    await expectRefused(readFileWithin(temp.dir, '报告', 100), 'failed', '“报告”不是普通文件');
  });

  posixOnly('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = path.join(temp.dir, 'pipe.uniondesk-report');
    execFileSync('mkfifo', [fifo]);
    await expectRefused(readFileWithin(fifo, 'pipe', 100), 'failed', '“pipe”不是普通文件');
  });
});

/**
 * A folder listed and then read one file per call, as the window reads it through
 * file:open-folder and file:read-folder: the limits must hold across batches.
 */
async function readFolderFiles(
  folder: string,
  { extensions, maxBytes }: { extensions: string[]; maxBytes: number },
  limits: FolderLimits = FOLDER_LIMITS,
) {
  const reads = createFolderReads(limits);
  const { grant, names } = await reads.open(1, folder, { extensions, maxBytes });
  const files = [];
  for (let from = 0; from < names.length; from += 1)
    files.push(...(await reads.read(1, grant, from, 1)));
  return files;
}

describe('a chosen folder, listed and read a file at a time', () => {
  it('counts subfolders and other files towards the entry limit', async () => {
    const folder = await reportsFolder('报告', 2);
    await mkdir(path.join(folder, 'sub'));
    await writeFile(path.join(folder, 'sub', '说明.txt'), 'x');
    const limits = { ...FOLDER_LIMITS, maxEntries: 3 };
    await expect(
      readFolderFiles(folder, { extensions: REPORT, maxBytes: 100 }, limits),
    ).rejects.toThrow(/超过 3 个/);
    await expect(
      readFolderFiles(folder, { extensions: REPORT, maxBytes: 100 }, { ...limits, maxEntries: 4 }),
    ).resolves.toHaveLength(2);
  });

  it.each([
    [
      'many files',
      6,
      1,
      { maxEntries: 5 },
      '文件夹“many files”及其子文件夹里的文件和文件夹超过 5 个',
    ],
    [
      'big files',
      3,
      400,
      { maxTotalBytes: 1024 },
      '文件夹“big files”里要打开的文件合计超过 1.0 KB',
    ],
  ])('refuses the folder "%s" over a limit, naming it', async (name, count, size, limit, text) => {
    const folder = await reportsFolder(name, count, size);
    const limits = { ...FOLDER_LIMITS, ...limit };
    const attempt = readFolderFiles(folder, { extensions: REPORT, maxBytes: 1000 }, limits);
    await expectRefused(attempt, 'too-large', text);
  });

  it('reads every file with any of several extensions, or any file with "*"', async () => {
    const folder = await reportsFolder('混合', 1);
    await writeFile(path.join(folder, 'r.json'), '{}');
    await writeFile(path.join(folder, 'n.txt'), 'n');
    const names = async (extensions: string[]) =>
      (await readFolderFiles(folder, { extensions, maxBytes: 10 })).map((f) => f.name);
    expect(await names(['uniondesk-report', 'json'])).toEqual(['0.uniondesk-report', 'r.json']);
    expect(await names(['*'])).toEqual(['0.uniondesk-report', 'n.txt', 'r.json']);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'passes over a subfolder it may not read',
    async () => {
      const folder = await reportsFolder('报告', 1);
      const locked = path.join(folder, '锁住的');
      await mkdir(locked);
      await writeFile(path.join(locked, 'x.uniondesk-report'), 'x');
      await chmod(locked, 0o000);
      try {
        const files = await readFolderFiles(folder, { extensions: REPORT, maxBytes: 10 });
        expect(files.map((f) => f.name)).toEqual(['0.uniondesk-report']);
      } finally {
        await chmod(locked, 0o700);
      }
    },
  );
});
