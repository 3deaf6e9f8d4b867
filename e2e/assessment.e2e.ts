import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgendaItem, makeMeeting } from '../shared/meetings/fixtures';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';
import { pageImages, pdfPages, printToPdf } from './pdf';
import { seedMember, seedStores } from './seed';

/**
 * The 年度自评 from a seeded union (a roster, this year's minutes — a 会员大会 that approved the
 * work and funds reports, four committee meetings — and ledger entries): a 会员评家 round is run
 * and its ballots typed in, then the assessment proposes, the clerk overrides one item with a
 * reason, confirms the declaration gate, finalises and starts a revision.
 */

const YEAR = new Date().getFullYear();
const uuid = (n: number) => `a55e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function seedData() {
  const roster = Array.from({ length: 40 }, (_, i) =>
    seedMember(i + 1, { name: `会员${String(i + 1).padStart(2, '0')}` }),
  );
  const congress = makeMeeting({
    id: uuid(1),
    date: `${YEAR}-03-15`,
    title: `第二届会员大会第三次会议`,
    status: 'signed',
    expected: { count: 40 },
    attendance: { mode: 'counts', present: 36 },
    items: [
      makeAgendaItem({
        title: '审议工会工作报告',
        tags: ['工作报告'],
        vote: { method: 'show', for: 34, against: 1, abstain: 1 },
      }),
      makeAgendaItem({
        title: '审议经费收支情况报告',
        tags: ['经费报告', '会务公开'],
        vote: { method: 'show', for: 35, against: 0, abstain: 1 },
      }),
    ],
  });
  const committees = [2, 4, 6, 9].map((month, i) =>
    makeMeeting({
      id: uuid(10 + i),
      type: 'committee',
      date: `${YEAR}-0${month}-10`,
      title: `第二届工会委员会第${i + 5}次会议`,
      expected: { count: 7 },
      attendance: { mode: 'counts', present: 7 },
      items: [makeAgendaItem({ title: '研究季度工作', tags: [], vote: undefined })],
    }),
  );
  const at = `${YEAR}-01-05T08:00:00.000Z`;
  const ledger = [
    ['三八妇女节趣味运动会', ['area3'], ['文体']],
    ['春节送温暖走访困难职工', ['area6'], ['送温暖']],
    ['农民工子女暑期托管班', ['area2'], ['农民工关爱']],
  ].map(([title, areas, tags], i) => ({
    id: uuid(20 + i),
    createdAt: at,
    updatedAt: at,
    date: `${YEAR}-0${i + 3}-08`,
    title,
    areas,
    tags,
    description: '',
    attachmentIds: [],
  }));
  return {
    members: roster.map((r) => r.member),
    membershipEvents: roster.map((r) => r.event),
    meetings: [congress, ...committees],
    ledgerEntries: ledger,
  };
}

async function openAssessment(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '年度自评' }).click();
  await page.getByTestId('assessment-total').waitFor({ timeout: 60_000 });
}

const gateState = (page: Page, gate: string) =>
  page.getByTestId(`gate-${gate}`).getAttribute('data-state');

describe('the annual self-assessment', () => {
  let session: Session;
  let errors: string[];

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession());
    await seedStores(session.page, seedData());
    await session.page.reload();
    await session.page.getByRole('menu').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('runs a 会员评家 round and types in its ballots', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '会员评家' }).click();
    await page.getByRole('button', { name: '新建评议' }).click();
    await page.getByTestId('survey-editor').waitFor();
    await page.locator('#survey-title').fill(`${YEAR} 年度会员评议职工之家`);
    for (const [id, date] of [
      ['survey-started', `${YEAR}-10-10`],
      ['survey-ended', `${YEAR}-10-20`],
    ] as const) {
      const input = page.locator(`#${id}`);
      await input.click();
      await input.fill(date);
      await input.press('Enter');
      await motionsDone(page);
    }
    await page.getByTestId('survey-save').click();
    await page.getByTestId('survey-detail').waitFor();
    await page.getByRole('button', { name: '逐张录入选票' }).click();
    await page.getByTestId('survey-grid').waitFor();
    await page.locator('#survey-distributed').fill('40');
    await page.locator('#survey-returned').fill('32');
    await page.locator('[data-cell="0-0"]').click();
    // 30 ballots of 7 items and the chair: mostly 满意, some 基本满意, one 不满意.
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.type(i % 10 === 9 ? '23111111' : i % 4 === 3 ? '12111121' : '11111111');
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => page.getByTestId('survey-ballot-tally').textContent())
      .toBe('已录入 30 张有效选票（收回 32 张）');
    await page.getByTestId('survey-ballots-save').click();
    await page.locator('.ant-message-notice', { hasText: '已保存 30 张选票' }).waitFor();
  });

  it('proposes scores with the evidence they came from, and the gates with why', async () => {
    const { page } = session;
    await openAssessment(page);
    expect(await gateState(page, 'G1')).toBe('pass');
    expect(await gateState(page, 'G3')).toBe('pass');
    expect(await gateState(page, 'G5')).toBe('unknown');
    const congress = page
      .getByTestId('item-1.3')
      .getByRole('link', { name: /会员大会|工会委员会/ })
      .first();
    await congress.waitFor();
    await page.getByTestId('assessment-radar').and(page.locator('[data-ready="true"]')).waitFor();
    await settle(page);
    await screenshot(page, '70-assessment-proposals');
    // The first screen as the clerk sees it, and the radar.
    await page.screenshot({ path: join(artifactsDir, '70-assessment-top.png') });
    await page
      .getByTestId('assessment-radar')
      .screenshot({ path: join(artifactsDir, '70-assessment-radar.png') });
    // Evidence opens where it is kept.
    await page
      .getByTestId('gate-G1')
      .getByRole('link', { name: /第二届会员大会第三次会议/ })
      .click();
    await page.getByTestId('meeting-detail').waitFor();
    await page.goBack();
    await page.getByTestId('assessment-total').waitFor();
  });

  it('refuses a standard file that is not one, or whose points do not add up, and keeps the year as it was', async () => {
    const { page } = session;
    const total = await page.getByTestId('assessment-total').textContent();
    const pick = async (name: string, text: string) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '导入上级工会标准…' }).click();
      await (
        await chooser
      ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };
    await pick('市总工会标准.json', '{"format":1,"id":');
    await page.getByText(/文件不是有效的 JSON/).waitFor();
    const { DEFAULT_STANDARD_CONTENT } = await import('../shared/standard/default-standard');
    const short = { ...DEFAULT_STANDARD_CONTENT, id: 'city', version: '1', totalTenths: 1100 };
    await pick('市总工会标准.json', JSON.stringify(short));
    await page
      .locator('.ant-message-notice-error')
      .filter({ hasText: /1100|110/ })
      .waitFor();
    await settle(page);
    await screenshot(page, '70-assessment-standard-refused');
    expect(await page.getByTestId('assessment-total').textContent()).toBe(total);
    expect(
      await page.getByRole('combobox', { name: '评价标准' }).locator('..').textContent(),
    ).toContain('（默认）');
  });

  it('needs a written reason to score above the proposal', async () => {
    const { page } = session;
    const before = await page.getByTestId('assessment-total').textContent();
    await page.locator('#item-5\\.1-score').fill('3');
    await page.locator('#item-5\\.1-note').click();
    await expect.poll(() => page.getByTestId('assessment-total').textContent()).not.toBe(before);
    await page.getByTestId('assessment-save').click();
    await page
      .getByText(/第 5\.1 项自评 3 分，高于系统根据现有记录建议的 0 分，请写明依据/)
      .waitFor();
    await page.locator('#item-5\\.1-reason').fill('人事部提供签订率 98%，主席已签字');
    await page.locator('#item-5\\.1-note').fill('劳动合同签订率 98%（人事部 2026 年 10 月数据）。');
    await page.getByTestId('gate-G5').getByRole('checkbox').check();
    await expect.poll(() => gateState(page, 'G5')).toBe('pass');
    await page.keyboard.press('Control+s');
    await page.getByText('自评已保存。').waitFor();
    expect(await page.getByTestId('assessment-status').textContent()).toBe('草稿 · 第 1 版');
    await settle(page);
    await screenshot(page, '71-assessment-override');
  });

  it('finalises the year, which locks it; a change starts a new revision', async () => {
    const { page } = session;
    await page.getByTestId('assessment-finalise').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '定稿后本年度自评将被锁定' });
    await confirm.getByRole('button', { name: /^定\s?稿$/ }).click();
    await page.getByText(`${YEAR} 年度自评已定稿。`).waitFor();
    await expect
      .poll(() => page.getByTestId('assessment-status').textContent())
      .toBe('已定稿 · 第 1 版');
    expect(await page.locator('#item-5\\.1-score').isDisabled()).toBe(true);
    await motionsDone(page);
    await settle(page);
    await screenshot(page, '72-assessment-final');

    // The printed 自评表 carries the clerk's score and reason, with a blank 考核分 column.
    await page.getByRole('button', { name: '打印自评表' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.waitFor();
    const pdf = join(artifactsDir, 'assessment-final.pdf');
    await printToPdf(page, pdf);
    const text = pdfPages(pdf).join('\n').replace(/\s+/g, '');
    for (const heading of ['标准分', '自评分', '考核分', '劳动合同签订率', '人事部提供签订率98%']) {
      expect(text).toContain(heading);
    }
    expect(pageImages(pdf, 'assessment-final').length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: '开始新修订' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '开始新修订' });
    await dialog.getByRole('textbox').fill('上级工会退回，补充劳动合同材料');
    await dialog.getByRole('button', { name: '开始新修订' }).click();
    await expect
      .poll(() => page.getByTestId('assessment-status').textContent())
      .toBe('草稿 · 第 2 版');
    expect(await page.locator('#item-5\\.1-score').inputValue()).toBe('3.0');
    expect(errors).toEqual([]);
  });
});
