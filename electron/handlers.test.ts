import type {
  BaseWindow,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedFile } from '../shared/bridge/contract';
import { REPORT_PAYLOAD_TYPE } from '../shared/report/payload';
import { fakeSafeStorage } from '../test/fixtures/fake-safe-storage';
import { makeRotationSubject, openSigned, reportBytes } from '../test/fixtures/signing-service';
import { DesktopError } from './errors';
import { createHandlers, pdfPageFooter, type HandlerDeps } from './handlers';
import { makeTempDir, type TempDir } from './test-helpers';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const WINDOW = { id: 1 } as unknown as BaseWindow;

/** Native dialogs are a true external: the fake answers with whatever the "user" picked. */
function fakeDialog(answers: { save?: string | null; open?: string[] | null }) {
  return {
    showSaveDialog: vi.fn(async (_window: BaseWindow, _options: SaveDialogOptions) =>
      answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' },
    ),
    showOpenDialog: vi.fn(async (_window: BaseWindow, _options: OpenDialogOptions) =>
      answers.open
        ? { canceled: false, filePaths: answers.open }
        : { canceled: true, filePaths: [] },
    ),
  };
}

function setup(
  answers: { save?: string | null; open?: string[] | null },
  pdf = new Uint8Array([37, 80, 68, 70]),
) {
  const dialog = fakeDialog(answers);
  const deps: HandlerDeps = {
    dialog: dialog as unknown as HandlerDeps['dialog'],
    app: {
      getVersion: () => '0.1.0',
      getPath: () => path.join(temp.dir, 'Documents'),
    } as HandlerDeps['app'],
    shell: { openPath: vi.fn(async () => '') },
    windowFor: () => WINDOW,
    now: () => new Date(2026, 10, 23, 21, 30, 5),
    versions: { electron: '45.4.1', chrome: '140.0.0.0' },
    platform: 'win32',
    safeStorage: fakeSafeStorage().store,
  };
  const printToPDF = vi.fn(async () => pdf);
  const event = {
    sender: { printToPDF, id: 1 },
    senderFrame: { url: 'app://uniondesk/' },
  } as unknown as IpcMainInvokeEvent;
  return { handlers: createHandlers(deps), dialog, event, printToPDF };
}

const excel = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

describe('app:info', () => {
  it('names the app and its runtime', async () => {
    const { handlers, event } = setup({});
    await expect(handlers['app:info'](event)).resolves.toEqual({
      name: 'uniondesk',
      productName: 'UnionDesk',
      version: '0.1.0',
      os: 'win32',
      electron: '45.4.1',
      chrome: '140.0.0.0',
    });
  });
});

describe('file:save', () => {
  it('returns saved:false and writes nothing when the user cancels', async () => {
    const { handlers, event } = setup({ save: null });
    await expect(
      handlers['file:save'](event, { suggestedName: '名册.xlsx', filters: excel, data: 'x' }),
    ).resolves.toEqual({ saved: false });
    expect(await readdir(temp.dir)).toEqual([]);
  });

  it('proposes the name in Documents, writes the file and returns only its base name', async () => {
    const chosen = path.join(temp.dir, '2026 名册.xlsx');
    const { handlers, event, dialog } = setup({ save: chosen });
    const result = await handlers['file:save'](event, {
      suggestedName: '名册.xlsx',
      filters: excel,
      data: new Uint8Array([1, 2, 3]),
    });
    expect(result).toEqual({ saved: true, fileName: '2026 名册.xlsx' });
    expect([...(await readFile(chosen))]).toEqual([1, 2, 3]);
    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(WINDOW);
    expect(options).toMatchObject({
      title: '保存文件',
      defaultPath: path.join(temp.dir, 'Documents', '名册.xlsx'),
      filters: excel,
    });
  });
});

