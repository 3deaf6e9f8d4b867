import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minuteHash } from '../shared/meetings/hash';
import type { AgendaItem, Meeting, MeetingAddendum, PersonRef } from '../shared/meetings/model';
import { makeMemberData, makeResidentId } from '../shared/members/fixtures';
import type { Member } from '../shared/members/model';
import { searchKeys } from '../shared/members/search';
import { openUnionSession } from './flows';
import { artifactsDir, type Session } from './harness';
import { footerText, pageImages, pdfPages, printToPdf } from './pdf';
import { seedStores } from './seed';

/**
 * Printing of minutes: a signed minute long enough for several A4 pages (14 agenda items, 60
 * names present) and the sign-in sheet of a planned meeting with 60 expected members, both made
 * into PDFs as the desktop app makes them, read back with pdftotext and rendered to page images
 * with pdftoppm for a person to look at.
 */

const UNION = '杭州示例机械有限公司工会委员会';
const MEMBER_COUNT = 60;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = ['建华', '秀兰', '志刚', '丽娟', '海波', '春燕', '国平', '晓东', '桂兰', '卫东'];
const DEPARTMENTS = ['金工车间', '装配车间', '质检部', '仓储物流部', '行政部'];

const ITEM_TITLES = [
  '审议工会委员会年度工作报告',
  '审议工会经费收支情况报告',
  '审议经费审查委员会工作报告',
  '讨论职工食堂改进方案',
  '讨论集体合同续签草案',
  '讨论女职工特殊权益保护专项集体合同',
  '审议厂务公开实施细则',
  '讨论农民工子女暑期托管服务',
  '审议困难职工帮扶资金使用办法',
  '讨论年度职工文体活动计划',
  '审议新会员入会申请',
  '讨论职工技能竞赛方案',
  '审议工会小组长述职报告',
  '讨论为职工办实事项目清单',
];
const TAGS = [
  '工作报告',
  '经费报告',
  '经费报告',
  '办实事',
  '集体协商',
  '集体协商',
  '会务公开',
  '农民工关爱',
  '办实事',
  '文体',
  '入会',
  '教育',
  '述职',
  '办实事',
];
const ADDENDUM_TEXT = '经核对原始表决票，第二项议程的弃权票应为 3 票，特此更正。';

type SeedMember = Member & { searchKeys: string };

/** 60 members on roll (no events: on roll since before any date), unique names. */
function members(): SeedMember[] {
  const now = new Date().toISOString();
  return Array.from({ length: MEMBER_COUNT }, (_, i) => {
    const birthDate = `${1970 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`;
    const sex = i % 3 === 0 ? 'female' : 'male';
    const data = makeMemberData({
      // 30 surnames × a given name that differs for i and i + 30: no name twice.
      name: `${SURNAMES[i % SURNAMES.length]!}${GIVEN[(i + Math.floor(i / SURNAMES.length) * 3) % GIVEN.length]!}`,
      sex,
      birthDate,
      docNumber: makeResidentId({ birthDate, sex, sequence: i }),
      department: DEPARTMENTS[i % DEPARTMENTS.length]!,
      memberNo: `HY${String(3000 + i).padStart(6, '0')}`,
    });
    const member: Member = {
      ...data,
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      status: 'active',
    };
    return { ...member, searchKeys: searchKeys(member) };
  });
}

function item(title: string, i: number): AgendaItem {
  const noVote = i % 5 === 3;
  return {
    id: `item-${i + 1}`,
    title,
    discussion: [
      '与会会员对本项议程进行了认真讨论。金工车间、装配车间、质检部的会员分别发言，肯定了过去一年的工作成效，同时指出了存在的不足：一是部分班组对相关制度的知晓率不高，二是一线职工反映问题的渠道还不够畅通，三是落实情况的跟踪和反馈不够及时。',
      '仓储物流部会员提出，应结合倒班职工的实际情况安排时间，并通过职工之家公告栏和企业微信群同步公开进展；行政部会员建议把职工意见的办理结果纳入每季度的工会委员会会议议程，做到件件有回音。',
      '主持人对讨论情况进行了归纳，请工会委员会根据大家的意见修改完善后执行，并在下次会议上报告落实情况。',
    ].join('\n'),
    tags: [TAGS[i]!],
    ...(noVote
      ? {}
      : {
          vote: {
            method: (['show', 'secret', 'roll'] as const)[i % 3]!,
            // Item 10 fails: 30 for is not more than half of 应到 64.
            for: i === 9 ? 30 : 55 - (i % 4),
            against: 2,
            abstain: 1 + (i % 3),
          },
        }),
    resolution: noVote ? '' : '会议同意本项议程的内容，由工会委员会组织实施。',
  };
}

