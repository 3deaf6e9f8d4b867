import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { makeExemplaryFacts } from '../shared/assessment/fixtures';
import { makeFinalAssessment } from '../shared/report/fixtures';
import { REPORT_PAYLOAD_TYPE, type ReportPayload } from '../shared/report/payload';
import { generateEd25519KeyPair, webCryptoSigner } from '../shared/signing/ed25519';
import { signEnvelope } from '../shared/signing/envelope';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';
import { pageImages, pdfPages, printToPdf } from './pdf';
import { seedMember, seedStores } from './seed';

/**
 * The signed annual report end to end, with two browser profiles: a union and its federation.
 * The union creates its key and prints the registration slip, generates and signs the report;
 * the federation imports it with a tampered copy and a forged one signed by an unknown key,
 * registers the union's key against the slip, aggregates to xlsx and issues a receipt; the union
 * imports the receipt, confirming the federation's fingerprint, and the year is locked.
 */

const YEAR = new Date().getFullYear();
const UNION = '杭州示例机械有限公司工会委员会';

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const event = page.waitForEvent('download');
  await click();
  const path = join(artifactsDir, name);
  await (await event).saveAs(path);
  return path;
}

async function pick(
  page: Page,
  click: () => Promise<void>,
  files: { name: string; path: string }[],
) {
  const chooser = page.waitForEvent('filechooser');
  await click();
  await (
    await chooser
  ).setFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/json',
      buffer: readFileSync(f.path),
    })),
  );
}

/** The one received report that counts (the others are tampered, forged or repeated). */
const validRow = (page: Page) =>
  page.getByRole('row').filter({ has: page.locator('[data-verdict="valid"]') });

const fingerprintOn = async (root: Page | Locator) =>
  ((await root.getByTestId('fingerprint').first().textContent()) ?? '').replace(/\s/g, '');

