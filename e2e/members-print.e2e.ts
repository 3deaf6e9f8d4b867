import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { makeMemberData, makeResidentId } from '../shared/members/fixtures';
import { deriveStatus, type MembershipEvent } from '../shared/members/membership';
import type { Member } from '../shared/members/model';
import { searchKeys } from '../shared/members/search';
import { rosterStats, statisticsPeriod } from '../shared/members/stats';
import { localToday } from '../shared/validation/date';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';
import { footerText, pageImages, pdfPages, printToPdf } from './pdf';
import { seedStores } from './seed';
import { seeded } from '../test/fixtures/random';

const UNION = '杭州示例机械有限公司工会委员会';
const MEMBER_COUNT = 120;
const HISTORY_NAME = '欧阳明月';

type SeedMember = Member & { searchKeys: string };

/** ~120 members over departments, ages, flags and histories; some left, some reserved. */
function roster(today: string): { members: SeedMember[]; events: MembershipEvent[] } {
  const random = seeded(20261123);
  const year = Number(today.slice(0, 4));
  const thisYear = today < `${year}-01-15` ? today : `${year}-01-15`;
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
  const given = [
    '伟',
    '芳',
    '娜',
    '秀英',
    '敏',
    '静',
    '丽',
    '强',
    '磊',
    '军',
    '洋',
    '勇',
    '艳',
    '杰',
    '娟',
    '涛',
    '明',
    '超',
    '秀兰',
    '霞',
  ];
  const departments = [
    '金工车间',
    '装配车间',
    '质检部',
    '仓储物流部',
    '行政部',
    '财务部',
    '销售部',
  ];
  const positions = ['装配工', '质检员', '叉车司机', '会计', '文员', '销售代表', '钳工'];
  const members: SeedMember[] = [];
  const events: MembershipEvent[] = [];
  const now = new Date().toISOString();
  const ids = new Set<string>();
  for (let i = 0; i < MEMBER_COUNT; i += 1) {
    const sex = random() < 0.45 ? 'female' : 'male';
    const birthDate = `${1962 + Math.floor(random() * 38)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    let docNumber = makeResidentId({
      birthDate,
      sex,
      sequence: i % 100,
      area: i < 100 ? '330106' : '330108',
    });
    while (ids.has(docNumber))
      docNumber = makeResidentId({ birthDate, sex, sequence: (i + 37) % 100, area: '330110' });
    ids.add(docNumber);
    const id = crypto.randomUUID();
    const history = i === 7;
    const joinedOn =
      i % 40 === 5
        ? undefined
        : i % 10 === 3
          ? thisYear
          : `20${String(5 + Math.floor(random() * 15)).padStart(2, '0')}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    const mine: MembershipEvent[] = [];
    const add = (type: MembershipEvent['type'], date: string, reason?: string) =>
      mine.push({
        id: crypto.randomUUID(),
        memberId: id,
        type,
        date,
        ...(reason ? { reason } : {}),
        createdAt: now,
        updatedAt: now,
      });
    if (history) {
      add('join', '2008-03-01');
      add('reserve', '2015-07-01', '离岗读书，保留会籍');
      add('transferIn', '2018-09-01', '学成回厂');
    } else if (joinedOn) add('join', joinedOn);
    if (i % 20 === 11) add('transferOut', thisYear, '调往分公司');
    if (i % 40 === 17) add('reserve', '2023-02-01', '病休');
    const data = makeMemberData({
      name: history
        ? HISTORY_NAME
        : `${surnames[i % surnames.length]!}${given[(i * 7 + Math.floor(i / surnames.length)) % given.length]!}`,
      sex,
      birthDate,
      docNumber,
      ethnicity: i % 15 === 4 ? '回族' : '汉族',
      education: (['bachelor', 'college', 'secondaryVocational', 'highSchool', 'master'] as const)[
        i % 5
      ],
      politicalStatus: (['masses', 'cpcMember', 'cylMember'] as const)[i % 3],
      employment: i % 25 === 9 ? 'sickLeave' : i % 30 === 2 ? undefined : 'onDuty',
      household: i % 2 === 0 ? 'nonLocalRural' : 'localUrban',
      migrantWorker: i % 2 === 0,
      mobile: `13${String(900000000 + i * 7_654_321).slice(-9)}`,
      department: departments[i % departments.length]!,
      position: positions[(i * 3) % positions.length]!,
      memberNo: `HY${String(2000 + i).padStart(6, '0')}`,
      joinedOn: history ? '2008-03-01' : joinedOn,
      hardship: i % 13 === 0,
      representative: i % 9 === 0,
      activist: i % 11 === 0,
    });
    const member: Member = {
      ...data,
      id,
      createdAt: now,
      updatedAt: now,
      status: deriveStatus(mine, today),
    };
    members.push({ ...member, searchKeys: searchKeys(member) });
    events.push(...mine);
  }
  return { members, events };
}

