import { t } from '../../../../shared/i18n';
import type { AssessmentPrintView, PrintAreaView } from './assessment-print';

/**
 * The printed 自评表 on A4 portrait. A frame table's header cell holds the running head, which
 * Chromium repeats at the top of every page; the score table's own column heads repeat too, and
 * no row is cut across two pages (styles.css, "Assessment print"). The 考核分 / 考核认定 cells and
 * the inspector's signatures are left blank on purpose.
 */
export function AssessmentDocument({ view }: { view: AssessmentPrintView }) {
  return (
    <div className="print-doc assessment-print">
      <table className="print-frame">
        <thead>
          <tr>
            <td>
              <div className="print-running-head">{view.runningHead}</div>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <AssessmentBody view={view} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function AssessmentBody({ view }: { view: AssessmentPrintView }) {
  return (
    <>
      <h1 className="print-title assessment-print-title">{view.title}</h1>
      <div className="assessment-print-meta">
        {view.meta.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </div>

      <table className="print-table assessment-print-items">
        <colgroup>
          <col style={{ width: '7%' }} />
          <col style={{ width: '31%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '38%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('assessmentPrint.col.index')}</th>
            <th>{t('assessmentPrint.col.item')}</th>
            <th>{t('assessmentPrint.col.max')}</th>
            <th>{t('assessmentPrint.col.score')}</th>
            <th>{t('assessmentPrint.col.check')}</th>
            <th>{t('assessmentPrint.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {view.areas.map((area) => (
            <AreaRows key={area.id} area={area} />
          ))}
          <tr className="assessment-print-total">
            <td colSpan={2}>{t('assessmentPrint.total')}</td>
            <td className="center">{view.totalMaxText}</td>
            <td className="center">{view.totalScoreText}</td>
            <td />
            <td />
          </tr>
        </tbody>
      </table>

      <section className="assessment-print-section">
        <h2 className="assessment-print-heading">{t('assessmentPrint.gates.heading')}</h2>
        <table className="print-table assessment-print-gates">
          <colgroup>
            <col style={{ width: '7%' }} />
            <col style={{ width: '25%' }} />
            <col style={{ width: '9%' }} />
            <col style={{ width: '47%' }} />
            <col style={{ width: '12%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('assessmentPrint.gates.col.index')}</th>
              <th>{t('assessmentPrint.gates.col.gate')}</th>
              <th>{t('assessmentPrint.gates.col.state')}</th>
              <th>{t('assessmentPrint.gates.col.why')}</th>
              <th>{t('assessmentPrint.gates.col.check')}</th>
            </tr>
          </thead>
          <tbody>
            {view.gates.map((gate) => (
              <tr key={gate.id} data-gate={gate.id} data-state={gate.state}>
                <td className="center">{gate.id}</td>
                <td>{gate.label}</td>
                <td className={`center assessment-print-state-${gate.state}`}>{gate.stateText}</td>
                <td className="assessment-print-note">{gate.why}</td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <p className="assessment-print-small">{t('assessmentPrint.gates.note')}</p>
      </section>

      <section className="assessment-print-section assessment-print-result">
        <h2 className="assessment-print-heading">{t('assessmentPrint.result.heading')}</h2>
        <table className="print-table assessment-print-totals">
          <colgroup>
            <col style={{ width: '18%' }} />
            <col style={{ width: '32%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '32%' }} />
          </colgroup>
          <tbody>
            <tr>
              <th scope="row">{t('assessmentPrint.result.score')}</th>
              <td className="center" data-testid="assessment-print-total">
                {t('assessmentPrint.points', { points: view.totalScoreText })}
              </td>
              <th scope="row">{t('assessmentPrint.result.band')}</th>
              <td className="center" data-testid="assessment-print-band">
                {view.bandText}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('assessmentPrint.result.checkScore')}</th>
              <td />
              <th scope="row">{t('assessmentPrint.result.checkBand')}</th>
              <td />
            </tr>
          </tbody>
        </table>
        {view.cappedBy.length ? (
          <p className="assessment-print-small">
            {t('assessmentPrint.result.cappedBy', { reasons: view.cappedBy.join('；') })}
          </p>
        ) : null}
        <p className="assessment-print-small">{view.bandRules}</p>
      </section>

      <div className="assessment-print-signatures">
        <div className="assessment-print-sign-row">
          <SignLine label={t('assessmentPrint.sign.chair')} />
          <SignLine label={t('assessmentPrint.sign.seal')} />
        </div>
        <div className="assessment-print-sign-row">
          <SignLine
            label={t('assessmentPrint.sign.date')}
            value={t('assessmentPrint.sign.blankDate')}
            half
          />
        </div>
        <div className="assessment-print-inspector">{t('assessmentPrint.sign.inspectorNote')}</div>
        <div className="assessment-print-sign-row">
          <SignLine label={t('assessmentPrint.sign.inspectorUnit')} />
          <SignLine label={t('assessmentPrint.sign.inspector')} />
        </div>
        <div className="assessment-print-sign-row">
          <SignLine
            label={t('assessmentPrint.sign.date')}
            value={t('assessmentPrint.sign.blankDate')}
            half
          />
        </div>
      </div>
    </>
  );
}

function AreaRows({ area }: { area: PrintAreaView }) {
  return (
    <>
      <tr className="assessment-print-area" data-area={area.id}>
        <td colSpan={2}>{area.heading}</td>
        <td className="center">{area.maxText}</td>
        <td className="center">{area.scoreText}</td>
        <td />
        <td className="assessment-print-subtotal">{t('assessmentPrint.area.subtotal')}</td>
      </tr>
      {area.items.map((item) => (
        <tr key={item.id} data-item={item.id}>
          <td className="center">{item.id}</td>
          <td>
            {item.title}
            {item.gates ? <span className="assessment-print-gate-mark">{item.gates}</span> : null}
          </td>
          <td className="center">{item.maxText}</td>
          <td className="center assessment-print-score">{item.scoreText}</td>
          <td />
          <td className="assessment-print-note">
            {item.note.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </td>
        </tr>
      ))}
    </>
  );
}

function SignLine({ label, value, half }: { label: string; value?: string; half?: boolean }) {
  const className = half
    ? 'assessment-print-sign assessment-print-sign-half'
    : 'assessment-print-sign';
  return (
    <span className={className}>
      <span>{label}</span>
      <span className="assessment-print-sign-line">{value}</span>
    </span>
  );
}