describe('the signed annual report, from the union to the federation and back', () => {
  let union: Session;
  let federation: Session;
  const errors: string[] = [];
  let reportPath = '';
  let unionFingerprint = '';
  let receiptPath = '';

  beforeAll(async () => {
    const opened = await openUnionSession(UNION);
    union = opened.session;
    const roster = Array.from({ length: 30 }, (_, i) =>
      seedMember(i + 1, { name: `会员${String(i + 1).padStart(2, '0')}` }),
    );
    const facts = makeExemplaryFacts({
      period: { year: YEAR, start: `${YEAR}-01-01`, end: `${YEAR}-12-31` },
    });
    await seedStores(union.page, {
      members: roster.map((r) => r.member),
      membershipEvents: roster.map((r) => r.event),
      assessments: [makeFinalAssessment(facts)],
    });
    await union.page.reload();
    await union.page.getByRole('menu').waitFor();
    errors.push(...opened.errors);
  }, 120_000);
  afterAll(async () => {
    await union?.close();
    await federation?.close();
  });

  it('creates the union’s key and prints the registration slip', async () => {
    const { page } = union;
    await page.getByRole('menuitem', { name: '上报' }).click();
    await page.getByRole('tab', { name: '签名密钥' }).click();
    await page.getByRole('button', { name: '创建签名密钥' }).click();
    const slip = page.getByTestId('key-slip');
    await slip.waitFor();
    unionFingerprint = await fingerprintOn(slip);
    expect(unionFingerprint).toMatch(/^[0-9A-F]{64}$/);
    await expect.poll(() => slip.textContent()).toContain('81330106MC2857313X');
    await motionsDone(page);
    await screenshot(page, '90-key-slip');
    const pdf = join(artifactsDir, '90-key-slip.pdf');
    await printToPdf(page, pdf);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('基层工会上报签名密钥登记表');
    expect(pages[0]).toContain(unionFingerprint.slice(0, 4));
    expect(pages[0]).toContain('工会印章');
    pageImages(pdf, '90-key-slip-page');
    await page.keyboard.press('Escape');
    await page.getByTestId('key-slip').waitFor({ state: 'detached' });
    await screenshot(page, '91-reports-key');
  });

  it('generates the report, shows exactly what will be sent, signs and saves it', async () => {
    const { page } = union;
    await page.getByRole('tab', { name: '年度报告' }).click();
    await page.getByText(`${YEAR} 年度自评已定稿`).waitFor();
    await page.getByRole('button', { name: '生成年度报告' }).click();
    const doc = page.getByTestId('report-document');
    await doc.waitFor();
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain(UNION);
    expect(text).toContain('自评总分');
    // Aggregates only: no member's name or ID number is in what is sent.
    expect(text).not.toContain('会员01');
    await motionsDone(page);
    await screenshot(page, '92-report-preview');
    reportPath = await download(
      page,
      () => page.getByRole('button', { name: '签名并保存' }).click(),
      'union-report.uniondesk-report',
    );
    await page.locator('.ant-message-notice', { hasText: '请把这个文件交给上级工会' }).waitFor();
    await expect.poll(() => page.locator('[data-state="exported"]').count()).toBe(1);
    await settle(page);
    await screenshot(page, '93-reports-list');
  });

  it('the federation imports it with a tampered and a forged copy, registers the key, aggregates', async () => {
    // A byte changed in the middle of the signed payload, and the same report re-signed by a key
    // nobody registered (with its own report id, as a forger would).
    const original = readFileSync(reportPath);
    const tampered = Buffer.from(original);
    const at = tampered.indexOf('"payload":"') + 400;
    tampered[at] = tampered[at] === 0x41 ? 0x42 : 0x41;
    const tamperedPath = join(artifactsDir, 'tampered.uniondesk-report');
    writeFileSync(tamperedPath, tampered);
    const envelope = JSON.parse(original.toString('utf8')) as { payload: string };
    const payload = JSON.parse(
      Buffer.from(envelope.payload, 'base64').toString('utf8'),
    ) as ReportPayload;
    const forgedPayload = { ...payload, reportId: '0f0f0f0f-0000-4000-8000-000000000001' };
    const forger = await webCryptoSigner(await generateEd25519KeyPair());
    const forgedPath = join(artifactsDir, 'forged.uniondesk-report');
    writeFileSync(forgedPath, await signEnvelope(REPORT_PAYLOAD_TYPE, forgedPayload, forger));

    const opened = await openUnionSession('杭州市西湖区总工会机关工会');
    federation = opened.session;
    errors.push(...opened.errors);
    const { page } = federation;
    await page.getByRole('menuitem', { name: '上级工会' }).click();
    await page.getByRole('tab', { name: '本级信息与密钥' }).click();
    await page.getByRole('textbox', { name: '本级工会名称' }).fill('杭州市西湖区总工会');
    await page.getByRole('button', { name: '保存名称' }).click();
    await page.getByRole('button', { name: '创建本级签名密钥' }).click();
    await page.getByTestId('fingerprint').waitFor();
    await page.getByRole('button', { name: '停用密钥' }).waitFor();
    await settle(page);
    await screenshot(page, '94a-federation-settings');

    await page.getByRole('tab', { name: '收到的报告' }).click();
    await pick(page, () => page.getByRole('button', { name: '导入报告文件' }).click(), [
      { name: 'union-report.uniondesk-report', path: reportPath },
      { name: 'tampered.uniondesk-report', path: tamperedPath },
      { name: 'forged.uniondesk-report', path: forgedPath },
    ]);
    await page.locator('.ant-message-notice', { hasText: '已导入 3 个文件' }).waitFor();
    const verdictOf = (file: string) =>
      page
        .getByRole('row')
        .filter({ hasText: file })
        .locator('[data-verdict]')
        .getAttribute('data-verdict');
    // Nothing is registered yet: both intact files verify but their keys are unknown.
    await expect.poll(() => verdictOf('union-report')).toBe('unregistered');
    expect(await verdictOf('tampered')).toBe('bad-signature');
    expect(await verdictOf('forged')).toBe('unregistered');

    // The clerk compares the fingerprint with the stamped slip and registers the union's key.
    await page
      .getByRole('row')
      .filter({ hasText: 'union-report' })
      .getByRole('button', { name: '登记密钥' })
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(async () => (await fingerprintOn(dialog)).length).toBe(64);
    expect(await fingerprintOn(dialog)).toBe(unionFingerprint);
    await dialog.getByRole('button', { name: '一致，登记' }).click();
    await expect.poll(() => verdictOf('union-report')).toBe('valid');
    expect(await verdictOf('forged')).toBe('unregistered');
    await settle(page);
    await screenshot(page, '94-federation-received');

    const xlsxPath = await download(
      page,
      () => page.getByRole('button', { name: '汇总导出 Excel' }).click(),
      'federation-aggregate.xlsx',
    );
    const book = XLSX.read(readFileSync(xlsxPath));
    const [summary, problems] = book.SheetNames;
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[summary!]!);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).toContain(UNION);
    const problemRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[problems!]!);
    expect(JSON.stringify(problemRows)).toContain('tampered.uniondesk-report');
    expect(JSON.stringify(problemRows)).toContain('forged.uniondesk-report');

    // A folder (with a subfolder) holding the same report again: it is recognised as a duplicate.
    const folder = join(artifactsDir, 'report-folder');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, '2026'), { recursive: true });
    copyFileSync(reportPath, join(folder, '2026', 'again.uniondesk-report'));
    writeFileSync(join(folder, 'readme.txt'), 'not a report');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入文件夹' }).click();
    await (await chooser).setFiles(folder);
    await page.locator('.ant-message-notice', { hasText: '已导入 1 个文件' }).waitFor();
    await expect.poll(() => verdictOf('again.uniondesk-report')).toBe('duplicate');

    // The detail view of the report, printable.
    await validRow(page).getByRole('button', { name: '查看' }).click();
    await page.getByTestId('report-document').waitFor();
    await motionsDone(page);
    await screenshot(page, '95-federation-detail');
    const pdf = join(artifactsDir, '95-federation-detail.pdf');
    await printToPdf(page, pdf);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toContain('一、基本情况');
    expect(pages.join('\n')).toContain('四、逐项得分');
    pageImages(pdf, '95-federation-detail-page');
    await page.keyboard.press('Escape');
  });

  it('issues a signed receipt that the union imports, and the year is locked', async () => {
    const { page } = federation;
    await validRow(page).getByRole('button', { name: '出具回执' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '签名并出具' }).click();
    await page.locator('.ant-message-notice', { hasText: '已出具回执' }).waitFor();
    receiptPath = await download(
      page,
      () => validRow(page).getByRole('button', { name: '保存回执' }).click(),
      'receipt.uniondesk-receipt',
    );
    await page.getByRole('tab', { name: '本级信息与密钥' }).click();
    const federationFingerprint = await fingerprintOn(
      page.getByRole('tabpanel', { name: '本级信息与密钥' }),
    );

    const u = union.page;
    await pick(u, () => u.getByRole('button', { name: '导入回执' }).click(), [
      { name: 'receipt.uniondesk-receipt', path: receiptPath },
    ]);
    const confirm = u.getByRole('dialog').filter({ hasText: '确认上级工会的公钥指纹' });
    await confirm.waitFor();
    expect(await fingerprintOn(confirm)).toBe(federationFingerprint);
    await motionsDone(u);
    await screenshot(u, '96-receipt-confirm');
    await confirm.getByRole('button', { name: '一致，登记并导入' }).click();
    await u.locator('.ant-message-notice', { hasText: '该年度已锁定' }).waitFor();
    await expect.poll(() => u.locator('[data-state="accepted"]').count()).toBe(1);
    await u.getByText(`${YEAR} 年度的报告已被上级工会受理，该年度已锁定`).waitFor();
    expect(await u.getByRole('button', { name: /重新生成/ }).isDisabled()).toBe(true);
    await settle(u);
    await screenshot(u, '97-reports-accepted');
    expect(errors).toEqual([]);
  });

  it('rotates the union’s key with a statement the federation registers', async () => {
    const u = union.page;
    await u.getByRole('tab', { name: '签名密钥' }).click();
    await u.getByRole('button', { name: '更换密钥' }).click();
    const statementPath = await download(
      u,
      () => u.getByRole('dialog').getByRole('button', { name: '更换密钥' }).click(),
      'key-rotation.uniondesk-key-rotation',
    );
    const slip = u.getByTestId('key-slip');
    await slip.waitFor();
    const newFingerprint = await fingerprintOn(slip);
    expect(newFingerprint).not.toBe(unionFingerprint);
    expect(await slip.textContent()).toContain('替代的旧密钥指纹');
    await u.keyboard.press('Escape');
    await u.getByText('已作废的密钥').waitFor();

    const page = federation.page;
    await page.getByRole('tab', { name: '密钥登记' }).click();
    await pick(page, () => page.getByRole('button', { name: '导入密钥更换声明' }).click(), [
      { name: 'key-rotation.uniondesk-key-rotation', path: statementPath },
    ]);
    await page.locator('.ant-message-notice', { hasText: '已登记' }).waitFor();
    const panel = page.getByRole('tabpanel', { name: '密钥登记' });
    await expect.poll(() => panel.getByText('有效', { exact: true }).count()).toBe(1);
    await expect.poll(() => panel.getByText(/起作废/).count()).toBe(1);
    await settle(page);
    await screenshot(page, '98-federation-registry');
    expect(errors).toEqual([]);
  });

  it('retires a key that can no longer be used, after asking with 取消 focused, then makes a new one', async () => {
    const u = union.page;
    await u.getByRole('tab', { name: '签名密钥' }).click();
    const retire = u.getByRole('button', { name: '停用密钥' });
    await retire.click();
    const dialog = u.getByRole('dialog', { name: '停用本工会签名密钥？' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('请改用“更换密钥”');
    await motionsDone(u);
    await screenshot(u, '99-key-retire-confirm');
    // Enter on the focused button keeps the key.
    await expect
      .poll(() => u.evaluate(() => document.activeElement?.textContent?.replace(/\s/g, '')))
      .toBe('取消');
    await u.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect(retire.isVisible()).resolves.toBe(true);

    await retire.click();
    await dialog.getByRole('button', { name: /^停\s?用$/ }).click();
    await u.locator('.ant-message-notice', { hasText: '已停用这把密钥' }).waitFor();
    const history = u.getByRole('table').filter({ hasText: '作废时间' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    await u.getByRole('button', { name: '创建签名密钥' }).click();
    const slip = u.getByTestId('key-slip');
    await slip.waitFor();
    expect(await fingerprintOn(slip)).not.toBe(unionFingerprint);
    await u.keyboard.press('Escape');
    await slip.waitFor({ state: 'detached' });
    await settle(u);
    await screenshot(u, '99-reports-key-after-retire');
    expect(errors).toEqual([]);
  });
});
