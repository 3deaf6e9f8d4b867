import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Channel, IpcResult } from '../shared/bridge/contract';
import { z } from 'zod';
import { argSchemas, MAX_SIGN_PAYLOAD_BYTES } from '../shared/bridge/schemas';
import { t } from '../shared/i18n';
import type { SigningKeyInfo } from '../shared/signing/keys';
import { makeRotationSubject } from '../test/fixtures/signing-service';
import { DesktopError } from './errors';
import { CHANNELS, FIELD_LABELS, registerIpcHandlers, type ChannelHandlers } from './ipc';
import { isTrustedSenderUrl } from './security';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** ipcMain is a true external: a map of registered listeners is all it is to this code. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  } as unknown as Pick<IpcMain, 'handle'>;
  return { ipcMain, listeners };
}

function makeEvent(url: string | null): IpcMainInvokeEvent {
  return {
    senderFrame: url === null ? null : { url },
    sender: {},
  } as unknown as IpcMainInvokeEvent;
}

const BACKUP_NAME = 'UnionDesk备份_某某公司工会_20261123-213005_每日自动.uniondesk-backup';
const KEY: SigningKeyInfo = {
  fingerprint: 'a'.repeat(64),
  publicKey: Buffer.alloc(32).toString('base64'),
  role: 'union',
  status: 'active',
  createdAt: '2026-11-23T13:30:05.000Z',
  protection: 'safeStorage',
};

function makeHandlers(): ChannelHandlers & { [K in Channel]: ReturnType<typeof vi.fn> } {
  return {
    'app:info': vi.fn(async () => ({
      name: 'uniondesk',
      productName: 'UnionDesk',
      version: '0.1.0',
      os: 'linux',
      electron: '45.4.1',
      chrome: '140',
    })),
    'file:save': vi.fn(async () => ({ saved: true as const, fileName: '名册.xlsx' })),
    'file:open': vi.fn(async () => []),
    'file:open-folder': vi.fn(async () => null),
    'file:read-folder': vi.fn(async () => []),
    'print:pdf': vi.fn(async () => ({ saved: false as const })),
    'backup:location': vi.fn(async () => ({
      folder: '/home/clerk/UnionDesk 备份',
      isDefault: true,
    })),
    'backup:choose-folder': vi.fn(async () => null),
    'backup:reveal': vi.fn(async () => null),
    'backup:write': vi.fn(async () => ({
      fileName: BACKUP_NAME,
      size: 2,
      createdAt: '2026-11-23T13:30:05.000Z',
      reason: 'daily' as const,
    })),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async () => new Uint8Array([1])),
    'backup:export': vi.fn(async () => ({ saved: false as const })),
    'keys:list': vi.fn(async () => [KEY]),
    'keys:create': vi.fn(async () => KEY),
    'keys:rotate': vi.fn(async () => ({ key: KEY, statement: '{}' })),
    'keys:retire': vi.fn(async () => ({ ...KEY, status: 'retired' as const })),
    'keys:sign': vi.fn(async () => '{}'),
  };
}

function setup() {
  const { ipcMain, listeners } = fakeIpcMain();
  const handlers = makeHandlers();
  registerIpcHandlers(ipcMain, handlers, { isTrustedSender: (url) => isTrustedSenderUrl(url) });
  const call = (channel: Channel, url: string | null, ...args: unknown[]) =>
    listeners.get(channel)!(makeEvent(url), ...args) as Promise<IpcResult<unknown>>;
  return { handlers, listeners, call };
}

const APP = 'app://uniondesk/index.html';
const goodSave = {
  suggestedName: '会员名册.xlsx',
  filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  data: new Uint8Array([1, 2]),
};

