import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../campaign/areas';
import { DEFAULT_SURVEY_ITEMS } from '../surveys/defaults';
import { DEFAULT_STANDARD, DEFAULT_STANDARD_CONTENT } from './default-standard';
import type { StandardContent } from './model';
import { ruleMaxTenths } from './rule-max';
import { parseStandardFile, standardHash, validateStandard } from './validate';

/** The default standard's hash: a change to its content must come with a new version. */
const DEFAULT_HASH = '7c26e5f3ca9ebc4fadc23c4e437bb811130f30d8d9b7f083f6369ca055fc0457';

const clone = (): StandardContent => structuredClone(DEFAULT_STANDARD_CONTENT);

function refused(value: unknown): { message: string; problems: string[] } {
  const result = validateStandard(value);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('the default standard', () => {
  it('passes the schema an imported file must pass, and its hash is pinned', () => {
    const result = validateStandard(DEFAULT_STANDARD_CONTENT);
    expect(result.ok).toBe(true);
    expect(DEFAULT_STANDARD.contentHash).toBe(DEFAULT_HASH);
    expect(DEFAULT_STANDARD).toMatchObject({ id: 'shuangzheng-default', version: '2026.2' });
  });

  it('is 100 points over the seven areas and member satisfaction, as standard-draft.md', () => {
    expect(DEFAULT_STANDARD.totalTenths).toBe(1000);
    expect(DEFAULT_STANDARD.areas.map((a) => [a.id, a.pointsTenths])).toEqual([
      ['area1', 200],
      ['area2', 100],
      ['area3', 100],
      ['area4', 100],
      ['area5', 200],
      ['area6', 150],
      ['area7', 50],
      ['satisfaction', 100],
    ]);
    for (const id of AREA_IDS) expect(DEFAULT_STANDARD.areas.some((a) => a.id === id)).toBe(true);
    expect(DEFAULT_STANDARD.items).toHaveLength(30);
    expect(DEFAULT_STANDARD.gates.map((g) => g.id)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
    expect(DEFAULT_STANDARD.bands.map((b) => [b.label, b.minTotalTenths])).toEqual([
      ['合格', 700],
      ['先进', 800],
      ['可申报模范', 900],
    ]);
  });

  it('lets every item reach its full points through its rule', () => {
    for (const item of DEFAULT_STANDARD.items) {
      expect([item.id, ruleMaxTenths(item.rule, item.pointsTenths)]).toEqual([
        item.id,
        item.pointsTenths,
      ]);
    }
  });

  it('prescribes the default 会员评家 items for the ballot', () => {
    expect(DEFAULT_STANDARD.surveyItems).toEqual(
      DEFAULT_SURVEY_ITEMS.map((item) => ({ id: item.id, text: item.title })),
    );
  });

  it('round-trips through a JSON file, with or without its stated hash', () => {
    const text = JSON.stringify(DEFAULT_STANDARD, null, 2);
    const result = parseStandardFile('\uFEFF' + text);
    expect(result.ok && result.standard.contentHash).toBe(DEFAULT_HASH);
    expect(standardHash(DEFAULT_STANDARD)).toBe(DEFAULT_HASH);
  });
});

describe('refusing a bad standard file', () => {
  it('refuses text that is not JSON', () => {
    const result = parseStandardFile('{"format": 1, "id": ');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^评分标准文件有误，未导入：文件不是有效的 JSON/);
  });

  it('refuses a wrong shape with the place and a Chinese reason', () => {
    expect(refused(42).message).toContain('文件：应为对象');
    const noItems = clone() as Partial<StandardContent>;
    delete noItems.items;
    expect(refused(noItems).problems).toContain('items：缺少此项');

    const fractional = clone();
    fractional.items[2]!.pointsTenths = 2.5;
    expect(refused(fractional).problems[0]).toBe(
      'items[2]（1.3）.pointsTenths：应为整数（分值以 0.1 分为单位，例如 3 分写作 30）',
    );

    const typo = clone() as unknown as { items: { rule: Record<string, unknown> }[] };
    typo.items[7]!.rule.tenth = 20;
    expect(refused(typo).problems[0]).toBe('items[7]（1.8）.rule：无法识别的字段：tenth');
  });

  it('refuses an evidence rule or gate kind the engine does not know', () => {
    const unknown = clone() as unknown as { items: { rule: unknown }[] };
    unknown.items[0]!.rule = { kind: 'photoCount', min: 3 };
    const { problems, message } = refused(unknown);
    expect(problems[0]).toMatch(/^items\[0\]（1\.1）\.rule\.kind：未知的评分规则类型“photoCount”/);
    expect(message).toContain('rosterRate');

    const gate = clone() as unknown as { gates: { condition: unknown }[] };
    gate.gates[4]!.condition = { kind: 'oath' };
    expect(refused(gate).problems[0]).toMatch(
      /^gates\[4\]（G5）\.condition\.kind：未知的必备条件类型“oath”/,
    );
  });

  it("refuses items whose points do not add up to their area's, with the numbers", () => {
    const standard = clone();
    standard.items[0]!.pointsTenths = 20;
    const rule = standard.items[0]!.rule;
    if (rule.kind === 'sum' && rule.parts[0]?.kind === 'minuteCount') {
      rule.parts[0].scoring = { mode: 'bands', bands: [{ min: 1, tenths: 10 }] };
    }
    expect(refused(standard).problems).toEqual([
      '领域“area1 依法规范建会”各评分项合计 19 分，与该领域分值 20 分不符',
    ]);
  });

  it('refuses areas that do not add up to the stated total', () => {
    const standard = clone();
    standard.totalTenths = 1100;
    expect(refused(standard).message).toBe(
      '评分标准文件有误，未导入：各领域分值合计 100 分，与标准总分 110 分不符',
    );
  });

  it('refuses duplicated ids', () => {
    const standard = clone();
    standard.items[1]!.id = '1.1';
    expect(refused(standard).problems).toContain('评分项编号“1.1”重复出现');
    const gates = clone();
    gates.gates[1]!.id = 'G1';
    expect(refused(gates).problems).toContain('必备条件编号“G1”重复出现');
  });

  it('accepts a standard with its own survey items, and refuses bad or duplicated ones', () => {
    const own = clone();
    own.surveyItems = [
      { id: 'home', text: '职工之家建设' },
      { id: 'care', text: '关心职工生活' },
    ];
    const accepted = validateStandard(own);
    expect(accepted.ok && accepted.standard.surveyItems).toEqual(own.surveyItems);

    const withoutItems = clone();
    delete withoutItems.surveyItems;
    expect(validateStandard(withoutItems).ok).toBe(true);

    const duplicated = clone();
    duplicated.surveyItems = [
      { id: 'home', text: '职工之家建设' },
      { id: 'home', text: '关心职工生活' },
    ];
    expect(refused(duplicated).problems).toEqual(['会员评家项目编号“home”重复出现']);

    const bad = clone();
    bad.surveyItems = [
      { id: 'home', text: ' ' },
      { id: 'care', text: '长'.repeat(61) },
    ];
    expect(refused(bad).problems).toEqual([
      'surveyItems[0]（home）.text：不能为空',
      'surveyItems[1]（care）.text：不能超过 60 个字',
    ]);
    const extra = clone();
    extra.surveyItems = [{ id: 'home', text: '职工之家建设', title: '多余' } as never];
    expect(refused(extra).problems).toEqual(['surveyItems[0]（home）：无法识别的字段：title']);
  });

  it('refuses references to areas and gates that do not exist', () => {
    const standard = clone();
    standard.items[0]!.area = 'area9';
    standard.bands[0]!.requiredGates = ['G1', 'G9'];
    const { problems } = refused(standard);
    expect(problems).toContain('评分项 1.1 所属领域“area9”不在领域列表中');
    expect(problems).toContain('等级“合格”引用的必备条件“G9”不存在');
  });

  it('refuses a rule that could propose more than its item is worth', () => {
    const standard = clone();
    standard.items[7]!.rule = { kind: 'profileCheck', check: 'unionCreditCode', tenths: 30 };
    expect(refused(standard).problems).toEqual([
      '评分项 1.8 的评分规则最高可给 3 分，超过了该项分值 2 分',
    ]);
  });

  it('refuses a file whose stated hash does not match its content, and accepts a true one', () => {
    const edited = { ...clone(), name: '改过的标准', contentHash: DEFAULT_HASH };
    expect(refused(edited).message).toContain('内容摘要');
    expect(validateStandard({ ...clone(), contentHash: DEFAULT_HASH }).ok).toBe(true);
  });

  it('refuses a band that needs more than the total', () => {
    const standard = clone();
    standard.bands[2]!.minTotalTenths = 1200;
    expect(refused(standard).problems).toEqual(['等级“可申报模范”要求 120 分，超过了总分 100 分']);
  });
});