describe('file:open', () => {
  it('returns an empty list when the user cancels', async () => {
    const { handlers, event } = setup({ open: null });
    await expect(
      handlers['file:open'](event, { filters: excel, multiple: true, maxBytes: 100 }),
    ).resolves.toEqual([]);
  });

  it('returns base names and bytes, never folders', async () => {
    const a = path.join(temp.dir, '会员名册.xlsx');
    const b = path.join(temp.dir, 'b.csv');
    await writeFile(a, 'AAAA');
    await writeFile(b, 'BB');
    const { handlers, event, dialog } = setup({ open: [a, b] });
    const files = await handlers['file:open'](event, {
      filters: excel,
      multiple: true,
      maxBytes: 100,
    });
    expect(files.map((f) => [f.name, f.size, new TextDecoder().decode(f.data)])).toEqual([
      ['会员名册.xlsx', 4, 'AAAA'],
      ['b.csv', 2, 'BB'],
    ]);
    expect(JSON.stringify(files.map((f) => f.name))).not.toContain(temp.dir);
    expect(dialog.showOpenDialog.mock.calls[0]![1].properties).toEqual([
      'openFile',
      'multiSelections',
    ]);
  });

  it('refuses a file larger than maxBytes with too-large, naming it', async () => {
    const big = path.join(temp.dir, '大文件.xlsx');
    await writeFile(big, Buffer.alloc(2048));
    const { handlers, event } = setup({ open: [big] });
    const error = await handlers['file:open'](event, {
      filters: excel,
      multiple: false,
      maxBytes: 1024,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesktopError);
    expect((error as DesktopError).code).toBe('too-large');
    expect((error as DesktopError).message).toContain('大文件.xlsx');
    expect((error as DesktopError).message).toContain('2.0 KB');
    expect((error as DesktopError).message).not.toContain(temp.dir);
  });

  it('asks for a single file unless multiple is set', async () => {
    const { handlers, event, dialog } = setup({ open: null });
    await handlers['file:open'](event, { filters: excel, multiple: false, maxBytes: 1 });
    expect(dialog.showOpenDialog.mock.calls[0]![1].properties).toEqual(['openFile']);
  });

  it('reports a file that vanished with a Chinese message and no folder', async () => {
    const { handlers, event } = setup({ open: [path.join(temp.dir, 'gone.xlsx')] });
    await expect(
      handlers['file:open'](event, { filters: excel, multiple: false, maxBytes: 10 }),
    ).rejects.toThrow(/无法读取文件“gone\.xlsx”（ENOENT）/);
  });
});

describe('file:open-folder and file:read-folder', () => {
  const REPORTS = [{ name: 'UnionDesk 签名报告', extensions: ['uniondesk-report'] }];
  const folderRequest = { filters: REPORTS, maxBytes: 100 };

  /** Chooses the folder and reads its listing `batch` files at a time, as the renderer does. */
  async function openAndRead(
    handlers: ReturnType<typeof createHandlers>,
    event: IpcMainInvokeEvent,
    request: typeof folderRequest = folderRequest,
    batch = 2,
  ): Promise<OpenedFile[]> {
    const listing = await handlers['file:open-folder'](event, request);
    if (!listing) return [];
    const files: OpenedFile[] = [];
    for (let from = 0; from < listing.names.length; from += batch) {
      files.push(
        ...(await handlers['file:read-folder'](event, {
          grant: listing.grant,
          from,
          count: batch,
        })),
      );
    }
    expect(files.map((f) => f.name)).toEqual(listing.names);
    return files;
  }

  /** Writes each file (creating its folders) below `root`; returns `root`. */
  async function folderWith(root: string, files: Record<string, string>): Promise<string> {
    await mkdir(root, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(root, ...name.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    return root;
  }

  it('reads the matching files in the folder and its subfolders, named relative to it', async () => {
    const outside = await folderWith(path.join(temp.dir, 'outside'), {
      'secret.uniondesk-report': 'SECRET',
    });
    const root = await folderWith(path.join(temp.dir, '2026 年度报告'), {
      'b.uniondesk-report': 'B',
      'A.UNIONDESK-REPORT': 'A',
      '说明.txt': 'not a report',
      'b.uniondesk-report.bak': 'not a report either',
      '2026/x.uniondesk-report': 'X',
      '2026/区县/y.uniondesk-report': 'Y',
      '.hidden.uniondesk-report': 'hidden',
      '._b.uniondesk-report': 'macOS resource fork',
      '.git/z.uniondesk-report': 'hidden folder',
      'l1/l2/l3/l4/deep.uniondesk-report': 'DEEP',
      'l1/l2/l3/l4/l5/too-deep.uniondesk-report': 'TOO DEEP',
    });
    await symlink(
      path.join(outside, 'secret.uniondesk-report'),
      path.join(root, 'link.uniondesk-report'),
    );
    await symlink(outside, path.join(root, 'linked folder'), 'dir');
    const { handlers, event, dialog } = setup({ open: [root] });

    const files = await openAndRead(handlers, event);

    expect(files.map((f) => [f.name, f.size, new TextDecoder().decode(f.data)])).toEqual([
      ['2026/x.uniondesk-report', 1, 'X'],
      ['2026/区县/y.uniondesk-report', 1, 'Y'],
      ['A.UNIONDESK-REPORT', 1, 'A'],
      ['b.uniondesk-report', 1, 'B'],
      ['l1/l2/l3/l4/deep.uniondesk-report', 4, 'DEEP'],
    ]);
    expect(JSON.stringify(files.map((f) => f.name))).not.toContain(temp.dir);
    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toBe(WINDOW);
    expect(options).toEqual({ title: '选择文件夹', properties: ['openDirectory'] });
  });

  it('answers null when the user cancels', async () => {
    const { handlers, event } = setup({ open: null });
    await expect(handlers['file:open-folder'](event, folderRequest)).resolves.toBeNull();
  });

  it('reads only the listing it granted, to the window it granted it to, until its last file', async () => {
    const root = await folderWith(path.join(temp.dir, '批次'), {
      'a.uniondesk-report': 'A',
      'b.uniondesk-report': 'B',
      'c.uniondesk-report': 'C',
    });
    const { handlers, event } = setup({ open: [root] });
    const listing = (await handlers['file:open-folder'](event, folderRequest))!;
    expect(listing.names).toEqual([
      'a.uniondesk-report',
      'b.uniondesk-report',
      'c.uniondesk-report',
    ]);
    expect(JSON.stringify(listing)).not.toContain(temp.dir);
    const gone = '这个文件夹的读取已经结束或被中断。请重新选择文件夹。';
    const read = (from: number, count: number, grant = listing.grant, sender = event) =>
      handlers['file:read-folder'](sender, { grant, from, count });

    const otherWindow = { ...event, sender: { id: 2 } } as unknown as IpcMainInvokeEvent;
    await expect(read(0, 1, listing.grant, otherWindow)).rejects.toThrow(gone);
    await expect(read(0, 1, randomUUID())).rejects.toThrow(gone);
    await expect(read(3, 1)).rejects.toThrow(gone);
    expect((await read(1, 1)).map((f) => f.name)).toEqual(['b.uniondesk-report']);
    // The last file ends the grant.
    expect((await read(2, 5)).map((f) => f.name)).toEqual(['c.uniondesk-report']);
    await expect(read(0, 1)).rejects.toThrow(gone);

    // Choosing again ends the earlier listing.
    const first = (await handlers['file:open-folder'](event, folderRequest))!;
    const second = (await handlers['file:open-folder'](event, folderRequest))!;
    await expect(read(0, 1, first.grant)).rejects.toThrow(gone);
    expect((await read(0, 3, second.grant)).map((f) => f.size)).toEqual([1, 1, 1]);
  });

  it('refuses a file in a subfolder larger than maxBytes, naming it by its relative path', async () => {
    const root = await folderWith(path.join(temp.dir, '报告'), {
      'a.uniondesk-report': 'A',
      '区县/大.uniondesk-report': 'x'.repeat(2048),
    });
    const { handlers, event } = setup({ open: [root] });
    const error = await openAndRead(handlers, event, { ...folderRequest, maxBytes: 1024 }, 1).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DesktopError);
    expect((error as DesktopError).code).toBe('too-large');
    expect((error as DesktopError).message).toContain('“区县/大.uniondesk-report”有 2.0 KB');
    expect((error as DesktopError).message).not.toContain(temp.dir);
  });

  it.each([
    ['holds only other files', { '说明.txt': 'x', 'sub/名册.xlsx': 'x' }],
    ['is empty', {}],
  ])('refuses a folder that %s, naming the folder and the extensions', async (_name, files) => {
    const root = await folderWith(path.join(temp.dir, '收到的报告'), files);
    const { handlers, event } = setup({ open: [root] });
    const error = await handlers['file:open-folder'](event, folderRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DesktopError);
    expect((error as DesktopError).code).toBe('failed');
    expect((error as DesktopError).message).toBe(
      '文件夹“收到的报告”及其子文件夹里没有 .uniondesk-report 文件，没有打开任何文件。请选择存放这类文件的文件夹。',
    );
  });

  it('reports a folder that vanished with its name and the error code only', async () => {
    const { handlers, event } = setup({ open: [path.join(temp.dir, '已拔出的U盘')] });
    const error = await handlers['file:open-folder'](event, folderRequest).catch((e: unknown) => e);
    expect((error as DesktopError).code).toBe('io');
    expect((error as DesktopError).message).toMatch(/无法读取文件夹“已拔出的U盘”（ENOENT）/);
    expect((error as DesktopError).message).not.toContain(temp.dir);
  });
});

describe('print:pdf', () => {
  it('prints A4 with backgrounds and CSS page size, then saves it as .pdf', async () => {
    const chosen = path.join(temp.dir, '会议记录.pdf');
    const { handlers, event, printToPDF, dialog } = setup({ save: chosen });
    const result = await handlers['print:pdf'](event, {
      suggestedName: '会议记录',
      landscape: true,
    });
    expect(result).toEqual({ saved: true, fileName: '会议记录.pdf' });
    expect(printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfPageFooter(),
    });
    expect(pdfPageFooter()).toContain(
      '第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页',
    );
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      title: '保存为 PDF',
      defaultPath: path.join(temp.dir, 'Documents', '会议记录.pdf'),
      filters: [{ name: 'PDF 文档', extensions: ['pdf'] }],
    });
    expect(new TextDecoder().decode(await readFile(chosen))).toBe('%PDF');
  });

  it('reports a failed print in Chinese', async () => {
    const { handlers, event, printToPDF } = setup({ save: null });
    printToPDF.mockRejectedValueOnce(new Error('renderer gone'));
    await expect(
      handlers['print:pdf'](event, { suggestedName: 'x.pdf', landscape: false }),
    ).rejects.toThrow(/无法把当前页面生成 PDF/);
  });
});