const goodOpen = {
  filters: [{ name: 'UnionDesk 签名报告', extensions: ['uniondesk-report'] }],
  multiple: true,
  maxBytes: 1024,
};

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(CHANNELS).toHaveLength(18);
  });

  it('returns { ok: true, value } for a good call', async () => {
    const { call, handlers } = setup();
    await expect(call('file:save', APP, goodSave)).resolves.toEqual({
      ok: true,
      value: { saved: true, fileName: '名册.xlsx' },
    });
    expect(handlers['file:save']).toHaveBeenCalledWith(expect.anything(), goodSave);
    const info = await call('app:info', APP);
    expect(info.ok && info.value).toMatchObject({ productName: 'UnionDesk' });
  });

  it.each([
    ['another web site', 'https://evil.example/'],
    ['a local file', 'file:///home/clerk/evil.html'],
    ['a look-alike scheme host', 'app://evil/index.html'],
    ['a blank frame', 'about:blank'],
    ['no frame at all', null],
  ])(
    'rejects a sender from %s with bad-sender, without calling the handler',
    async (_name, url) => {
      const { call, handlers } = setup();
      for (const channel of CHANNELS) {
        const result = await call(channel, url, goodSave);
        expect(result).toEqual({
          ok: false,
          error: { code: 'bad-sender', message: expect.stringContaining('未知页面') },
        });
        expect(handlers[channel]).not.toHaveBeenCalled();
      }
    },
  );

  it('rejects a frame that was destroyed (reading its URL throws)', async () => {
    const { listeners, handlers } = setup();
    const event = {
      get senderFrame() {
        throw new Error('Render frame was disposed');
      },
    } as unknown as IpcMainInvokeEvent;
    const result = (await listeners.get('app:info')!(event)) as IpcResult<unknown>;
    expect(!result.ok && result.error.code).toBe('bad-sender');
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing field', 'file:save', [{ filters: [], data: 'x' }], '建议文件名'],
    [
      'a path in the file name',
      'file:save',
      [{ ...goodSave, suggestedName: '../x' }],
      '建议文件名',
    ],
    [
      'a Windows path in the file name',
      'file:save',
      [{ ...goodSave, suggestedName: 'C:\\x.xlsx' }],
      '建议文件名',
    ],
    ['a Windows device name', 'file:save', [{ ...goodSave, suggestedName: 'CON.xlsx' }], '保留'],
    ['a trailing dot', 'print:pdf', [{ suggestedName: 'report.', landscape: false }], '结尾'],
    ['a wrong type', 'file:open', [{ filters: [], multiple: 'yes', maxBytes: 10 }], '是否多选'],
    [
      'an extra key',
      'print:pdf',
      [{ suggestedName: 'a.pdf', landscape: false, path: '/etc' }],
      '请求',
    ],
    [
      'a bad filter extension',
      'file:save',
      [{ ...goodSave, filters: [{ name: 'x', extensions: ['.x/'] }] }],
      '文件类型',
    ],
    [
      'a negative size limit',
      'file:open',
      [{ filters: [], multiple: false, maxBytes: -1 }],
      '文件大小上限',
    ],
    ['data that is not bytes', 'file:save', [{ ...goodSave, data: [1, 2, 3] }], '文件内容'],
    [
      'a folder flag on an open request for files',
      'file:open',
      [{ ...goodOpen, directory: true }],
      '请求',
    ],
    [
      'a folder request without file types',
      'file:open-folder',
      [{ filters: [], maxBytes: 100 }],
      '文件类型（filters）：选择文件夹时必须给出文件类型',
    ],
    [
      'a folder path smuggled into a folder request',
      'file:open-folder',
      [{ filters: goodOpen.filters, maxBytes: 100, folder: '/home/clerk' }],
      '请求',
    ],
    [
      'a path instead of a folder grant',
      'file:read-folder',
      [{ grant: '/home/clerk', from: 0, count: 10 }],
      '文件夹读取凭据（grant）',
    ],
    [
      'a batch larger than a read may ask for',
      'file:read-folder',
      [{ grant: '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f', from: 0, count: 501 }],
      '一次读取的文件数（count）',
    ],
    [
      'a negative start in a folder read',
      'file:read-folder',
      [{ grant: '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f', from: -1, count: 1 }],
      '从第几个文件读起（from）',
    ],
    ['no argument', 'file:save', [], '请求'],
    ['an extra argument', 'app:info', [{}], '请求'],
  ] as const)('rejects %s with bad-args naming the field', async (_name, channel, args, field) => {
    const { call, handlers } = setup();
    const result = await call(channel, APP, ...args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-args');
    expect(result.error.message).toContain('请求的参数不正确');
    expect(result.error.message).toContain(field);
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('passes open requests for files, a folder and a batch of its files through as they came', async () => {
    const { call, handlers } = setup();
    const calls = [
      ['file:open', goodOpen],
      ['file:open-folder', { filters: goodOpen.filters, maxBytes: 100, title: '选择文件夹' }],
      [
        'file:read-folder',
        { grant: '6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f', from: 100, count: 100 },
      ],
    ] as const;
    for (const [channel, request] of calls) {
      expect((await call(channel, APP, request)).ok).toBe(true);
      expect(handlers[channel]).toHaveBeenLastCalledWith(expect.anything(), request);
    }
  });

  it('has a Chinese label for every field of every request', () => {
    const fields = new Set<string>();
    for (const channel of CHANNELS) {
      for (const item of (argSchemas[channel] as unknown as z.ZodTuple).def.items) {
        if (item instanceof z.ZodObject) for (const key of Object.keys(item.shape)) fields.add(key);
      }
    }
    expect([...fields].filter((field) => !FIELD_LABELS[field])).toEqual([]);
    for (const field of fields) expect(t(FIELD_LABELS[field]!)).toMatch(/^[\u4e00-\u9fff]/);
  });

  it('passes good backup calls through', async () => {
    const { call, handlers } = setup();
    const write = { reason: 'daily', unionName: '某某公司工会', data: new Uint8Array([1, 2]) };
    expect((await call('backup:write', APP, write)).ok).toBe(true);
    expect(handlers['backup:write']).toHaveBeenCalledWith(expect.anything(), write);
    expect((await call('backup:write', APP, { ...write, unionName: '' })).ok).toBe(true);
    for (const channel of ['backup:read', 'backup:export'] as const) {
      expect((await call(channel, APP, { fileName: BACKUP_NAME })).ok).toBe(true);
      expect(
        (await call(channel, APP, { fileName: BACKUP_NAME.replace('.uniondesk', '_2.uniondesk') }))
          .ok,
      ).toBe(true);
    }
    for (const channel of [
      'backup:location',
      'backup:choose-folder',
      'backup:reveal',
      'backup:list',
    ] as const) {
      expect((await call(channel, APP)).ok).toBe(true);
    }
  });

  /** The call is refused before its handler runs, and the message names the field. */
  async function expectBadArgs(channel: Channel, args: readonly unknown[], field: string) {
    const { call, handlers } = setup();
    const result = await call(channel, APP, ...args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-args');
    expect(result.error.message).toContain(field);
    expect(handlers[channel]).not.toHaveBeenCalled();
  }

  const goodWrite = { reason: 'manual', unionName: '工会', data: new Uint8Array([1]) };
  it.each([
    ['an unknown reason', 'backup:write', [{ ...goodWrite, reason: 'weekly' }], '备份原因'],
    ['a reason in Chinese', 'backup:write', [{ ...goodWrite, reason: '手动备份' }], '备份原因'],
    [
      'a missing reason',
      'backup:write',
      [{ unionName: '工会', data: new Uint8Array() }],
      '备份原因',
    ],
    ['a union name that is not text', 'backup:write', [{ ...goodWrite, unionName: 7 }], '工会名称'],
    [
      'a very long union name',
      'backup:write',
      [{ ...goodWrite, unionName: '工'.repeat(201) }],
      '工会名称',
    ],
    ['backup data that is text', 'backup:write', [{ ...goodWrite, data: 'abc' }], '文件内容'],
    ['a folder smuggled into a write', 'backup:write', [{ ...goodWrite, folder: '/tmp' }], '请求'],
    ['a relative path', 'backup:read', [{ fileName: `../${BACKUP_NAME}` }], '备份文件名'],
    ['an absolute path', 'backup:read', [{ fileName: `/etc/${BACKUP_NAME}` }], '备份文件名'],
    ['a Windows path', 'backup:export', [{ fileName: `C:\\x\\${BACKUP_NAME}` }], '备份文件名'],
    ['".."', 'backup:read', [{ fileName: '..' }], '备份文件名'],
    ['a NUL byte', 'backup:read', [{ fileName: `${BACKUP_NAME}\0.txt` }], '备份文件名'],
    ['a name that is not a backup', 'backup:export', [{ fileName: 'passwd' }], '备份文件名'],
    ['an empty name', 'backup:read', [{ fileName: '' }], '备份文件名'],
    ['a bare string', 'backup:read', [BACKUP_NAME], '请求'],
    ['an extra argument to list', 'backup:list', [{ folder: '/' }], '请求'],
    ['a folder passed to choose-folder', 'backup:choose-folder', ['/tmp'], '请求'],
    ['a folder passed to reveal', 'backup:reveal', ['C:\\'], '请求'],
  ] as const)(
    'rejects %s for a backup channel with bad-args naming the field',
    (_name, channel, args, field) => expectBadArgs(channel, args, field),
  );

  const goodSign = {
    role: 'union',
    payloadType: 'application/vnd.uniondesk.report+json; version=1',
    payload: new Uint8Array([123, 125]),
  };
  const goodRotate = { role: 'union', subject: makeRotationSubject() };

  it('passes good signing key calls through, bytes and all', async () => {
    const { call, handlers } = setup();
    expect((await call('keys:list', APP)).ok).toBe(true);
    for (const role of ['union', 'federation']) {
      expect((await call('keys:create', APP, { role })).ok).toBe(true);
      expect((await call('keys:sign', APP, { ...goodSign, role })).ok).toBe(true);
    }
    expect((await call('keys:rotate', APP, goodRotate)).ok).toBe(true);
    const retire = { role: 'federation', fingerprint: 'a'.repeat(64) };
    expect((await call('keys:retire', APP, retire)).ok).toBe(true);
    expect(handlers['keys:retire']).toHaveBeenCalledWith(expect.anything(), retire);
    expect(handlers['keys:sign']).toHaveBeenLastCalledWith(expect.anything(), {
      ...goodSign,
      role: 'federation',
    });
    expect(handlers['keys:rotate']).toHaveBeenCalledWith(expect.anything(), goodRotate);
  });

  it.each([
    ['an unknown role', 'keys:create', [{ role: 'chair' }], '密钥用途（role）'],
    ['no role', 'keys:create', [{}], '密钥用途（role）'],
    ['a private key smuggled into create', 'keys:create', [{ role: 'union', key: 'x' }], '请求'],
    [
      'a grouped fingerprint to retire',
      'keys:retire',
      [{ role: 'union', fingerprint: 'AAAA BBBB' }],
      '密钥指纹（fingerprint）',
    ],
    ['no fingerprint to retire', 'keys:retire', [{ role: 'union' }], '密钥指纹（fingerprint）'],
    [
      'a rotation of the federation key',
      'keys:rotate',
      [{ ...goodRotate, role: 'federation' }],
      '密钥用途（role）',
    ],
    [
      'a lower-case credit code',
      'keys:rotate',
      [{ ...goodRotate, subject: makeRotationSubject({ creditCode: '91110108ma01abcd2x' }) }],
      '密钥更换声明的单位信息（subject.creditCode）',
    ],
    [
      'a date that is not YYYY-MM-DD',
      'keys:rotate',
      [{ ...goodRotate, subject: makeRotationSubject({ date: '2026/11/23' }) }],
      'subject.date',
    ],
    [
      'an extra subject field',
      'keys:rotate',
      [{ ...goodRotate, subject: { ...makeRotationSubject(), oldKeyid: 'a'.repeat(64) } }],
      '密钥更换声明的单位信息（subject）',
    ],
    [
      'a payload that is text',
      'keys:sign',
      [{ ...goodSign, payload: '{}' }],
      '要签名的内容（payload）',
    ],
    [
      'a payload over 16 MB',
      'keys:sign',
      [{ ...goodSign, payload: new Uint8Array(MAX_SIGN_PAYLOAD_BYTES + 1) }],
      '16 MB',
    ],
    [
      'an empty payload type',
      'keys:sign',
      [{ ...goodSign, payloadType: '' }],
      '签名内容的类型（payloadType）',
    ],
    [
      'a very long payload type',
      'keys:sign',
      [{ ...goodSign, payloadType: 'x'.repeat(201) }],
      '签名内容的类型（payloadType）',
    ],
    ['a key id to sign with', 'keys:sign', [{ ...goodSign, keyid: 'a'.repeat(64) }], '请求'],
    ['an argument to list', 'keys:list', [{ role: 'union' }], '请求'],
  ] as const)(
    'rejects %s for a signing key channel with bad-args naming the field',
    (_name, channel, args, field) => expectBadArgs(channel, args, field),
  );

  it('turns a DesktopError into its code and Chinese message', async () => {
    const { call, handlers } = setup();
    handlers['file:open'].mockRejectedValueOnce(
      new DesktopError('too-large', '文件“名册.xlsx”太大'),
    );
    await expect(
      call('file:open', APP, { filters: [], multiple: false, maxBytes: 10 }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'too-large', message: '文件“名册.xlsx”太大' },
    });
  });

  it('reports other errors without leaking their message or logging any data', async () => {
    const { call, handlers } = setup();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const secret = '110101199003074514 张三';
    handlers['file:save'].mockRejectedValueOnce(
      Object.assign(new Error(`EIO: ${secret}`), { code: 'EIO' }),
    );
    handlers['print:pdf'].mockRejectedValueOnce(new TypeError(secret));
    const io = await call('file:save', APP, { ...goodSave, data: secret });
    const failed = await call('print:pdf', APP, { suggestedName: 'a.pdf', landscape: true });
    expect(io).toEqual({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('EIO') },
    });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('意外错误') },
    });
    const logged = JSON.stringify(log.mock.calls);
    expect(JSON.stringify([io, failed])).not.toContain('110101');
    expect(logged).not.toContain('110101');
    expect(logged).not.toContain('张三');
    log.mockRestore();
  });
});
