import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeMethods, type UnionDeskBridge } from '../shared/bridge/contract';

// Electron is a true external here (its binary is not installed): record what the preload
// hands to it.
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./preload');
  });

  it('exposes exactly one frozen object, window.unionDesk, with one method per channel', () => {
    expect([...exposed.keys()]).toEqual(['unionDesk']);
    const api = exposed.get('unionDesk') as UnionDeskBridge;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(Object.keys(bridgeMethods).sort());
  });

  it('forwards each method to its channel with the arguments, nothing more', async () => {
    const api = exposed.get('unionDesk') as UnionDeskBridge;
    await api.printToPdf({ suggestedName: 'a.pdf', landscape: false });
    expect(invoke).toHaveBeenLastCalledWith('print:pdf', {
      suggestedName: 'a.pdf',
      landscape: false,
    });
    await api.appInfo();
    expect(invoke).toHaveBeenLastCalledWith('app:info');
    const payload = new Uint8Array([123, 125]);
    await api.signEnvelope({ role: 'union', payloadType: 'x', payload });
    expect(invoke).toHaveBeenLastCalledWith('keys:sign', {
      role: 'union',
      payloadType: 'x',
      payload,
    });
  });
});
