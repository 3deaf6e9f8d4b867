import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../shared/assessment/record';
import type { LedgerEntry } from '../shared/ledger/model';
import { minuteHash } from '../shared/meetings/hash';
import type { AgendaItem, Meeting } from '../shared/meetings/model';
import { DEFAULT_STANDARD } from '../shared/standard/default-standard';
import { openUnionSession } from './flows';
import { artifactsDir, motionsDone, screenshot, settle, type Session } from './harness';
import { footerText, pageImages, pdfPages, printToPdf } from './pdf';
import { seedMember, seedStores } from './seed';

/**
 * The 工作台's 本年度概览 and the printed 自评表: from a seeded union (40 members, a signed 会员大会
 * that approved the work and funds reports, two committee meetings, a few ledger entries and a
 * saved draft that raised one score with a reason), the home page shows the meetings against
 * what the standard asks, the missing 会员评家 round, the score and band and what is missing;
 * the 自评表 printed from there is read back with pdftotext and rendered for a person to look at.
 */

const UNION = '杭州示例机械有限公司工会委员会';
const YEAR = new Date().getFullYear();
const MEMBERS = 40;
const NOTE_13 = '全年召开工会委员会会议 3 次，会员大会 1 次。';
const REASON_13 = '第三次委员会会议记录在纸质台账中，尚未录入系统';

const day = (monthDay: string) => `${YEAR}-${monthDay}`;
const stamp = (monthDay: string) => `${day(monthDay)}T02:00:00.000Z`;

function agendaItem(id: string, title: string, tags: string[], votes: number): AgendaItem {
  return {
    id,
    title,
    discussion: '与会会员进行了讨论。',
    tags,
    vote: { method: 'show', for: votes, against: 1, abstain: 1 },
    resolution: '会议同意。',
  };
}

function signed(base: Meeting, chair: string, recorder: string, signedOn: string): Meeting {
  const signers = { chair, recorder, signedOn };
  return {
    ...base,
    status: 'signed',
    signature: {
      ...signers,
      signedAt: `${signedOn}T02:00:00.000Z`,
      contentHash: minuteHash(base.id, base, signers),
    },
  };
}

function meeting(
  id: number,
  fields: Pick<Meeting, 'type' | 'title' | 'date' | 'expected' | 'attendance' | 'items'>,
): Meeting {
  return {
    id: `a55e0000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    createdAt: `${fields.date}T01:00:00.000Z`,
    updatedAt: `${fields.date}T01:00:00.000Z`,
    status: 'draft',
    place: '公司三楼会议室',
    chair: { name: '王建国' },
    recorder: { name: '李秀英' },
    absentees: [],
    observers: [],
    closing: '会议结束。',
    attachmentIds: [],
    ...fields,
  };
}

const congress = signed(
  meeting(1, {
    type: 'memberCongress',
    title: '第二届会员大会第三次会议',
    date: day('03-15'),
    expected: { count: MEMBERS, proposed: MEMBERS },
    attendance: { mode: 'counts', present: 36 },
    items: [
      agendaItem('i1', '审议工会委员会工作报告', ['工作报告', '述职'], 34),
      agendaItem('i2', '审议工会经费收支情况报告', ['经费报告'], 34),
    ],
  }),
  '王建国',
  '李秀英',
  day('03-16'),
);

const committees = [day('02-10'), day('06-12')].map((date, i) =>
  meeting(10 + i, {
    type: 'committee',
    title: `第二届工会委员会第${i === 0 ? '五' : '六'}次会议`,
    date,
    expected: { count: 7 },
    attendance: { mode: 'counts', present: 6 },
    items: [agendaItem('c1', '研究近期工作', [], 6)],
  }),
);

function ledger(
  id: number,
  date: string,
  title: string,
  tags: string[],
  area: string,
): LedgerEntry {
  return {
    id: `1ed90000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    createdAt: `${date}T03:00:00.000Z`,
    updatedAt: `${date}T03:00:00.000Z`,
    date,
    title,
    areas: [area as LedgerEntry['areas'][number]],
    tags,
    description: '',
    attachmentIds: [],
  };
}

