import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../renderer/features/members/import/gbk-encoder';
import { makeResidentId } from '../shared/members/fixtures';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';

const ID_ZHANG = makeResidentId({ birthDate: '1985-03-12', sex: 'male', sequence: 11 });
const ID_LI = makeResidentId({ birthDate: '1990-07-01', sex: 'female', sequence: 12 });
const ID_SUN = makeResidentId({ birthDate: '1993-02-14', sex: 'female', sequence: 13 });
const ID_WU = makeResidentId({ birthDate: '1988-08-08', sex: 'male', sequence: 14 });
const ID_ZHOU = makeResidentId({ birthDate: '1979-11-30', sex: 'male', sequence: 15 });
const ID_OUYANG = makeResidentId({ birthDate: '1996-04-21', sex: 'female', sequence: 16 });
const ID_ZHAO = makeResidentId({ birthDate: '1982-01-05', sex: 'male', sequence: 17 });
const BAD_CHECK = ID_ZHAO.slice(0, 17) + (ID_ZHAO.endsWith('1') ? '2' : '1');
// Several write chunks (1,000 rows each), so that 取消 lands inside the transaction.
const ROWS_FOR_CANCEL = 8_000;
const FULL_WIDTH = (text: string) =>
  text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/**
 * The sheet as a clerk has it: a title, a blank row, headers with notes and a full-width space,
 * dates in five forms, an ID that Excel stored as a number, a wrong check digit, a repeated
 * row, a member already in the roster, full-width digits.
 */
function messySheet(): unknown[][] {
  return [
    ['XX公司工会会员花名册'],
    [],
    ['序号', '姓　名', '性别', '公民身份号码（必填）', '联系电话', '入会时间', '部门', '备注'],
    [1, '张三', '男', ID_ZHANG, '13800138000', 42168, '金工车间'],
    [2, '李娜', '女', ID_LI, '139 0013 9000', '2018年3月1日', '质检部'],
    [3, '王五', '男', 4.40524188001e17, '', '2019.7.1', '金工车间'],
    [4, '赵六', '男', BAD_CHECK, '', '20200105', '装配车间'],
    [5, '孙丽', '女', ID_SUN, '', '2021/3/8', '办公室'],
    [6, '张三', '男', ID_ZHANG, '', '2015-06-13', '金工车间', '重复录入'],
    [7, '周建国', '男', ID_ZHOU, '', '2016-05-01', '仓库'],
    [8, '吴强', '男', FULL_WIDTH(ID_WU), '', '２０１７－０４－０１', '仓库'],
  ];
}

function writeXlsx(file: string, rows: unknown[][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '花名册');
  const path = join(artifactsDir, file);
  writeFileSync(path, new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' })));
  return path;
}

const dialog = (page: Page) => page.getByRole('dialog');
const rosterCount = (page: Page) => page.getByTestId('roster-count').textContent();

async function openRoster(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /(^|\s)会员$/ }).click();
  await page.getByTestId('roster-count').waitFor();
}

async function pickForImport(page: Page, path: string): Promise<void> {
  // The toolbar button's name also carries its icon's label ("upload 导入").
  // Listen before the dialog opens: turning on chooser interception is asynchronous.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /(^|\s)导入$/ }).click();
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles(path);
}

async function toPreview(page: Page): Promise<void> {
  await page.getByTestId('import-mapping').waitFor();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await page.getByTestId('import-preview').waitFor();
}

