import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUnionSession } from './flows';
import { motionsDone, screenshot, settle, type Session } from './harness';
import { PHOTO } from './png';
import { seedMember, seedStores } from './seed';

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
];
const DEPARTMENTS = ['金工车间', '装配车间', '质检部'];

async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '会议记录' }).click();
  await page.getByTestId('meetings-count').waitFor();
}

/** The id of the minute the page shows, from the URL (#/meetings/<id>). */
const openId = (page: Page) => new URL(page.url()).hash.split('/')[2]!;

describe('meeting minutes: plan, sign-in sheet, record, sign, addendum', () => {
  let session: Session;
  let errors: string[];
  let meetingId = '';

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession());
    const seeded = NAMES.map((name, i) =>
      seedMember(i + 1, { name, department: DEPARTMENTS[i % 3]! }),
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

  it('plans a meeting with 应到 taken from the roster', async () => {
    const { page } = session;
    await openMeetings(page);
    await settle(page);
    await screenshot(page, '50-meetings-empty');
    await page.getByRole('button', { name: '计划会议' }).click();
    await page.getByTestId('meeting-editor').waitFor();
    await page.locator('#meeting-term').fill('1');
    await page.locator('#meeting-session').fill('2');
    await expect
      .poll(() => page.locator('#meeting-title').inputValue())
      .toBe('第一届会员大会第二次会议');
    await expect.poll(() => page.locator('#meeting-expected').inputValue()).toBe('12');
    await page.locator('#meeting-place').fill('公司三楼会议室');
    await page.getByRole('button', { name: '添加议程' }).click();
    await page.locator('#meeting-item-0-title').fill('审议工会工作报告');
    await settle(page);
    await screenshot(page, '51-meeting-plan-form');
    await page.getByTestId('meeting-save').click();
    await page.getByTestId('meeting-detail').waitFor();
    expect(await page.getByTestId('meeting-status').textContent()).toBe('计划中');
    meetingId = openId(page);
    await settle(page);
    await screenshot(page, '52-meeting-planned');
  });

  it('prints the sign-in sheet with one row per member on roll', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打印签到表' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    for (const name of NAMES) expect(text).toContain(name);
    await settle(page);
    await screenshot(page, '53-sign-in-sheet-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
  });

  it('records the meeting: attendance ticked, quorum and vote computed, bad counts refused', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '记录会议' }).click();
    await page.getByTestId('meeting-editor').waitFor();
    await page.getByRole('button', { name: '全部出席' }).click();
    await page.getByTestId('attendance-ticks').getByRole('checkbox', { name: /赵磊/ }).uncheck();
    await page.getByRole('textbox', { name: '赵磊 缺席原因' }).fill('出差');
    await expect
      .poll(() => page.getByTestId('attendance-summary').textContent())
      .toBe('已勾选出席 11 人，缺席 1 人');
    expect(await page.getByTestId('meeting-quorum').getAttribute('data-state')).toBe('ok');

    await page.locator('#meeting-chair').fill('张伟');
    await page.locator('#meeting-recorder').fill('王芳');
    await page.keyboard.press('Escape');
    await page.locator('#meeting-item-0-discussion').fill('与会会员讨论了报告，建议增加文体活动。');
    await page
      .getByTestId('meeting-item-0')
      .getByRole('checkbox', { name: '本项进行了表决' })
      .check();
    await page.locator('#meeting-item-0-for').fill('12');
    await page.getByTestId('meeting-errors').getByText('超过实到人数 11 人').waitFor();
    await page.getByTestId('meeting-save').click();
    await page.getByText(/会议记录有需要修改的地方：第 1 项议程的表决票数合计 12 票/).waitFor();
    await settle(page);
    await screenshot(page, '54-meeting-votes-refused');

    await page.locator('#meeting-item-0-for').fill('10');
    await page.locator('#meeting-item-0-against').fill('1');
    await expect
      .poll(() => page.getByTestId('meeting-item-0-verdict').getAttribute('data-state'))
      .toBe('passed');
    await page.locator('#meeting-item-0-resolution').fill('会议审议通过了工会工作报告。');
    await page.getByRole('button', { name: '添加议程' }).click();
    await page.locator('#meeting-item-1-title').fill('审议经费收支情况报告');
    await page.locator('#meeting-item-1-tags').fill('经费报告');
    await page.locator('#meeting-item-1-tags').press('Enter');
    await page.keyboard.press('Escape');
    await page
      .getByTestId('meeting-item-1')
      .locator('.ant-select-selection-item', { hasText: '经费报告' })
      .waitFor();
    await page
      .getByTestId('meeting-item-1')
      .getByRole('checkbox', { name: '本项进行了表决' })
      .check();
    await page.locator('#meeting-item-1-for').fill('6');
    await expect
      .poll(() => page.getByTestId('meeting-item-1-verdict').getAttribute('data-state'))
      .toBe('failed');
    await page.locator('#meeting-item-1-for').fill('11');
    await page.locator('#meeting-item-1-resolution').fill('会议审议通过了经费收支情况报告。');
    await settle(page);
    await screenshot(page, '55-meeting-record-form');
    await page.keyboard.press('Control+s');
    await page.getByTestId('meeting-detail').waitFor();
    expect(await page.getByTestId('meeting-status').textContent()).toBe('草稿');
    expect(openId(page)).toBe(meetingId);
  });

  it('signs the minute, which then cannot be edited', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '签署' }).click();
    const dialog = page.getByRole('dialog', { name: '签署会议记录' });
    await dialog.waitFor();
    await motionsDone(page);
    await screenshot(page, '56-meeting-sign-dialog');
    await dialog.getByRole('button', { name: '确认签署并锁定' }).click();
    await page.getByText('会议记录已签署并锁定。').waitFor();
    expect(await page.getByTestId('meeting-status').textContent()).toBe('已签署');
    expect(await page.getByTestId('meeting-hash').getAttribute('data-state')).toBe('ok');
    expect(await page.getByRole('button', { name: '修改' }).count()).toBe(0);

    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/edit`), meetingId);
    await page.getByText('这份会议记录已签署锁定，不能再修改。').waitFor();
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
    await page.getByTestId('meeting-detail').waitFor();
  });

  it('keeps a dated addendum under the signed minute', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '添加补充说明' }).click();
    const dialog = page.getByRole('dialog', { name: '添加补充说明' });
    await dialog
      .getByRole('textbox', { name: '内容' })
      .fill('更正：第二项议程赞成票应为 11 票，记录无误。');
    await dialog.getByRole('button', { name: /^添\s?加$/ }).click();
    await page.getByTestId('meeting-addenda').getByText('更正：第二项议程赞成票').waitFor();
    expect(await page.getByTestId('meeting-hash').getAttribute('data-state')).toBe('ok');
    await settle(page);
    await screenshot(page, '57-meeting-signed');
  });

  it('links a ledger entry with a photo to the minute, and the minute lists it', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: '工作台账' }).click();
    await page.getByRole('button', { name: '新增台账' }).click();
    await page.getByTestId('ledger-form').waitFor();
    await page.locator('#ledger-title').fill('召开第一届会员大会第二次会议');
    await page.getByRole('checkbox', { name: '依法规范建会', exact: true }).check();
    const link = page.locator('#ledger-meetingId');
    await link.fill('第一届会员大会');
    await page
      .locator('.ant-select-item-option', { hasText: '第一届会员大会第二次会议' })
      .waitFor();
    await link.press('Enter');
    await page.getByTestId('attachment-field').locator('input[type=file]').setInputFiles(PHOTO);
    await page.getByTestId('attachment-item').locator('img').waitFor();
    await page.getByTestId('ledger-save').click();
    await page.getByTestId('ledger-form').waitFor({ state: 'hidden' });

    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meetingId);
    await page
      .getByTestId('meeting-detail')
      .getByRole('link', { name: /召开第一届会员大会第二次会议/ })
      .waitFor();
    await settle(page);
    await screenshot(page, '58-meeting-with-ledger');
    await page.getByRole('link', { name: /召开第一届会员大会第二次会议/ }).click();
    await expect
      .poll(() => page.locator('#ledger-title').inputValue())
      .toBe('召开第一届会员大会第二次会议');
    await page.keyboard.press('Escape');
    await page.getByTestId('ledger-form').waitFor({ state: 'hidden' });

    await openMeetings(page);
    await expect
      .poll(() => page.getByTestId('meetings-count').textContent())
      .toBe('共 1 份会议记录');
    await settle(page);
    await screenshot(page, '59-meetings-list');
    expect(errors).toEqual([]);
  });
});
