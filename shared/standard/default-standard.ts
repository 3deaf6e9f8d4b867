import type { CountScoring, EvidenceRule, Standard, StandardContent } from './model';
import { validateStandard } from './validate';

/**
 * The default 双争 self-assessment standard, v1 (standard-draft.md §9): 100 points = 1000 tenths,
 * seven areas plus member satisfaction, gates G1–G5 and three bands. Data, validated by the same
 * schema as an imported file; default-standard.test.ts pins its hash, so any edit — even a comma
 * in a title — shows up as a new hash and must come with a new `version`.
 *
 * Choices the draft leaves open, made here and visible to the clerk in each explanation:
 * - "12 m" is the assessment period (calendar or Oct–Sep year); an election counts for 5 years
 *   (the longest term) because the facts cannot tell the term the congress set.
 * - A (attached document) items look for ledger entries (or minutes) with an attachment and one
 *   of the named tags; tags that are not among the standard tags (职工之家, 书屋, 劳模 …) are
 *   typed by the user, and "还差什么" names them.
 * - D (declaration) items and what no record shows are `manual`: proposed 0, scored by the clerk.
 *
 * 2026.2 adds the 会员评家 ballot's items (`surveyItems`), the same list as
 * shared/surveys/defaults.ts; scoring is unchanged from 2026.1.
 */

const atLeastOne = (tenths: number): CountScoring => ({
  mode: 'bands',
  bands: [{ min: 1, tenths }],
});

const minutes = (
  filter: Extract<EvidenceRule, { kind: 'minuteCount' }>['filter'],
  scoring: CountScoring,
): EvidenceRule => ({ kind: 'minuteCount', filter, scoring });

const activities = (anyTags: string[], scoring: CountScoring): EvidenceRule => ({
  kind: 'activityCount',
  anyTags,
  scoring,
});

const attached = (anyTags: string[], tenths: number, document?: string): EvidenceRule => ({
  kind: 'attachmentPresent',
  filter: { anyTags, ...(document ? { document } : {}) },
  scoring: atLeastOne(tenths),
});

const CONGRESS = ['memberCongress', 'repCongress'];
const ELECTION_YEARS = 5;

