import { sha256Hex } from '../format/canonical-json';
import type {
  AssessmentFacts,
  LedgerFacts,
  MinuteFacts,
  ProfileFacts,
  RosterFacts,
  SurveyFacts,
} from './facts';

/**
 * Builders of assessment facts for tests: `makeFacts` gives a union of 200 workers and 185
 * members in calendar year 2026 with no minutes, ledger or surveys; override what a test needs.
 * `makeExemplaryFacts` gives one that earns every point the default standard can propose.
 * Not used by the app itself.
 */

export interface FactsOverrides {
  period?: Partial<AssessmentFacts['period']>;
  profile?: Partial<ProfileFacts>;
  roster?: Partial<RosterFacts>;
  minutes?: MinuteFacts[];
  ledger?: LedgerFacts[];
  surveys?: SurveyFacts[];
}

export function makeFacts(overrides: FactsOverrides = {}): AssessmentFacts {
  return {
    period: { start: '2026-01-01', end: '2026-12-31', year: 2026, ...overrides.period },
    profile: {
      creditCode: '81110000MC1234567X',
      creditCodeUnionValid: true,
      workforceTotal: 200,
      workforceWomen: 80,
      workforceMigrant: 50,
      ...overrides.profile,
    },
    roster: {
      onRoll: 185,
      womenOnRoll: 74,
      migrantOnRoll: 45,
      validIds: 185,
      joinsInPeriod: 12,
      leavesInPeriod: 3,
      hardshipOnRoll: 4,
      representativesOnRoll: 30,
      ...overrides.roster,
    },
    minutes: overrides.minutes ?? [],
    ledger: overrides.ledger ?? [],
    surveys: overrides.surveys ?? [],
  };
}

let counter = 0;
const nextId = (prefix: string) => {
  counter += 1;
  return `${prefix}-${counter}`;
};

/** A signed 工会委员会会议 minute with a met quorum on 2026-03-15; override the rest. */
export function makeMinute(overrides: Partial<MinuteFacts> = {}): MinuteFacts {
  const tags = overrides.tags ?? [];
  return {
    id: nextId('minute'),
    title: '工会委员会会议',
    date: '2026-03-15',
    type: 'committee',
    signed: true,
    quorumOk: true,
    tags,
    passedTags: overrides.passedTags ?? tags,
    attachmentCount: 0,
    ...overrides,
  };
}

/** A ledger entry of area1 on 2026-05-10 without tags or attachments; override the rest. */
export function makeLedgerEntry(overrides: Partial<LedgerFacts> = {}): LedgerFacts {
  return {
    id: nextId('ledger'),
    title: '工作台账',
    date: '2026-05-10',
    areas: ['area1'],
    tags: [],
    attachments: [],
    ...overrides,
  };
}

/** An attachment of a ledger entry, with a made-up (but well-formed) hash. */
export function makeAttachment(name = '照片.jpg'): LedgerFacts['attachments'][number] {
  const id = nextId('attachment');
  return { id, name, sha256: sha256Hex(id) };
}

/**
 * A 会员评家 round on 2026-11-20: 150 valid ballots of 185 members, 5 questions (750 slots),
 * 600 满意 + 100 基本满意 (93.3 %), strict 80 %.
 */
export function makeSurvey(overrides: Partial<SurveyFacts> = {}): SurveyFacts {
  return {
    id: nextId('survey'),
    kind: 'union',
    title: '2026 年度会员评家',
    date: '2026-11-20',
    distributed: 170,
    returned: 155,
    valid: 150,
    membersOnRoll: 185,
    satisfied: 600,
    basic: 100,
    unsatisfied: 40,
    unknown: 10,
    answers: 750,
    slots: 750,
    ...overrides,
  };
}

