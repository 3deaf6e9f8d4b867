import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../shared/validation/date';
import { openSettingsTab, openUnionSession } from './flows';
import { motionsDone, screenshot, settle, type Session } from './harness';
import { PHOTO } from './png';
import { seedStores } from './seed';

// --- helpers ------------------------------------------------------------------------------------

async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('uniondesk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );
}

/** A minute to link to, written straight into the database. */
async function seedMeeting(page: Page, date: string): Promise<void> {
  const at = new Date().toISOString();
  await seedStores(page, {
    meetings: [
      {
        id: 'd0000000-0000-4000-8000-000000000001',
        createdAt: at,
        updatedAt: at,
        status: 'draft',
        type: 'womenCommittee',
        title: '女职工委员会第一次会议',
        date,
        place: '工会活动室',
        expected: { count: 7 },
        attendance: { mode: 'counts', present: 7 },
        absentees: [],
        observers: [],
        items: [],
        closing: '',
        attachmentIds: [],
      },
    ],
  });
}

async function openLedger(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '工作台账' }).click();
  await page.getByTestId('ledger-page').waitFor();
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByTestId('attachment-field').locator('input[type=file]').setInputFiles(file);
}

async function setDate(page: Page, date: string): Promise<void> {
  const input = page.locator('#ledger-date');
  await input.click();
  await input.fill(date);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(date);
}

const areaCount = (page: Page, area: string) =>
  page.getByTestId(`area-card-${area}`).getAttribute('data-count');

const tableTitles = async (page: Page) =>
  (
    await page
      .getByTestId('ledger-table')
      .locator('.ant-table-row td:nth-child(2)')
      .allTextContents()
  ).map((s) => s.trim());

