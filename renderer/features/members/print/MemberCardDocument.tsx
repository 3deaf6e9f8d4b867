import type { ReactNode } from 'react';
import { t } from '../../../../shared/i18n';
import type { MembershipEvent } from '../../../../shared/members/membership';
import type { Member } from '../../../../shared/members/model';
import { longDate } from '../../../print/page';
import { memberCardContent } from './member-card';

/** Blank history lines left for changes written in by hand. */
const MIN_HISTORY_ROWS = 8;

/**
 * The 会员登记表 of one member on A4 portrait: the real-name fields in a bordered form with a box
 * for the photo, the membership history, and lines for the member's signature and the union's
 * seal.
 */
export function MemberCardDocument({
  member,
  events,
  unionName,
  printedOn,
  reveal,
}: {
  member: Member;
  events: readonly Pick<MembershipEvent, 'type' | 'date' | 'reason'>[];
  unionName: string;
  printedOn: string;
  reveal: boolean;
}) {
  const { fields: f, flags, status, history } = memberCardContent(member, events, { reveal });
  const label = (text: string) => <th scope="row">{text}</th>;
  const value = (text: ReactNode, span = 1, mono = false) => (
    <td colSpan={span} className={mono ? 'mono' : undefined}>
      {text}
    </td>
  );
  const blanks = Math.max(0, MIN_HISTORY_ROWS - history.length);
  return (
    <div className="print-doc member-card">
      <h1 className="print-title">{t('report.card.title')}</h1>
      <div className="print-meta">
        <span>{t('report.card.union', { union: unionName })}</span>
        <span>{t('print.date', { date: longDate(printedOn) })}</span>
      </div>
      <table className="print-table card-form">
        <colgroup>
          {[12, 16, 12, 16, 12, 15, 17].map((width, i) => (
            <col key={i} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <tbody>
          <tr>
            {label(f.name.label)}
            {value(f.name.value)}
            {label(f.sex.label)}
            {value(f.sex.value)}
            {label(f.birthDate.label)}
            {value(f.birthDate.value, 1, true)}
            <td rowSpan={4} className="card-photo">
              {t('report.card.photo')}
            </td>
          </tr>
          <tr>
            {label(f.ethnicity.label)}
            {value(f.ethnicity.value)}
            {label(f.education.label)}
            {value(f.education.value)}
            {label(f.politicalStatus.label)}
            {value(f.politicalStatus.value)}
          </tr>
          <tr>
            {label(f.docType.label)}
            {value(f.docType.value)}
            {label(f.docNumber.label)}
            {value(f.docNumber.value, 3, true)}
          </tr>
          <tr>
            {label(f.employment.label)}
            {value(f.employment.value)}
            {label(f.household.label)}
            {value(f.household.value)}
            {label(f.migrantWorker.label)}
            {value(f.migrantWorker.value)}
          </tr>
          <tr>
            {label(f.mobile.label)}
            {value(f.mobile.value, 1, true)}
            {label(f.department.label)}
            {value(f.department.value)}
            {label(f.position.label)}
            {value(f.position.value, 2)}
          </tr>
          <tr>
            {label(f.memberNo.label)}
            {value(f.memberNo.value)}
            {label(f.joinedOn.label)}
            {value(f.joinedOn.value, 1, true)}
            {label(t('report.card.status'))}
            {value(status, 2)}
          </tr>
          <tr>
            {label(t('report.card.flags'))}
            {value(
              <span className="card-flags">
                {flags.map((flag) => (
                  <span key={flag.label}>
                    {flag.checked ? '☑' : '☐'} {flag.label}
                  </span>
                ))}
              </span>,
              6,
            )}
          </tr>
        </tbody>
      </table>

      <h2 className="print-section">{t('report.card.history')}</h2>
      <table className="print-table card-history">
        <colgroup>
          <col style={{ width: '10%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '50%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('report.card.index')}</th>
            <th>{t('members.event.date')}</th>
            <th>{t('members.event.type')}</th>
            <th>{t('members.event.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((row, i) => (
            <tr key={i}>
              <td className="center">{i + 1}</td>
              <td className="center mono">{row.date}</td>
              <td className="center">{row.type}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
          {Array.from({ length: blanks }, (_, i) => (
            <tr key={`blank-${i}`}>
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>

      <table className="print-table card-sign">
        <tbody>
          <tr>
            <td>
              <div>{t('report.card.pledge')}</div>
              <div className="card-sign-line">
                <span>{t('report.card.signature')}</span>
                <span>{t('report.card.dateLine')}</span>
              </div>
            </td>
            <td>
              <div>{t('report.card.unionOpinion')}</div>
              <div className="card-sign-line">
                <span>{t('report.card.seal')}</span>
                <span>{t('report.card.dateLine')}</span>
              </div>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
