import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeError } from './errors';

export type WriteSource = Uint8Array | string | AsyncIterable<Uint8Array>;

/** The temp file sits next to the target, so the final rename never crosses file systems. */
export function tempPathFor(targetPath: string): string {
  const dir = path.dirname(targetPath);
  const name = path.basename(targetPath);
  return path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

// On Windows an antivirus scanner or the search indexer briefly holds a fresh file open, and
// the rename fails with EPERM/EBUSY for a few milliseconds. Retrying is what npm and
// graceful-fs do; anywhere else a failed rename is real.
const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  const delays = platform === 'win32' ? [20, 50, 100, 200, 400] : [];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = delays[attempt];
      if (delay === undefined || !RENAME_RETRY_CODES.has(code)) throw error;
      await sleep(delay);
    }
  }
}

export interface AtomicWriteOptions {
  platform?: NodeJS.Platform;
  /**
   * Permission bits of the written file, e.g. 0o600 for a file only its owner may read. They
   * are the temp file's from its creation, so the content is never readable by others, not
   * even before the rename. Without it the user's umask decides, as for any program's saves.
   * Windows keeps only the read-only bit (no 0o200); its folders' ACLs do the rest.
   */
  mode?: number;
}

/**
 * Writes `data` to `targetPath` so that the target is either the old file or the complete new
 * one, never a torn mix: write a temp file in the same folder, fsync, close, rename over the
 * target. On any failure the temp file is removed and an existing target is left untouched.
 * Errors come back as `DesktopError` with a Chinese message (disk full, no permission, …).
 */
export async function writeFileAtomic(
  targetPath: string,
  data: WriteSource,
  { platform = process.platform, mode }: AtomicWriteOptions = {},
): Promise<void> {
  const tempPath = tempPathFor(targetPath);
  let handle: FileHandle | undefined;
  try {
    // 'wx': fail rather than follow a planted file or symlink at the temp name. Created with
    // `mode` (less what the umask takes away), the file never has more bits than asked for.
    handle = await open(tempPath, 'wx', mode ?? 0o666);
    // Exactly `mode`, whatever the umask; before any byte is written. Best effort: the bits
    // can only be fewer than asked for, and some file systems (FAT on a USB stick) keep none.
    if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
    await writeFile(handle, data, typeof data === 'string' ? 'utf8' : undefined);
    // Without fsync a power cut after the rename can leave a zero-length file on ext4/NTFS.
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tempPath, targetPath, platform);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw writeError(error);
  }
  await syncDirectory(path.dirname(targetPath), platform);
}

/**
 * Makes the rename itself durable on Linux (the new directory entry reaches the disk). Best
 * effort: the file is already complete, and Windows cannot open a folder this way.
 */
async function syncDirectory(dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems (network shares, FAT on USB sticks) refuse; the data is written anyway.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
