import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUnionSession } from './flows';
import { motionsDone, screenshot, settle, type Session } from './harness';

// Valid GB 11643 numbers (check characters computed): a man born 1985-03-12, a woman born 1990-07-01.
const ZHANG_ID = '330106198503120116';
const LI_ID = '330106199007010123';

const field = (page: Page, name: string) => page.locator(`#member-${name}`);
const fieldItem = (page: Page, name: string) => page.getByTestId(`member-${name}-item`);

async function openRoster(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /(^|\s)会员$/ }).click();
  await page.getByTestId('roster-count').waitFor();
}

async function addMember(page: Page, values: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: '新增会员' }).click();
  await page.getByTestId('member-form').waitFor();
  for (const [name, value] of Object.entries(values)) await field(page, name).fill(value);
}

describe('the member roster', () => {
  let session: Session;
  let errors: string[];

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession('杭州示例机械有限公司工会委员会'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a member; the ID number is checked and sex and birth date come from it', async () => {
    const { page } = session;
    await openRoster(page);
    await addMember(page, { name: '张三', docNumber: '330106198503120118', mobile: '13800138000' });
    await page.getByTestId('member-save').click();
    await expect
      .poll(() =>
        fieldItem(page, 'docNumber').locator('.ant-form-item-explain-error').textContent(),
      )
      .toMatch(/校验/);
    await motionsDone(page);
    await screenshot(page, '25-member-form-error');

    await field(page, 'docNumber').fill(ZHANG_ID);
    await expect
      .poll(() => fieldItem(page, 'birthDate').locator('input').inputValue())
      .toBe('1985-03-12');
    await field(page, 'department').fill('金工车间');
    await field(page, 'joinedOn').fill('2015-06-13');
    // Enter commits the date and submits the form: the whole form works from the keyboard.
    await field(page, 'joinedOn').press('Enter');
    await page.getByText('已保存“张三”的信息').waitFor();
    await expect.poll(() => page.getByTestId('roster-count').textContent()).toContain('显示 1 人');
  });

  it('refuses the same ID number twice and links to the member already there', async () => {
    const { page } = session;
    await addMember(page, { name: '张三丰', docNumber: ZHANG_ID });
    await page.getByTestId('member-save').click();
    const alert = page.getByRole('alert').filter({ hasText: '已有证件号码相同的会员“张三”' });
    await alert.waitFor();
    await alert.getByRole('button', { name: '打开已有会员' }).click();
    await expect.poll(() => field(page, 'name').inputValue()).toBe('张三');
    await page.keyboard.press('Escape');
    await page.getByTestId('member-form').waitFor({ state: 'hidden' });
  });

  it('masks ID numbers and phones in the list until one row is revealed', async () => {
    const { page } = session;
    await addMember(page, { name: '李娜', docNumber: LI_ID, department: '质检部' });
    await page.getByTestId('member-save').click();
    await page.getByText('已保存“李娜”的信息').waitFor();
    const table = page.getByTestId('roster-table');
    const text = await table.textContent();
    expect(text).not.toContain(ZHANG_ID);
    expect(text).toContain('330106********0116');
    expect(text).not.toContain('13800138000');
    const row = table.getByRole('row', { name: /张三/ });
    await row.getByRole('button', { name: '显示完整号码' }).click();
    expect(await row.textContent()).toContain(ZHANG_ID);
    await settle(page);
    await screenshot(page, '26-roster-list');
    await row.getByRole('button', { name: '隐藏号码' }).click();
  });

  it('searches by pinyin, initials and the last digits of the ID as you type', async () => {
    const { page } = session;
    const search = page.getByRole('searchbox', { name: '搜索会员' });
    const names = async () =>
      (
        await page
          .getByTestId('roster-table')
          .locator('.roster-body [role="row"] [role="cell"]:first-child')
          .allTextContents()
      ).map((s) => s.trim());
    await search.fill('lina');
    await expect.poll(names).toEqual(['李娜']);
    await search.fill('zs');
    await expect.poll(names).toEqual(['张三']);
    await search.fill('0116');
    await expect.poll(names).toEqual(['张三']);
    await search.fill('');
    await expect.poll(names).toHaveLength(2);
    await page.getByRole('checkbox', { name: '女' }).check();
    await expect.poll(names).toEqual(['李娜']);
    await page.getByRole('checkbox', { name: '女' }).uncheck();
  });

  it('records a membership change and derives the status from it', async () => {
    const { page } = session;
    await page.getByTestId('roster-table').getByRole('button', { name: '李娜' }).click();
    await page.getByTestId('member-form').waitFor();
    await page.getByLabel('变动类型').click();
    await page.locator('.ant-select-item-option[title="转出"]').click();
    await page.getByLabel('原因', { exact: true }).fill('调往分公司');
    await page.getByRole('button', { name: '登记变动' }).click();
    await page.getByText('已登记会籍变动').waitFor();
    await page.locator('.member-history').getByText('调往分公司').waitFor();
    await motionsDone(page);
    await screenshot(page, '27-member-history');
    await page.keyboard.press('Escape');
    // Members who left are not on roll: the default filter hides them.
    await expect.poll(() => page.getByTestId('roster-count').textContent()).toContain('显示 1 人');
  });

  it('deletes to the 回收站', async () => {
    const { page } = session;
    await page.getByTestId('roster-table').getByRole('button', { name: '张三' }).click();
    await page.getByRole('button', { name: '删除会员' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '删除会员' }).click();
    // Seen once in CI: no message within 30 s. Should it recur, the failure says what the page
    // showed instead (an error message, the confirmation still busy, the list's count).
    await page
      .getByText('已把“张三”移到回收站')
      .waitFor()
      .catch(async (error: unknown) => {
        const shown = await page.evaluate(() =>
          ['.ant-message', '.ant-modal-confirm', '[data-testid="roster-count"]']
            .map(
              (selector) => `${selector}: ${document.querySelector(selector)?.textContent ?? '—'}`,
            )
            .join(' | '),
        );
        throw new Error(`${String(error)}\nthe page showed: ${shown}`, { cause: error });
      });
    await expect.poll(() => page.getByTestId('roster-count').textContent()).toContain('显示 0 人');
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '回收站' }).click();
    await page.locator('.ant-table-row', { hasText: '张三' }).waitFor();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