async function downloadOf(page: Page, action: () => Promise<void>): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

function sheetRows(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, {
    header: 1,
    raw: true,
    defval: null,
  });
}

describe('printing, export and statistics of the roster', () => {
  let session: Session;
  let errors: string[];
  const today = localToday();
  const data = roster(today);
  const active = data.members.filter((m) => m.status === 'active');

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession(UNION));
    await seedStores(session.page, { members: data.members, membershipEvents: data.events });
    await session.page.reload();
    await session.page.getByRole('menu').waitFor();
    await session.page.getByRole('menuitem', { name: /(^|\s)会员$/ }).click();
    await session.page.getByTestId('roster-count').getByText(`显示 ${active.length} 人`).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('prints the roster: A4 landscape, header on every page, masked numbers, page numbers', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打印名册' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.waitFor();
    expect(await preview.locator('h1').textContent()).toBe('杭州示例机械有限公司工会会员名册');
    expect(await preview.locator('tbody tr').count()).toBe(active.length);
    // The viewport only: the preview is an overlay the size of the window.
    await page.screenshot({ path: join(artifactsDir, '33-roster-print-preview.png') });

    const pdf = join(artifactsDir, 'members-roster.pdf');
    await printToPdf(page, pdf, { landscape: true });
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/,
    );
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text).toMatch(/序号\s+姓名\s+性别\s+出生日期/);
      expect(text).toContain('证件号码');
      // pdftotext drops the spaces of the 9 px footer.
      expect(text).toMatch(footerText(i + 1, pages.length));
    });
    const all = pages.join('\n');
    for (const member of data.members) {
      expect(all).not.toContain(member.docNumber);
      if (member.mobile) expect(all).not.toContain(member.mobile);
    }
    expect(all).toContain(
      `${active[0]!.docNumber.slice(0, 6)}********${active[0]!.docNumber.slice(-4)}`,
    );
    expect(pageImages(pdf, 'members-roster').length).toBe(pages.length);
  });

  it('reveals full numbers only on request, with a warning, and closes', async () => {
    const { page } = session;
    const preview = page.getByTestId('print-preview');
    await preview.getByRole('switch').click();
    await preview.getByText('打印件将含完整的证件号码和手机号').waitFor();
    expect(await preview.locator('tbody').textContent()).toContain(active[0]!.docNumber);
    await preview.getByRole('switch').click();
    expect(await preview.locator('tbody').textContent()).not.toContain(active[0]!.docNumber);
    await preview.getByRole('button', { name: '关闭预览' }).click();
    await preview.waitFor({ state: 'detached' });
  });

  it('exports the listed members to xlsx, in full by default, and the blank template', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '导出' }).click();
    await page.getByRole('menuitem', { name: '导出名册（Excel）' }).click();
    const dialog = page.getByRole('dialog', { name: '导出会员名册（Excel）' });
    await dialog.getByText('导出的表格含未隐藏的证件号码或手机号').waitFor();
    await motionsDone(page);
    await screenshot(page, '36-export-dialog');
    const bytes = await downloadOf(page, () =>
      dialog.getByRole('button', { name: /^导\s*出$/ }).click(),
    );
    await page.getByText(`已导出 ${active.length} 名会员`).waitFor();
    const rows = sheetRows(bytes);
    expect(rows[0]![0]).toBe('杭州示例机械有限公司工会会员名册');
    expect(rows[1]![5]).toBe('证件号码*');
    expect(rows).toHaveLength(active.length + 2);
    const ids = new Set(rows.slice(2).map((row) => row[5]));
    for (const member of active) expect(ids.has(member.docNumber)).toBe(true);

    await settle(page);
    await page.getByRole('button', { name: '导出' }).click();
    const template = await downloadOf(page, () =>
      page.getByRole('menuitem', { name: '下载空白模板' }).click(),
    );
    const templateRows = sheetRows(template);
    expect(String(templateRows[0]![0])).toContain('填写说明');
    expect(templateRows[1]![0]).toBe('姓名*');
  });

  it('prints one member’s 会员登记表 on one A4 page', async () => {
    const { page } = session;
    await settle(page);
    await page.getByRole('searchbox', { name: '搜索会员' }).fill(HISTORY_NAME);
    await page.getByTestId('roster-table').getByRole('button', { name: HISTORY_NAME }).click();
    await page.getByRole('button', { name: '打印登记表' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.getByText('离岗读书，保留会籍').waitFor();
    await page.screenshot({ path: join(artifactsDir, '34-member-card-preview.png') });

    const pdf = join(artifactsDir, 'member-card.pdf');
    await printToPdf(page, pdf);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const member = data.members.find((m) => m.name === HISTORY_NAME)!;
    expect(pages[0]).toContain('工会会员登记表');
    expect(pages[0]).toContain(HISTORY_NAME);
    expect(pages[0]).toContain('学成回厂');
    expect(pages[0]).toContain('本人签名');
    expect(pages[0]).toContain(
      `${member.docNumber.slice(0, 6)}********${member.docNumber.slice(-4)}`,
    );
    expect(pages[0]).not.toContain(member.docNumber);
    expect(pages[0]).toMatch(footerText(1, 1));
    expect(pageImages(pdf, 'member-card')).toHaveLength(1);
    await preview.getByRole('button', { name: '关闭预览' }).click();
    await preview.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: '搜索会员' }).fill('');
  });

  it('shows the statistics with charts and exports them', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: '统计' }).click();
    await page.locator('[data-testid="chart-age"][data-ready="true"]').waitFor();
    await page.locator('[data-testid="chart-employment"][data-ready="true"]').waitFor();
    const year = Number(today.slice(0, 4));
    const byMember = new Map<string, MembershipEvent[]>();
    for (const event of data.events)
      byMember.set(event.memberId, [...(byMember.get(event.memberId) ?? []), event]);
    const expected = rosterStats(
      data.members.map((member) => ({ member, events: byMember.get(member.id) ?? [] })),
      { workforceTotal: 268, workforceWomen: 97, workforceMigrant: 121 },
      statisticsPeriod('calendar', year),
    );
    expect(await page.getByTestId('stats-on-roll').textContent()).toContain(
      String(expected.onRoll),
    );
    await motionsDone(page);
    await screenshot(page, '35-member-stats');

    const bytes = await downloadOf(page, () =>
      page.getByRole('button', { name: '导出统计表（Excel）' }).click(),
    );
    const rows = sheetRows(bytes);
    const value = (label: string) => rows.find((row) => row[0] === label)?.[1];
    expect(value('期末在册会员（会员人数）')).toBe(expected.onRoll);
    expect(value('合计减少（转出＋除名＋退会）')).toBe(expected.left);
  });

  it('raised no page errors (nor CSP violations)', () => {
    expect(errors).toEqual([]);
  });
});
