import { describe, expect, it } from 'vitest';
import { chooseSheet, scoreSheets } from './sheet-choice';

const roster = [['XX公司工会会员花名册'], [], ['序号', '姓名', '性别', '身份证号', '部门']];
const summary = [
  ['部门', '人数'],
  ['一车间', 12],
];
const notes = [['填表说明'], ['姓名、身份证号必须填写']];

describe('choosing the sheet', () => {
  it('picks the sheet whose header names the most member fields', () => {
    const scores = scoreSheets([
      { name: '说明', hidden: false, head: notes },
      { name: '汇总', hidden: false, head: summary },
      { name: '花名册', hidden: false, head: roster },
    ]);
    expect(scores.map((s) => s.score)).toEqual([0, 0, 4]);
    expect(chooseSheet(scores)).toBe(2);
  });

  it('prefers a visible sheet on a tie, else the first', () => {
    const tie = [
      { name: '旧名册', hidden: true, score: 4 },
      { name: '名册', hidden: false, score: 4 },
      { name: '名册 (2)', hidden: false, score: 4 },
    ];
    expect(chooseSheet(tie)).toBe(1);
  });

  it('gives -1 when no sheet has a header row', () => {
    expect(chooseSheet(scoreSheets([{ name: 'a', hidden: false, head: notes }]))).toBe(-1);
  });
});