const entries = [
  ledger(1, day('04-20'), '劳动美主题宣讲', ['教育'], 'area3'),
  ledger(2, day('05-18'), '道德讲堂', ['教育'], 'area3'),
  ledger(3, day('09-05'), '职工篮球赛', ['文体'], 'area3'),
  ledger(4, day('07-01'), '食堂改造', ['办实事'], 'area6'),
];

const draft: Assessment = {
  id: 'a55e5500-0000-4000-8000-000000000001',
  createdAt: stamp('11-01'),
  updatedAt: stamp('11-01'),
  year: YEAR,
  periodKind: 'calendar',
  revision: 1,
  status: 'draft',
  standard: {
    id: DEFAULT_STANDARD.id,
    version: DEFAULT_STANDARD.version,
    hash: DEFAULT_STANDARD.contentHash,
  },
  items: [{ itemId: '1.3', proposedTenths: 20, scoreTenths: 25, reason: REASON_13, note: NOTE_13 }],
};

/**
 * What the default standard proposes from these records: 1.3 committee 2 × 0.5 + congress 1 = 2
 * (raised to 2.5 in the draft), 1.7 IDs all valid 2, 1.8 union code 2, 3.1 教育 × 2 → 4,
 * 3.3 文体 × 1 → 1, 6.3 办实事 → 3, 7.1 述职 → 3.
 */
const EXPECTED_TOTAL = '17.5';