export const DEFAULT_STANDARD_CONTENT: StandardContent = {
  format: 1,
  id: 'shuangzheng-default',
  version: '2026.2',
  name: '基层工会“双争”活动自评标准（默认）',
  totalTenths: 1000,
  areas: [
    { id: 'area1', label: '依法规范建会', shortLabel: '规范建会', pointsTenths: 200 },
    { id: 'area2', label: '组织服务农民工', shortLabel: '服务农民工', pointsTenths: 100 },
    { id: 'area3', label: '教育引导职工群众', shortLabel: '教育引导', pointsTenths: 100 },
    { id: 'area4', label: '团结动员职工建功立业', shortLabel: '建功立业', pointsTenths: 100 },
    { id: 'area5', label: '维护职工合法权益', shortLabel: '维护权益', pointsTenths: 200 },
    { id: 'area6', label: '服务职工群众', shortLabel: '服务职工', pointsTenths: 150 },
    {
      id: 'area7',
      label: '绝对忠诚党的事业、竭诚服务职工群众',
      shortLabel: '忠诚竭诚',
      pointsTenths: 50,
    },
    { id: 'satisfaction', label: '会员满意度', shortLabel: '会员满意', pointsTenths: 100 },
  ],
  items: [
    {
      id: '1.1',
      area: 'area1',
      title: '依法选举工会主席，任期有效',
      pointsTenths: 30,
      evidence: 'M（选举会议记录，到会人数符合规定）+ A（上级工会批复）',
      rule: {
        kind: 'sum',
        parts: [
          minutes(
            { anyTags: ['选举'], quorumOk: true, withinYears: ELECTION_YEARS },
            atLeastOne(20),
          ),
          {
            kind: 'attachmentPresent',
            filter: {
              anyTags: ['选举'],
              includeMinutes: true,
              withinYears: ELECTION_YEARS,
              document: '上级工会批复',
            },
            scoring: atLeastOne(10),
          },
        ],
      },
      gate: ['G2'],
    },
    {
      id: '1.2',
      area: 'area1',
      title:
        '组织机构健全：工会委员会、经费审查委员会、女职工委员会（女职工不足 10 人的设女职工委员）、工会小组',
      pointsTenths: 30,
      evidence: '名册中的职务；A（任命文件）',
      rule: {
        kind: 'sum',
        parts: [
          minutes({ types: ['fundsReview'] }, atLeastOne(10)),
          minutes({ types: ['womenCommittee'] }, atLeastOne(10)),
          { kind: 'manual', hint: '工会小组设置和任命文件' },
        ],
      },
    },
    {
      id: '1.3',
      area: 'area1',
      title: '定期召开工会委员会会议（每年不少于 4 次），每年召开会员（代表）大会',
      pointsTenths: 30,
      evidence: 'M（委员会会议次数）；G1',
      rule: {
        kind: 'sum',
        parts: [
          minutes({ types: ['committee'] }, { mode: 'each', eachTenths: 5, capTenths: 20 }),
          minutes({ types: CONGRESS, quorumOk: true }, atLeastOne(10)),
        ],
      },
      gate: ['G1'],
    },
    {
      id: '1.4',
      area: 'area1',
      title: '会务公开，落实会员知情权、参与权、表达权、监督权',
      pointsTenths: 20,
      evidence: 'M（议题标签“会务公开”）+ A（公开的照片或通知）',
      rule: {
        kind: 'sum',
        parts: [
          minutes({ anyTags: ['会务公开'] }, atLeastOne(10)),
          attached(['会务公开'], 10, '公开的照片或通知'),
        ],
      },
    },
    {
      id: '1.5',
      area: 'area1',
      title: '经费独立管理：按 2% 足额拨缴、独立账户、预决算、经费审查',
      pointsTenths: 30,
      evidence: 'A（银行证明、审查报告）；M（经审会会议）',
      rule: {
        kind: 'sum',
        parts: [
          minutes({ types: ['fundsReview'] }, atLeastOne(10)),
          attached(['经费审查', '经费报告'], 20, '银行证明或经费审查报告'),
        ],
      },
    },
    {
      id: '1.6',
      area: 'area1',
      title: '有活动阵地：职工之家活动室、公开栏、网上工作群',
      pointsTenths: 20,
      evidence: 'A（照片）',
      rule: attached(['职工之家', '阵地建设'], 20, '阵地照片'),
    },
    {
      id: '1.7',
      area: 'area1',
      title: '会员实名制管理：身份信息准确、会籍变化有记录、发放会员证',
      pointsTenths: 20,
      evidence: 'R（证件号码校验通过的比例）',
      rule: {
        kind: 'rosterRate',
        rate: 'validIds',
        bands: [
          { minPercent: 100, tenths: 20 },
          { minPercent: 95, tenths: 10 },
        ],
      },
    },
    {
      id: '1.8',
      area: 'area1',
      title: '取得工会法人资格证书（统一社会信用代码以 81 开头且有效）',
      pointsTenths: 20,
      evidence: '单位信息（统一社会信用代码）',
      rule: { kind: 'profileCheck', check: 'unionCreditCode', tenths: 20 },
    },
    {
      id: '2.1',
      area: 'area2',
      title: '农民工入会率',
      pointsTenths: 40,
      evidence: 'R（农民工会员 ÷ 农民工）',
      rule: {
        kind: 'rosterRate',
        rate: 'migrantMembership',
        bands: [
          { minPercent: 90, tenths: 40 },
          { minPercent: 80, tenths: 30 },
          { minPercent: 70, tenths: 20 },
        ],
      },
    },
    {
      id: '2.2',
      area: 'area2',
      title: '新入职、劳务派遣职工入会：举行入会仪式，做到入职即入会',
      pointsTenths: 20,
      evidence: 'M（标签“入会”）；R（本期入会人数）',
      rule: {
        kind: 'sum',
        parts: [
          activities(['入会'], atLeastOne(10)),
          { kind: 'rosterCount', count: 'joinsInPeriod', scoring: atLeastOne(10) },
        ],
      },
    },
    {
      id: '2.3',
      area: 'area2',
      title: '关爱农民工：春节返乡车票、子女暑期托管、法律援助等',
      pointsTenths: 40,
      evidence: 'M/A（标签“农民工关爱”，≥ 2 项得 4 分）',
      rule: activities(['农民工关爱'], { mode: 'bands', bands: [{ min: 2, tenths: 40 }] }),
    },
    {
      id: '3.1',
      area: 'area3',
      title: '开展“四德”、中国梦·劳动美、社会主义核心价值观教育',
      pointsTenths: 40,
      evidence: 'M/A（标签“教育”，≥ 2 项得 4 分）',
      rule: activities(['教育'], { mode: 'bands', bands: [{ min: 2, tenths: 40 }] }),
    },
    {
      id: '3.2',
      area: 'area3',
      title: '技能培训和职工书屋（阅读角）',
      pointsTenths: 30,
      evidence: 'A（培训名单、学时）',
      rule: {
        kind: 'attachmentPresent',
        filter: { anyTags: ['培训', '书屋'], document: '培训名单或学时记录' },
        scoring: {
          mode: 'bands',
          bands: [
            { min: 1, tenths: 20 },
            { min: 2, tenths: 30 },
          ],
        },
      },
    },
    {
      id: '3.3',
      area: 'area3',
      title: '开展文体活动（每年不少于 4 次）',
      pointsTenths: 30,
      evidence: 'M/A（标签“文体”）',
      rule: activities(['文体'], {
        mode: 'bands',
        bands: [
          { min: 4, tenths: 30 },
          { min: 2, tenths: 20 },
          { min: 1, tenths: 10 },
        ],
      }),
    },
    {
      id: '4.1',
      area: 'area4',
      title: '组织劳动竞赛，有方案，职工参与率 ≥ 80%',
      pointsTenths: 40,
      evidence: 'A（竞赛方案、结果）；参加人数',
      rule: {
        kind: 'sum',
        parts: [
          attached(['劳动竞赛'], 20, '竞赛方案或结果'),
          {
            kind: 'ledgerParticipation',
            anyTags: ['劳动竞赛'],
            of: 'workforce',
            bands: [{ minPercent: 80, tenths: 20 }],
          },
        ],
      },
    },
    {
      id: '4.2',
      area: 'area4',
      title: '开展技术革新、合理化建议、小发明小创造，建议有收集、有采纳',
      pointsTenths: 40,
      evidence: 'A（合理化建议簿）',
      rule: attached(['合理化建议'], 40, '合理化建议登记簿'),
    },
    {
      id: '4.3',
      area: 'area4',
      title: '选树宣传劳动模范和工匠',
      pointsTenths: 20,
      evidence: 'A',
      rule: attached(['劳模', '工匠'], 20, '选树宣传材料'),
    },
    {
      id: '5.1',
      area: 'area5',
      title: '劳动合同签订率 ≥ 95%',
      pointsTenths: 40,
      evidence: 'D + A（人事部门的数据）',
      rule: { kind: 'manual', hint: '人事部门提供的劳动合同签订率和主席签署的声明' },
    },
    {
      id: '5.2',
      area: 'area5',
      title: '集体合同（及工资、女职工专项集体合同）有效，每年开展集体协商',
      pointsTenths: 50,
      evidence: 'A（合同文本、备案回执）；M（标签“集体协商”）',
      rule: {
        kind: 'sum',
        parts: [
          minutes({ anyTags: ['集体协商'] }, atLeastOne(20)),
          attached(['集体协商', '集体合同'], 30, '集体合同文本或备案回执'),
        ],
      },
    },
    {
      id: '5.3',
      area: 'area5',
      title: '依法每年召开职工代表大会或职工大会',
      pointsTenths: 50,
      evidence: 'M（职代会，到会人数符合规定）',
      rule: minutes({ types: ['workersCongress'], quorumOk: true }, atLeastOne(50)),
    },
    {
      id: '5.4',
      area: 'area5',
      title: '厂务公开、劳动保护、女职工特殊保护、劳动争议调解工作落实',
      pointsTenths: 40,
      evidence: 'A / M（各项标签，每项 1 分）',
      rule: {
        kind: 'activityCount',
        anyTags: ['厂务公开', '劳动保护', '女职工', '劳动争议调解'],
        countBy: 'tags',
        scoring: { mode: 'each', eachTenths: 10, capTenths: 40 },
      },
    },
    {
      id: '5.5',
      area: 'area5',
      title: '维权个案有处理、有记录',
      pointsTenths: 20,
      evidence: 'A（个案台账，只报数量）',
      rule: attached(['维权'], 20, '维权个案记录'),
    },
    {
      id: '6.1',
      area: 'area6',
      title: '会、站、家一体化：职工服务站或职工之家开放并公示时间',
      pointsTenths: 40,
      evidence: 'A',
      rule: attached(['服务站'], 40, '服务站开放时间公示照片'),
    },
    {
      id: '6.2',
      area: 'area6',
      title: '困难职工建档帮扶，开展送温暖活动',
      pointsTenths: 50,
      evidence: 'R（困难职工人数）+ A',
      rule: {
        kind: 'sum',
        parts: [
          { kind: 'rosterCount', count: 'hardshipOnRoll', scoring: atLeastOne(20) },
          attached(['送温暖'], 30, '慰问记录或照片'),
        ],
      },
    },
    {
      id: '6.3',
      area: 'area6',
      title: '回应会员关切，为职工办实事',
      pointsTenths: 30,
      evidence: 'M（标签“办实事”）',
      rule: activities(['办实事'], atLeastOne(30)),
    },
    {
      id: '6.4',
      area: 'area6',
      title: '健康服务、互助保障和普惠性会员服务',
      pointsTenths: 30,
      evidence: 'A',
      rule: attached(['互助保障', '普惠服务'], 30, '服务记录'),
    },
    {
      id: '7.1',
      area: 'area7',
      title: '工会干部加强学习、转变作风，主席向会员述职',
      pointsTenths: 30,
      evidence: 'M（标签“述职”）',
      rule: minutes({ anyTags: ['述职'] }, atLeastOne(30)),
    },
    {
      id: '7.2',
      area: 'area7',
      title: '会员评议工会干部满意率 ≥ 80%',
      pointsTenths: 20,
      evidence: 'S（评议工会干部）',
      rule: {
        kind: 'surveyRate',
        survey: 'cadre',
        indicator: 'satisfaction',
        bands: [{ minPercent: 80, tenths: 20 }],
      },
    },
    {
      id: '8.1',
      area: 'satisfaction',
      title: '会员评家总体满意率',
      pointsTenths: 70,
      evidence: 'S（（满意 + 基本满意）÷ 有效票）',
      rule: {
        kind: 'surveyRate',
        survey: 'union',
        indicator: 'satisfaction',
        bands: [
          { minPercent: 95, tenths: 70 },
          { minPercent: 90, tenths: 60 },
          { minPercent: 85, tenths: 40 },
          { minPercent: 80, tenths: 20 },
        ],
      },
    },
    {
      id: '8.2',
      area: 'satisfaction',
      title: '会员评家参与率',
      pointsTenths: 30,
      evidence: 'S（有效票 ÷ 在册会员）',
      rule: {
        kind: 'surveyRate',
        survey: 'union',
        indicator: 'participation',
        bands: [
          { minPercent: 80, tenths: 30 },
          { minPercent: 70, tenths: 20 },
          { minPercent: 60, tenths: 10 },
        ],
      },
      gate: ['G3'],
    },
  ],
  gates: [
    {
      id: 'G1',
      label: '召开会员（代表）大会',
      description:
        '本期召开会员大会或会员代表大会，实到 ≥ 2/3 应到，审议工作报告和经费收支情况报告。',
      condition: {
        kind: 'minuteExists',
        filter: { types: CONGRESS, quorumOk: true, allTags: ['工作报告', '经费报告'] },
      },
    },
    {
      id: 'G2',
      label: '依法选举产生主席和委员会',
      description:
        '由会员（代表）大会选举产生，选举会议到会人数符合规定，任期未满，附上级工会批复。',
      condition: {
        kind: 'all',
        conditions: [
          {
            kind: 'minuteExists',
            filter: { anyTags: ['选举'], quorumOk: true, withinYears: ELECTION_YEARS },
          },
          {
            kind: 'attachmentExists',
            filter: {
              anyTags: ['选举'],
              includeMinutes: true,
              withinYears: ELECTION_YEARS,
              document: '上级工会批复',
            },
          },
        ],
      },
    },
    {
      id: 'G3',
      label: '开展会员评家',
      description: '本期开展会员评家，参与率 ≥ 在册会员的 60%。',
      condition: {
        kind: 'surveyRate',
        survey: 'union',
        indicator: 'participation',
        minPercent: 60,
      },
    },
    {
      id: 'G4',
      label: '入会率和满意率均 ≥ 90%（申报模范）',
      description: '仅申报模范时要求：入会率 ≥ 90% 且会员评家总体满意率 ≥ 90%。',
      condition: {
        kind: 'all',
        conditions: [
          { kind: 'rosterRate', rate: 'membership', minPercent: 90 },
          { kind: 'surveyRate', survey: 'union', indicator: 'satisfaction', minPercent: 90 },
        ],
      },
    },
    {
      id: 'G5',
      label: '无严重违规',
      description:
        '本期无挪用工会经费等违规行为，无因工会不作为引发且未解决的群体性劳动争议（主席签署声明）。',
      condition: {
        kind: 'declaration',
        text: '本期无违规使用工会经费，无因工会不作为引发且未解决的群体性劳动争议',
      },
    },
  ],
  bands: [
    { id: 'qualified', label: '合格', minTotalTenths: 700, requiredGates: ['G1', 'G2', 'G3'] },
    { id: 'advanced', label: '先进', minTotalTenths: 800, requiredGates: ['G1', 'G2', 'G3'] },
    {
      id: 'model',
      label: '可申报模范',
      minTotalTenths: 900,
      requiredGates: ['G1', 'G2', 'G3', 'G4', 'G5'],
    },
  ],
  // The 会员评家 ballot: the campaign's areas of work and the methods it names (DOMAIN.md §1).
  surveyItems: [
    { id: 'organisation', text: '工会组织建设（依法建会、按期换届、会员大会制度）' },
    { id: 'rights', text: '维护职工合法权益（劳动合同、集体合同、劳动保护）' },
    { id: 'democracy', text: '民主管理（职代会、厂务公开、合理化建议）' },
    { id: 'openness', text: '会务公开（经费收支、重大事项向会员公开）' },
    { id: 'service', text: '服务职工（困难帮扶、送温暖、为职工办实事）' },
    { id: 'culture', text: '职工文化和技能提升（文体活动、培训、劳动竞赛）' },
    { id: 'conduct', text: '工会干部作风（联系职工、办事公道、廉洁自律）' },
  ],
};

function load(): Standard {
  const result = validateStandard(DEFAULT_STANDARD_CONTENT);
  // The shipped data is checked by its test; failing here means a broken build, not user input.
  if (!result.ok) throw new Error(`default standard invalid: ${result.problems.join('; ')}`);
  return result.standard;
}

/** The default standard with its content hash. */
export const DEFAULT_STANDARD: Standard = load();
