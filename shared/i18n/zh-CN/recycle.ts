/** The 回收站: deleted members, minutes, ledger entries and attachments, kept 30 days. */
export const recycle = {
  'recycle.title': '回收站',
} as const;
