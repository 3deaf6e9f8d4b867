import { randomUUID } from 'node:crypto';
import type { FolderListing, OpenedFile } from '../shared/bridge/contract';
import { MAX_FOLDER_BATCH } from '../shared/bridge/schemas';
import { t } from '../shared/i18n';
import { DesktopError } from './errors';
import { FOLDER_LIMITS, listFolderFiles, readListedFiles, type FolderLimits } from './open-files';

/**
 * A folder the user chose, read in batches the renderer asks for, so that it can show how far
 * reading a folder of thousands of reports has got and stop when asked. Main keeps the folder's
 * path; the renderer holds an opaque grant and the relative names it was shown, and may read
 * only those. One folder per window: choosing another ends the previous one, and so does
 * reading its last file.
 */

interface OpenFolder {
  grant: string;
  folder: string;
  names: readonly string[];
  maxBytes: number;
  readBytes: number;
}

export interface FolderReads {
  /** Lists the chosen folder's matching files (refusing a folder without any) for `owner`. */
  open(
    owner: number,
    folder: string,
    request: { extensions: readonly string[]; maxBytes: number },
  ): Promise<FolderListing>;
  /** Files `from` … `from + count - 1` of the listing, in its order. */
  read(owner: number, grant: string, from: number, count: number): Promise<OpenedFile[]>;
}

export function createFolderReads(limits: FolderLimits = FOLDER_LIMITS): FolderReads {
  const open = new Map<number, OpenFolder>();
  return {
    async open(owner, folder, { extensions, maxBytes }) {
      open.delete(owner);
      const names = await listFolderFiles(folder, extensions, limits);
      const grant = randomUUID();
      open.set(owner, { grant, folder, names, maxBytes, readBytes: 0 });
      return { grant, names };
    },

    async read(owner, grant, from, count) {
      const current = open.get(owner);
      if (!current || current.grant !== grant) {
        throw new DesktopError('failed', t('file.error.folderGone'));
      }
      if (from < 0 || count < 1 || count > MAX_FOLDER_BATCH || from >= current.names.length) {
        throw new DesktopError('failed', t('file.error.folderGone'));
      }
      const names = current.names.slice(from, from + count);
      try {
        const files = await readListedFiles(
          current.folder,
          names,
          current.maxBytes,
          current.readBytes,
          limits,
        );
        current.readBytes += files.reduce((sum, file) => sum + file.size, 0);
        if (from + names.length >= current.names.length) open.delete(owner);
        return files;
      } catch (error) {
        // A refused file ends the folder: the renderer reports it and nothing is imported.
        open.delete(owner);
        throw error;
      }
    },
  };
}
