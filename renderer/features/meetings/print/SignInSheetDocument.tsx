import { t } from '../../../../shared/i18n';
import type { SignInSheetView } from './sign-in-sheet';

/**
 * The printed 签到表 on A4 portrait: title and meeting details once, then one table whose header
 * (a line naming the meeting and the column heads) the print CSS repeats on every page, with rows
 * tall enough to sign by hand and never cut across two pages.
 */
export function SignInSheetDocument({ view }: { view: SignInSheetView }) {
  return (
    <div className="print-doc sign-in-print">
      <h1 className="print-title">{view.heading}</h1>
      <div className="sign-in-meta">
        {view.meta.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </div>
      {view.manualNote ? <p className="sign-in-note">{view.manualNote}</p> : null}
      <table className="print-table sign-in-table">
        <colgroup>
          <col style={{ width: '9%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '30%' }} />
          <col style={{ width: '16%' }} />
        </colgroup>
        <thead>
          <tr className="sign-in-running-head">
            <th colSpan={5}>{view.runningHead}</th>
          </tr>
          <tr>
            <th>{t('meetingsPrint.signIn.index')}</th>
            <th>{t('meetingsPrint.signIn.name')}</th>
            <th>{t('meetingsPrint.signIn.department')}</th>
            <th>{t('meetingsPrint.signIn.signature')}</th>
            <th>{t('meetingsPrint.signIn.note')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.key}>
              <td className="center">{row.index}</td>
              <td>{row.name}</td>
              <td>{row.department}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sign-in-footer">{t('meetingsPrint.signIn.footer')}</p>
    </div>
  );
}
