import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';
import { pageImages, pdfPages, printToPdf } from './pdf';
import { seedMember, seedStores } from './seed';

/**
 * 会员评家 end to end: a round of 会员评家 + 评议工会干部 with cadres from the profile and the
 * roster, its anonymous ballot printed to PDF, 12 ballots typed with the keyboard, a second round
 * entered as counts with a refused over-count, and the results with both satisfaction rates.
 */

const NAMES = [
  '张伟',
  '王芳',
  '李娜',
  '刘强',
  '陈静',
  '杨洋',
  '赵磊',
  '黄敏',
  '周杰',
  '吴霞',
  '徐涛',
  '孙丽',
  '马超',
  '朱红',
  '胡军',
  '郭燕',
];

/**
 * 12 ballots over 10 questions (7 default items, then 3 cadres): 1 满意, 2 基本满意,
 * 3 不满意, 4 不了解, 0 blank.
 */
const BALLOTS = [
  '1111111111',
  '1111111111',
  '1111111111',
  '1111111111',
  '1111111112',
  '2211121112',
  '2211121112',
  '2211121112',
  '3321123213',
  '3321123213',
  '4412111104',
  '1101111111',
];

async function openSurveys(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '会员评家' }).click();
  await page.getByTestId('surveys-count').waitFor();
}

async function fillDate(page: Page, id: string, value: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await motionsDone(page);
}

/** Expected overall rates of the union part, computed here from the ballot strings. */
function expectedUnion(): { satisfaction: string; strict: string } {
  let satisfied = 0;
  let basic = 0;
  for (const ballot of BALLOTS) {
    for (const digit of ballot.slice(0, 7)) {
      if (digit === '1') satisfied += 1;
      if (digit === '2') basic += 1;
    }
  }
  const slots = BALLOTS.length * 7;
  const rate = (n: number) => {
    const p = Math.floor((2000 * n + slots) / (2 * slots));
    return `${Math.floor(p / 10)}.${p % 10}%`;
  };
  return { satisfaction: rate(satisfied + basic), strict: rate(satisfied) };
}

