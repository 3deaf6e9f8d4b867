import type {
  BackupFolderLocation,
  IpcResult,
  SaveFileResult,
  UnionDeskBridge,
} from '../../shared/bridge/contract';
import {
  PlatformError,
  type BackupLocation,
  type OpenRequest,
  type PickedFile,
  type Platform,
  type SaveOutcome,
} from './types';

/** Files per `readFolder` call: about 2.5 MB of reports, and a progress step every few. */
export const FOLDER_BATCH = 100;

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

function outcome(result: SaveFileResult): SaveOutcome {
  return result.saved ? { status: 'saved', fileName: result.fileName } : { status: 'cancelled' };
}

function folderLocation({ folder, isDefault }: BackupFolderLocation): BackupLocation {
  return { kind: 'folder', label: folder, isDefault };
}

/** A chosen folder's files, read a batch at a time so the page can show progress and stop. */
async function openFolder(bridge: UnionDeskBridge, request: OpenRequest): Promise<PickedFile[]> {
  const { filters, title, maxBytes, onProgress, signal } = request;
  const listing = unwrap(
    await bridge.openFolder({ filters, maxBytes, ...(title === undefined ? {} : { title }) }),
  );
  if (!listing) return [];
  const { grant, names } = listing;
  const files: PickedFile[] = [];
  onProgress?.(0, names.length);
  for (let from = 0; from < names.length; from += FOLDER_BATCH) {
    signal?.throwIfAborted();
    files.push(...unwrap(await bridge.readFolder({ grant, from, count: FOLDER_BATCH })));
    onProgress?.(files.length, names.length);
  }
  return files;
}

/** The desktop app: every call crosses the typed bridge the preload exposes. */
export function createDesktopPlatform(bridge: UnionDeskBridge): Platform {
  return {
    kind: 'desktop',
    appInfo: async () => unwrap(await bridge.appInfo()),
    saveFile: async (request) => outcome(unwrap(await bridge.saveFile(request))),
    openFiles: async (request) => {
      if (request.directory) return openFolder(bridge, request);
      const { filters, multiple, title, maxBytes } = request;
      return unwrap(
        await bridge.openFiles({
          filters,
          multiple,
          maxBytes,
          ...(title === undefined ? {} : { title }),
        }),
      );
    },
    printCurrentView: async (request) => outcome(unwrap(await bridge.printToPdf(request))),
    // Main owns the folder and every path in it; the renderer passes reasons and listed names.
    backups: {
      location: async () => folderLocation(unwrap(await bridge.backupLocation())),
      write: async (request) => unwrap(await bridge.writeBackup(request)),
      list: async () => unwrap(await bridge.listBackups()),
      read: async (fileName) => unwrap(await bridge.readBackup({ fileName })),
      exportCopy: async (fileName) => outcome(unwrap(await bridge.exportBackup({ fileName }))),
      chooseFolder: async () => {
        const chosen = unwrap(await bridge.chooseBackupFolder());
        return chosen ? folderLocation(chosen) : null;
      },
      reveal: async () => {
        unwrap(await bridge.revealBackupFolder());
      },
    },
    // Requests carry a role and payload bytes; main holds the keys and signs.
    signing: {
      list: async () => unwrap(await bridge.listSigningKeys()),
      create: async (role) => unwrap(await bridge.createSigningKey({ role })),
      rotate: async (role, subject) => unwrap(await bridge.rotateSigningKey({ role, subject })),
      retire: async (role, fingerprint) =>
        unwrap(await bridge.retireSigningKey({ role, fingerprint })),
      signEnvelope: async (role, payloadType, payload) =>
        unwrap(await bridge.signEnvelope({ role, payloadType, payload })),
    },
  };
}
