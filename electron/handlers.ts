import type { App, BaseWindow, Dialog, IpcMainInvokeEvent, Shell, WebContents } from 'electron';
import path from 'node:path';
import type { FileFilter, OpenedFile, SaveFileResult } from '../shared/bridge/contract';
import { filterExtensions } from '../shared/bridge/open-filters';
import { t } from '../shared/i18n';
import { PACKAGE_NAME, PRODUCT_NAME } from './app-identity';
import { modalDialogs } from './dialogs';
import { writeFileAtomic } from './atomic-write';
import { createBackupFolder } from './backup-folder';
import { DesktopError } from './errors';
import type { ChannelHandlers } from './ipc';
import { createFolderReads } from './folder-reads';
import { readFileWithin } from './open-files';
import { createSigningKeys, type KeyEncryption } from './signing-keys';

export interface HandlerDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  app: Pick<App, 'getVersion' | 'getPath'>;
  /** Opens the backup folder in the system's file manager. */
  shell: Pick<Shell, 'openPath'>;
  /** The window a request came from, so dialogs are modal to it (BrowserWindow.fromWebContents). */
  windowFor: (contents: WebContents) => BaseWindow | null;
  versions?: { electron: string; chrome: string };
  platform?: string;
  /** The clock backups are named and pruned by, and keys dated by. */
  now?: () => Date;
  /** Electron's safeStorage: encrypts the signing keys' private halves. */
  safeStorage: KeyEncryption;
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

/**
 * The page footer "第 x 页 共 N 页" of every PDF. Chromium does not fill CSS page counters in
 * @page margin boxes, but its PDF printer draws this template in each page's bottom margin and
 * fills the pageNumber/totalPages spans. The template is a separate little document: it sees
 * none of the page's CSS, hence the inline style; its default font size is tiny.
 */
export function pdfPageFooter(): string {
  const text = t('print.pageFooter', {
    page: '<span class="pageNumber"></span>',
    total: '<span class="totalPages"></span>',
  });
  return `<div style="width:100%;text-align:center;font-size:9px;color:#333;font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif">${text}</div>`;
}

export function createHandlers(deps: HandlerDeps): ChannelHandlers {
  const { app } = deps;
  const { showOpen, showSave } = modalDialogs(deps);
  const backups = createBackupFolder({
    app,
    dialog: deps.dialog,
    shell: deps.shell,
    windowFor: deps.windowFor,
    now: deps.now,
  });
  const folders = createFolderReads();
  const keys = createSigningKeys({
    app,
    safeStorage: deps.safeStorage,
    platform: deps.platform,
    now: deps.now,
  });
  const versions = deps.versions ?? {
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
  };

  function defaultPathFor(suggestedName: string): string {
    try {
      return path.join(app.getPath('documents'), suggestedName);
    } catch {
      // Some Linux desktops have no Documents folder; the dialog then opens in its default.
      return suggestedName;
    }
  }

  /** Asks where to save, then writes atomically. The path comes only from the native dialog. */
  async function saveThroughDialog(
    sender: WebContents,
    request: { suggestedName: string; filters: FileFilter[]; title?: string | undefined },
    data: Uint8Array | string,
  ): Promise<SaveFileResult> {
    const choice = await showSave(sender, {
      title: request.title ?? t('dialog.save.title'),
      defaultPath: defaultPathFor(request.suggestedName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomic(choice.filePath, data);
    return { saved: true, fileName: path.basename(choice.filePath) };
  }

  return {
    'app:info': async () => ({
      name: PACKAGE_NAME,
      productName: PRODUCT_NAME,
      version: app.getVersion(),
      os: deps.platform ?? process.platform,
      electron: versions.electron,
      chrome: versions.chrome,
    }),

    'file:save': async (event: IpcMainInvokeEvent, request) =>
      saveThroughDialog(event.sender, request, request.data),

    'file:open': async (event, request) => {
      const choice = await showOpen(event.sender, {
        title: request.title ?? t('dialog.open.title'),
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (choice.canceled) return [];
      const files: OpenedFile[] = [];
      // One at a time: several large spreadsheets at once would multiply peak memory.
      for (const filePath of choice.filePaths) {
        files.push(await readFileWithin(filePath, path.basename(filePath), request.maxBytes));
      }
      return files;
    },

    'file:open-folder': async (event, request) => {
      const choice = await showOpen(event.sender, {
        title: request.title ?? t('dialog.openFolder.title'),
        properties: ['openDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || folder === undefined) return null;
      return folders.open(event.sender.id, folder, {
        extensions: filterExtensions(request.filters),
        maxBytes: request.maxBytes,
      });
    },

    'file:read-folder': async (event, { grant, from, count }) =>
      folders.read(event.sender.id, grant, from, count),

    'print:pdf': async (event, request) => {
      let pdf: Uint8Array;
      try {
        pdf = await event.sender.printToPDF({
          pageSize: 'A4',
          landscape: request.landscape,
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          // An empty header: the default one would print the page's title and the date.
          headerTemplate: '<span></span>',
          footerTemplate: pdfPageFooter(),
        });
      } catch (error) {
        throw new DesktopError('failed', t('print.error.failed'), { cause: error });
      }
      return saveThroughDialog(
        event.sender,
        {
          suggestedName: withExtension(request.suggestedName, 'pdf'),
          filters: [{ name: t('dialog.filter.pdf'), extensions: ['pdf'] }],
          title: request.title ?? t('dialog.pdf.title'),
        },
        pdf,
      );
    },

    'backup:location': async () => backups.location(),
    'backup:choose-folder': async (event) => backups.chooseFolder(event.sender),
    'backup:reveal': async () => {
      await backups.reveal();
      return null;
    },
    'backup:write': async (_event, request) => backups.write(request),
    'backup:list': async () => backups.list(),
    'backup:read': async (_event, request) => backups.read(request),
    'backup:export': async (event, request) => backups.exportCopy(event.sender, request),

    // The renderer names a role and hands over payload bytes; private keys stay in this process.
    'keys:list': async () => keys.list(),
    'keys:create': async (_event, { role }) => keys.create(role),
    'keys:rotate': async (_event, { role, subject }) => keys.rotate(role, subject),
    'keys:retire': async (_event, { role, fingerprint }) => keys.retire(role, fingerprint),
    'keys:sign': async (_event, { role, payloadType, payload }) =>
      keys.signEnvelope(role, payloadType, payload),
  };
}
