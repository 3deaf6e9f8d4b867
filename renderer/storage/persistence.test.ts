import { describe, expect, it } from 'vitest';
import { ensurePersistentStorage, formatBytesOrDash, isLow } from './persistence';

const MB = 1024 * 1024;

/** A StorageManager stand-in: the browser's storage API is the external being replaced. */
function storage(opts: { persisted: boolean; grant: boolean; usage: number; quota: number }) {
  let persisted = opts.persisted;
  return {
    persisted: async () => persisted,
    persist: async () => (persisted = opts.grant),
    estimate: async () => ({ usage: opts.usage, quota: opts.quota }),
    getDirectory: async () => {
      throw new Error('unused');
    },
  } as unknown as StorageManager;
}

describe('persistent storage', () => {
  it('asks for persistence when not yet granted and reports the estimate', async () => {
    const status = await ensurePersistentStorage(
      storage({ persisted: false, grant: true, usage: 10 * MB, quota: 10_000 * MB }),
    );
    expect(status).toEqual({
      persisted: true,
      usageBytes: 10 * MB,
      quotaBytes: 10_000 * MB,
      low: false,
    });
  });

  it('warns when little quota is left', async () => {
    const status = await ensurePersistentStorage(
      storage({ persisted: true, grant: true, usage: 900 * MB, quota: 1000 * MB }),
    );
    expect(status.low).toBe(true);
    expect(isLow(100 * MB, 550 * MB)).toBe(true);
    expect(isLow(100 * MB, 5000 * MB)).toBe(false);
    expect(isLow(null, null)).toBe(false);
  });

  it('copes with a browser without the storage API', async () => {
    expect(await ensurePersistentStorage(null)).toMatchObject({ persisted: null, low: false });
    expect(formatBytesOrDash(1536 * MB)).toBe('1.5 GB');
  });
});
