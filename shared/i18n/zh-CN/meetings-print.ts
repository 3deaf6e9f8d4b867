/**
 * Printed meeting documents: the 会议记录 on A4 (with its addenda) and the 签到表 of a planned
 * meeting. The page footer ("第 x 页 共 N 页") and the preview's own words are `print.*` keys.
 */
export const meetingsPrint = {
  /** How a vote was taken; also the form's choices (shared/meetings/labels.ts). */
  'meetingsPrint.voteMethod.show': '举手表决',
  'meetingsPrint.voteMethod.secret': '无记名投票',
  'meetingsPrint.voteMethod.roll': '记名投票',
  'meetingsPrint.voteMethod.other': '其他方式',

  'meetingsPrint.minute.button': '打印会议记录',
  'meetingsPrint.minute.heading': '会议记录',
  'meetingsPrint.minute.previewTitle': '{title}会议记录',
  'meetingsPrint.minute.fileName': '会议记录_{title}_{date}',
  'meetingsPrint.minute.loading': '正在读取会议记录…',
  /** The running head repeated at the top of every page after the first. */
  'meetingsPrint.minute.runningHead': '{union} · {title} · 会议记录',
  'meetingsPrint.minute.runningHeadNoUnion': '{title} · 会议记录',

  'meetingsPrint.header.type': '会议类型',
  'meetingsPrint.header.date': '会议日期',
  'meetingsPrint.header.time': '会议时间',
  'meetingsPrint.header.place': '会议地点',
  'meetingsPrint.header.chair': '主持人',
  'meetingsPrint.header.recorder': '记录人',
  'meetingsPrint.header.expected': '应到人数',
  'meetingsPrint.header.present': '实到人数',
  'meetingsPrint.header.absent': '缺席',
  'meetingsPrint.header.observers': '列席',
  'meetingsPrint.header.quorum': '法定人数',
  'meetingsPrint.header.none': '无',
  'meetingsPrint.time.range': '{start}—{end}',
  'meetingsPrint.time.from': '{start} 开始',
  'meetingsPrint.people': '{count} 人',
  'meetingsPrint.expected.adjusted': '{count} 人（名册提出 {proposed} 人；调整原因：{reason}）',
  'meetingsPrint.present.counted': '{count} 人（按人数登记）',
  'meetingsPrint.absentee': '{name}（{reason}）',
  'meetingsPrint.absentees': '{count} 人：{names}',
  'meetingsPrint.listSeparator': '、',
  'meetingsPrint.quorum.ok':
    '应到 {expected} 人的 {rule} 以上为 {required} 人，实到 {present} 人，符合法定人数，会议有效。',
  'meetingsPrint.quorum.failed':
    '应到 {expected} 人的 {rule} 以上为 {required} 人，实到 {present} 人，未达到法定人数，会议不能有效召开，所作决议无效。',
  'meetingsPrint.quorum.noExpected': '未填写应到人数，无法判断是否符合法定人数。',
  'meetingsPrint.quorum.notApplicable': '本类会议不要求法定人数。',
  'meetingsPrint.quorum.basis': '依据：{rules}',

  'meetingsPrint.section.attendance': '出席人员（{count} 人）',
  'meetingsPrint.section.items': '会议议程及决议',
  'meetingsPrint.section.closing': '会议结束',
  'meetingsPrint.item.number': '{n}、',
  'meetingsPrint.item.untitled': '（未填写议程标题）',
  'meetingsPrint.item.tags': '类别：{tags}',
  'meetingsPrint.item.discussion': '讨论情况：',
  'meetingsPrint.item.noDiscussion': '（未记录讨论情况）',
  'meetingsPrint.item.vote': '表决：',
  'meetingsPrint.item.voteCounts':
    '{method}，赞成 {for} 票，反对 {against} 票，弃权 {abstain} 票。',
  'meetingsPrint.item.result': '结果：',
  'meetingsPrint.item.passed': '通过',
  'meetingsPrint.item.failed': '未通过',
  'meetingsPrint.item.verdictPassed':
    '赞成 {for} 票，超过应到 {expected} 人的 {rule}（须至少 {required} 票）。',
  'meetingsPrint.item.verdictFailed':
    '赞成 {for} 票，未超过应到 {expected} 人的 {rule}（须至少 {required} 票）。',
  'meetingsPrint.item.verdictExceeds':
    '票数合计 {cast} 票，超过实到 {present} 人，票数有误，不能认定表决结果。',
  'meetingsPrint.item.resolution': '决议：',
  'meetingsPrint.item.noResolution': '（未形成决议）',
  'meetingsPrint.noItems': '（未记录议程）',
  'meetingsPrint.noClosing': '（未记录）',

  'meetingsPrint.sign.chair': '主持人（签名）：',
  'meetingsPrint.sign.recorder': '记录人（签名）：',
  'meetingsPrint.sign.date': '日期：',
  'meetingsPrint.sign.blankDate': '　　年　　月　　日',
  'meetingsPrint.sign.locked': '已签署锁定 · 内容校验码 {hash}',
  'meetingsPrint.sign.mismatch':
    '注意：本记录签署后的内容校验不一致（校验码 {hash}），存储的内容可能已被改动，请与签署时的纸质记录核对。',
  'meetingsPrint.sign.unsigned': '本记录尚未签署，打印件为草稿。',
  'meetingsPrint.sign.planned': '本会议尚未召开，打印件为会议计划。',

  'meetingsPrint.addenda.title': '补充说明',
  'meetingsPrint.addenda.note':
    '以下补充说明在会议记录签署后添加，不属于已签署的内容，原记录保持不变。',
  'meetingsPrint.addenda.entry': '补充说明 {n} · {date} · 填写人：{author}',

  'meetingsPrint.signIn.button': '打印签到表',
  'meetingsPrint.signIn.heading': '签到表',
  'meetingsPrint.signIn.previewTitle': '{title}签到表',
  'meetingsPrint.signIn.fileName': '签到表_{title}_{date}',
  'meetingsPrint.signIn.meeting': '会议名称：{title}',
  'meetingsPrint.signIn.when': '会议时间：{when}',
  'meetingsPrint.signIn.whenWithTime': '{date} {time}',
  'meetingsPrint.signIn.place': '会议地点：{place}',
  'meetingsPrint.signIn.expected': '应到：{count} 人',
  'meetingsPrint.signIn.expectedBlank': '应到：　　人',
  'meetingsPrint.signIn.runningHead': '{title} · 签到表',
  'meetingsPrint.signIn.index': '序号',
  'meetingsPrint.signIn.name': '姓名',
  'meetingsPrint.signIn.department': '部门',
  'meetingsPrint.signIn.signature': '签名',
  'meetingsPrint.signIn.note': '备注',
  'meetingsPrint.signIn.manualNote':
    '本类会议的应到人员不从会员名册生成，请按实际应到人员填写姓名。',
  'meetingsPrint.signIn.footer':
    '实到：　　　人　　　　记录人：　　　　　　　　核对日期：　　年　　月　　日',
} as const;
