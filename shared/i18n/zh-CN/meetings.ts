/** Meeting minutes: rules, verdicts, signing and addenda. */
export const meetings = {
  'meetings.check.unknownType': '会议类型不在当前规则中，请重新选择会议类型。',
  'meetings.check.titleMissing': '请填写会议名称（如“第二届会员代表大会第三次会议”）。',
  'meetings.check.dateInvalid': '会议日期不是有效日期，请按“2026-03-15”的格式填写。',
  'meetings.check.endBeforeStart': '结束时间早于或等于开始时间，请检查。',
  'meetings.check.expectedReason':
    '应到人数（{expected}）与名册提出的人数（{proposed}）不同，请填写调整原因。',
  'meetings.check.presentOverExpected':
    '实到人数（{present}）超过应到人数（{expected}），请核对签到或应到人数。',
  'meetings.check.absenteesOver':
    '实到 {present} 人加缺席 {absent} 人超过应到 {expected} 人，请核对缺席名单。',
  'meetings.check.itemTitle': '第 {n} 项议程没有标题，请填写或删除该项。',
  'meetings.check.votesOverPresent':
    '第 {n} 项议程的表决票数合计 {cast} 票，超过实到人数 {present} 人，请核对赞成、反对、弃权票数。',
  'meetings.check.noResolution': '第 {n} 项议程已表决，但没有写决议内容。',
  'meetings.check.smallUnion':
    '本会现有会员 {members} 人（不超过 {max} 人），按规定应召开会员大会，而不是会员代表大会。',
  'meetings.check.noQuorum':
    '实到 {present} 人，未达到法定人数 {required} 人（应到的 {rule}），会议不能有效召开，所作决议无效。',
  'meetings.sign.needChair': '请填写主持人。',
  'meetings.sign.needRecorder': '请填写记录人。',
  'meetings.sign.needExpected': '请填写应到人数。',
  'meetings.sign.needAttendance': '请登记实到人员或实到人数。',
  'meetings.sign.needItems': '请至少填写一项议程。',
  'meetings.error.locked': '这份会议记录已签署锁定，不能再修改。如需更正，请添加补充说明。',
  'meetings.error.missing': '没有找到这份会议记录，可能已被删除。',
  'meetings.error.notSigned': '只能为已签署的会议记录添加补充说明；未签署的记录请直接修改。',
  'meetings.error.addendumEmpty': '请填写补充说明的内容。',
  'meetings.error.invalid': '会议记录有需要修改的地方：{first}',
  'meetings.error.cannotSign': '还不能签署：{first}',
  'meetings.error.rulesFile': '会议规则文件无效：{reason}',
} as const;
