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
  'ipc.field.request': '请求',

  'dialog.save.title': '保存文件',
  'dialog.open.title': '选择文件',
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
