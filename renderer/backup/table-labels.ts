import { t, zhCN, type MessageKey } from '../../shared/i18n';

type TableLabelKey = Exclude<Extract<MessageKey, `backup.table.${string}`>, 'backup.table.unknown'>;

export function hasTableLabel(table: string): boolean {
  return Object.prototype.hasOwnProperty.call(zhCN, `backup.table.${table}`);
}

/**
 * The table's name as the user reads it in a restore preview. A table without a label (added by
 * a later version whose author forgot one) shows its internal name; table-labels.test.ts fails
 * for it first.
 */
export function tableLabel(table: string): string {
  return hasTableLabel(table)
    ? t(`backup.table.${table}` as TableLabelKey)
    : t('backup.table.unknown', { table });
}
