/** The 回收站: deleted members, minutes, ledger entries and attachments, kept 30 days. */
export const recycle = {
  'recycle.title': '回收站',
  'recycle.intro':
    '删除的会员、会议记录、工作台账和附件会先放到这里，保留 {days} 天，期间可以随时恢复；满 {days} 天后自动彻底删除。',
  'recycle.emptyState':
    '回收站是空的。以后删除会员、会议记录、工作台账或附件时，它们会先放到这里保留 {days} 天，期间可以恢复。',

  'recycle.type.members': '会员',
  'recycle.type.meetings': '会议记录',
  'recycle.type.ledgerEntries': '工作台账',
  'recycle.type.attachments': '附件',
  'recycle.type.membershipEvents': '会籍变动',
  'recycle.type.meetingAddenda': '会议记录补充说明',
  'recycle.type.unknown': '其他数据',

  'recycle.column.type': '类型',
  'recycle.column.label': '名称',
  'recycle.column.deletedAt': '删除时间',
  'recycle.column.daysLeft': '剩余天数',
  'recycle.column.actions': '操作',
  'recycle.daysLeft': '{days} 天',
  'recycle.daysLeft.expiring': '即将清除',
  'recycle.related': '连同 {count} 条相关记录',

  'recycle.label.more': '{first} 等 {count} 项',
  'recycle.label.dated': '{type}（{date}）',

  'recycle.action.restore': '恢复',
  'recycle.action.delete': '彻底删除',
  'recycle.action.empty': '清空回收站',
  'recycle.action.cancel': '取消',
  'recycle.action.restoreLabel': '恢复“{label}”',
  'recycle.action.deleteLabel': '彻底删除“{label}”',

  'recycle.confirm.deleteTitle': '彻底删除“{label}”？',
  'recycle.confirm.deleteBody':
    '彻底删除后不能再从回收站恢复，只能从删除之前做的数据备份中找回。确定不再需要，再点“彻底删除”。',
  'recycle.confirm.emptyTitle': '清空回收站？',
  'recycle.confirm.emptyBody':
    '回收站中的 {count} 项将全部彻底删除，不能再恢复，只能从删除之前做的数据备份中找回。确定都不再需要，再点“清空回收站”。',

  'recycle.moved': '已把“{label}”移到回收站。{days} 天内可以在“设置 → 回收站”中恢复。',
  'recycle.restored': '已恢复“{label}”，它已回到“{type}”中。',
  'recycle.deleted': '已彻底删除“{label}”。',
  'recycle.emptied': '已清空回收站，共彻底删除 {count} 项。',
  'recycle.alreadyEmpty': '回收站已经是空的，不需要清空。',

  'recycle.error.missing':
    '要删除的{type}已不存在（可能刚在另一个窗口中删除或修改过），这次没有删除任何内容。请刷新后再试。',
  'recycle.error.notInBin':
    '回收站中已经没有这一项（可能刚被恢复或彻底删除），数据没有改动。请查看回收站的最新列表。',
  'recycle.error.damaged':
    '回收站中的“{label}”数据不完整，无法恢复，现有数据没有改动。如仍需要这些内容，请从之前的数据备份中恢复。',
  'recycle.clash.sameRecord':
    '无法恢复“{label}”：其中的{type}记录现在已经存在（可能已从备份中恢复过），现有数据没有改动。请先核对现有的{type}；如果回收站中的这一份已不需要，可以把它彻底删除。',
  'recycle.clash.memberIdKey':
    '无法恢复“{label}”：会员名册中已有证件号码相同的会员（可能已重新添加），现有数据没有改动。请先在会员名册中核对这位会员；如果要用回收站中的这一份，请先删除名册中的那一条，再恢复。',
  'recycle.clash.attachmentContent':
    '无法恢复“{label}”：附件中已有内容完全相同的文件（可能已重新添加），现有数据没有改动。可以直接使用现有的附件，然后把回收站中的这一项彻底删除。',
  'recycle.clash.unique':
    '无法恢复“{label}”：{type}中已有与它重复的记录，现有数据没有改动。请先核对并处理现有的记录，再恢复。',
  'recycle.error.writeFailed':
    '操作没有完成（{detail}），数据没有改动。请检查磁盘空间后重试；如果仍然不行，请重新启动 UnionDesk。',
  'recycle.error.loadFailed':
    '无法读取回收站（{detail}）。请关闭其他已打开的 UnionDesk 窗口后重新启动；如果仍然不行，请联系技术支持。',
} as const;
