import type { App, BaseWindow, Dialog, Shell, WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, realpath, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, parseBackupFileName, withSequence } from '../shared/backup/naming';
import { BACKUP_EXTENSION } from '../shared/backup/reason';
import { backupsToDelete, newestFirst, type RetentionEntry } from '../shared/backup/retention';
import type {
  BackupFileEntry,
  BackupFileRef,
  BackupFolderLocation,
  BackupWriteRequest,
  SaveFileResult,
} from '../shared/bridge/contract';
import { MAX_TRANSFER_BYTES } from '../shared/bridge/schemas';
import { formatBytes } from '../shared/format/bytes';
import { t } from '../shared/i18n';
import { modalDialogs } from './dialogs';
import { writeFileAtomic } from './atomic-write';
import { DesktopError, errnoCode } from './errors';

/** In userData, next to the IndexedDB it protects. */
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
/** Under Documents, where a clerk looks for files and which backup software usually copies. */
export const DEFAULT_BACKUP_FOLDER_NAME = 'UnionDesk 备份';
/** A backup larger than this cannot cross the bridge; something else has taken its name. */
export const MAX_BACKUP_BYTES = MAX_TRANSFER_BYTES;

export interface BackupFolderDeps {
  app: Pick<App, 'getPath'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath'>;
  /** The window a request came from, so dialogs are modal to it. */
  windowFor: (contents: WebContents) => BaseWindow | null;
  now?: () => Date;
}

/**
 * The backup folder as the main process sees it. The renderer names files only by the bare
 * names `list` and `write` returned; every path is built here, from the folder the user chose
 * in a native dialog (or the default).
 */
export interface BackupFolder {
  location(): Promise<BackupFolderLocation>;
  /** null when the user cancelled; throws when the folder cannot be written to. */
  chooseFolder(sender: WebContents): Promise<BackupFolderLocation | null>;
  reveal(): Promise<void>;
  write(request: BackupWriteRequest): Promise<BackupFileEntry>;
  /** Newest first; a folder that does not exist yet holds no backups. */
  list(): Promise<BackupFileEntry[]>;
  read(request: BackupFileRef): Promise<Uint8Array>;
  exportCopy(sender: WebContents, request: BackupFileRef): Promise<SaveFileResult>;
}

interface BackupSettings {
  folder: string;
}

interface ScannedBackup extends RetentionEntry {
  size: number;
}

/**
 * Maps a failed write into the backup folder to a message naming the folder. `writeFileAtomic`
 * already wraps errors in a generic "文件没有保存"; the errno it carries as `cause` decides.
 */
export function backupWriteError(error: unknown, folder: string): DesktopError {
  const code = errnoCode(error instanceof DesktopError ? error.cause : error);
  const make = (message: string): DesktopError => new DesktopError('io', message, { cause: error });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return make(t('backupFolder.error.noSpace', { folder }));
    case 'EACCES':
    case 'EPERM':
      return make(t('backupFolder.error.noPermission', { folder }));
    case 'EROFS':
      return make(t('backupFolder.error.readOnly', { folder }));
    // The folder's drive or parent is gone: a USB stick pulled out, a network share offline.
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
      return make(t('backupFolder.error.unavailable', { folder }));
    default:
      return make(t('backupFolder.error.writeFailed', { folder, code: code ?? '?' }));
  }
}

/** Same as `backupWriteError`, for the check made when the user picks a folder. */
function chooseError(error: unknown, folder: string): DesktopError {
  const code = errnoCode(error);
  const make = (message: string): DesktopError => new DesktopError('io', message, { cause: error });
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return make(t('backupFolder.error.chooseNoPermission', { folder }));
    case 'EROFS':
      return make(t('backupFolder.error.chooseReadOnly', { folder }));
    case 'ENOSPC':
    case 'EDQUOT':
      return make(t('backupFolder.error.chooseNoSpace', { folder }));
    default:
      return make(t('backupFolder.error.chooseFailed', { folder, code: code ?? '?' }));
  }
}

/** A name main could have listed: no folder part, no NUL, not "." or "..". */
function isBareName(name: string): boolean {
  return (
    name.length > 0 &&
    name !== '.' &&
    name !== '..' &&
    !name.includes('/') &&
    !name.includes('\\') &&
    !name.includes('\0')
  );
}

/** Bytes as a plain Uint8Array over exactly its own memory, so IPC copies no more than that. */
function ownBytes(buffer: Uint8Array): Uint8Array {
  return buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
    ? new Uint8Array(buffer.buffer, 0, buffer.byteLength)
    : buffer.slice();
}