/** A union that earns every point the default standard can propose, and passes G1–G4. */
export function makeExemplaryFacts(overrides: FactsOverrides = {}): AssessmentFacts {
  const withFile = (tags: string[], title: string, area: LedgerFacts['areas'][number]) =>
    makeLedgerEntry({ title, tags, areas: [area], attachments: [makeAttachment(`${title}.pdf`)] });
  return makeFacts({
    roster: { onRoll: 190, migrantOnRoll: 48, validIds: 190 },
    minutes: [
      makeMinute({
        title: '第二届会员代表大会第一次会议',
        type: 'repCongress',
        date: '2024-04-20',
        tags: ['选举'],
        attachmentCount: 1,
      }),
      makeMinute({
        title: '第二届会员代表大会第三次会议',
        type: 'repCongress',
        date: '2026-03-15',
        tags: ['工作报告', '经费报告', '述职', '会务公开'],
      }),
      ...['2026-02-10', '2026-05-12', '2026-08-11', '2026-11-10'].map((date) =>
        makeMinute({ date, tags: date === '2026-05-12' ? ['集体协商'] : [] }),
      ),
      makeMinute({ title: '经费审查委员会会议', type: 'fundsReview', date: '2026-06-01' }),
      makeMinute({ title: '女职工委员会会议', type: 'womenCommittee', date: '2026-03-08' }),
      makeMinute({ title: '职工代表大会', type: 'workersCongress', date: '2026-04-18' }),
    ],
    ledger: [
      withFile(['会务公开'], '工会会务公开栏', 'area1'),
      withFile(['经费审查'], '经费审查报告', 'area1'),
      withFile(['职工之家'], '职工之家活动室', 'area1'),
      makeLedgerEntry({ title: '新会员入会仪式', tags: ['入会'], areas: ['area2'] }),
      makeLedgerEntry({ title: '春节返乡车票', tags: ['农民工关爱'], areas: ['area2'] }),
      makeLedgerEntry({ title: '农民工子女暑期托管', tags: ['农民工关爱'], areas: ['area2'] }),
      makeLedgerEntry({ title: '劳动美主题宣讲', tags: ['教育'], areas: ['area3'] }),
      makeLedgerEntry({ title: '道德讲堂', tags: ['教育'], areas: ['area3'] }),
      withFile(['培训'], '叉车技能培训', 'area3'),
      withFile(['书屋'], '职工书屋读书会', 'area3'),
      ...['篮球赛', '拔河比赛', '歌咏比赛', '健步走'].map((title) =>
        makeLedgerEntry({ title, tags: ['文体'], areas: ['area3'] }),
      ),
      { ...withFile(['劳动竞赛'], '岗位技能比武', 'area4'), participants: 170 },
      withFile(['合理化建议'], '合理化建议登记簿', 'area4'),
      withFile(['劳模'], '劳模事迹宣传', 'area4'),
      withFile(['集体合同'], '集体合同备案回执', 'area5'),
      makeLedgerEntry({ title: '厂务公开栏更新', tags: ['厂务公开'], areas: ['area5'] }),
      makeLedgerEntry({ title: '夏季防暑检查', tags: ['劳动保护'], areas: ['area5'] }),
      makeLedgerEntry({ title: '女职工健康体检', tags: ['女职工'], areas: ['area5'] }),
      makeLedgerEntry({ title: '劳动争议调解', tags: ['劳动争议调解'], areas: ['area5'] }),
      withFile(['维权'], '维权个案台账', 'area5'),
      withFile(['服务站'], '职工服务站开放时间', 'area6'),
      withFile(['送温暖'], '春节送温暖', 'area6'),
      makeLedgerEntry({ title: '食堂改造', tags: ['办实事'], areas: ['area6'] }),
      withFile(['互助保障'], '职工互助保障', 'area6'),
    ],
    surveys: [
      makeSurvey({ satisfied: 700, basic: 20, unsatisfied: 25, unknown: 5, valid: 160 }),
      makeSurvey({ kind: 'cadre', title: '2026 年度评议工会干部', satisfied: 650, basic: 50 }),
    ],
    ...overrides,
  });
}
