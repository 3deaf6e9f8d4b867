/**
 * Runs sandboxed before the page: it may require nothing but 'electron' (a short allow-list),
 * so it is bundled, and it imports only the contract. It exposes exactly one object,
 * `window.unionDesk`, with one method per channel; the page never sees ipcRenderer or an event.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeMethods, type BridgeMethod, type UnionDeskBridge } from '../shared/bridge/contract';

const api = Object.freeze(
  Object.fromEntries(
    (Object.keys(bridgeMethods) as BridgeMethod[]).map((method) => [
      method,
      (...args: unknown[]) => ipcRenderer.invoke(bridgeMethods[method], ...args),
    ]),
  ),
) as UnionDeskBridge;

contextBridge.exposeInMainWorld('unionDesk', api);