describe('importing members from a spreadsheet', () => {
  let session: Session;
  let errors: string[];
  let messyPath = '';

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession('杭州示例机械有限公司工会委员会'));
    messyPath = writeXlsx('import-messy.xlsx', messySheet());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has one member in the roster before the import', async () => {
    const { page } = session;
    await openRoster(page);
    await page.getByRole('button', { name: '新增会员' }).click();
    await page.getByTestId('member-form').waitFor();
    await page.locator('#member-name').fill('周建国');
    await page.locator('#member-docNumber').fill(ID_ZHOU);
    await page.getByTestId('member-save').click();
    await page.getByText('已保存“周建国”的信息').waitFor();
    await expect.poll(() => rosterCount(page)).toContain('名册共 1 人');
  });

  it('refuses a file that is not a spreadsheet, naming it', async () => {
    const { page } = session;
    const photo = join(artifactsDir, 'import-photo.png');
    writeFileSync(photo, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    await pickForImport(page, photo);
    const refused = page.getByTestId('import-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('“import-photo.png”不是表格文件');
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '30-import-refused');
    await dialog(page).getByRole('button', { name: '关闭' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
  });

  it('finds the header, maps the columns and shows every problem by row and column', async () => {
    const { page } = session;
    await pickForImport(page, messyPath);
    const mapping = page.getByTestId('import-mapping');
    await mapping.waitFor();
    expect(await mapping.textContent()).toContain('表头在第 3 行，下面有 8 行数据');
    await expect
      .poll(() => page.getByTestId('import-mapping-summary').textContent())
      .toBe('按现在的对应：可导入 4 行，有错误 2 行，文件内重复 1 行，名册中已有 1 行。');
    await motionsDone(page);
    await screenshot(page, '30-import-mapping');
    await page.getByRole('button', { name: '下一步：预览' }).click();

    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain(
      '第 6 行 D 列（公民身份号码（必填））：这个证件号码在表格里是数字格式，最后几位已经丢失',
    );
    expect(text).toMatch(/第 7 行 D 列（公民身份号码（必填））：身份证号校验位错误（应为 \w）/);
    expect(text).toContain('第 9 行：与第 4 行的证件号码相同');
    expect(text).toContain('第 10 行：会员名册中已有证件号码相同的会员');
    // ID numbers are masked in the preview.
    expect(text).not.toContain(ID_ZHANG);
    expect(text).toContain(`${ID_ZHANG.slice(0, 6)}********${ID_ZHANG.slice(-4)}`);
    expect(await page.getByTestId('import-plan').textContent()).toBe(
      '确认后将新增 4 位会员，更新 0 位，跳过 1 位；3 行有错误或重复，不会导入。写入前会先保存一份安全副本。',
    );

    await dialog(page).locator('label', { hasText: '有错误 2' }).click();
    await expect.poll(() => preview.locator('.ant-table-row').count()).toBe(2);
    await dialog(page).locator('label', { hasText: /^全部/ }).click();
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '30-import-preview');
  });

  it('downloads the 错误清单 as a workbook the clerk can fix the sheet from', async () => {
    const { page } = session;
    const download = page.waitForEvent('download');
    await dialog(page).getByRole('button', { name: '下载错误清单' }).click();
    const path = join(artifactsDir, 'import-errors.xlsx');
    await (await download).saveAs(path);
    const book = XLSX.read(readFileSync(path), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['错误清单']!, { header: 1 });
    expect(rows.slice(2).map((r) => r[0])).toEqual([6, 7, 9]);
    expect(rows[2]).toEqual(expect.arrayContaining([6, '王五', 'D', '错误']));
    expect(JSON.stringify(rows)).not.toContain(ID_ZHANG);
  });

  it('writes the valid rows on confirmation, skipping the member already there', async () => {
    const { page } = session;
    await page.getByTestId('import-confirm').click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    const text = (await done.textContent()) ?? '';
    expect(text).toContain(
      '新增 4 位会员，更新 0 位，跳过 1 位（名册中已有）；3 行有错误或重复，没有导入。',
    );
    expect(text).toMatch(/导入前的数据已保存为安全副本“[^”]+导入前[^”]*”/);
    await settle(page);
    await motionsDone(page);
    await screenshot(page, '30-import-done');
    await dialog(page).getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => rosterCount(page)).toContain('名册共 5 人');
    // The full-width ID and date were read: the member is there and findable by initials.
    await page.getByRole('searchbox', { name: '搜索会员' }).fill('wq');
    await expect.poll(() => rosterCount(page)).toContain('显示 1 人');
    expect(await page.getByTestId('roster-table').textContent()).toContain('2017-04-01');
    await page.getByRole('searchbox', { name: '搜索会员' }).fill('');
  });

  it('leaves the roster unchanged when 取消 is pressed while writing', async () => {
    const { page } = session;
    const many: unknown[][] = [['姓名', '身份证号', '入会日期']];
    for (let i = 0; i < ROWS_FOR_CANCEL; i += 1) {
      // Distinct (birth date, sequence) pairs give distinct valid ID numbers.
      const year = 1960 + (i % 40);
      const month = 1 + (Math.floor(i / 40) % 9);
      const day = 10 + (Math.floor(i / 360) % 10);
      const birthDate = `${year}-0${month}-${day}`;
      const id = makeResidentId({ birthDate, sequence: Math.floor(i / 3600) });
      many.push([`职工${i}`, id, '2020-01-01']);
    }
    await pickForImport(page, writeXlsx('import-many.xlsx', many));
    await toPreview(page);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-writing').waitFor();
    // antd spaces out two-character labels: "取 消".
    await dialog(page)
      .getByRole('button', { name: /^取\s*消$/ })
      .click();
    const stopped = page.getByTestId('import-stopped');
    await stopped.waitFor();
    expect(await stopped.textContent()).toContain('已取消导入，会员名册没有改动');
    await dialog(page).getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => rosterCount(page)).toContain('名册共 5 人');
  });

  it('updates members already there when asked to', async () => {
    const { page } = session;
    await pickForImport(page, messyPath);
    await toPreview(page);
    await dialog(page).getByText('用表格中的信息更新').click();
    await page.getByTestId('import-confirm').click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('新增 0 位会员，更新 5 位，跳过 0 位');
    await dialog(page).getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => rosterCount(page)).toContain('名册共 5 人');
  });

  it('imports a CSV saved by Excel on Chinese Windows (GBK), with the keyboard alone', async () => {
    const { page } = session;
    const csv = join(artifactsDir, 'import-gbk.csv');
    writeFileSync(
      csv,
      encodeGbk(
        `工会会员名单\r\n\r\n姓名,身份证号,入会日期,部门\r\n欧阳娜娜,${ID_OUYANG},2019年5月1日,财务部\r\n`,
      ),
    );
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    // Listening turns on Playwright's chooser interception, which is asynchronous: a key press
    // right after could reach the page first, and headless Chromium then cancels the chooser.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /(^|\s)导入$/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('选择文件…');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(csv);

    const mapping = page.getByTestId('import-mapping');
    await mapping.waitFor();
    expect(await mapping.textContent()).toContain('CSV 文本（GBK 编码）：表头在第 3 行');
    await expect.poll(focused).toBe('下一步：预览');
    await page.keyboard.press('Enter');
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('欧阳娜娜');
    await expect.poll(focused).toBe('确认导入');
    await page.keyboard.press('Enter');
    await page.getByTestId('import-done').waitFor();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await expect.poll(() => rosterCount(page)).toContain('名册共 6 人');
  });

  it('raised no page errors (CSP included)', () => {
    expect(errors).toEqual([]);
  });
});