function isNotFound(error: unknown): boolean {
  const code = errnoCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function createBackupFolder(deps: BackupFolderDeps): BackupFolder {
  const { app, shell } = deps;
  const { showOpen, showSave } = modalDialogs(deps);
  const now = deps.now ?? (() => new Date());

  // Writes run one after another: two backups in the same second must not both find "_2" free.
  let writeQueue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = writeQueue.then(task, task);
    writeQueue = run.catch(() => undefined);
    return run;
  }

  function documentsFolder(): string | null {
    try {
      return app.getPath('documents');
    } catch {
      // Some Linux desktops have no Documents folder (no XDG user dirs).
      return null;
    }
  }

  function defaultFolder(): string {
    return path.join(documentsFolder() ?? app.getPath('home'), DEFAULT_BACKUP_FOLDER_NAME);
  }

  function settingsPath(): string {
    return path.join(app.getPath('userData'), BACKUP_SETTINGS_FILE);
  }

  async function readSettings(): Promise<BackupSettings | null> {
    try {
      const parsed: unknown = JSON.parse(await readFile(settingsPath(), 'utf8'));
      const folder = (parsed as { folder?: unknown } | null)?.folder;
      // Anything else (a torn or hand-edited file) falls back to the default folder, which
      // `location` then reports as such: backups keep being written somewhere visible.
      if (typeof folder === 'string' && path.isAbsolute(folder) && !folder.includes('\0')) {
        return { folder };
      }
      return null;
    } catch {
      return null;
    }
  }

  async function currentFolder(): Promise<string> {
    return (await readSettings())?.folder ?? defaultFolder();
  }

  function locationOf(folder: string): BackupFolderLocation {
    // path.relative compares case-insensitively on Windows, as the file system does.
    return { folder, isDefault: path.relative(folder, defaultFolder()) === '' };
  }

  /** Every file in `folder` whose name is a backup name; symlinks and folders are skipped. */
  async function scan(folder: string): Promise<ScannedBackup[]> {
    const names = await readdir(folder);
    const found: ScannedBackup[] = [];
    for (const fileName of names) {
      const parsed = parseBackupFileName(fileName);
      if (!parsed) continue;
      try {
        const info = await lstat(path.join(folder, fileName));
        if (info.isFile()) found.push({ fileName, size: info.size, ...parsed });
      } catch {
        // Deleted between readdir and lstat: it is simply not there any more.
      }
    }
    return found.sort(newestFirst);
  }

  async function freeName(folder: string, name: string): Promise<string> {
    for (let sequence = 1; sequence <= 1000; sequence += 1) {
      const candidate = withSequence(name, sequence);
      try {
        await lstat(path.join(folder, candidate));
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return candidate;
        throw error;
      }
    }
    // A thousand backups in one second is not the app: refuse rather than loop on.
    throw Object.assign(new Error('no free backup name'), { code: 'EEXIST' });
  }

  /** Applies the retention rule. Best effort: a backup that cannot be deleted stays. */
  async function prune(folder: string, justWritten: string, at: Date): Promise<void> {
    let entries: ScannedBackup[];
    try {
      entries = await scan(folder);
    } catch {
      return;
    }
    for (const fileName of backupsToDelete(entries, at)) {
      if (fileName === justWritten) continue;
      try {
        await unlink(path.join(folder, fileName));
      } catch (error) {
        // No name or path: either could identify the union or the clerk.
        console.warn(`[backup] an old backup was not deleted: ${errnoCode(error) ?? '?'}`);
      }
    }
  }

  /**
   * The real path of a backup the renderer named, after every check: a bare name, a backup
   * name, inside the folder once symlinks are resolved, a regular file within the size cap.
   */
  async function resolveBackup(name: string): Promise<{ filePath: string; size: number }> {
    if (!isBareName(name) || !parseBackupFileName(name)) {
      throw new DesktopError('failed', t('backupFolder.error.badName', { name }));
    }
    const folder = await currentFolder();
    let realFolder: string;
    let filePath: string;
    try {
      realFolder = await realpath(folder);
      filePath = await realpath(path.join(folder, name));
    } catch (error) {
      if (isNotFound(error)) {
        throw new DesktopError('io', t('backupFolder.error.notFound', { name }), { cause: error });
      }
      throw new DesktopError(
        'io',
        t('backupFolder.error.readFailed', { name, code: errnoCode(error) ?? '?' }),
        { cause: error },
      );
    }
    const relative = path.relative(realFolder, filePath);
    if (!relative || relative !== path.basename(filePath) || path.isAbsolute(relative)) {
      throw new DesktopError('failed', t('backupFolder.error.outside', { name }));
    }
    const info = await lstat(filePath).catch((error: unknown) => {
      throw new DesktopError('io', t('backupFolder.error.notFound', { name }), { cause: error });
    });
    if (!info.isFile())
      throw new DesktopError('failed', t('backupFolder.error.notAFile', { name }));
    if (info.size > MAX_BACKUP_BYTES) throw tooLarge(name, info.size);
    return { filePath, size: info.size };
  }

  function tooLarge(name: string, size: number): DesktopError {
    return new DesktopError(
      'too-large',
      t('backupFolder.error.tooLarge', {
        name,
        size: formatBytes(size),
        max: formatBytes(MAX_BACKUP_BYTES),
      }),
    );
  }

  return {
    location: async () => locationOf(await currentFolder()),

    chooseFolder: async (sender) => {
      const choice = await showOpen(sender, {
        title: t('backupFolder.dialog.choose.title'),
        buttonLabel: t('backupFolder.dialog.choose.button'),
        defaultPath: await currentFolder(),
        properties: ['openDirectory', 'createDirectory'],
      });
      const picked = choice.filePaths[0];
      if (choice.canceled || !picked) return null;
      const folder = path.resolve(picked);

      // A folder that looks fine in the dialog may still refuse files (a read-only share, a
      // protected system folder): find out now, not at tonight's automatic backup.
      const probe = path.join(folder, `.uniondesk-probe-${randomBytes(6).toString('hex')}.tmp`);
      try {
        const handle = await open(probe, 'wx');
        try {
          await handle.writeFile('UnionDesk');
        } finally {
          await handle.close();
        }
      } catch (error) {
        await rm(probe, { force: true }).catch(() => undefined);
        throw chooseError(error, folder);
      }
      await rm(probe, { force: true }).catch(() => undefined);

      try {
        await mkdir(path.dirname(settingsPath()), { recursive: true });
        const settings: BackupSettings = { folder };
        await writeFileAtomic(settingsPath(), `${JSON.stringify(settings, null, 2)}\n`);
      } catch (error) {
        const code = errnoCode(error instanceof DesktopError ? error.cause : error) ?? '?';
        throw new DesktopError('io', t('backupFolder.error.settingsFailed', { code }), {
          cause: error,
        });
      }
      return locationOf(folder);
    },

    reveal: async () => {
      const folder = await currentFolder();
      const failed = (cause?: unknown): DesktopError =>
        new DesktopError('failed', t('backupFolder.error.revealFailed', { folder }), { cause });
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw failed(error);
      }
      // openPath resolves to an error description (in the system's language), '' on success.
      const problem = await shell.openPath(folder);
      if (problem) throw failed();
    },

    write: (request) =>
      serially(async () => {
        const folder = await currentFolder();
        const at = now();
        // Names are to the second; what the list reports must match what the name says.
        const createdAt = new Date(Math.floor(at.getTime() / 1000) * 1000);
        let fileName: string;
        try {
          await mkdir(folder, { recursive: true });
          fileName = await freeName(
            folder,
            backupFileName({ unionName: request.unionName, createdAt, reason: request.reason }),
          );
          await writeFileAtomic(path.join(folder, fileName), request.data);
        } catch (error) {
          throw backupWriteError(error, folder);
        }
        await prune(folder, fileName, at);
        return {
          fileName,
          size: request.data.byteLength,
          createdAt: createdAt.toISOString(),
          reason: request.reason,
        };
      }),

    list: async () => {
      const folder = await currentFolder();
      let entries: ScannedBackup[];
      try {
        entries = await scan(folder);
      } catch (error) {
        if (isNotFound(error)) return [];
        throw new DesktopError(
          'io',
          t('backupFolder.error.listFailed', { folder, code: errnoCode(error) ?? '?' }),
          { cause: error },
        );
      }
      return entries.map(({ fileName, size, createdAt, reason }) => ({
        fileName,
        size,
        createdAt: createdAt.toISOString(),
        reason,
      }));
    },

    read: async ({ fileName }) => {
      const { filePath } = await resolveBackup(fileName);
      try {
        const data = await readFile(filePath);
        // The file may have grown between the check and the read.
        if (data.byteLength > MAX_BACKUP_BYTES) throw tooLarge(fileName, data.byteLength);
        return ownBytes(data);
      } catch (error) {
        if (error instanceof DesktopError) throw error;
        if (isNotFound(error)) {
          throw new DesktopError('io', t('backupFolder.error.notFound', { name: fileName }), {
            cause: error,
          });
        }
        throw new DesktopError(
          'io',
          t('backupFolder.error.readFailed', { name: fileName, code: errnoCode(error) ?? '?' }),
          { cause: error },
        );
      }
    },

    exportCopy: async (sender, { fileName }) => {
      // Refuse a bad name before a dialog asks the user where to put it.
      await resolveBackup(fileName);
      const documents = documentsFolder();
      const choice = await showSave(sender, {
        title: t('backupFolder.dialog.export.title'),
        defaultPath: documents ? path.join(documents, fileName) : fileName,
        filters: [{ name: t('backupFolder.dialog.filter'), extensions: [BACKUP_EXTENSION] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      // Again: the dialog may have stayed open while the file was moved or replaced.
      const { filePath } = await resolveBackup(fileName);
      await writeFileAtomic(choice.filePath, createReadStream(filePath));
      return { saved: true, fileName: path.basename(choice.filePath) };
    },
  };
}
