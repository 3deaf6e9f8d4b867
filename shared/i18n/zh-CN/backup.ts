/** Backups, safety copies and restore: what the user reads in 设置 → 备份与恢复 and at start. */
export const backup = {
  'backup.reason.manual': '手动备份',
  'backup.reason.daily': '每日自动',
  'backup.reason.pre-import': '导入前',
  'backup.reason.pre-restore': '恢复前',
  'backup.reason.pre-upgrade': '升级前',
} as const;
