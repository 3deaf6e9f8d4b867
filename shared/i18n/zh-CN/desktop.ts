/** Messages shown by the desktop shell (dialogs, file writes, printing, IPC failures). */
export const desktop = {
  'ipc.badSender': '请求来自未知页面，已拒绝。请重新启动 UnionDesk。',
  'ipc.badArgs': '请求的参数不正确（{detail}），操作未执行。',
  'ipc.failed': '操作失败：{detail}。请重试；如果问题持续，请重新启动 UnionDesk。',
  'ipc.detail.system': '系统错误 {code}',
  'ipc.detail.unexpected': '发生了意外错误',
  /** Names of request fields, used inside `ipc.badArgs` to say which one was wrong. */
  'ipc.field.suggestedName': '建议文件名',
  'ipc.field.filters': '文件类型',
  'ipc.field.data': '文件内容',
  'ipc.field.title': '对话框标题',
  'ipc.field.multiple': '是否多选',
  'ipc.field.maxBytes': '文件大小上限',
  'ipc.field.landscape': '纸张方向',
  'ipc.field.reason': '备份原因',
  'ipc.field.unionName': '工会名称',
  'ipc.field.fileName': '备份文件名',
  'ipc.field.grant': '文件夹读取凭据',
  'ipc.field.from': '从第几个文件读起',
  'ipc.field.count': '一次读取的文件数',
  'ipc.field.role': '密钥用途',
  'ipc.field.payloadType': '签名内容的类型',
  'ipc.field.payload': '要签名的内容',
  'ipc.field.subject': '密钥更换声明的单位信息',
  'ipc.field.fingerprint': '密钥指纹',
  'ipc.field.request': '请求',

  'dialog.save.title': '保存文件',
  'dialog.open.title': '选择文件',
  'dialog.openFolder.title': '选择文件夹',
  'dialog.pdf.title': '保存为 PDF',
  'dialog.filter.pdf': 'PDF 文档',

  'file.error.noSpace': '磁盘空间不足，文件没有保存。请清理磁盘空间或换一个位置后重试。',
  'file.error.noPermission':
    '没有写入权限，文件没有保存。请换一个文件夹（例如“文档”或“桌面”）后重试。',
  'file.error.readOnly':
    '所选位置是只读的（例如光盘或写保护的 U 盘），文件没有保存。请换一个位置后重试。',
  'file.error.busy':
    '文件正被其他程序占用（例如已在 Excel 中打开），没有保存。请关闭该文件后重试。',
  'file.error.writeFailed':
    '写入文件时出错（{code}），文件没有保存，原有文件保持不变。请重试或换一个位置。',
  'file.error.tooLarge':
    '文件“{name}”有 {size}，超过了允许的 {max}，没有打开。请选择较小的文件，或先把文件拆分。',
  'file.error.notAFile': '“{name}”不是普通文件，没有打开。请选择一个文件。',
  'file.error.readFailed':
    '无法读取文件“{name}”（{code}）。请确认文件仍然存在、没有被其他程序占用，然后重试。',
  /**
   * Opening every matching file of a chosen folder and its subfolders. `{folder}` is the folder's
   * own name, not its path; `{extensions}` reads like ".uniondesk-report".
   */
  'file.error.folderGone': '这个文件夹的读取已经结束或被中断。请重新选择文件夹。',
  'file.error.folderEmpty':
    '文件夹“{folder}”及其子文件夹里没有 {extensions} 文件，没有打开任何文件。请选择存放这类文件的文件夹。',
  'file.error.folderTooMany':
    '文件夹“{folder}”及其子文件夹里的文件和文件夹超过 {max} 个，没有打开。请选择只存放所需文件的文件夹，或把文件分到几个文件夹里分批打开。',
  'file.error.folderTooLarge':
    '文件夹“{folder}”里要打开的文件合计超过 {max}，没有打开。请把文件分到几个文件夹里分批打开。',
  'file.error.folderUnreadable':
    '无法读取文件夹“{folder}”（{code}）。请确认文件夹仍然存在并且可以访问，然后重试。',

  /**
   * The backup folder. `{folder}` is the folder's full path (the user sees it in 设置 anyway and
   * needs it to act); `{name}` is a bare file name. Neither is ever logged.
   */
  'backupFolder.dialog.choose.title': '选择备份文件夹',
  'backupFolder.dialog.choose.button': '使用此文件夹',
  'backupFolder.dialog.export.title': '导出备份副本',
  'backupFolder.dialog.filter': 'UnionDesk 备份文件',
  'backupFolder.error.noSpace':
    '磁盘空间不足，备份没有写入文件夹“{folder}”。请清理磁盘空间，或在“设置 → 备份与恢复”中换一个备份文件夹后重试。',
  'backupFolder.error.noPermission':
    '没有权限写入文件夹“{folder}”，备份没有写入。请在“设置 → 备份与恢复”中换一个文件夹（例如“文档”中的文件夹）后重试。',
  'backupFolder.error.readOnly':
    '文件夹“{folder}”是只读的（例如光盘或写保护的 U 盘），备份没有写入。请在“设置 → 备份与恢复”中换一个文件夹后重试。',
  'backupFolder.error.unavailable':
    '找不到备份文件夹“{folder}”所在的位置（例如 U 盘已拔出或网络盘已断开），备份没有写入。请接回该存储设备，或在“设置 → 备份与恢复”中换一个文件夹。',
  'backupFolder.error.writeFailed':
    '写入备份时出错（{code}），备份没有写入文件夹“{folder}”，原有的备份保持不变。请重试，或换一个备份文件夹。',
  'backupFolder.error.chooseNoPermission':
    '没有权限写入文件夹“{folder}”，没有改用它。请选择另一个文件夹（例如“文档”中的文件夹）。',
  'backupFolder.error.chooseReadOnly':
    '文件夹“{folder}”是只读的，没有改用它。请选择另一个可以写入的文件夹。',
  'backupFolder.error.chooseNoSpace':
    '文件夹“{folder}”所在的磁盘已满，没有改用它。请清理磁盘空间或选择另一个文件夹。',
  'backupFolder.error.chooseFailed':
    '无法在文件夹“{folder}”中写入文件（{code}），没有改用它。请选择另一个文件夹。',
  'backupFolder.error.settingsFailed':
    '无法保存备份文件夹的设置（{code}），仍使用原来的文件夹。请重试；如果问题持续，请重新启动 UnionDesk。',
  'backupFolder.error.listFailed':
    '无法读取备份文件夹“{folder}”（{code}）。请确认该文件夹仍然存在并且可以访问，然后重试。',
  'backupFolder.error.revealFailed':
    '无法打开文件夹“{folder}”。请在文件管理器中手动打开它，或在“设置 → 备份与恢复”中换一个文件夹。',
  'backupFolder.error.badName':
    '“{name}”不是 UnionDesk 备份文件的名称，没有打开。请从备份列表中选择。',
  'backupFolder.error.notFound':
    '备份文件“{name}”不存在，可能已被移动或删除。请刷新备份列表后重试。',
  'backupFolder.error.outside':
    '“{name}”指向备份文件夹以外的位置（例如是一个快捷方式），为安全起见没有打开。请把备份文件本身放进备份文件夹。',
  'backupFolder.error.notAFile': '“{name}”不是普通文件，没有打开。请从备份列表中选择一个备份。',
  'backupFolder.error.tooLarge':
    '备份文件“{name}”有 {size}，超过了允许的 {max}，没有打开。这不像是 UnionDesk 写入的备份，请确认文件没有被替换。',
  'backupFolder.error.readFailed':
    '无法读取备份文件“{name}”（{code}）。请确认文件没有被其他程序占用，然后重试。',

  'print.error.failed': '无法把当前页面生成 PDF。请稍后重试；如果问题持续，请重新启动 UnionDesk。',

  'app.loadFailed.title': '界面加载失败',
  'app.loadFailed.message':
    'UnionDesk 的界面文件无法加载（{code}）。请重新安装 UnionDesk；您的数据不会因此丢失。',

  'menu.file': '文件',
  'menu.quit': '退出',
  'menu.edit': '编辑',
  'menu.undo': '撤销',
  'menu.redo': '重做',
  'menu.cut': '剪切',
  'menu.copy': '复制',
  'menu.paste': '粘贴',
  'menu.selectAll': '全选',
  'menu.view': '视图',
  'menu.reload': '重新加载',
  'menu.resetZoom': '实际大小',
  'menu.zoomIn': '放大',
  'menu.zoomOut': '缩小',
  'menu.fullScreen': '全屏',
  'menu.devTools': '开发者工具',
  'menu.window': '窗口',
  'menu.minimize': '最小化',
} as const;
