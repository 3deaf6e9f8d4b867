import type { IpcResult, UnionDeskBridge } from '../../shared/bridge/contract';
import { PlatformError, type Platform } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

/** The desktop app: every call crosses the typed bridge the preload exposes. */
export function createDesktopPlatform(bridge: UnionDeskBridge): Platform {
  return {
    kind: 'desktop',
    appInfo: async () => unwrap(await bridge.appInfo()),
    saveFile: async (request) => {
      const result = unwrap(await bridge.saveFile(request));
      return result.saved
        ? { status: 'saved', fileName: result.fileName }
        : { status: 'cancelled' };
    },
    openFiles: async (request) => unwrap(await bridge.openFiles(request)),
    printCurrentView: async (request) => {
      const result = unwrap(await bridge.printToPdf(request));
      return result.saved
        ? { status: 'saved', fileName: result.fileName }
        : { status: 'cancelled' };
    },
  };
}
