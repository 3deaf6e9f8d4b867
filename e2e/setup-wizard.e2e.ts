import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, openSession, screenshot, settle, type Session } from './harness';

// A union code that passes GB 32100 and starts with 81 (union legal person).
const UNION_CODE = '81330106MC2857313X';
// Same code with its check character changed: legal-looking but failing the check.
const UNION_CODE_BAD_CHECK = '81330106MC28573130';

const field = (page: Page, name: string) => page.locator(`#profile-${name}`);
const fieldItem = (page: Page, name: string) => page.getByTestId(`profile-${name}-item`);

/** Texts of the messages under a field; antd animates them, so callers poll. */
function explain(page: Page, name: string, kind: 'error' | 'warning' | 'any'): Promise<string[]> {
  const selector = kind === 'any' ? '.ant-form-item-explain' : `.ant-form-item-explain-${kind}`;
  return fieldItem(page, name).locator(selector).allTextContents();
}

async function fill(page: Page, name: string, value: string) {
  await field(page, name).fill(value);
}

describe('first run: the union profile wizard', () => {
  let session: Session;
  let errors: string[];

  beforeAll(async () => {
    session = await openSession();
    errors = collectPageErrors(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens on the wizard when no profile exists', async () => {
    const { page } = session;
    await page.goto(session.baseUrl);
    await page.getByRole('heading', { name: '欢迎使用基层工会工作台' }).waitFor();
    await screenshot(page, '01-wizard-start');
  });

  it('shows a wrong credit code as an error next to its field and does not go on', async () => {
    const { page } = session;
    await fill(page, 'unionName', '杭州示例机械有限公司工会委员会');
    await fill(page, 'creditCode', '81330106MC28573I3X');
    await fill(page, 'employerName', '杭州示例机械有限公司');
    await page.getByRole('button', { name: '下一步' }).click();
    const errorText = () => explain(page, 'creditCode', 'error');
    await expect.poll(errorText).toEqual([expect.stringContaining('第 16 位“I”')]);
    // Still on step one.
    expect(await field(page, 'unionName').isVisible()).toBe(true);
    await screenshot(page, '02-wizard-credit-code-error');

    await fill(page, 'creditCode', '81330106');
    await expect.poll(errorText).toEqual([expect.stringMatching(/18 位/)]);
  });

  it('asks the user to confirm a code whose check character fails, then accepts it', async () => {
    const { page } = session;
    await fill(page, 'creditCode', UNION_CODE_BAD_CHECK);
    await expect
      .poll(() => explain(page, 'creditCode', 'warning'))
      .toEqual([expect.stringContaining('校验位')]);
    await page.getByRole('button', { name: '下一步' }).click();
    expect(await field(page, 'unionName').isVisible()).toBe(true);
    await screenshot(page, '03-wizard-check-warning');
    // Once confirmed, the doubtful code is accepted.
    await page.getByTestId('profile-creditCode-confirm').check();
    await page.getByRole('button', { name: '下一步' }).click();
    await field(page, 'parentUnion').waitFor();
    await page.getByRole('button', { name: '上一步' }).click();
    // The real code needs no confirmation.
    await fill(page, 'creditCode', UNION_CODE.toLowerCase());
    await expect.poll(() => explain(page, 'creditCode', 'any')).toEqual([]);
  });

  it('walks through the steps and saves the profile', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '下一步' }).click();
    await fill(page, 'parentUnion', '杭州市西湖区总工会');
    await fill(page, 'region', '浙江省杭州市西湖区');
    await fill(page, 'industry', '制造业');
    await fill(page, 'chairName', '王建国');
    await fill(page, 'contactPhone', '0571-87654321');
    // Keyboard: Enter in a field goes on to the next step, as the button does.
    await field(page, 'contactPhone').press('Enter');
    await fill(page, 'workforceTotal', '268');
    await fill(page, 'workforceWomen', '300');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect
      .poll(() => explain(page, 'workforceWomen', 'error'))
      .toEqual([expect.stringContaining('268')]);
    await fill(page, 'workforceWomen', '97');
    await fill(page, 'workforceMigrant', '121');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请核对以下信息').waitFor();
    expect(await page.getByText(UNION_CODE).count()).toBe(1);
    await settle(page);
    await screenshot(page, '04-wizard-confirm');
    await page.getByRole('button', { name: '保存并开始使用' }).click();
    await page.getByRole('menu').waitFor();
    expect(await page.locator('.app-header').textContent()).toContain(
      '杭州示例机械有限公司工会委员会',
    );
    await settle(page);
    await screenshot(page, '05-main-layout-home');
  });

  it('shows only the sections that are built', async () => {
    const items = await session.page.getByRole('menuitem').allTextContents();
    expect(items).toEqual([
      '工作台',
      '会员',
      '会议记录',
      '工作台账',
      '会员评家',
      '年度自评',
      '上报',
      '上级工会',
      '设置',
    ]);
  });

  it('keeps the profile across a reload and a browser restart', async () => {
    await session.page.reload();
    await session.page.getByRole('menu').waitFor();
    expect(await session.page.locator('.app-header').textContent()).toContain(
      '杭州示例机械有限公司工会委员会',
    );
    await session.restart();
    collectPageErrors(session.page, errors);
    await session.page.goto(`${session.baseUrl}#/settings`);
    await session.page.getByTestId('profile-settings').waitFor();
    expect(await field(session.page, 'creditCode').inputValue()).toBe(UNION_CODE);
    expect(await field(session.page, 'workforceMigrant').inputValue()).toBe('121');
    await screenshot(session.page, '06-settings-profile');
  });

  it('edits the profile in 设置 with the same rules', async () => {
    const { page } = session;
    await fill(page, 'workforceTotal', '280');
    await fill(page, 'contactPhone', '12345');
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect
      .poll(() => explain(page, 'contactPhone', 'error'))
      .toEqual([expect.stringContaining('11 位')]);
    await fill(page, 'contactPhone', '13800138000');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('工会基本信息已更新').waitFor();
    await page.getByRole('tab', { name: '关于' }).click();
    await page.getByText('0.1.0').waitFor();
    await settle(page);
    await screenshot(page, '07-settings-about');
    await page.goto(`${session.baseUrl}#/home`);
    await page.getByText('280').first().waitFor();
  });

  it('ran without page errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