describe('backup channels', () => {
  it('write, list and read through the folder under Documents, by file name only', async () => {
    const { handlers, event } = setup({});
    const folder = path.join(temp.dir, 'Documents', 'UnionDesk 备份');
    await expect(handlers['backup:location'](event)).resolves.toEqual({ folder, isDefault: true });
    const written = await handlers['backup:write'](event, {
      reason: 'manual',
      unionName: '某某公司工会',
      data: new Uint8Array([7, 8]),
    });
    expect(written).toEqual({
      fileName: 'UnionDesk备份_某某公司工会_20261123-213005_手动备份.uniondesk-backup',
      size: 2,
      createdAt: new Date(2026, 10, 23, 21, 30, 5).toISOString(),
      reason: 'manual',
    });
    await expect(handlers['backup:list'](event)).resolves.toEqual([written]);
    const data = await handlers['backup:read'](event, { fileName: written.fileName });
    expect([...data]).toEqual([7, 8]);
    await expect(handlers['backup:reveal'](event)).resolves.toBeNull();
  });
});

describe('signing key channels', () => {
  it('create, list, sign and rotate in userData, handing out public keys only', async () => {
    const { handlers, event } = setup({});
    const key = await handlers['keys:create'](event, { role: 'union' });
    await expect(handlers['keys:list'](event)).resolves.toEqual([key]);
    expect(await readdir(path.join(temp.dir, 'Documents'))).toEqual(['signing-keys.json']);

    const text = await handlers['keys:sign'](event, {
      role: 'union',
      payloadType: REPORT_PAYLOAD_TYPE,
      payload: reportBytes(),
    });
    const opened = await openSigned(text, REPORT_PAYLOAD_TYPE);
    expect(opened.ok && opened.keyid).toBe(key.fingerprint);

    const rotated = await handlers['keys:rotate'](event, {
      role: 'union',
      subject: makeRotationSubject(),
    });
    expect(rotated.statement).toContain(key.fingerprint);
    expect((await handlers['keys:list'](event)).map((k) => k.status)).toEqual([
      'active',
      'retired',
    ]);
  });

  it('refuses a second active key with a DesktopError in Chinese', async () => {
    const { handlers, event } = setup({});
    await handlers['keys:create'](event, { role: 'federation' });
    await expect(handlers['keys:create'](event, { role: 'federation' })).rejects.toThrow(
      /回执签名密钥（上级工会）.*只能有一把/,
    );
  });
});