/** A signed 会员大会 of 14 agenda items with 60 of 64 present, and one addendum. */
function longMinute(people: readonly PersonRef[]): {
  meeting: Meeting;
  addendum: MeetingAddendum;
} {
  const base: Meeting = {
    id: crypto.randomUUID(),
    createdAt: '2026-03-15T08:00:00.000Z',
    updatedAt: '2026-03-16T02:00:00.000Z',
    status: 'signed',
    type: 'memberCongress',
    title: '第二届会员大会第三次会议',
    term: 2,
    session: 3,
    date: '2026-03-15',
    startTime: '14:00',
    endTime: '17:30',
    place: '公司三楼大会议室',
    chair: { name: '王建国' },
    recorder: { name: '李秀英' },
    expected: { count: 64 },
    attendance: { mode: 'roster', present: [...people] },
    absentees: [
      { name: '欧阳明', reason: '出差' },
      { name: '司马青', reason: '病假' },
      { name: '上官云', reason: '产假' },
      { name: '诸葛亮亮', reason: '事假' },
    ],
    observers: ['公司党委副书记', '公司人力资源部经理', '区总工会联络员'],
    items: ITEM_TITLES.map(item),
    closing: '全体与会人员起立，高唱《国际歌》，会议圆满结束。',
    attachmentIds: [],
  };
  const signers = { chair: '王建国', recorder: '李秀英', signedOn: '2026-03-16' };
  const meeting: Meeting = {
    ...base,
    signature: {
      ...signers,
      signedAt: '2026-03-16T02:00:00.000Z',
      contentHash: minuteHash(base.id, base, signers),
    },
  };
  const addendum: MeetingAddendum = {
    id: crypto.randomUUID(),
    createdAt: '2026-03-20T01:00:00.000Z',
    updatedAt: '2026-03-20T01:00:00.000Z',
    meetingId: meeting.id,
    date: '2026-03-20',
    text: ADDENDUM_TEXT,
    author: '李秀英',
  };
  return { meeting, addendum };
}

