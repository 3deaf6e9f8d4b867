import { describe, expect, it } from 'vitest';
import type { UnionDeskBridge } from '../../shared/bridge/contract';
import { createDesktopPlatform, FOLDER_BATCH } from './desktop';
import { PlatformError, type SigningKeyInfo } from './types';

/** The preload's bridge is the external here: a stand-in that answers like main would. */
function bridge(overrides: Partial<UnionDeskBridge>): UnionDeskBridge {
  const unused = async () => {
    throw new Error('not called in this test');
  };
  return {
    appInfo: unused,
    saveFile: unused,
    openFiles: unused,
    openFolder: unused,
    readFolder: unused,
    printToPdf: unused,
    backupLocation: unused,
    chooseBackupFolder: unused,
    revealBackupFolder: unused,
    writeBackup: unused,
    listBackups: unused,
    readBackup: unused,
    exportBackup: unused,
    listSigningKeys: unused,
    createSigningKey: unused,
    retireSigningKey: unused,
    rotateSigningKey: unused,
    signEnvelope: unused,
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

  const REPORTS = [{ name: 'UnionDesk 签名报告', extensions: ['uniondesk-report'] }];
  const GRANT = '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
  const reportFile = (i: number) => ({
    name: `2026/${String(i).padStart(3, '0')}.uniondesk-report`,
    size: 1,
    data: new Uint8Array([i % 256]),
  });

  it('passes an open request for files through, without the fields main does not take', async () => {
    const requests: unknown[] = [];
    const picked = [reportFile(1)];
    const platform = createDesktopPlatform(
      bridge({
        openFiles: async (request) => {
          requests.push(request);
          return { ok: true, value: picked };
        },
      }),
    );
    const request = { filters: REPORTS, multiple: true, title: '选择报告文件', maxBytes: 1024 };
    expect(await platform.openFiles({ ...request, onProgress: () => undefined })).toEqual(picked);
    expect(await platform.openFiles({ ...request, directory: false })).toEqual(picked);
    expect(requests).toEqual([request, request]);
  });

  it('reads a chosen folder a batch at a time, saying how far it has got', async () => {
    const names = Array.from({ length: FOLDER_BATCH * 2 + 5 }, (_, i) => reportFile(i).name);
    const reads: { from: number; count: number }[] = [];
    const platform = createDesktopPlatform(
      bridge({
        openFolder: async (request) => {
          expect(request).toEqual({ filters: REPORTS, maxBytes: 1024, title: '选择文件夹' });
          return { ok: true, value: { grant: GRANT, names } };
        },
        readFolder: async ({ grant, from, count }) => {
          expect(grant).toBe(GRANT);
          reads.push({ from, count });
          const files = names.slice(from, from + count).map((_, i) => reportFile(from + i));
          return { ok: true, value: files };
        },
      }),
    );
    const progress: [number, number][] = [];
    const files = await platform.openFiles({
      filters: REPORTS,
      multiple: false,
      title: '选择文件夹',
      maxBytes: 1024,
      directory: true,
      onProgress: (read, total) => progress.push([read, total]),
    });
    expect(files.map((f) => f.name)).toEqual(names);
    expect(reads.map((r) => r.from)).toEqual([0, FOLDER_BATCH, FOLDER_BATCH * 2]);
    expect(progress).toEqual([
      [0, names.length],
      [FOLDER_BATCH, names.length],
      [FOLDER_BATCH * 2, names.length],
      [names.length, names.length],
    ]);
  });

  it('stops reading a folder when asked, and returns nothing for a cancelled dialog', async () => {
    const controller = new AbortController();
    let reads = 0;
    const platform = createDesktopPlatform(
      bridge({
        openFolder: async () => ({
          ok: true,
          value: { grant: GRANT, names: Array.from({ length: 300 }, (_, i) => reportFile(i).name) },
        }),
        readFolder: async ({ from, count }) => {
          reads += 1;
          controller.abort(new Error('用户取消'));
          return { ok: true, value: Array.from({ length: count }, (_, i) => reportFile(from + i)) };
        },
      }),
    );
    const request = { filters: REPORTS, multiple: false, maxBytes: 1024, directory: true };
    await expect(platform.openFiles({ ...request, signal: controller.signal })).rejects.toThrow(
      '用户取消',
    );
    expect(reads).toBe(1);

    const cancelled = createDesktopPlatform(
      bridge({ openFolder: async () => ({ ok: true, value: null }) }),
    );
    const progress: number[] = [];
    expect(
      await cancelled.openFiles({ ...request, onProgress: (read) => progress.push(read) }),
    ).toEqual([]);
    expect(progress).toEqual([]);
  });

  it('turns a refused file in a folder into a PlatformError with the message from main', async () => {
    const message = '文件“2026/大.uniondesk-report”有 20 MB，超过了 16 MB 的上限，没有打开。';
    const platform = createDesktopPlatform(
      bridge({
        openFolder: async () => ({
          ok: true,
          value: { grant: GRANT, names: ['2026/大.uniondesk-report'] },
        }),
        readFolder: async () => ({ ok: false, error: { code: 'too-large', message } }),
      }),
    );
    const attempt = platform.openFiles({
      filters: REPORTS,
      multiple: false,
      maxBytes: 1,
      directory: true,
    });
    await expect(attempt).rejects.toBeInstanceOf(PlatformError);
    await expect(attempt).rejects.toThrow(message);
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

describe('desktop backups', () => {
  const FOLDER = 'C:\\Users\\clerk\\Documents\\UnionDesk 备份';
  const NAME = 'UnionDesk备份_某某公司工会_20261123-213005_每日自动.uniondesk-backup';
  const INFO = {
    fileName: NAME,
    size: 3,
    createdAt: '2026-11-23T13:30:05.000Z',
    reason: 'daily' as const,
  };

  it('shows the folder path as the location, with the folder actions present', async () => {
    const platform = createDesktopPlatform(
      bridge({
        backupLocation: async () => ({ ok: true, value: { folder: FOLDER, isDefault: true } }),
      }),
    );
    expect(await platform.backups.location()).toEqual({
      kind: 'folder',
      label: FOLDER,
      isDefault: true,
    });
    expect(platform.backups.chooseFolder).toBeTypeOf('function');
    expect(platform.backups.reveal).toBeTypeOf('function');
  });

  it('passes reason, union name and bytes to write, nothing more', async () => {
    const calls: unknown[] = [];
    const platform = createDesktopPlatform(
      bridge({
        writeBackup: async (request) => {
          calls.push(request);
          return { ok: true, value: INFO };
        },
      }),
    );
    const data = new Uint8Array([1, 2, 3]);
    expect(
      await platform.backups.write({ reason: 'daily', unionName: '某某公司工会', data }),
    ).toEqual(INFO);
    expect(calls).toEqual([{ reason: 'daily', unionName: '某某公司工会', data }]);
  });

  it('lists, reads and exports by file name only', async () => {
    const requests: unknown[] = [];
    const platform = createDesktopPlatform(
      bridge({
        listBackups: async () => ({ ok: true, value: [INFO] }),
        readBackup: async (request) => {
          requests.push(request);
          return { ok: true, value: new Uint8Array([9]) };
        },
        exportBackup: async (request) => {
          requests.push(request);
          return requests.length === 2
            ? { ok: true, value: { saved: true, fileName: '备份副本.uniondesk-backup' } }
            : { ok: true, value: { saved: false } };
        },
      }),
    );
    expect(await platform.backups.list()).toEqual([INFO]);
    expect([...(await platform.backups.read(NAME))]).toEqual([9]);
    expect(await platform.backups.exportCopy(NAME)).toEqual({
      status: 'saved',
      fileName: '备份副本.uniondesk-backup',
    });
    expect(await platform.backups.exportCopy(NAME)).toEqual({ status: 'cancelled' });
    expect(requests).toEqual([{ fileName: NAME }, { fileName: NAME }, { fileName: NAME }]);
  });

  it('returns the new location after choosing a folder, and null when cancelled', async () => {
    let calls = 0;
    const platform = createDesktopPlatform(
      bridge({
        chooseBackupFolder: async () =>
          ++calls === 1
            ? { ok: true, value: { folder: 'D:\\备份', isDefault: false } }
            : { ok: true, value: null },
      }),
    );
    expect(await platform.backups.chooseFolder!()).toEqual({
      kind: 'folder',
      label: 'D:\\备份',
      isDefault: false,
    });
    expect(await platform.backups.chooseFolder!()).toBeNull();
  });

  it("reveals the folder, and turns main's refusals into PlatformErrors", async () => {
    const message = '备份文件“x”不存在，可能已被移动或删除。';
    const platform = createDesktopPlatform(
      bridge({
        revealBackupFolder: async () => ({ ok: true, value: null }),
        readBackup: async () => ({ ok: false, error: { code: 'io', message } }),
        writeBackup: async () => ({
          ok: false,
          error: { code: 'io', message: '磁盘空间不足，备份没有写入文件夹' },
        }),
      }),
    );
    await expect(platform.backups.reveal!()).resolves.toBeUndefined();
    await expect(platform.backups.read(NAME)).rejects.toMatchObject({ code: 'io', message });
    await expect(
      platform.backups.write({ reason: 'manual', unionName: 'A', data: new Uint8Array() }),
    ).rejects.toBeInstanceOf(PlatformError);
  });
});

describe('desktop signing', () => {
  const KEY: SigningKeyInfo = {
    fingerprint: 'a'.repeat(64),
    publicKey: 'A'.repeat(43) + '=',
    role: 'union',
    status: 'active',
    createdAt: '2026-11-23T13:30:05.000Z',
    protection: 'safeStorage-basic',
  };
  const SUBJECT = { creditCode: '91110108MA01ABCD2X', unionName: '某某工会', date: '2026-11-23' };

  it('asks main to list, create, rotate and sign, passing a role and bytes only', async () => {
    const requests: unknown[] = [];
    const platform = createDesktopPlatform(
      bridge({
        listSigningKeys: async () => ({ ok: true, value: [KEY] }),
        createSigningKey: async (request) => {
          requests.push(request);
          return { ok: true, value: KEY };
        },
        rotateSigningKey: async (request) => {
          requests.push(request);
          return { ok: true, value: { key: KEY, statement: '{"payload":""}' } };
        },
        signEnvelope: async (request) => {
          requests.push(request);
          return { ok: true, value: '{"signed":true}' };
        },
      }),
    );
    const payload = new Uint8Array([123, 125]);
    expect(await platform.signing.list()).toEqual([KEY]);
    expect(await platform.signing.create('union')).toEqual(KEY);
    expect(await platform.signing.rotate('union', SUBJECT)).toEqual({
      key: KEY,
      statement: '{"payload":""}',
    });
    expect(await platform.signing.signEnvelope('union', 'type', payload)).toBe('{"signed":true}');
    expect(requests).toEqual([
      { role: 'union' },
      { role: 'union', subject: SUBJECT },
      { role: 'union', payloadType: 'type', payload },
    ]);
  });

  it("turns main's refusal to create a key into a PlatformError with its message", async () => {
    const message = '无法安全保存签名密钥：这台电脑的系统密钥保管服务现在不可用';
    const platform = createDesktopPlatform(
      bridge({ createSigningKey: async () => ({ ok: false, error: { code: 'failed', message } }) }),
    );
    await expect(platform.signing.create('federation')).rejects.toMatchObject({
      code: 'failed',
      message,
    });
  });
});