describe('会员评家: create a round, print the ballot, enter ballots and counts', () => {
  let session: Session;
  let errors: string[];

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession());
    const seeded = NAMES.map((name, i) =>
      seedMember(i + 1, {
        name,
        department: ['金工车间', '装配车间', '质检部'][i % 3]!,
        ...(name === '王芳' ? { position: '工会副主席' } : {}),
        ...(name === '李娜' ? { position: '女职工委员会主任' } : {}),
      }),
    );
    await seedStores(session.page, {
      members: seeded.map((s) => s.member),
      membershipEvents: seeded.map((s) => s.event),
    });
    await session.page.reload();
    await session.page.getByRole('menu').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates a round with the default items and cadres from the profile and the roster', async () => {
    const { page } = session;
    await openSurveys(page);
    await settle(page);
    await screenshot(page, '80-surveys-empty');
    await page.getByRole('button', { name: '新建评议' }).click();
    await page.getByTestId('survey-editor').waitFor();
    await page.locator('#survey-title').fill('2026 年度会员评议职工之家暨评议工会干部');
    await fillDate(page, 'survey-started', '2026-10-10');
    await fillDate(page, 'survey-ended', '2026-10-20');
    // The chair comes from the profile.
    expect(await page.locator('#survey-cadre-0-name').inputValue()).toBe('王建国');
    expect(await page.locator('#survey-cadre-0-post').inputValue()).toBe('工会主席');
    await page.locator('#survey-cadre-pick').fill('王芳');
    await page.locator('.ant-select-item-option', { hasText: '王芳' }).click();
    expect(await page.locator('#survey-cadre-1-post').inputValue()).toBe('工会副主席');
    await page.locator('#survey-cadre-pick').fill('李娜');
    await page.locator('.ant-select-item-option', { hasText: '李娜' }).click();
    expect(await page.locator('#survey-cadre-2-post').inputValue()).toBe('女职工委员会主任');
    await page.keyboard.press('Escape');
    expect(await page.locator('#survey-item-6').inputValue()).toContain('工会干部作风');
    await motionsDone(page);
    await screenshot(page, '81-survey-form');
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-detail').waitFor();
    await page.getByText('还没有录入结果').waitFor();
  });

  it('prints the anonymous ballot with check boxes to an A4 PDF', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打印选票' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.waitFor();
    await settle(page);
    await screenshot(page, '82-ballot-preview');
    const pdf = join(artifactsDir, 'survey-ballot.pdf');
    await printToPdf(page, pdf);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0]!.replace(/[ \t]+/g, ' ');
    expect(text).toContain('杭州示例机械有限公司工会');
    expect(text).toContain('（无记名）');
    expect(text).toContain('一、会员评议职工之家');
    expect(text).toContain('二、评议工会干部');
    expect(text).toContain('三、意见和建议');
    expect(text).toMatch(/满意\s+基本满意\s+不满意\s+不了解/);
    for (const name of ['王建国', '王芳', '李娜', '工会副主席']) expect(text).toContain(name);
    expect(text).toContain('请勿填写姓名');
    // A box for each answer of 7 items and 3 cadres.
    expect(text.match(/□/g)?.length).toBe(40);
    expect(pageImages(pdf, 'survey-ballot')).toHaveLength(1);
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
  });

  it('enters 12 ballots with the keyboard, refusing more ballots than returned', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '逐张录入选票' }).click();
    await page.getByTestId('survey-grid').waitFor();
    await page.locator('#survey-distributed').fill('15');
    await page.locator('#survey-returned').fill('13');
    await page.locator('[data-cell="0-0"]').click();
    // A typo corrected with Backspace.
    await page.keyboard.type('13');
    await page.keyboard.press('Backspace');
    for (const [i, ballot] of BALLOTS.entries()) {
      if (i === 0) {
        await page.keyboard.type(ballot.slice(1).replace(/0/g, '0'));
      } else {
        await page.keyboard.type(ballot);
      }
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => page.getByTestId('survey-ballot-tally').textContent())
      .toBe('已录入 12 张有效选票（收回 13 张）');
    // Column 1 (组织建设): 1 ×6 + … as typed.
    expect(await page.getByTestId('survey-tally-0-satisfied').textContent()).toBe('6');
    expect(await page.getByTestId('survey-tally-0-basic').textContent()).toBe('3');
    expect(await page.getByTestId('survey-tally-9-unknown').textContent()).toBe('1');
    expect(await page.locator('[data-cell="11-2"]').getAttribute('data-answer')).toBe('');

    await page.locator('#survey-returned').fill('11');
    await page.getByText('已录入 12 张选票，超过收回的 11 张').first().waitFor();
    await page.getByTestId('survey-ballots-save').click();
    await page.locator('.ant-message-notice', { hasText: '未保存：已录入 12 张选票' }).waitFor();
    await settle(page);
    await screenshot(page, '83-ballots-over-returned');
    await page.locator('#survey-returned').fill('13');
    await page.locator('#survey-suggestions').fill('希望增加职工文体活动\n食堂菜品再丰富一些');
    await page.getByTestId('survey-ballots-save').click();
    await page.locator('.ant-message-notice', { hasText: '已保存 12 张选票' }).waitFor();
    await settle(page);
    await screenshot(page, '84-ballots-entered');

    // Stored without identity: every ballot row is exactly { id, roundId, answers }.
    const keys = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('uniondesk');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result
              .transaction('surveyBallots')
              .objectStore('surveyBallots')
              .getAll();
            all.onsuccess = () => {
              request.result.close();
              resolve([
                ...new Set(
                  (all.result as object[]).map((row) => Object.keys(row).sort().join(',')),
                ),
              ]);
            };
          };
        }),
    );
    expect(keys).toEqual(['answers,id,roundId']);
  });

  it('shows the results with both rates, participation, return rate and a chart', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.getByTestId('survey-detail').waitFor();
    const results = page.getByTestId('survey-results');
    await results.waitFor();
    expect(await page.getByTestId('survey-return-rate').textContent()).toContain('86.7%');
    // 12 valid of 16 members on roll at 2026-10-20.
    expect(await page.getByTestId('survey-participation').textContent()).toContain('75.0%');
    const union = expectedUnion();
    const overall = (await page.getByTestId('survey-overall-union').textContent()) ?? '';
    expect(overall).toContain(union.satisfaction);
    expect(overall).toContain(union.strict);
    const cadreRows = (await page.getByTestId('survey-table-cadre').textContent()) ?? '';
    expect(cadreRows).toContain('王芳（工会副主席）');
    await expect
      .poll(() => page.getByTestId('survey-chart').getAttribute('data-ready'))
      .toBe('true');
    await page.getByText('希望增加职工文体活动').waitFor();
    await settle(page);
    await screenshot(page, '85-survey-results');
  });

  it('enters counts for another round and refuses a tally above the valid ballots', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.getByTestId('surveys-count').waitFor();
    await page.getByRole('button', { name: '新建评议' }).click();
    await page.getByTestId('survey-editor').waitFor();
    await page.locator('#survey-title').fill('2026 年上半年会员评家');
    await fillDate(page, 'survey-started', '2026-06-01');
    await fillDate(page, 'survey-ended', '2026-06-10');
    await page.getByRole('radio', { name: '按项目录入票数' }).check();
    await page.getByRole('button', { name: '删除 王建国' }).click();
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-detail').waitFor();
    await page.getByRole('button', { name: '录入票数' }).click();
    await page.getByTestId('survey-counts').waitFor();
    await page.locator('#survey-distributed').fill('16');
    await page.locator('#survey-returned').fill('15');
    await page.locator('#survey-valid').fill('14');
    const rows = [
      [10, 3, 1, 0],
      [10, 4, 1, 0], // 15 > 14 valid: refused
      [9, 4, 0, 1],
      [12, 2, 0, 0],
      [8, 5, 1, 0],
      [11, 2, 1, 0],
      [7, 5, 2, 0],
    ];
    const answers = ['satisfied', 'basic', 'unsatisfied', 'unknown'];
    for (const [i, row] of rows.entries()) {
      for (const [j, value] of row.entries()) {
        await page.locator(`#survey-count-${i}-${answers[j]}`).fill(String(value));
      }
    }
    const refusal =
      '“维护职工合法权益（劳动合同、集体合同、劳动保护）”各选项合计 15 票（满意 10、基本满意 4、不满意 1、不了解 0），超过有效票 14 张，请核对。';
    await page.getByTestId('survey-count-errors').getByText(refusal).waitFor();
    expect(await page.getByTestId('survey-total-1').textContent()).toBe('15 / 14');
    await page.getByTestId('survey-counts-save').click();
    await page.locator('.ant-message-notice', { hasText: `未保存：${refusal}` }).waitFor();
    await settle(page);
    await screenshot(page, '86-counts-refused');

    await page.locator('#survey-count-1-satisfied').fill('9');
    await page.getByTestId('survey-count-errors').waitFor({ state: 'detached' });
    await page.getByTestId('survey-counts-save').click();
    await page.getByTestId('survey-detail').waitFor();
    await page.getByTestId('survey-results').waitFor();
    // 满意 66, 基本满意 25 of 14 × 7 = 98: 92.9 % and 67.3 %.
    const overall = (await page.getByTestId('survey-overall-union').textContent()) ?? '';
    expect(overall).toContain('92.9%');
    expect(overall).toContain('67.3%');
    expect(await page.getByTestId('survey-participation').textContent()).toContain('87.5%');
    await expect
      .poll(() => page.getByTestId('survey-chart').getAttribute('data-ready'))
      .toBe('true');
    await settle(page);
    await screenshot(page, '87-counts-results');
  });

  it('lists both rounds after a reload, without page errors', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.getByTestId('surveys-count').waitFor();
    expect(await page.getByTestId('surveys-count').textContent()).toBe('共 2 次评议');
    await settle(page);
    await screenshot(page, '88-surveys-list');
    expect(errors).toEqual([]);
  });
});
