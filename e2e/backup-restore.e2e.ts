import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';
import { openUnionSession, openSettingsTab } from './flows';

const ORIGINAL = '杭州示例机械有限公司工会委员会';
const CHANGED = '杭州示例机械有限公司工会（改名后）';

const headerUnion = (page: Page) => page.locator('.app-header-union');

async function downloadBackup(page: Page, file: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-now').click();
  const path = join(artifactsDir, file);
  await (await download).saveAs(path);
  await page.getByTestId('backup-written').waitFor();
  return path;
}

async function pickForRestore(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('restore-pick').click();
  await (await chooser).setFiles(path);
}

async function renameUnion(page: Page, name: string): Promise<void> {
  await openSettingsTab(page, '工会基本信息');
  await page.locator('#profile-unionName').fill(name);
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect.poll(() => headerUnion(page).textContent()).toBe(name);
}

describe('backup and restore in the browser platform', () => {
  let session: Session;
  let errors: string[];
  let backupPath = '';

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession(ORIGINAL));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes one backup file named with the union and the time', async () => {
    const { page } = session;
    await openSettingsTab(page, '备份与恢复');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    backupPath = await downloadBackup(page, 'backup-plain.uniondesk-backup');
    // Built off the window's thread (renderer/backup/backup.worker.ts).
    expect(workers.some((url) => url.includes('backup.worker'))).toBe(true);
    const bytes = readFileSync(backupPath);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = await page.getByTestId('backup-written').textContent();
    expect(text).toMatch(
      /UnionDesk备份_杭州示例机械有限公司工会委员会_\d{8}-\d{6}_手动备份\.uniondesk-backup/,
    );
    await settle(page);
    await screenshot(page, '10-backup-panel');
  });

  it('restores after a change: preview first, then the data is back', async () => {
    const { page } = session;
    await renameUnion(page, CHANGED);
    await openSettingsTab(page, '备份与恢复');
    await pickForRestore(page, backupPath);
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    const profileRow = preview.locator('tr', { hasText: '工会基本信息' });
    // 本机现有 1, 备份中 1, 将找回 0, 将删除 0, 备份较新 0, 本机较新 1.
    await expect
      .poll(() => profileRow.locator('td').allTextContents())
      .toEqual(['工会基本信息', '1', '1', '0', '0', '0', '1']);
    expect(await page.getByRole('dialog').textContent()).toContain('本机有 1 条记录比备份中的更新');
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '11-restore-preview');

    await page.getByTestId('confirm-restore').click();
    await page.getByText(/恢复完成，共 \d+ 条记录/).waitFor();
    expect(await page.getByRole('dialog').textContent()).toMatch(/恢复前的数据已保存为安全副本/);
    await motionsDone(page);
    await screenshot(page, '12-restore-done');
    await page.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => headerUnion(page).textContent()).toBe(ORIGINAL);

    // The pre-restore safety copy is listed and holds the renamed union.
    const copies = page.locator('.ant-table-row', { hasText: '恢复前' });
    await copies.first().waitFor();
    expect(await copies.count()).toBe(1);
  });

  it('refuses a damaged file with a message and changes nothing', async () => {
    const { page } = session;
    const bytes = readFileSync(backupPath);
    const truncated = join(artifactsDir, 'backup-truncated.uniondesk-backup');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await pickForRestore(page, truncated);
    const message = page.getByTestId('restore-error');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/不完整/);
    await motionsDone(page);
    await screenshot(page, '13-restore-refused');
    await page.getByRole('button', { name: '关闭' }).click();
    expect(await headerUnion(page).textContent()).toBe(ORIGINAL);
  });

  it('encrypts with a password and refuses the wrong one', async () => {
    const { page } = session;
    await page.getByRole('checkbox', { name: /设置密码/ }).check();
    await page.locator('#backup-password').fill('西湖工会2026');
    await page.locator('#backup-password-repeat').fill('西湖工会2026');
    const locked = await downloadBackup(page, 'backup-encrypted.uniondesk-backup');
    expect(readFileSync(locked).subarray(0, 8).toString('latin1')).toBe('UDBKENC1');

    await renameUnion(page, CHANGED);
    await openSettingsTab(page, '备份与恢复');
    await pickForRestore(page, locked);
    const password = page.getByLabel('备份密码');
    await password.fill('错误的密码');
    await password.press('Enter');
    await page
      .getByRole('dialog')
      .getByText(/密码不正确/)
      .waitFor();
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '14-restore-wrong-password');
    await password.fill('西湖工会2026');
    await password.press('Enter');
    await page.getByTestId('restore-preview').waitFor();
    await page.getByTestId('confirm-restore').click();
    await page.getByText(/恢复完成/).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => headerUnion(page).textContent()).toBe(ORIGINAL);
  });

  it('offers the newest safety copy when the database is found empty', async () => {
    const { page } = session;
    // What an update that lost the data looks like: the app's database is gone, copies remain.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('uniondesk');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await page.getByText('没有找到工会数据，但发现了备份').waitFor();
    await motionsDone(page);
    await screenshot(page, '15-restore-offer');
    await page.getByTestId('offer-restore').click();
    await page.getByTestId('restore-preview').waitFor();
    await page.getByTestId('confirm-restore').click();
    await page.getByText(/恢复完成/).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByRole('menu').waitFor();
    expect(await headerUnion(page).textContent()).toBe(CHANGED);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
