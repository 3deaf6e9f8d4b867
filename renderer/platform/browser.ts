import type { AppInfo } from '../../shared/bridge/contract';
import { t } from '../../shared/i18n';
import { createBrowserBackupStore } from './browser-backups';
import { PlatformError, type Platform, type PickedFile } from './types';

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

function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
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
    openFiles: async ({ filters, multiple, maxBytes }) => {
      const accept = filters
        .flatMap((f) => f.extensions)
        .filter((e) => e !== '*')
        .map((e) => `.${e}`)
        .join(',');
      const files = await pickFiles(accept, multiple);
      const picked: PickedFile[] = [];
      for (const file of files) {
        if (file.size > maxBytes) {
          throw new PlatformError(
            'too-large',
            t('file.tooLarge', { name: file.name, limit: Math.round(maxBytes / 1024 / 1024) }),
          );
        }
        picked.push({
          name: file.name,
          size: file.size,
          data: new Uint8Array(await file.arrayBuffer()),
        });
      }
      return picked;
    },
    printCurrentView: async () => {
      window.print();
      return { status: 'handed-off' };
    },
    backups: createBrowserBackupStore({ download }),
  };
}