describe('the work ledger', () => {
  let session: Session;
  let errors: string[];
  const today = localToday();
  const newYear = `${today.slice(0, 4)}-01-01`;

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession('杭州示例机械有限公司工会委员会'));
    await seedMeeting(session.page, newYear);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows every area of this year as a gap while the ledger is empty', async () => {
    const { page } = session;
    await openLedger(page);
    await expect
      .poll(() => page.getByTestId('ledger-gaps').textContent())
      .toContain('还有 7 个方面');
    expect(await areaCount(page, 'area1')).toBe('0');
    await settle(page);
    await screenshot(page, '40-ledger-empty');
  });

  it('explains at each field what is missing', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '新增台账' }).click();
    await page.getByTestId('ledger-form').waitFor();
    await page.getByTestId('ledger-save').click();
    const help = (field: string) =>
      page
        .getByTestId(`ledger-${field}-item`)
        .locator('.ant-form-item-explain-error')
        .textContent();
    await expect.poll(() => help('title')).toBe('请填写标题。');
    await expect.poll(() => help('areas')).toBe('请至少选择一个工作领域。');
  });

  it('records an entry in two areas with a photo, and shows its thumbnail', async () => {
    const { page } = session;
    await page.locator('#ledger-title').fill('三八妇女节趣味运动会');
    await page.getByRole('checkbox', { name: '教育引导职工群众', exact: true }).check();
    await page.getByRole('checkbox', { name: '维护职工合法权益', exact: true }).check();
    const tags = page.locator('#ledger-tags');
    await tags.fill('文体');
    await tags.press('Enter');
    await tags.fill('女职工');
    await tags.press('Enter');
    await tags.press('Escape');
    await page.locator('#ledger-participants').fill('64');
    const meeting = page.locator('#ledger-meetingId');
    await meeting.fill('女职工委员会第一次');
    await page.locator('.ant-select-item-option', { hasText: '女职工委员会第一次会议' }).waitFor();
    await meeting.press('Enter');
    await page
      .locator('#ledger-description')
      .fill('女职工委员会组织，设拔河、跳绳、趣味接力等项目。');
    await upload(page, PHOTO);
    const thumb = page.getByTestId('attachment-item').locator('img');
    await thumb.waitFor();
    await expect
      .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // The stored thumbnail, not the photo: at most 256 px on its long side.
    expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);
    expect(await page.getByTestId('attachment-item').textContent()).toContain('活动照片.png');
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '41-ledger-form-photo');
    // 查看 opens the full-size photo, not the thumbnail.
    await page.getByRole('button', { name: '查看“活动照片.png”' }).click();
    const full = page.locator('.ant-image-preview-img');
    await full.waitFor();
    await expect
      .poll(() => full.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(480);
    await motionsDone(page);
    await screenshot(page, '42-ledger-photo-preview');
    await page.keyboard.press('Escape');
    await full.waitFor({ state: 'hidden' });
    await page.getByTestId('ledger-form').waitFor();
    await page.getByTestId('ledger-save').click();
    await page.getByText('已保存台账“三八妇女节趣味运动会”').waitFor();
    expect(await countRows(page, 'attachments')).toBe(1);
  });

  it('stores the same photo once and refuses an over-size file with its size', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '新增台账' }).click();
    await page.getByTestId('ledger-form').waitFor();
    await setDate(page, newYear);
    await page.locator('#ledger-title').fill('春节送温暖走访困难职工');
    await page.getByRole('checkbox', { name: '服务职工群众', exact: true }).check();
    await upload(page, PHOTO);
    await page.getByText('“活动照片.png”与已保存的附件内容相同，未重复保存。').waitFor();
    await upload(page, {
      name: '全年活动录像.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(21 * 1024 * 1024, 1),
    });
    await expect
      .poll(() => page.getByTestId('attachment-problem').textContent())
      .toContain('“全年活动录像.pdf”有 21 MB，超过每个附件 20 MB 的上限，未添加。');
    expect(await page.getByTestId('attachment-item').count()).toBe(1);
    await page.getByTestId('attachment-list').scrollIntoViewIfNeeded();
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '43-ledger-attachment-refused');
    await page.getByTestId('ledger-save').click();
    await page.getByText('已保存台账“春节送温暖走访困难职工”').waitFor();
    expect(await countRows(page, 'attachments')).toBe(1);
  });

  it('summarises the year by area, with the gaps marked, and filters by area', async () => {
    const { page } = session;
    await expect.poll(() => areaCount(page, 'area3')).toBe('1');
    expect(await areaCount(page, 'area5')).toBe('1');
    expect(await areaCount(page, 'area6')).toBe('1');
    expect(await areaCount(page, 'area1')).toBe('0');
    expect(await page.getByTestId('ledger-gaps').textContent()).toContain('还有 4 个方面');
    expect(await page.getByTestId('area-card-area3').textContent()).toContain(
      '三八妇女节趣味运动会',
    );
    expect(await tableTitles(page)).toHaveLength(2);
    const linked = page.locator('.ant-table-row', { hasText: '三八妇女节趣味运动会' });
    expect(await linked.textContent()).toContain('女职工委员会第一次会议');
    await settle(page);
    await screenshot(page, '44-ledger-summary');

    // A card is a toggle, from the keyboard too.
    await page.getByTestId('area-card-area6').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tableTitles(page)).toEqual(['春节送温暖走访困难职工']);
    await page.keyboard.press('Enter');
    await expect.poll(() => tableTitles(page)).toHaveLength(2);
  });

  it('edits an entry from the keyboard', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打开“三八妇女节趣味运动会”' }).click();
    await page.getByTestId('ledger-form').waitFor();
    expect(await page.locator('#ledger-participants').inputValue()).toBe('64');
    await page.locator('#ledger-participants').fill('70');
    const title = page.locator('#ledger-title');
    await title.fill('三八妇女节趣味运动会（女职工专场）');
    await title.press('Enter');
    await page.getByText('已保存台账“三八妇女节趣味运动会（女职工专场）”').waitFor();
    await expect.poll(() => tableTitles(page)).toContain('三八妇女节趣味运动会（女职工专场）');
    expect(await page.getByTestId('ledger-table').textContent()).toContain('70');
  });

  it('deletes an entry to the 回收站 after asking; the shared photo stays', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打开“春节送温暖走访困难职工”' }).click();
    await page.getByTestId('ledger-form').waitFor();
    // antd spaces out two-character Chinese button labels ("删 除").
    await page.getByRole('button', { name: /^删\s?除$/ }).click();
    const dialog = page.getByRole('dialog', { name: /删除台账/ });
    await dialog.getByText('移到回收站').waitFor();
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '45-ledger-delete-confirm');
    await dialog.getByRole('button', { name: /^删\s?除$/ }).click();
    await page.getByText('已将“春节送温暖走访困难职工”移到回收站').waitFor();
    await expect.poll(() => areaCount(page, 'area6')).toBe('0');
    // The other entry still uses the photo, so it did not go with the deleted one.
    expect(await countRows(page, 'attachments')).toBe(1);
  });

  it('bins a photo removed from its last entry, and the bin lists both', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /^打开“三八妇女节/ }).click();
    await page.getByTestId('ledger-form').waitFor();
    await page.getByRole('button', { name: '移除“活动照片.png”' }).click();
    expect(await page.getByTestId('attachment-item').count()).toBe(0);
    await page.getByTestId('ledger-save').click();
    await page.getByText(/已保存台账/).waitFor();
    expect(await countRows(page, 'attachments')).toBe(0);

    await openSettingsTab(page, '回收站');
    await page.locator('.ant-table-row', { hasText: '春节送温暖走访困难职工' }).waitFor();
    await page.locator('.ant-table-row', { hasText: '活动照片.png' }).waitFor();
    await settle(page);
    await screenshot(page, '46-ledger-recycle-bin');
    expect(errors).toEqual([]);
  });
});
