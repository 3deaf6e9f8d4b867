import type { BaseWindow, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import {
  chmod,
  mkdir,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../shared/backup/naming';
import type { BackupReason } from '../shared/backup/reason';
import {
  BACKUP_SETTINGS_FILE,
  backupWriteError,
  createBackupFolder,
  MAX_BACKUP_BYTES,
  type BackupFolderDeps,
} from './backup-folder';
import { DesktopError } from './errors';
import { makeTempDir, type TempDir } from './test-helpers';

let temp: TempDir;
beforeEach(async () => {
  temp = await makeTempDir('uniondesk-backup-');
});
afterEach(() => temp.cleanup());

const WINDOW = { id: 1 } as unknown as BaseWindow;
const SENDER = {} as WebContents;
// Permission checks do not apply to root, which is who runs the tests in some containers.
const isRoot = process.getuid?.() === 0;
// Local time: names carry the clerk's clock.
const NOW = new Date(2026, 10, 23, 21, 30, 5);
const DAY = 24 * 60 * 60 * 1000;

interface Options {
  noDocuments?: boolean;
  pickFolder?: string | null;
  saveTo?: string | null;
  openPathAnswer?: string;
}

/** Dialogs and the shell are true externals: fakes answer with what the "user" did. */
function setup(options: Options = {}) {
  const documents = path.join(temp.dir, 'home', 'Documents');
  const home = path.join(temp.dir, 'home');
  const userData = path.join(temp.dir, 'userData');
  let clock = NOW;
  const dialog = {
    showOpenDialog: vi.fn(async (_window: BaseWindow, _options: OpenDialogOptions) =>
      options.pickFolder
        ? { canceled: false, filePaths: [options.pickFolder] }
        : { canceled: true, filePaths: [] },
    ),
    showSaveDialog: vi.fn(async (_window: BaseWindow, _options: SaveDialogOptions) =>
      options.saveTo
        ? { canceled: false, filePath: options.saveTo }
        : { canceled: true, filePath: '' },
    ),
  };
  const shell = { openPath: vi.fn(async (_path: string) => options.openPathAnswer ?? '') };
  const deps: BackupFolderDeps = {
    app: {
      getPath: (name: string) => {
        if (name === 'documents') {
          if (options.noDocuments) throw new Error("Failed to get 'documents' path");
          return documents;
        }
        if (name === 'home') return home;
        if (name === 'userData') return userData;
        throw new Error(`unexpected getPath(${name})`);
      },
    } as BackupFolderDeps['app'],
    dialog: dialog as unknown as BackupFolderDeps['dialog'],
    shell,
    windowFor: () => WINDOW,
    now: () => clock,
  };
  const backups = createBackupFolder(deps);
  const defaultFolder = path.join(documents, 'UnionDesk 备份');
  return {
    backups,
    dialog,
    shell,
    documents,
    userData,
    defaultFolder,
    settingsPath: path.join(userData, BACKUP_SETTINGS_FILE),
    setClock: (date: Date) => {
      clock = date;
    },
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

/** A backup file as an earlier run would have left it. */
async function plant(folder: string, reason: BackupReason, createdAt: Date, content = 'old') {
  const fileName = backupFileName({ unionName: '某某公司工会', createdAt, reason });
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, fileName), content);
  return fileName;
}

async function caught(promise: Promise<unknown>): Promise<DesktopError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a DesktopError');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DesktopError);
  return error as DesktopError;
}

describe('location', () => {
  it('defaults to "UnionDesk 备份" under Documents', async () => {
    const { backups, defaultFolder } = setup();
    await expect(backups.location()).resolves.toEqual({ folder: defaultFolder, isDefault: true });
  });

  it('falls back to the home folder when there is no Documents folder', async () => {
    const { backups } = setup({ noDocuments: true });
    await expect(backups.location()).resolves.toEqual({
      folder: path.join(temp.dir, 'home', 'UnionDesk 备份'),
      isDefault: true,
    });
  });

  it.each([
    ['torn JSON', '{"folder": "/mnt/us'],
    ['not an object', '"just text"'],
    ['a relative folder', JSON.stringify({ folder: 'backups' })],
    ['a folder that is not text', JSON.stringify({ folder: 42 })],
    ['an empty file', ''],
  ])('falls back to the default when the settings file holds %s', async (_name, content) => {
    const { backups, defaultFolder, userData, settingsPath } = setup();
    await mkdir(userData, { recursive: true });
    await writeFile(settingsPath, content);
    await expect(backups.location()).resolves.toEqual({ folder: defaultFolder, isDefault: true });
  });
});

describe('chooseFolder', () => {
  it('returns null and keeps the folder when the user cancels', async () => {
    const { backups, dialog, defaultFolder, userData } = setup({ pickFolder: null });
    await expect(backups.chooseFolder(SENDER)).resolves.toBeNull();
    await expect(backups.location()).resolves.toMatchObject({ folder: defaultFolder });
    await expect(readdir(userData)).rejects.toMatchObject({ code: 'ENOENT' });
    const [window, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(window).toBe(WINDOW);
    expect(options).toMatchObject({
      title: '选择备份文件夹',
      defaultPath: defaultFolder,
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('persists a writable folder, leaving neither a probe nor a temp file behind', async () => {
    const picked = path.join(temp.dir, 'U盘', '工会备份');
    await mkdir(picked, { recursive: true });
    const { backups, settingsPath, userData } = setup({ pickFolder: picked });
    await expect(backups.chooseFolder(SENDER)).resolves.toEqual({
      folder: picked,
      isDefault: false,
    });
    expect(await readdir(picked)).toEqual([]);
    expect(await readdir(userData)).toEqual([BACKUP_SETTINGS_FILE]);
    expect(JSON.parse(await readFile(settingsPath, 'utf8'))).toEqual({ folder: picked });
    // A fresh module (the next start of the app) reads the same folder back.
    await expect(setup().backups.location()).resolves.toEqual({
      folder: picked,
      isDefault: false,
    });
  });

  it('reports the default folder as the default when the user picks it', async () => {
    const { documents } = setup();
    const again = setup({ pickFolder: path.join(documents, 'UnionDesk 备份') });
    await mkdir(path.join(documents, 'UnionDesk 备份'), { recursive: true });
    await expect(again.backups.chooseFolder(SENDER)).resolves.toMatchObject({ isDefault: true });
  });

  it('refuses a folder it cannot write to, naming it, and keeps the old one', async () => {
    const file = path.join(temp.dir, 'a-file');
    await writeFile(file, 'x');
    // A "folder" below a file: every write in it fails (ENOTDIR).
    const picked = path.join(file, 'sub');
    const { backups, defaultFolder } = setup({ pickFolder: picked });
    const error = await caught(backups.chooseFolder(SENDER));
    expect(error.code).toBe('io');
    expect(error.message).toContain(`无法在文件夹“${picked}”中写入文件（ENOTDIR）`);
    expect(error.message).toContain('请选择另一个文件夹');
    await expect(backups.location()).resolves.toMatchObject({ folder: defaultFolder });
  });

  it.skipIf(isRoot)('says "no permission" for a read-only folder', async () => {
    const picked = path.join(temp.dir, 'locked');
    await mkdir(picked);
    await chmod(picked, 0o500);
    try {
      const { backups } = setup({ pickFolder: picked });
      const error = await caught(backups.chooseFolder(SENDER));
      expect(error.message).toContain(`没有权限写入文件夹“${picked}”`);
    } finally {
      await chmod(picked, 0o700);
    }
  });
});

describe('reveal', () => {
  it('creates the folder, then opens it in the file manager', async () => {
    const { backups, shell, defaultFolder } = setup();
    await backups.reveal();
    expect((await stat(defaultFolder)).isDirectory()).toBe(true);
    expect(shell.openPath).toHaveBeenCalledWith(defaultFolder);
  });

  it('turns the error string openPath returns into a Chinese message naming the folder', async () => {
    const { backups, defaultFolder } = setup({ openPathAnswer: 'Failed to open path' });
    const error = await caught(backups.reveal());
    expect(error.code).toBe('failed');
    expect(error.message).toBe(
      `无法打开文件夹“${defaultFolder}”。请在文件管理器中手动打开它，或在“设置 → 备份与恢复”中换一个文件夹。`,
    );
  });
});

describe('write', () => {
  it('creates the folder, writes the bytes under a dated name and describes the file', async () => {
    const { backups, defaultFolder } = setup();
    const result = await backups.write({
      reason: 'daily',
      unionName: '某某公司工会',
      data: bytes(1, 2, 3),
    });
    const fileName = 'UnionDesk备份_某某公司工会_20261123-213005_每日自动.uniondesk-backup';
    expect(result).toEqual({
      fileName,
      size: 3,
      createdAt: NOW.toISOString(),
      reason: 'daily',
    });
    expect([...(await readFile(path.join(defaultFolder, fileName)))]).toEqual([1, 2, 3]);
    expect(await readdir(defaultFolder)).toEqual([fileName]);
  });

  it('names the time to the second, and reports the same time the list will', async () => {
    const { backups, setClock } = setup();
    setClock(new Date(NOW.getTime() + 789));
    const result = await backups.write({ reason: 'manual', unionName: 'A', data: bytes() });
    expect(result.createdAt).toBe(NOW.toISOString());
    expect((await backups.list())[0]?.createdAt).toBe(NOW.toISOString());
  });

  it('never overwrites: a second backup in the same second gets "_2", a third "_3"', async () => {
    const { backups, defaultFolder } = setup();
    const request = { reason: 'pre-import' as const, unionName: '工会', data: bytes(1) };
    const names = [];
    for (let i = 0; i < 3; i += 1) names.push((await backups.write(request)).fileName);
    expect(names).toEqual([
      'UnionDesk备份_工会_20261123-213005_导入前.uniondesk-backup',
      'UnionDesk备份_工会_20261123-213005_导入前_2.uniondesk-backup',
      'UnionDesk备份_工会_20261123-213005_导入前_3.uniondesk-backup',
    ]);
    expect((await readdir(defaultFolder)).sort()).toEqual([...names].sort());
  });

  it('never overwrites a file that is already there, whoever put it there', async () => {
    const { backups, defaultFolder } = setup();
    const existing = await plant(defaultFolder, 'manual', NOW, 'precious');
    const result = await backups.write({
      reason: 'manual',
      unionName: '某某公司工会',
      data: bytes(9),
    });
    expect(result.fileName).not.toBe(existing);
    expect(await readFile(path.join(defaultFolder, existing), 'utf8')).toBe('precious');
  });

  it('gives backups started at the same moment different names', async () => {
    const { backups, defaultFolder } = setup();
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => backups.write({ reason: 'manual', unionName: 'A', data: bytes(n) })),
    );
    expect(new Set(results.map((r) => r.fileName)).size).toBe(4);
    for (const [i, r] of results.entries()) {
      expect([...(await readFile(path.join(defaultFolder, r.fileName)))]).toEqual([i + 1]);
    }
  });

  it('writes into the folder the user chose', async () => {
    const picked = path.join(temp.dir, 'chosen');
    await mkdir(picked);
    const { backups } = setup({ pickFolder: picked });
    await backups.chooseFolder(SENDER);
    const { fileName } = await backups.write({ reason: 'manual', unionName: 'A', data: bytes(5) });
    expect(await readdir(picked)).toEqual([fileName]);
  });

  it('recreates a chosen folder that was deleted', async () => {
    const picked = path.join(temp.dir, 'chosen');
    await mkdir(picked);
    const { backups } = setup({ pickFolder: picked });
    await backups.chooseFolder(SENDER);
    await rm(picked, { recursive: true });
    await backups.write({ reason: 'manual', unionName: 'A', data: bytes(5) });
    expect(await readdir(picked)).toHaveLength(1);
  });

  it('says the folder is unavailable when its drive is gone, naming it', async () => {
    const file = path.join(temp.dir, 'not-a-drive');
    await writeFile(file, 'x');
    const { backups, userData, settingsPath } = setup();
    await mkdir(userData, { recursive: true });
    const folder = path.join(file, 'UnionDesk 备份');
    await writeFile(settingsPath, JSON.stringify({ folder }));
    const error = await caught(backups.write({ reason: 'daily', unionName: 'A', data: bytes(1) }));
    expect(error.code).toBe('io');
    expect(error.message).toContain(`找不到备份文件夹“${folder}”`);
    expect(error.message).toContain('备份没有写入');
  });

  it.skipIf(isRoot)('says "no permission" for a folder it may not write to', async () => {
    const { backups, defaultFolder } = setup();
    await mkdir(defaultFolder, { recursive: true });
    await chmod(defaultFolder, 0o500);
    try {
      const error = await caught(
        backups.write({ reason: 'daily', unionName: 'A', data: bytes(1) }),
      );
      expect(error.message).toContain(`没有权限写入文件夹“${defaultFolder}”`);
    } finally {
      await chmod(defaultFolder, 0o700);
    }
  });
});

describe('backupWriteError', () => {
  const folder = 'D:\\工会备份';
  const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

  it.each([
    ['ENOSPC', '磁盘空间不足，备份没有写入文件夹“D:\\工会备份”'],
    ['EDQUOT', '磁盘空间不足'],
    ['EACCES', '没有权限写入文件夹“D:\\工会备份”，备份没有写入'],
    ['EPERM', '没有权限写入文件夹'],
    ['EROFS', '文件夹“D:\\工会备份”是只读的'],
    ['ENOENT', '找不到备份文件夹“D:\\工会备份”所在的位置'],
    ['EIO', '写入备份时出错（EIO），备份没有写入文件夹“D:\\工会备份”'],
  ])('%s → %s…', (code, text) => {
    const error = backupWriteError(errno(code), folder);
    expect(error.code).toBe('io');
    expect(error.message).toContain(text);
    expect(error.message).toMatch(/请/);
  });

  it('looks through the DesktopError writeFileAtomic throws to the errno it carries', () => {
    const wrapped = new DesktopError('io', '磁盘空间不足，文件没有保存。', {
      cause: errno('ENOSPC'),
    });
    expect(backupWriteError(wrapped, folder).message).toContain('备份没有写入');
  });
});

describe('retention after a write', () => {
  it('keeps 30 dailies: the 31st oldest goes, manual, foreign and recent safety copies stay', async () => {
    const { backups, defaultFolder } = setup();
    const dailies = [];
    for (let day = 1; day <= 30; day += 1) {
      dailies.push(await plant(defaultFolder, 'daily', new Date(NOW.getTime() - day * DAY)));
    }
    const ancientManual = await plant(defaultFolder, 'manual', new Date(NOW.getTime() - 900 * DAY));
    const recentImport = await plant(
      defaultFolder,
      'pre-import',
      new Date(NOW.getTime() - 90 * DAY),
    );
    const oldUpgrade = await plant(
      defaultFolder,
      'pre-upgrade',
      new Date(NOW.getTime() - 91 * DAY),
    );
    await writeFile(path.join(defaultFolder, '会员名册.xlsx'), 'not ours');
    await writeFile(path.join(defaultFolder, 'UnionDesk备份_改过名字.uniondesk-backup'), 'renamed');

    const { fileName } = await backups.write({
      reason: 'daily',
      unionName: '某某公司工会',
      data: bytes(1),
    });
    const left = new Set(await readdir(defaultFolder));
    expect(left.has(fileName)).toBe(true);
    expect(left.has(dailies[29]!)).toBe(false);
    expect(dailies.slice(0, 29).every((name) => left.has(name))).toBe(true);
    expect(left.has(oldUpgrade)).toBe(false);
    for (const kept of [
      ancientManual,
      recentImport,
      '会员名册.xlsx',
      'UnionDesk备份_改过名字.uniondesk-backup',
    ]) {
      expect(left.has(kept)).toBe(true);
    }
  });

  it('never deletes the backup it has just written, even when the clock went back', async () => {
    const { backups, defaultFolder } = setup();
    // Thirty dailies "from the future", written before the PC's clock was corrected.
    for (let day = 1; day <= 30; day += 1) {
      await plant(defaultFolder, 'daily', new Date(NOW.getTime() + day * DAY));
    }
    const { fileName } = await backups.write({ reason: 'daily', unionName: 'A', data: bytes(1) });
    const left = await readdir(defaultFolder);
    expect(left).toContain(fileName);
    expect(left).toHaveLength(31);
  });

  it('leaves folders and symlinks alone even when they carry a backup name', async () => {
    const { backups, defaultFolder } = setup();
    const old = new Date(NOW.getTime() - 200 * DAY);
    const dirName = backupFileName({ unionName: 'D', createdAt: old, reason: 'pre-restore' });
    const linkName = backupFileName({ unionName: 'L', createdAt: old, reason: 'pre-restore' });
    await mkdir(path.join(defaultFolder, dirName), { recursive: true });
    await writeFile(path.join(temp.dir, 'target'), 'outside');
    await symlink(path.join(temp.dir, 'target'), path.join(defaultFolder, linkName));
    await backups.write({ reason: 'manual', unionName: 'A', data: bytes(1) });
    expect(await readdir(defaultFolder)).toEqual(expect.arrayContaining([dirName, linkName]));
    expect(await readFile(path.join(temp.dir, 'target'), 'utf8')).toBe('outside');
  });
});

describe('list', () => {
  it('returns [] when the folder does not exist yet', async () => {
    await expect(setup().backups.list()).resolves.toEqual([]);
  });

  it('lists backup files newest first, with size from disk and time from the name', async () => {
    const { backups, defaultFolder } = setup();
    const older = await plant(defaultFolder, 'pre-import', new Date(NOW.getTime() - DAY), 'abcd');
    const first = await backups.write({
      reason: 'manual',
      unionName: '某某公司工会',
      data: bytes(1),
    });
    const second = await backups.write({
      reason: 'manual',
      unionName: '某某公司工会',
      data: bytes(1, 2),
    });
    await writeFile(path.join(defaultFolder, 'notes.txt'), 'x');
    await writeFile(path.join(defaultFolder, `.${first.fileName}.abc123.tmp`), 'half');
    await mkdir(path.join(defaultFolder, 'sub'));

    const list = await backups.list();
    expect(list.map((e) => e.fileName)).toEqual([second.fileName, first.fileName, older]);
    expect(list[0]).toEqual(second);
    expect(list[2]).toEqual({
      fileName: older,
      size: 4,
      createdAt: new Date(NOW.getTime() - DAY).toISOString(),
      reason: 'pre-import',
    });
  });

  it('treats a setting that points at a file like a folder not created yet', async () => {
    const { backups, userData, settingsPath } = setup();
    const file = path.join(temp.dir, 'a-file');
    await writeFile(file, 'x');
    await mkdir(userData, { recursive: true });
    await writeFile(settingsPath, JSON.stringify({ folder: file }));
    await expect(backups.list()).resolves.toEqual([]);
  });

  it.skipIf(isRoot)('reports a folder it may not read, naming it', async () => {
    const { backups, defaultFolder } = setup();
    await mkdir(defaultFolder, { recursive: true });
    await chmod(defaultFolder, 0o000);
    try {
      const error = await caught(backups.list());
      expect(error.message).toContain(`无法读取备份文件夹“${defaultFolder}”（EACCES）`);
    } finally {
      await chmod(defaultFolder, 0o700);
    }
  });
});

describe('read', () => {
  it('returns the bytes of a listed backup, over exactly its own memory', async () => {
    const { backups } = setup();
    const { fileName } = await backups.write({
      reason: 'manual',
      unionName: 'A',
      data: bytes(4, 5, 6),
    });
    const data = await backups.read({ fileName });
    expect([...data]).toEqual([4, 5, 6]);
    expect(data.buffer.byteLength).toBe(3);
  });

  it.each([
    ['a relative path', '../secret.uniondesk-backup'],
    ['a path inside the folder', 'sub/UnionDesk备份_A_20261123-213005_手动备份.uniondesk-backup'],
    ['a Windows path', 'C:\\UnionDesk备份_A_20261123-213005_手动备份.uniondesk-backup'],
    ['the parent folder', '..'],
    ['the folder itself', '.'],
    ['an empty name', ''],
    ['a NUL byte', 'UnionDesk备份_A_20261123-213005_手动备份.uniondesk-backup\0'],
    ['a file that is not a backup', 'notes.txt'],
  ])('refuses %s before touching the disk', async (_name, fileName) => {
    const { backups } = setup();
    const error = await caught(backups.read({ fileName }));
    expect(error.code).toBe('failed');
    expect(error.message).toContain('不是 UnionDesk 备份文件的名称');
  });

  it('says a backup that is not there may have been moved or deleted, naming only the file', async () => {
    const { backups, defaultFolder } = setup();
    await mkdir(defaultFolder, { recursive: true });
    const fileName = backupFileName({ unionName: 'A', createdAt: NOW, reason: 'daily' });
    const error = await caught(backups.read({ fileName }));
    expect(error.code).toBe('io');
    expect(error.message).toBe(
      `备份文件“${fileName}”不存在，可能已被移动或删除。请刷新备份列表后重试。`,
    );
    expect(error.message).not.toContain(temp.dir);
    // Same when the whole folder is missing.
    await temp.cleanup();
    expect((await caught(backups.read({ fileName }))).message).toContain('不存在');
  });

  it('refuses a backup name that is a symlink to a file outside the folder', async () => {
    const { backups, defaultFolder } = setup();
    await mkdir(defaultFolder, { recursive: true });
    const secret = path.join(temp.dir, 'secret.txt');
    await writeFile(secret, 'TOP SECRET');
    const fileName = backupFileName({ unionName: 'A', createdAt: NOW, reason: 'daily' });
    await symlink(secret, path.join(defaultFolder, fileName));
    const error = await caught(backups.read({ fileName }));
    expect(error.message).toContain('指向备份文件夹以外的位置');
    expect(error.message).not.toContain('TOP SECRET');
  });

  it('refuses a backup name that is a folder', async () => {
    const { backups, defaultFolder } = setup();
    const fileName = backupFileName({ unionName: 'A', createdAt: NOW, reason: 'daily' });
    await mkdir(path.join(defaultFolder, fileName), { recursive: true });
    const error = await caught(backups.read({ fileName }));
    expect(error.message).toBe(`“${fileName}”不是普通文件，没有打开。请从备份列表中选择一个备份。`);
  });

  it('refuses a file larger than 1 GiB without reading it', async () => {
    const { backups, defaultFolder } = setup();
    const fileName = await plant(defaultFolder, 'manual', NOW, '');
    // Sparse: takes no disk space, but reports the size.
    await truncate(path.join(defaultFolder, fileName), MAX_BACKUP_BYTES + 1);
    const error = await caught(backups.read({ fileName }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(`备份文件“${fileName}”有 1.0 GB，超过了允许的 1.0 GB`);
  });
});

describe('exportCopy', () => {
  it('proposes the name in Documents, copies the bytes and returns only the base name', async () => {
    const target = path.join(temp.dir, 'U盘', '给上级的备份.uniondesk-backup');
    await mkdir(path.dirname(target));
    const { backups, dialog, documents } = setup({ saveTo: target });
    const { fileName } = await backups.write({
      reason: 'manual',
      unionName: 'A',
      data: bytes(1, 2, 3, 4),
    });
    await expect(backups.exportCopy(SENDER, { fileName })).resolves.toEqual({
      saved: true,
      fileName: '给上级的备份.uniondesk-backup',
    });
    expect([...(await readFile(target))]).toEqual([1, 2, 3, 4]);
    expect(await readdir(path.dirname(target))).toEqual(['给上级的备份.uniondesk-backup']);
    const [window, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(window).toBe(WINDOW);
    expect(options).toMatchObject({
      title: '导出备份副本',
      defaultPath: path.join(documents, fileName),
      filters: [{ name: 'UnionDesk 备份文件', extensions: ['uniondesk-backup'] }],
    });
  });

  it('writes nothing when the user cancels', async () => {
    const { backups, defaultFolder } = setup({ saveTo: null });
    const { fileName } = await backups.write({ reason: 'manual', unionName: 'A', data: bytes(1) });
    await expect(backups.exportCopy(SENDER, { fileName })).resolves.toEqual({ saved: false });
    expect(await readdir(defaultFolder)).toEqual([fileName]);
  });

  it('refuses a bad name before any dialog opens', async () => {
    const { backups, dialog } = setup({ saveTo: path.join(temp.dir, 'x') });
    await caught(backups.exportCopy(SENDER, { fileName: '../../etc/passwd' }));
    const missing = backupFileName({ unionName: 'A', createdAt: NOW, reason: 'daily' });
    expect((await caught(backups.exportCopy(SENDER, { fileName: missing }))).message).toContain(
      '不存在',
    );
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a backup deleted while the dialog was open', async () => {
    const target = path.join(temp.dir, 'copy.uniondesk-backup');
    const { backups, dialog, defaultFolder } = setup({ saveTo: target });
    const { fileName } = await backups.write({ reason: 'manual', unionName: 'A', data: bytes(1) });
    dialog.showSaveDialog.mockImplementationOnce(async () => {
      await temp.cleanup();
      await mkdir(defaultFolder, { recursive: true });
      return { canceled: false, filePath: target };
    });
    expect((await caught(backups.exportCopy(SENDER, { fileName }))).message).toContain('不存在');
  });
});
