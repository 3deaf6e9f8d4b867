import { t } from '../../../../shared/i18n';
import type { Member } from '../../../../shared/members/model';
import { longDate } from '../../../print/page';
import { unionTitleName } from '../export/names';
import { needsStatusColumn, rosterPrintColumns, rosterPrintRow } from './roster-print';

/**
 * The printed 会员名册: title and print date once, then one table whose header row the print CSS
 * repeats on every page. Plain elements, no antd: what is on paper must not depend on a theme.
 */
export function RosterDocument({
  members,
  unionName,
  printedOn,
  reveal,
}: {
  members: readonly Member[];
  unionName: string;
  /** `YYYY-MM-DD`. */
  printedOn: string;
  reveal: boolean;
}) {
  const withStatus = needsStatusColumn(members);
  const columns = rosterPrintColumns(withStatus);
  // Percentages, not millimetres: the table then fits the page whatever the margins.
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return (
    <div className="print-doc roster-print">
      <h1 className="print-title">
        {t('report.roster.title', { union: unionTitleName(unionName) })}
      </h1>
      <div className="print-meta">
        <span>{t('print.date', { date: longDate(printedOn) })}</span>
        {reveal ? null : <span>{t('report.roster.maskedNote')}</span>}
        <span>{t('report.roster.count', { count: members.length })}</span>
      </div>
      <table className="print-table">
        <colgroup>
          {columns.map((column) => (
            <col
              key={column.key}
              style={{ width: `${((column.width / total) * 100).toFixed(2)}%` }}
            />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            <tr key={member.id}>
              {rosterPrintRow(member, index, { reveal, withStatus }).map((text, c) => {
                const column = columns[c]!;
                const className = [column.center ? 'center' : '', column.mono ? 'mono' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={column.key} className={className || undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