const squeeze = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('本年度概览 on the 工作台 and the printed 自评表', () => {
  let session: Session;
  let errors: string[];

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession(UNION));
    const roster = Array.from({ length: MEMBERS }, (_, i) =>
      seedMember(i + 1, { name: `会员${String(i + 1).padStart(2, '0')}` }),
    );
    await seedStores(session.page, {
      members: roster.map((r) => r.member),
      membershipEvents: roster.map((r) => r.event),
      meetings: [congress, ...committees],
      ledgerEntries: entries,
      assessments: [draft],
    });
    await session.page.reload();
    await session.page.getByRole('menu').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows this year’s meetings against the standard, the survey, the score and what is missing', async () => {
    const { page } = session;
    const overview = page.getByTestId('home-overview');
    await overview.waitFor();
    const congressRow = overview.locator('[data-meeting-types="memberCongress|repCongress"]');
    expect(squeeze((await congressRow.textContent()) ?? '')).toBe(
      squeeze('达标 会员大会或会员代表大会 已开 1 次 / 需 ≥ 1 次') +
        squeeze('到会人数符合规定；议题含「工作报告」「经费报告」；依据：1.3、G1'),
    );
    const committeeRow = overview.locator('[data-meeting-types="committee"]');
    expect(squeeze((await committeeRow.textContent()) ?? '')).toContain(
      squeeze('未达标 工会委员会会议 已开 2 次 / 需 ≥ 4 次'),
    );
    expect(await overview.getByTestId('home-overview-survey').textContent()).toContain(
      '本期尚未开展会员评家',
    );
    expect(squeeze((await overview.getByTestId('home-overview-total').textContent()) ?? '')).toBe(
      `自评得分${EXPECTED_TOTAL}/100`,
    );
    expect(await overview.getByTestId('home-overview-band').textContent()).toBe(
      '自评等级未达到合格',
    );
    await overview.getByText('草稿 · 第 1 版').waitFor();
    const missing = overview.getByTestId('home-overview-missing').locator('li');
    expect(await missing.count()).toBe(5);
    // G2 (no election) comes first, G3 (no 会员评家) next, each with a link to where it is fixed.
    expect(await missing.nth(0).textContent()).toMatch(
      /^G2 依法选举产生主席和委员会：.*去会议记录$/,
    );
    expect(
      await missing.nth(0).getByRole('link', { name: '去会议记录' }).getAttribute('href'),
    ).toBe('#/meetings');
    expect(await missing.nth(2).textContent()).toMatch(/^G3 开展会员评家：.*去会员评家$/);
    // The union card and the workforce counts are still there.
    await page.getByText('职工人数', { exact: true }).waitFor();
    await page.getByRole('link', { name: '修改基本信息' }).waitFor();
    await settle(page);
    await motionsDone(page);
    await screenshot(page, 'home-overview');
  });

  it('prints the 自评表 on A4 from the 工作台: every item once, blank 考核分, totals, signatures', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '打印自评表' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.locator('h1').waitFor();
    expect(await preview.locator('h1').textContent()).toBe(
      `${UNION}“双争”活动年度自评表（${YEAR}年度）`,
    );
    expect(await preview.locator('tr[data-item]').count()).toBe(DEFAULT_STANDARD.items.length);
    expect(await preview.getByTestId('assessment-print-total').textContent()).toBe(
      `${EXPECTED_TOTAL} 分`,
    );
    await page.screenshot({ path: join(artifactsDir, 'home-assessment-print-preview.png') });

    const pdf = join(artifactsDir, 'assessment-print.pdf');
    await printToPdf(page, pdf);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/,
    );
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => {
      expect(squeeze(text)).toContain(`${UNION}·${YEAR}年度“双争”活动自评表`);
      expect(text).toMatch(footerText(i + 1, pages.length));
    });
    // The score table's column heads repeat on each page it runs over.
    const withItems = pages.filter((text) =>
      DEFAULT_STANDARD.items.some((item) => squeeze(text).includes(squeeze(item.title))),
    );
    expect(withItems.length).toBeGreaterThanOrEqual(2);
    for (const text of withItems)
      expect(text).toMatch(/序号\s+评价内容\s+标准分\s+自评分\s+考核分\s+说明/);

    const all = squeeze(pages.join('\n'));
    // Titles wrap inside their cell; the raw (not laid-out) text keeps a cell's lines together.
    const raw = squeeze(pdfPages(pdf, false).join('\n'));
    for (const item of DEFAULT_STANDARD.items) {
      expect(occurrences(raw, `${item.id}${squeeze(item.title)}`), item.id).toBe(1);
    }
    for (const gate of DEFAULT_STANDARD.gates) expect(all).toContain(squeeze(gate.label));
    expect(all).toContain(`标准校验码：${DEFAULT_STANDARD.contentHash.slice(0, 16)}`);
    expect(all).toContain(`考核期间：${YEAR}年1月1日至${YEAR}年12月31日`);
    expect(raw).toContain(squeeze(NOTE_13));
    expect(raw).toContain(squeeze(`高于系统建议分（2 分）的依据：${REASON_13}`));
    expect(all).toContain(`合计100${EXPECTED_TOTAL}`);
    expect(all).toContain(`自评总分${EXPECTED_TOTAL}分自评等级未达到合格`);
    expect(all).toContain('考核总分考核等级');
    expect(all).toContain('工会主席（签字）：');
    expect(all).toContain('单位（盖章）：');
    expect(all).toContain('考核单位（盖章）：');
    expect(all).toContain('考核人（签字）：');
    // The 1.3 row: 标准分 3, 自评分 2.5, 考核分 blank, then the clerk's note.
    const plain = pdfPages(pdf).join('\n');
    expect(plain).toMatch(/1\.3\s+定期召开工会委员会会议[^\n]*\s+3\s+2\.5\s+全年召开/);
    expect(pageImages(pdf, 'assessment-print')).toHaveLength(pages.length);

    await preview.getByRole('button', { name: '关闭预览' }).click();
    await preview.waitFor({ state: 'detached' });
  });

  it('raised no page errors (nor CSP violations)', () => {
    expect(errors).toEqual([]);
  });
});
