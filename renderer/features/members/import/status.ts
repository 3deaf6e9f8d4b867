import type { PlainMessageKey } from '../../../../shared/i18n';
import type { RowStatus } from '../../../../shared/members/import/preview';

export const STATUS_LABELS: { readonly [S in RowStatus]: PlainMessageKey } = {
  ok: 'memberImport.status.ok',
  warning: 'memberImport.status.warning',
  error: 'memberImport.status.error',
  duplicateInFile: 'memberImport.status.duplicateInFile',
  duplicateOfExisting: 'memberImport.status.duplicateOfExisting',
};

export const STATUS_COLORS: { readonly [S in RowStatus]: string } = {
  ok: 'green',
  warning: 'gold',
  error: 'red',
  duplicateInFile: 'volcano',
  duplicateOfExisting: 'blue',
};
