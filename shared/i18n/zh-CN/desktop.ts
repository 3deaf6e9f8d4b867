/** Messages shown by the desktop shell (dialogs, file writes, printing, IPC failures). */
export const desktop = {
  'ipc.badSender': '请求来自未知页面，已拒绝。请重新启动 UnionDesk。',
  'ipc.badArgs': '请求的参数不正确（{detail}），操作未执行。',
  'ipc.failed': '操作失败：{detail}。请重试；如果问题持续，请重新启动 UnionDesk。',
} as const;
