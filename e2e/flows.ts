import type { Page } from 'playwright-core';
import { collectPageErrors, openSession, type Session } from './harness';

/** A union code that passes GB 32100 and starts with 81 (union legal person). */
export const UNION_CODE = '81330106MC2857313X';

/** Completes the first-run wizard with a valid profile and waits for the main window. */
export async function completeWizard(page: Page, unionName: string): Promise<void> {
  const fill = (name: string, value: string) => page.locator(`#profile-${name}`).fill(value);
  const next = () => page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('heading', { name: '欢迎使用基层工会工作台' }).waitFor();
  await fill('unionName', unionName);
  await fill('creditCode', UNION_CODE);
  await fill('employerName', unionName.replace(/工会.*$/, ''));
  await next();
  await fill('parentUnion', '杭州市西湖区总工会');
  await fill('region', '浙江省杭州市西湖区');
  await fill('chairName', '王建国');
  await next();
  await fill('workforceTotal', '268');
  await fill('workforceWomen', '97');
  await fill('workforceMigrant', '121');
  await next();
  await page.getByRole('button', { name: '保存并开始使用' }).click();
  await page.getByRole('menu').waitFor();
}

/** Opens 设置 and one of its tabs. */
export async function openSettingsTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

/**
 * A fresh browser profile with the union's profile filled in through the wizard, and the page
 * errors it will collect: where every test file after the wizard's own starts.
 */
export async function openUnionSession(
  unionName = '杭州示例机械有限公司工会委员会',
): Promise<{ session: Session; errors: string[] }> {
  const session = await openSession();
  const errors = collectPageErrors(session.page);
  await session.page.goto(session.baseUrl);
  await completeWizard(session.page, unionName);
  return { session, errors };
}
