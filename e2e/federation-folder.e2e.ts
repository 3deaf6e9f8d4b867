import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  makeTestUnion,
  signReportFile,
  testReportId,
  testReportPayload,
} from '../shared/report/signed-fixtures';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, type Session } from './harness';

/**
 * A federation imports a folder of thousands of reports: the dialog says how far reading the
 * folder has got before verification starts, and 取消 stops it with nothing stored.
 */
const FILES = 4000;
const folder = join(artifactsDir, 'federation-folder');
let session: Session | undefined;

afterAll(async () => {
  await session?.close();
  // About 100 MB of generated reports: not worth keeping with the screenshots.
  rmSync(folder, { recursive: true, force: true });
});

it('shows reading progress for a large folder, and 取消 keeps nothing', async () => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, '2026'), { recursive: true });
  const union = await makeTestUnion(1);
  const base = testReportPayload(union);
  for (let i = 0; i < FILES; i += 1) {
    const payload = { ...base, reportId: testReportId(1, i) };
    const file = join(folder, '2026', `${i}.uniondesk-report`);
    writeFileSync(file, await signReportFile(union.signer, payload));
  }
  const opened = await openUnionSession('杭州市西湖区总工会机关工会');
  session = opened.session;
  const { page } = session;
  await page.getByRole('menuitem', { name: '上级工会' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文件夹' }).click();
  await (await chooser).setFiles(folder);

  const dialog = page.getByRole('dialog', { name: '导入报告文件' });
  await dialog.getByText('正在读取文件夹里的报告文件：').waitFor();
  await expect.poll(() => dialog.textContent()).toMatch(new RegExp(`\\d+ / ${FILES}`));
  await motionsDone(page);
  await screenshot(page, 'federation-folder-reading');
  await dialog.getByRole('button', { name: /^取\s?消$/ }).click();
  await page
    .locator('.ant-message-notice', { hasText: '已取消导入，没有保存任何文件。' })
    .waitFor();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByText('共 0 个文件').count()).toBe(1);
  expect(opened.errors).toEqual([]);
}, 180_000);