/** A 会员大会 planned for later: nothing recorded yet, 应到 from the roster. */
function plannedMeeting(): Meeting {
  return {
    id: crypto.randomUUID(),
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    status: 'planned',
    type: 'memberCongress',
    title: '第二届会员大会第四次会议',
    term: 2,
    session: 4,
    date: '2026-12-18',
    startTime: '14:30',
    endTime: '16:30',
    place: '公司职工之家活动室',
    chair: { name: '王建国' },
    recorder: { name: '李秀英' },
    expected: { count: MEMBER_COUNT, proposed: MEMBER_COUNT },
    attendance: { mode: 'roster', present: [] },
    absentees: [],
    observers: [],
    items: [],
    closing: '',
    attachmentIds: [],
  };
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;
/** pdftotext -layout pads and may break lines; compare without any white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('printing minutes and sign-in sheets', () => {
  let session: Session;
  let errors: string[];
  const roster = members();
  const present = roster.map((m) => ({ memberId: m.id, name: m.name }));
  const { meeting, addendum } = longMinute(present);
  const planned = plannedMeeting();

  beforeAll(async () => {
    ({ session, errors } = await openUnionSession(UNION));
    await seedStores(session.page, {
      members: roster,
      meetings: [meeting, planned],
      meetingAddenda: [addendum],
    });
    await session.page.reload();
    await session.page.getByRole('menu').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('prints a signed minute of several pages: every item once, signatures, addendum, page count', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}#/meetings/${meeting.id}`);
    await page.getByRole('button', { name: '打印会议记录' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.getByText(ADDENDUM_TEXT).waitFor();
    expect(await preview.locator('h1').textContent()).toBe(meeting.title);
    expect(await preview.locator('.minute-item').count()).toBe(ITEM_TITLES.length);
    await page.screenshot({ path: join(artifactsDir, 'meetings-preview-minute.png') });

    const pdf = join(artifactsDir, 'meetings-minute.pdf');
    await printToPdf(page, pdf);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/,
    );
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      // The running head on every page, and "第 x 页 共 N 页" at the foot.
      expect(squeeze(text)).toContain(`${UNION}·${meeting.title}·会议记录`);
      expect(text).toMatch(footerText(i + 1, pages.length));
    });
    const all = squeeze(pages.join('\n'));
    for (const title of ITEM_TITLES) expect(occurrences(all, title)).toBe(1);
    for (const person of present) expect(occurrences(all, person.name)).toBe(1);
    expect(all).toContain('出席人员（60人）');
    expect(all).toContain('应到64人的2/3以上为43人，实到60人，符合法定人数，会议有效。');
    expect(all).toContain('结果：未通过。赞成30票，未超过应到64人的1/2（须至少33票）。');
    expect(occurrences(all, '结果：通过。')).toBe(10);
    expect(all).toContain('主持人（签名）：王建国');
    expect(all).toContain('记录人（签名）：李秀英');
    expect(all).toContain('日期：2026年3月16日');
    expect(all).toContain(`已签署锁定·内容校验码${meeting.signature!.contentHash.slice(0, 16)}`);
    // The addendum comes after the signed body, under its own heading.
    expect(all.indexOf('补充说明1·2026年3月20日·填写人：李秀英')).toBeGreaterThan(
      all.indexOf('记录人（签名）'),
    );
    expect(all).toContain(squeeze(ADDENDUM_TEXT));
    expect(pageImages(pdf, 'meetings-minute')).toHaveLength(pages.length);

    await preview.getByRole('button', { name: '关闭预览' }).click();
    await preview.waitFor({ state: 'detached' });
  });

  it('prints the sign-in sheet of a planned meeting: one row per expected member, header on every page', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}#/meetings/${planned.id}`);
    await page.getByRole('button', { name: '打印签到表' }).click();
    const preview = page.getByTestId('print-preview');
    await preview.locator('tbody tr').first().waitFor();
    expect(await preview.locator('h1').textContent()).toBe(`${planned.title}签到表`);
    // 60 members and 3 blank rows for late additions.
    expect(await preview.locator('tbody tr').count()).toBe(MEMBER_COUNT + 3);
    await page.screenshot({ path: join(artifactsDir, 'meetings-preview-sign-in.png') });

    const pdf = join(artifactsDir, 'meetings-sign-in.pdf');
    await printToPdf(page, pdf);
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => {
      expect(text).toMatch(/序号\s+姓名\s+部门\s+签名\s+备注/);
      expect(squeeze(text)).toContain(`${planned.title}·签到表`);
      expect(text).toMatch(footerText(i + 1, pages.length));
    });
    const all = pages.join('\n');
    for (const member of roster) {
      expect(occurrences(all, member.name)).toBe(1);
      // Name and department on one line: the row was not cut.
      expect(all).toMatch(new RegExp(`\\d+\\s+${member.name}\\s+${member.department}`));
    }
    expect(squeeze(all)).toContain('会议时间：2026年12月18日14:30—16:30');
    expect(squeeze(all)).toContain(`应到：${MEMBER_COUNT}人`);
    expect(pageImages(pdf, 'meetings-sign-in')).toHaveLength(pages.length);

    await preview.getByRole('button', { name: '关闭预览' }).click();
    await preview.waitFor({ state: 'detached' });
  });

  it('raised no page errors (nor CSP violations)', () => {
    expect(errors).toEqual([]);
  });
});
