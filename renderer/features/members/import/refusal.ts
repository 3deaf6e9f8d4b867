import { msg, t, type Message } from '../../../../shared/i18n';
import { REQUIRED_COLUMNS } from '../../../../shared/members/import/headers';
import { MEMBER_FIELDS, MEMBER_FIELD_LABELS } from '../../../../shared/members/model';

/** A file the import will not read, with the message for the user (it names the file). */
export class ImportRefusal extends Error {
  constructor(
    readonly reason: 'notSpreadsheet' | 'encrypted' | 'empty' | 'damaged' | 'noHeader',
    readonly detail: Message,
  ) {
    super(`import refused: ${reason}`);
    this.name = 'ImportRefusal';
  }
}

export function refuse(
  reason: 'notSpreadsheet' | 'encrypted' | 'empty' | 'damaged',
  name: string,
): ImportRefusal {
  const key = `memberImport.refused.${reason}` as const;
  return new ImportRefusal(reason, msg(key, { name }));
}

/** No sheet has a header row: the message lists the columns the import knows. */
export function refuseNoHeader(name: string, sheets: number): ImportRefusal {
  const optional = MEMBER_FIELDS.filter((f) => !REQUIRED_COLUMNS.includes(f))
    .map((f) => t(MEMBER_FIELD_LABELS[f]))
    .join('、');
  return new ImportRefusal(
    'noHeader',
    msg('memberImport.refused.noHeader', { name, sheets, optional }),
  );
}
