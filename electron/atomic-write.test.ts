import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { DesktopError, writeError } from './errors';
import { failingSource, makeTempDir, type TempDir } from './test-helpers';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

describe('writeFileAtomic', () => {
  it('writes bytes, strings (as UTF-8) and streams', async () => {
    const target = path.join(temp.dir, '会员名册.xlsx');
    await writeFileAtomic(target, new Uint8Array([80, 75, 3, 4]));
    expect([...(await readFile(target))]).toEqual([80, 75, 3, 4]);

    await writeFileAtomic(target, '工会报告');
    expect(await readFile(target, 'utf8')).toBe('工会报告');

    await writeFileAtomic(target, chunks('第一段，', '第二段'));
    expect(await readFile(target, 'utf8')).toBe('第一段，第二段');
    expect(await readdir(temp.dir)).toEqual(['会员名册.xlsx']);
  });

  it('leaves no target and no temp file when the source fails halfway', async () => {
    const target = path.join(temp.dir, 'report.json');
    const failure = new Error('source broke');
    await expect(
      writeFileAtomic(target, failingSource(['{"half":', '"done'], failure)),
    ).rejects.toBeInstanceOf(DesktopError);
    expect(await readdir(temp.dir)).toEqual([]);
  });

  it('keeps the old content of an existing target when the write fails', async () => {
    const target = path.join(temp.dir, 'report.json');
    await writeFile(target, 'OLD CONTENT');
    await expect(
      writeFileAtomic(target, failingSource(['NEW'], new Error('cut'))),
    ).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('OLD CONTENT');
    expect(await readdir(temp.dir)).toEqual(['report.json']);
  });

  it('replaces an existing target whole', async () => {
    const target = path.join(temp.dir, 'a.txt');
    await writeFile(target, 'a much longer old content than the new one');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('keeps the target when the rename fails (target is a folder)', async () => {
    const target = path.join(temp.dir, 'taken');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep');
    await expect(writeFileAtomic(target, 'x')).rejects.toBeInstanceOf(DesktopError);
    expect(await readdir(temp.dir)).toEqual(['taken']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'says "no permission" in Chinese for a read-only folder',
    async () => {
      const folder = path.join(temp.dir, 'locked');
      await mkdir(folder);
      await chmod(folder, 0o500);
      try {
        await expect(writeFileAtomic(path.join(folder, 'x.txt'), 'x')).rejects.toThrow(
          /没有写入权限/,
        );
      } finally {
        await chmod(folder, 0o700);
      }
    },
  );

  describe.skipIf(process.platform === 'win32')('with a mode', () => {
    /** Runs `body` under `umask`, then puts the process's umask back. */
    async function underUmask(umask: number, body: () => Promise<void>): Promise<void> {
      const previous = process.umask(umask);
      try {
        await body();
      } finally {
        process.umask(previous);
      }
    }
    const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

    it('gives the file exactly that mode, whatever the umask', async () => {
      const target = path.join(temp.dir, 'signing-keys.json');
      await underUmask(0o022, async () => {
        await writeFileAtomic(target, '{}', { mode: 0o600 });
        expect(await modeOf(target)).toBe(0o600);
      });
      await underUmask(0o077, async () => {
        await writeFileAtomic(target, '{}', { mode: 0o640 });
        expect(await modeOf(target)).toBe(0o640);
      });
    });

    it('has the mode on the temp file before any content is in it', async () => {
      const target = path.join(temp.dir, 'secret.json');
      await writeFile(target, 'OLD');
      await chmod(target, 0o644);
      const seen: number[] = [];
      async function* watched(): AsyncGenerator<Uint8Array> {
        // The temp file exists (created and chmodded) before the source's first chunk is asked for.
        const [tempName] = (await readdir(temp.dir)).filter((n) => n.endsWith('.tmp'));
        seen.push(await modeOf(path.join(temp.dir, tempName!)));
        yield new TextEncoder().encode('NEW');
      }
      await underUmask(0o022, () => writeFileAtomic(target, watched(), { mode: 0o600 }));
      expect(seen).toEqual([0o600]);
      // The rename replaced the old, world-readable file with the owner-only one.
      expect(await readFile(target, 'utf8')).toBe('NEW');
      expect(await modeOf(target)).toBe(0o600);
    });

    it('leaves the mode to the umask without one', async () => {
      const target = path.join(temp.dir, '会员名册.xlsx');
      await underUmask(0o022, () => writeFileAtomic(target, 'x'));
      expect(await modeOf(target)).toBe(0o644);
    });
  });

  it('reports a missing folder as a write failure with its code', async () => {
    await expect(writeFileAtomic(path.join(temp.dir, 'no', 'such', 'x.txt'), 'x')).rejects.toThrow(
      /ENOENT/,
    );
  });
});

describe('writeError', () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it.each([
    ['ENOSPC', /磁盘空间不足/],
    ['EACCES', /没有写入权限/],
    ['EPERM', /没有写入权限/],
    ['EROFS', /只读/],
    ['EBUSY', /占用/],
    ['EIO', /EIO/],
  ])('maps %s to a Chinese message', (code, text) => {
    const error = writeError(errno(code));
    expect(error).toBeInstanceOf(DesktopError);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(text);
  });
});
