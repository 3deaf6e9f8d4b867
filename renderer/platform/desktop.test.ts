import { describe, expect, it } from 'vitest';
import type { UnionDeskBridge } from '../../shared/bridge/contract';
import { createDesktopPlatform } from './desktop';
import { PlatformError } from './types';

/** The preload's bridge is the external here: a stand-in that answers like main would. */
function bridge(overrides: Partial<UnionDeskBridge>): UnionDeskBridge {
  const unused = async () => {
    throw new Error('not called in this test');
  };
  return {
    appInfo: unused,
    saveFile: unused,
    openFiles: unused,
    printToPdf: unused,
    ...overrides,
  };
}

describe('desktop platform', () => {
  it('unwraps a successful save and reports a cancelled one', async () => {
    let calls = 0;
    const platform = createDesktopPlatform(
      bridge({
        saveFile: async () =>
          ++calls === 1
            ? { ok: true, value: { saved: true, fileName: '会员名册.xlsx' } }
            : { ok: true, value: { saved: false } },
      }),
    );
    const request = { suggestedName: '会员名册.xlsx', filters: [], data: 'x' };
    expect(await platform.saveFile(request)).toEqual({
      status: 'saved',
      fileName: '会员名册.xlsx',
    });
    expect(await platform.saveFile(request)).toEqual({ status: 'cancelled' });
  });

  it("turns main's refusal into a PlatformError carrying its Chinese message", async () => {
    const platform = createDesktopPlatform(
      bridge({
        openFiles: async () => ({
          ok: false,
          error: { code: 'too-large', message: '文件“名册.xlsx”太大' },
        }),
      }),
    );
    const attempt = platform.openFiles({ filters: [], multiple: false, maxBytes: 10 });
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toMatchObject({
      code: 'too-large',
      message: '文件“名册.xlsx”太大',
    });
  });
});
