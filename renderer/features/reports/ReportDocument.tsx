import { t } from '../../../shared/i18n';
import type { LabelValue, ReportView } from './report-view';
import './reports.css';

/**
 * A report as a readable A4 document: the union's preview of what it signs, and the federation's
 * printable detail view. Column heads repeat on every page and no row is cut (print-table).
 */
export function ReportDocument({ view, footer }: { view: ReportView; footer?: string }) {
  return (
    <div className="print-doc report-doc" data-testid="report-document">
      <h1 className="print-title">{view.title}</h1>

      <h2 className="report-doc-heading">{t('reports.view.section.basics')}</h2>
      <PairsTable rows={view.basics} />

      <h2 className="report-doc-heading">{t('reports.view.section.roster')}</h2>
      <PairsTable rows={view.roster} />
      <div className="report-doc-columns">
        <div>
          <h3 className="report-doc-subheading">{t('reports.view.section.ageBands')}</h3>
          <PairsTable rows={view.ageBands} />
        </div>
        <div>
          <h3 className="report-doc-subheading">{t('reports.view.section.employment')}</h3>
          <PairsTable rows={view.employment} />
        </div>
        <div>
          <h3 className="report-doc-subheading">{t('reports.view.section.changes')}</h3>
          <PairsTable rows={view.changes} />
        </div>
      </div>

      <h2 className="report-doc-heading">{t('reports.view.section.result')}</h2>
      <p className="report-doc-total" data-testid="report-total">
        {t('reports.view.total', view.total)}
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('reports.view.col.area')}</th>
            <th style={{ width: '18%' }}>{t('reports.view.col.max')}</th>
            <th style={{ width: '18%' }}>{t('reports.view.col.score')}</th>
          </tr>
        </thead>
        <tbody>
          {view.areas.map((area) => (
            <tr key={area.id}>
              <td>{area.label}</td>
              <td className="center">{area.max}</td>
              <td className="center">{area.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="print-table report-doc-gap">
        <thead>
          <tr>
            <th style={{ width: '10%' }} />
            <th>{t('reports.view.col.gate')}</th>
            <th style={{ width: '18%' }}>{t('reports.view.col.state')}</th>
          </tr>
        </thead>
        <tbody>
          {view.gates.map((gate) => (
            <tr key={gate.id} data-gate={gate.id}>
              <td className="center">{gate.id}</td>
              <td>{gate.label}</td>
              <td className={`center report-doc-gate-${gate.stateKey}`}>{gate.state}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="report-doc-heading">{t('reports.view.section.items')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '7%' }} />
            <th style={{ width: '30%' }}>{t('reports.view.col.item')}</th>
            <th style={{ width: '8%' }}>{t('reports.view.col.max')}</th>
            <th style={{ width: '8%' }}>{t('reports.view.col.score')}</th>
            <th>{t('reports.view.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => (
            <tr key={item.id} data-item={item.id}>
              <td className="center">{item.id}</td>
              <td>{item.title}</td>
              <td className="center">{item.max}</td>
              <td className="center">{item.score}</td>
              <td className="report-doc-note">
                {item.note ? <div>{item.note}</div> : null}
                {item.raised ? (
                  <div>{t('reports.view.raised', { reason: item.reason })}</div>
                ) : null}
                {item.evidence.length ? (
                  <div className="report-doc-evidence">
                    {t('reports.view.evidence', { list: item.evidence.join('；') })}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="report-doc-heading">{t('reports.view.section.meetings')}</h2>
      {view.meetings.length === 0 ? (
        <p>{t('reports.view.none')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th style={{ width: '12%' }}>{t('reports.view.col.date')}</th>
              <th style={{ width: '26%' }}>{t('reports.view.col.title')}</th>
              <th style={{ width: '14%' }}>{t('reports.view.col.type')}</th>
              <th style={{ width: '8%' }}>{t('reports.view.col.signed')}</th>
              <th style={{ width: '11%' }}>{t('reports.view.col.quorum')}</th>
              <th>{t('reports.view.col.tags')}</th>
              <th style={{ width: '13%' }}>{t('reports.view.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {view.meetings.map((m) => (
              <tr key={m.id}>
                <td className="center">{m.date}</td>
                <td>{m.title}</td>
                <td>{m.type}</td>
                <td className="center">{m.signed}</td>
                <td className="center">{m.quorum}</td>
                <td>{m.tags}</td>
                <td className="mono">{m.hash}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="report-doc-heading">{t('reports.view.section.ledger')}</h2>
      {view.ledger.length === 0 ? (
        <p>{t('reports.view.none')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th style={{ width: '12%' }}>{t('reports.view.col.date')}</th>
              <th style={{ width: '30%' }}>{t('reports.view.col.title')}</th>
              <th style={{ width: '20%' }}>{t('reports.view.col.areas')}</th>
              <th>{t('reports.view.col.attachments')}</th>
            </tr>
          </thead>
          <tbody>
            {view.ledger.map((entry) => (
              <tr key={entry.id}>
                <td className="center">{entry.date}</td>
                <td>{entry.title}</td>
                <td>{entry.areas}</td>
                <td className="report-doc-note">{entry.attachments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="report-doc-heading">{t('reports.view.section.surveys')}</h2>
      {view.surveys.length === 0 ? (
        <p>{t('reports.view.none')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th style={{ width: '12%' }}>{t('reports.view.col.date')}</th>
              <th>{t('reports.view.col.title')}</th>
              <th style={{ width: '15%' }}>{t('reports.view.col.kind')}</th>
              <th style={{ width: '28%' }}>{t('reports.view.col.ballots')}</th>
              <th style={{ width: '11%' }}>{t('reports.view.col.satisfaction')}</th>
            </tr>
          </thead>
          <tbody>
            {view.surveys.map((s) => (
              <tr key={s.id}>
                <td className="center">{s.date}</td>
                <td>{s.title}</td>
                <td className="center">{s.kind}</td>
                <td>{s.ballots}</td>
                <td className="center">{s.satisfaction}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {footer ? <p className="report-doc-footer">{footer}</p> : null}
    </div>
  );
}

function PairsTable({ rows }: { rows: readonly LabelValue[] }) {
  return (
    <table className="print-table report-doc-pairs">
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
