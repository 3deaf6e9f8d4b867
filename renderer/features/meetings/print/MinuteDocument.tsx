import { t } from '../../../../shared/i18n';
import type { MinuteItemView, MinuteView } from './minute-print';

/**
 * The printed 会议记录 on A4 portrait. The whole document sits in one frame table whose header
 * cell holds a running head: Chromium repeats a table's <thead> at the top of every page, which
 * is the one reliable way to head each sheet of a long minute. Items, table rows, the vote lines
 * and the signatures are never cut across two pages (styles.css, "Meeting prints").
 */
export function MinuteDocument({ view }: { view: MinuteView }) {
  return (
    <div className="print-doc minute-print">
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
              <MinuteBody view={view} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function MinuteBody({ view }: { view: MinuteView }) {
  return (
    <>
      {view.unionName ? <div className="minute-union">{view.unionName}</div> : null}
      <h1 className="print-title minute-title">{view.title}</h1>
      <div className="minute-subtitle">{t('meetingsPrint.minute.heading')}</div>

      <table className="print-table minute-header">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '36%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '36%' }} />
        </colgroup>
        <tbody>
          {view.header.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.label2 !== undefined ? (
                <>
                  <td>{row.value}</td>
                  <th scope="row">{row.label2}</th>
                  <td>{row.value2}</td>
                </>
              ) : (
                <td colSpan={3}>
                  {row.value}
                  {row.note ? <div className="minute-basis">{row.note}</div> : null}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      {view.presentNames ? (
        <section className="minute-section">
          <h2 className="minute-heading">
            {t('meetingsPrint.section.attendance', { count: view.presentCount })}
          </h2>
          <ul className="minute-names">
            {view.presentNames.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="minute-section">
        <h2 className="minute-heading">{t('meetingsPrint.section.items')}</h2>
        {view.items.length ? (
          view.items.map((item) => <MinuteItem key={item.id} item={item} />)
        ) : (
          <p>{t('meetingsPrint.noItems')}</p>
        )}
      </section>

      <section className="minute-section minute-closing">
        <h2 className="minute-heading">{t('meetingsPrint.section.closing')}</h2>
        {view.closing.length ? (
          view.closing.map((text, i) => <p key={i}>{text}</p>)
        ) : (
          <p>{t('meetingsPrint.noClosing')}</p>
        )}
      </section>

      <div className="minute-signatures" data-check={view.signature.check}>
        <div className="minute-sign-row">
          <span className="minute-sign">
            <span>{t('meetingsPrint.sign.chair')}</span>
            <span className="minute-sign-line">{view.signature.chair}</span>
          </span>
          <span className="minute-sign">
            <span>{t('meetingsPrint.sign.recorder')}</span>
            <span className="minute-sign-line">{view.signature.recorder}</span>
          </span>
        </div>
        <div className="minute-sign-row">
          <span className="minute-sign">
            <span>{t('meetingsPrint.sign.date')}</span>
            <span className="minute-sign-line">{view.signature.date}</span>
          </span>
        </div>
        <p className={`minute-seal minute-seal-${view.signature.check}`}>{view.signature.note}</p>
      </div>

      {view.addenda.length ? (
        <section className="minute-addenda">
          <h2 className="minute-heading">{t('meetingsPrint.addenda.title')}</h2>
          <p className="minute-addenda-note">{t('meetingsPrint.addenda.note')}</p>
          {view.addenda.map((addendum) => (
            <div key={addendum.id} className="minute-addendum">
              <div className="minute-addendum-heading">{addendum.heading}</div>
              {addendum.text.map((text, i) => (
                <p key={i}>{text}</p>
              ))}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}

function MinuteItem({ item }: { item: MinuteItemView }) {
  const [first, ...rest] = item.discussion;
  const [resolution, ...moreResolution] = item.resolution;
  return (
    <div className="minute-item" data-item={item.id}>
      <h3 className="minute-item-title">
        <span className="minute-item-number">{item.number}</span>
        {item.title}
      </h3>
      {item.tags ? <p className="minute-tags">{item.tags}</p> : null}
      <p>
        <span className="minute-label">{t('meetingsPrint.item.discussion')}</span>
        {first ?? t('meetingsPrint.item.noDiscussion')}
      </p>
      {rest.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {item.vote ? (
        <div className="minute-vote">
          <p>
            <span className="minute-label">{t('meetingsPrint.item.vote')}</span>
            {item.vote.counts}
          </p>
          <p>
            <span className="minute-label">{t('meetingsPrint.item.result')}</span>
            {item.vote.result ? (
              <strong className={item.vote.passed ? 'minute-passed' : 'minute-failed'}>
                {item.vote.result}
              </strong>
            ) : null}
            {item.vote.result ? '。' : null}
            {item.vote.reason}
          </p>
        </div>
      ) : null}
      <div className="minute-resolution">
        <p>
          <span className="minute-label">{t('meetingsPrint.item.resolution')}</span>
          {resolution ?? t('meetingsPrint.item.noResolution')}
        </p>
        {moreResolution.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
    </div>
  );
}
