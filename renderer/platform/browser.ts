import type { AppInfo, FileFilter } from '../../shared/bridge/contract';
import {
  byRelativePath,
  describeExtensions,
  filterExtensions,
  isWantedInFolder,
} from '../../shared/bridge/open-filters';
import { t } from '../../shared/i18n';
import { createBrowserBackupStore } from './browser-backups';
import { createBrowserSigning } from './browser-signing';
import { PlatformError, type OpenRequest, type Platform, type PickedFile } from './types';

/** Version baked in at build time by Vite (see vite.config.ts `define`). */
const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

function download(name: string, data: Uint8Array | string): void {
  const blob =
    typeof data === 'string'
      ? new Blob([data], { type: 'text/plain;charset=utf-8' })
      : new Blob([data as Uint8Array<ArrayBuffer>]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFiles(accept: string, multiple: boolean, directory = false): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    // A folder: the browser lists every file in it and its subfolders.
    input.webkitdirectory = directory;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    // Chromium fires `cancel` when the picker is dismissed; without it the promise would hang.
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** What this module uses of a chosen File (tests pass plain objects). */
export type ChosenFile = Pick<File, 'name' | 'size' | 'webkitRelativePath' | 'arrayBuffer'>;

/** How a caller follows a folder being read (types.ts OpenRequest). */
type ReadWatch = Pick<OpenRequest, 'onProgress' | 'signal'>;

/** Reads the chosen files one at a time, refusing any larger than `maxBytes`. */
async function readChosen(
  chosen: readonly { file: ChosenFile; name: string }[],
  maxBytes: number,
  { onProgress, signal }: ReadWatch = {},
): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  onProgress?.(0, chosen.length);
  for (const { file, name } of chosen) {
    signal?.throwIfAborted();
    if (file.size > maxBytes) {
      throw new PlatformError(
        'too-large',
        t('file.tooLarge', { name, limit: Math.round(maxBytes / 1024 / 1024) }),
      );
    }
    picked.push({ name, size: file.size, data: new Uint8Array(await file.arrayBuffer()) });
    // Every 50 files: a re-render per file would cost more than reading a small one.
    if (picked.length % 50 === 0 || picked.length === chosen.length) {
      onProgress?.(picked.length, chosen.length);
    }
  }
  return picked;
}

/**
 * The files of a chosen folder that a folder import reads, as the desktop app does: those with
 * one of the filters' extensions, nothing hidden, at most FOLDER_MAX_DEPTH subfolders deep,
 * sorted and named by their path inside the folder ("2026/a.uniondesk-report";
 * webkitRelativePath also starts with the folder's own name, which is dropped).
 */
export async function readFolderSelection(
  files: readonly ChosenFile[],
  filters: readonly FileFilter[],
  maxBytes: number,
  watch: ReadWatch = {},
): Promise<PickedFile[]> {
  // Cancelled, or an empty folder: the browser does not tell the two apart.
  if (files.length === 0) return [];
  const extensions = filterExtensions(filters);
  const inFolder = files.map((file) => {
    const [folder = '', ...inside] = (file.webkitRelativePath || file.name).split('/');
    return { file, folder, name: inside.join('/') || folder };
  });
  const wanted = inFolder
    .filter(({ name }) => isWantedInFolder(name, extensions))
    .sort((a, b) => byRelativePath(a.name, b.name));
  if (wanted.length === 0) {
    throw new PlatformError(
      'failed',
      t('file.error.folderEmpty', {
        folder: inFolder[0]?.folder ?? '',
        extensions: describeExtensions(extensions),
      }),
    );
  }
  return readChosen(wanted, maxBytes, watch);
}

/** The plain-browser platform: the same UI in Chromium, used by the end-to-end tests. */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async (): Promise<AppInfo> => ({
      name: 'uniondesk',
      productName: 'UnionDesk',
      version: APP_VERSION,
      os: 'browser',
      electron: '',
      chrome: /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '',
    }),
    saveFile: async ({ suggestedName, data }) => {
      download(suggestedName, data);
      return { status: 'saved', fileName: suggestedName };
    },
    openFiles: async (request) => {
      const { filters, multiple, maxBytes, directory } = request;
      if (directory) {
        return readFolderSelection(await pickFiles('', false, true), filters, maxBytes, request);
      }
      const accept = filters
        .flatMap((f) => f.extensions)
        .filter((e) => e !== '*')
        .map((e) => `.${e}`)
        .join(',');
      const files = await pickFiles(accept, multiple);
      return readChosen(
        files.map((file) => ({ file, name: file.name })),
        maxBytes,
      );
    },
    printCurrentView: async () => {
      window.print();
      return { status: 'handed-off' };
    },
    backups: createBrowserBackupStore({ download }),
    signing: createBrowserSigning(),
  };
}
