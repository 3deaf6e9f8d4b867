import { constants, type Dir, type Dirent } from 'node:fs';
import { lstat, open, opendir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile } from '../shared/bridge/contract';
import {
  byRelativePath,
  describeExtensions,
  FOLDER_MAX_DEPTH,
  isHiddenName,
  isWantedInFolder,
} from '../shared/bridge/open-filters';
import { MAX_TRANSFER_BYTES } from '../shared/bridge/schemas';
import { formatBytes } from '../shared/format/bytes';
import { t } from '../shared/i18n';
import { DesktopError, errnoCode } from './errors';

/**
 * Reading the files the user picked in an open dialog: the files themselves, or every matching
 * file of a folder they picked. The renderer gets names (a base name, or a path relative to the
 * chosen folder with '/') and bytes, never an absolute path.
 */

/**
 * How much a folder import reads before it refuses. (How deep it looks is FOLDER_MAX_DEPTH,
 * shared with the browser; deeper files are passed over.)
 */
export interface FolderLimits {
  /** Files and folders looked at, matching or not; more is refused. */
  maxEntries: number;
  /** The matching files' bytes together; more is refused. */
  maxTotalBytes: number;
}

export const FOLDER_LIMITS: FolderLimits = {
  maxEntries: 20_000,
  maxTotalBytes: MAX_TRANSFER_BYTES,
};

/** Bytes as a plain Uint8Array over exactly its own memory, so IPC copies no more than that. */
function ownBytes(buffer: Uint8Array): Uint8Array {
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
    ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
    : buffer.slice();
}

// Neither exists on Windows (no FIFOs there; links are skipped while listing a folder).
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Reads one file of at most `maxBytes`, refusing anything that is not a plain file. `name` is
 * what messages and the result call it. The size is checked on the open handle, so the file
 * that is measured is the file that is read.
 */
export async function readFileWithin(
  filePath: string,
  name: string,
  maxBytes: number,
  { followLinks = true }: { followLinks?: boolean } = {},
): Promise<OpenedFile> {
  const notAFile = () => new DesktopError('failed', t('file.error.notAFile', { name }));
  const tooLarge = (size: number) =>
    new DesktopError(
      'too-large',
      t('file.error.tooLarge', { name, size: formatBytes(size), max: formatBytes(maxBytes) }),
    );
  let handle: FileHandle | undefined;
  try {
    // Non-blocking: opening a FIFO would otherwise wait for a writer; it is refused below.
    handle = await open(
      filePath,
      constants.O_RDONLY | NON_BLOCKING | (followLinks ? 0 : NO_FOLLOW),
    );
    const info = await handle.stat();
    if (!info.isFile()) throw notAFile();
    if (info.size > maxBytes) throw tooLarge(info.size);
    const data = await handle.readFile();
    // The file may have grown between stat and read.
    if (data.byteLength > maxBytes) throw tooLarge(data.byteLength);
    return { name, size: data.byteLength, data: ownBytes(data) };
  } catch (error) {
    if (error instanceof DesktopError) throw error;
    // Windows refuses to open a folder as a file.
    if (errnoCode(error) === 'EISDIR') throw notAFile();
    throw new DesktopError(
      'io',
      t('file.error.readFailed', { name, code: errnoCode(error) ?? '?' }),
      { cause: error },
    );
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The folder as messages name it: its own name, or the drive ("E:\") for a drive's root. */
function folderLabel(folder: string): string {
  return path.basename(folder) || folder;
}

/**
 * What a folder entry is to a folder import; a link (symlink, Windows junction) is 'other'.
 * Windows lists every reparse point as a link, among them OneDrive's files that are not yet
 * downloaded; lstat tells those (plain files and folders to it) from real links.
 */
async function kindOf(entry: Dirent, fullPath: string): Promise<'file' | 'folder' | 'other'> {
  let info: Pick<Dirent, 'isFile' | 'isDirectory' | 'isSymbolicLink'> = entry;
  if (entry.isSymbolicLink()) info = await lstat(fullPath).catch(() => entry);
  if (info.isSymbolicLink()) return 'other';
  return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
}

/**
 * The matching files below `folder`, as '/'-separated paths relative to it, sorted. Hidden
 * entries and links (symlinks, Windows junctions) are passed over, and so are subfolders that
 * cannot be read (a USB stick's "System Volume Information"); the chosen folder itself must be
 * readable.
 */
async function listMatching(
  folder: string,
  extensions: readonly string[],
  limits: FolderLimits,
): Promise<string[]> {
  const found: string[] = [];
  const pending: string[][] = [[]];
  let seen = 0;
  for (let segments = pending.pop(); segments; segments = pending.pop()) {
    let dir: Dir;
    try {
      dir = await opendir(path.join(folder, ...segments));
    } catch (error) {
      if (segments.length > 0) continue;
      throw new DesktopError(
        'io',
        t('file.error.folderUnreadable', {
          folder: folderLabel(folder),
          code: errnoCode(error) ?? '?',
        }),
        { cause: error },
      );
    }
    // Entry by entry (the loop closes the folder): a folder of a million files is refused
    // without listing it whole.
    for await (const entry of dir) {
      seen += 1;
      if (seen > limits.maxEntries) {
        throw new DesktopError(
          'too-large',
          t('file.error.folderTooMany', { folder: folderLabel(folder), max: limits.maxEntries }),
        );
      }
      if (isHiddenName(entry.name)) continue;
      const inside = [...segments, entry.name];
      const kind = await kindOf(entry, path.join(folder, ...inside));
      if (kind === 'folder') {
        if (inside.length <= FOLDER_MAX_DEPTH) pending.push(inside);
      } else if (kind === 'file' && isWantedInFolder(inside.join('/'), extensions)) {
        found.push(inside.join('/'));
      }
    }
  }
  return found.sort(byRelativePath);
}

/**
 * The matching files of a chosen folder, named by their paths relative to it. A folder without
 * any such file is refused: an empty list would read as "cancelled".
 */
export async function listFolderFiles(
  folder: string,
  extensions: readonly string[],
  limits: FolderLimits = FOLDER_LIMITS,
): Promise<string[]> {
  const names = await listMatching(folder, extensions, limits);
  if (names.length === 0) {
    throw new DesktopError(
      'failed',
      t('file.error.folderEmpty', {
        folder: folderLabel(folder),
        extensions: describeExtensions(extensions),
      }),
    );
  }
  return names;
}

/**
 * Reads listed files of `folder` one at a time, each at most `maxBytes`. `readBefore` is what
 * earlier batches of the same folder read: the whole folder stays within the limit.
 */
export async function readListedFiles(
  folder: string,
  names: readonly string[],
  maxBytes: number,
  readBefore = 0,
  limits: FolderLimits = FOLDER_LIMITS,
): Promise<OpenedFile[]> {
  const files: OpenedFile[] = [];
  let total = readBefore;
  for (const name of names) {
    // The listing skipped links; a link planted since then is not followed either.
    const file = await readFileWithin(path.join(folder, ...name.split('/')), name, maxBytes, {
      followLinks: false,
    });
    total += file.size;
    if (total > limits.maxTotalBytes) {
      throw new DesktopError(
        'too-large',
        t('file.error.folderTooLarge', {
          folder: folderLabel(folder),
          max: formatBytes(limits.maxTotalBytes),
        }),
      );
    }
    files.push(file);
  }
  return files;
}
