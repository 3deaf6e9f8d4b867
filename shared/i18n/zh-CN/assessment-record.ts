/** The stored self-assessment: entries, revisions, finalising. */
export const assessmentRecord = {
  'assessmentRecord.unknownItem': '第 {item} 项不在所选标准中，请重新生成自评。',
  'assessmentRecord.aboveMax': '第 {item} 项的自评分超过标准分 {max} 分，请改为不超过 {max} 分。',
  'assessmentRecord.reasonNeeded':
    '第 {item} 项自评 {score} 分，高于系统根据现有记录建议的 {proposed} 分，请写明依据（如未录入系统的材料）。',
  'assessmentRecord.locked':
    '{year} 年度自评已定稿，不能再修改。如需更改，请“开始新修订”，原定稿会保留在历史中。',
  'assessmentRecord.missing': '没有找到这份自评，可能已被恢复的备份替换。',
  'assessmentRecord.invalid': '自评有需要修改的地方：{first}',
  'assessmentRecord.notFinal': '只有已定稿的自评才能开始新修订。',
  'assessmentRecord.revisionReason': '请写明为什么要修改已定稿的自评。',
} as const;
