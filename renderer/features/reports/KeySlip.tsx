import { t } from '../../../shared/i18n';
import { groupFingerprint } from '../../../shared/signing/fingerprint';
import './reports.css';

export interface KeySlipProps {
  unionName: string;
  creditCode: string;
  fingerprint: string;
  /** `YYYY-MM-DD`. */
  createdOn: string;
  printedOn: string;
  /** After a rotation: the key this one replaces. */
  previousFingerprint?: string;
}

/**
 * 密钥登记表: what the union hands the federation on paper, signed and stamped, so the federation
 * can register the key by comparing the fingerprint group by group. One A4 portrait page.
 */
export function KeySlip(props: KeySlipProps) {
  return (
    <div className="print-doc key-slip" data-testid="key-slip">
      <h1 className="print-title">{t('reports.slip.title')}</h1>
      <table className="print-table">
        <tbody>
          <tr>
            <th scope="row">{t('reports.slip.unionName')}</th>
            <td>{props.unionName}</td>
          </tr>
          <tr>
            <th scope="row">{t('reports.slip.creditCode')}</th>
            <td className="mono">{props.creditCode}</td>
          </tr>
          <tr>
            <th scope="row">{t('reports.slip.fingerprint')}</th>
            <td>
              <FingerprintGrid fingerprint={props.fingerprint} />
            </td>
          </tr>
          {props.previousFingerprint ? (
            <tr>
              <th scope="row">{t('reports.slip.previous')}</th>
              <td className="mono">{groupFingerprint(props.previousFingerprint)}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row">{t('reports.slip.createdAt')}</th>
            <td>{props.createdOn}</td>
          </tr>
          <tr>
            <th scope="row">{t('reports.slip.printedAt')}</th>
            <td>{props.printedOn}</td>
          </tr>
        </tbody>
      </table>
      <p className="key-slip-note">{t('reports.slip.note')}</p>
      <div className="key-slip-boxes">
        <div className="key-slip-box">{t('reports.slip.chair')}</div>
        <div className="key-slip-box">{t('reports.slip.seal')}</div>
        <div className="key-slip-box wide">{t('reports.slip.federation')}</div>
      </div>
    </div>
  );
}

/** The fingerprint in four rows of four groups, as the user compares it. */
export function FingerprintGrid({ fingerprint }: { fingerprint: string }) {
  const groups = groupFingerprint(fingerprint).split(' ');
  return (
    <div className="key-slip-fingerprint mono" data-testid="fingerprint">
      {groups.map((group, i) => (
        <span key={i}>{group}</span>
      ))}
    </div>
  );
}
