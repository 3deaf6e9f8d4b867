/** Backups, safety copies and restore: what the user reads in 设置 → 备份与恢复 and at start. */
export const backup = {
  'backup.reason.manual': '手动备份',
  'backup.reason.daily': '每日自动',
  'backup.reason.pre-import': '导入前',
  'backup.reason.pre-restore': '恢复前',
  'backup.reason.pre-upgrade': '升级前',

  // The backup file itself (renderer/backup/container.ts). {entry} is a name inside the file.
  'backup.error.empty':
    '文件是空的（0 字节），里面没有备份数据，可能是复制或下载没有完成。请重新复制这个文件，或换一份备份文件。',
  'backup.error.notBackup':
    '这不是 UnionDesk 备份文件（可能是其他程序的文件或压缩包），无法读取。请选择由 UnionDesk 生成、文件名以 .uniondesk-backup 结尾的备份文件。',
  'backup.error.truncated':
    '文件不完整，可能复制时中断或磁盘已满。请从原来的位置重新复制这个备份文件，或换一份备份文件。',
  'backup.error.corruptChecksum':
    '备份文件已损坏：其中的“{entry}”校验值不符，内容与备份时不一致。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptSize':
    '备份文件已损坏：其中的“{entry}”大小与文件清单不符。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptMissing':
    '备份文件已损坏：文件清单中的“{entry}”在文件里找不到。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptUnlisted':
    '备份文件已损坏：文件里有清单中没有的“{entry}”，文件可能被改动过。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptDuplicate':
    '备份文件已损坏：其中的“{entry}”出现了不止一次。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptPath':
    '备份文件已损坏：其中的文件名“{entry}”不合规。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptInflate':
    '备份文件已损坏：其中的“{entry}”无法解压。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptManifest':
    '备份文件已损坏：文件清单（{entry}）无法读取或校验不符。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptDirectory':
    '备份文件已损坏：压缩包的目录无法读取。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptEncryptionHeader':
    '备份文件已损坏：文件开头的加密信息无法读取。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.corruptCiphertext':
    '备份文件已损坏：密码正确，但加密内容校验失败，文件在保存或复制后被改动过。请换一份备份文件（例如更早的自动安全副本）。',
  'backup.error.passwordRequired': '这份备份已加密，请输入备份时设置的密码。',
  'backup.error.wrongPassword':
    '密码不正确，无法打开这份加密备份。请注意大小写、全角/半角和输入法状态，再试一次。',
  'backup.error.newerFormat':
    '这份备份由更新版本的 UnionDesk 生成（文件格式第 {version} 版，本版本只能读取到第 {supported} 版），当前版本无法读取。请先升级 UnionDesk，再打开这份备份。',
  'backup.error.tooLarge':
    '备份文件解压后的内容过大（{size}，上限 {limit}），为免占满内存已停止读取。请确认选对了备份文件；来历不明的文件请不要使用。',
  'backup.error.tooLargeToPack':
    '要备份的数据过大（{size}，上限 {limit}），无法生成备份文件。请删除不需要的大附件后再试。',

  'backup.table.profile': '工会基本信息',
  'backup.table.settings': '设置',
  'backup.table.members': '会员',
  'backup.table.membershipEvents': '会籍变动',
  'backup.table.meetings': '会议记录',
  'backup.table.meetingAddenda': '会议记录补充说明',
  'backup.table.ledgerEntries': '工作台账',
  'backup.table.attachments': '附件',
  'backup.table.surveyRounds': '评议活动',
  'backup.table.surveyBallots': '评议选票',
  'backup.table.standards': '考核标准',
  'backup.table.assessments': '年度自评',
  'backup.table.reports': '上报报告',
  'backup.table.receipts': '上级回执',
  'backup.table.signingKeys': '签名密钥',
  'backup.table.keyRegistry': '密钥登记（上级工会）',
  'backup.table.receivedReports': '收到的报告（上级工会）',
  'backup.table.recycleBin': '回收站',
  'backup.table.unknown': '其他数据（{table}）',

  'backup.error.foreignContent':
    '这个文件不是 UnionDesk 的数据备份（可能是其他程序的压缩包）。请选择文件名以 .uniondesk-backup 结尾的备份文件。',
  'backup.error.newerSchema':
    '这份备份由更新版本的 UnionDesk（{version}）生成，当前版本无法读取。请先把 UnionDesk 升级到最新版本，再恢复这份备份。现有数据没有改动。',
  'backup.error.badContent':
    '备份文件内容不完整或已损坏（{detail}），无法恢复。请换一份备份文件。现有数据没有改动。',
  'backup.detail.schemaVersion': '缺少数据结构版本',
  'backup.detail.tableList': '数据表清单有误',
  'backup.error.unknownTable':
    '备份里有本版本不认识的数据（{table}），可能不是 UnionDesk 生成的文件。请换一份备份文件。现有数据没有改动。',
  'backup.error.badTable':
    '备份中的“{table}”数据已损坏，无法恢复。请换一份备份文件。现有数据没有改动。',
  'backup.error.countMismatch':
    '备份中的“{table}”应有 {expected} 条记录，实际读到 {actual} 条，文件可能已损坏。请换一份备份文件。现有数据没有改动。',
  'backup.error.badRecord':
    '备份中的“{table}”第 {index} 条记录缺少编号，文件可能已损坏。请换一份备份文件。现有数据没有改动。',
  'backup.error.duplicateRecord':
    '备份中的“{table}”第 {index} 条记录与前面的记录编号重复，文件可能已损坏。请换一份备份文件。现有数据没有改动。',
  'backup.error.upgradeFailed':
    '这份备份来自旧版本（数据结构第 {version} 版），转换为当前版本时出错。请联系技术支持，并保留这份备份文件。现有数据没有改动。',
  'backup.error.diskFull': '磁盘空间不足，恢复没有完成。现有数据没有改动。请清理磁盘空间后再试。',
  'backup.error.conflict':
    '备份中的数据相互冲突（例如同一身份证号出现两次），恢复没有进行。现有数据没有改动。请换一份备份文件。',
  'backup.error.writeFailed':
    '恢复时写入数据出错（{detail}），已全部撤回，现有数据没有改动。请重启 UnionDesk 后再试。',
  'backup.error.unsupportedValue':
    '“{table}”中有无法备份的数据（{type}），备份没有生成。请联系技术支持。',
  'backup.error.safetyCopyFailed':
    '恢复前需要先给现有数据保存一份安全副本，但没有保存成功（{detail}）。为保护现有数据，恢复没有进行。请检查备份文件夹所在磁盘的空间和权限后再试。',
  'backup.browser.location':
    '保存在本浏览器中（与工作数据分开存放，保留最近 {count} 份）。如需长期保存，请点“下载”存到电脑或U盘。',
  'backup.browser.notFound': '找不到安全副本“{name}”，它可能已被较新的副本替换。请刷新列表后再试。',
  'backup.open.newerDatabase':
    '本机数据是由更新版本的 UnionDesk 保存的，当前版本无法打开。请安装最新版本的 UnionDesk 后再打开；不要删除程序或数据文件夹。',
  'backup.open.upgradeCopyFailed':
    '新版本需要升级本机数据，升级前应先保存一份安全副本，但没有保存成功（{detail}）。建议先检查备份文件夹所在磁盘的空间和权限，然后重新启动。',
  'backup.open.title': '暂时没有打开数据',
  'backup.open.retry': '重试',
  'backup.open.skipCopy': '不备份，继续升级',
  'backup.open.skipConfirm': '不保存安全副本就升级数据？如果升级出错，将无法回到升级前的状态。',
  'backup.action.cancel': '取消',
  'backup.action.close': '关闭',
  'backup.age.today': '今天',
  'backup.age.days': '{days} 天前',
  'backup.filter.name': 'UnionDesk 备份文件',

  'backup.now.title': '立即备份',
  'backup.now.explain':
    '把全部数据（会员、会议记录、台账、附件、设置等）保存为一个备份文件。建议每月另存一份到U盘，放在办公室以外的地方。',
  'backup.now.button': '立即备份',
  'backup.now.running': '正在备份…',
  'backup.now.done': '备份已保存：{name}（{size}）',
  'backup.now.doneFolder': '文件在下方所示的备份文件夹中。',
  'backup.now.doneDownload': '文件已保存到浏览器的“下载”文件夹。',
  'backup.password.toggle': '设置密码（加密备份，适合带出办公室保存）',
  'backup.password.label': '备份密码',
  'backup.password.repeat': '再次输入密码',
  'backup.password.warning':
    '请牢记这个密码并妥善保管。忘记密码将无法恢复这份备份，任何人（包括技术支持）都无法找回。',
  'backup.password.tooShort': '密码至少需要 {min} 个字符。',
  'backup.password.mismatch': '两次输入的密码不一致，请重新输入。',
  'backup.password.required': '请输入备份密码，或取消勾选“设置密码”。',

  'backup.restore.cardTitle': '从备份文件恢复',
  'backup.restore.explain':
    '选择一个备份文件，程序会先完整检查文件，并列出恢复后会有哪些变化；确认后才会替换现有数据，替换前会自动保存一份当前数据的安全副本。',
  'backup.restore.pick': '选择备份文件…',
  'backup.restore.pickTitle': '选择要恢复的备份文件',
  'backup.restore.title': '恢复备份：{name}',
  'backup.restore.checking': '正在检查备份文件…',
  'backup.restore.passwordPrompt': '这份备份已加密，请输入备份时设置的密码。',
  'backup.restore.unlock': '解密并检查',
  'backup.restore.refused': '无法使用这份备份',
  'backup.restore.confirm': '确认恢复',
  'backup.restore.running': '正在恢复数据，请不要关闭程序…',
  'backup.restore.done': '恢复完成，共 {count} 条记录。',
  'backup.restore.doneWithCopy':
    '恢复前的数据已保存为安全副本“{name}”，如需回到恢复前的状态，可以再恢复这份副本。',

  'backup.preview.union': '工会',
  'backup.preview.createdAt': '备份时间',
  'backup.preview.createdAtValue': '{time}（{ago}）',
  'backup.preview.reason': '备份类型',
  'backup.preview.appVersion': '程序版本',
  'backup.preview.appVersionEncrypted': '{version}（已加密）',
  'backup.preview.otherUnion':
    '这份备份属于另一个工会（名称或统一社会信用代码与本机不同）。恢复后，本机将变成那个工会的数据。请确认选对了文件。',
  'backup.preview.loss':
    '本机有 {newer} 条记录比备份中的更新，另有 {only} 条记录是备份之后新增的；恢复后这些内容将被备份中的数据替换。',
  'backup.preview.col.table': '数据',
  'backup.preview.col.current': '本机现有',
  'backup.preview.col.backup': '备份中',
  'backup.preview.col.onlyInBackup': '将找回',
  'backup.preview.col.onlyNow': '将删除',
  'backup.preview.col.backupNewer': '备份较新',
  'backup.preview.col.nowNewer': '本机较新',
  'backup.preview.hidden': '另有 {count} 类数据在本机和备份中都是空的，未列出。',
  'backup.preview.explain':
    '确认后，本机现有的 {current} 条记录将全部替换为备份中的 {backup} 条记录。替换前会自动保存一份当前数据的安全副本。',

  'backup.safety.title': '自动安全副本',
  'backup.safety.explain':
    '程序每天第一次打开时、每次导入和恢复之前、升级数据之前，都会自动保存一份安全副本。每日副本保留最近 30 份，导入、恢复、升级前的副本保留 90 天，手动备份不会自动删除。',
  'backup.safety.explainBrowser':
    '程序每天第一次打开时、每次导入和恢复之前、升级数据之前，都会自动保存一份安全副本。',
  'backup.safety.empty': '还没有备份文件',
  'backup.folder.label': '备份位置：',
  'backup.folder.change': '更改文件夹…',
  'backup.folder.reveal': '打开文件夹',
  'backup.folder.changed': '以后的备份将保存到：{folder}',
  'backup.col.time': '时间',
  'backup.col.reason': '类型',
  'backup.col.size': '大小',
  'backup.col.actions': '操作',
  'backup.copy.restore': '恢复…',
  'backup.copy.saveAs': '另存为…',
  'backup.copy.download': '下载',
  'backup.copy.saved': '已另存为“{name}”。',

  'backup.offer.title': '没有找到工会数据，但发现了备份',
  'backup.offer.subtitle':
    '本机的数据是空的（可能是升级、重装或更换电脑造成的），备份位置中有 {count} 份备份。建议从最新的一份恢复。',
  'backup.offer.file': '最新备份',
  'backup.offer.restoreNewest': '从最新备份恢复…',
  'backup.offer.pickOther': '选择其他备份文件…',
  'backup.offer.decline': '不恢复，重新填写工会信息',

  'backup.daily.failedTitle': '今天的自动备份没有保存',
  'backup.daily.failed':
    '{detail} 数据本身没有受影响。请到“设置 → 备份与恢复”检查备份位置，或点“立即备份”手动保存一份。',
} as const;
