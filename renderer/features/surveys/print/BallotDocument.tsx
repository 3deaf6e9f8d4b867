import { t } from '../../../../shared/i18n';
import {
  SURVEY_ANSWER_LABELS,
  SURVEY_ANSWERS,
  type SurveyRound,
} from '../../../../shared/surveys/model';
import { longDate } from '../../../print/page';

/**
 * The anonymous ballot on A4 portrait: the union's name and the round's title, how to fill it
 * in, a table of items with a box per answer, a table of the cadres (name, post, a box per
 * answer), and space for suggestions. Nothing on it asks who fills it in.
 */
export function BallotDocument({ round, unionName }: { round: SurveyRound; unionName: string }) {
  const box = t('surveys.print.box');
  const answerHeads = SURVEY_ANSWERS.map((answer) => (
    <th key={answer}>{t(SURVEY_ANSWER_LABELS[answer])}</th>
  ));
  const boxes = SURVEY_ANSWERS.map((answer) => (
    <td key={answer} className="ballot-box">
      {box}
    </td>
  ));
  const hasItems = round.items.length > 0;
  const hasCadres = round.cadres.length > 0;
  // Parts are numbered 一、二、三 in the order they are printed.
  const numerals = [...t('surveys.print.numerals')];
  const cadreNumber = numerals[hasItems ? 1 : 0] ?? '';
  const suggestionsNumber = numerals[(hasItems ? 1 : 0) + (hasCadres ? 1 : 0)] ?? '';
  return (
    <div className="print-doc ballot-print" data-testid="ballot-document">
      {unionName ? (
        <h1 className="print-title">{t('surveys.print.heading', { union: unionName })}</h1>
      ) : null}
      <p className="ballot-subtitle">
        {round.title}
        {t('surveys.print.anonymous')}
      </p>
      <p className="ballot-instructions">
        {t('surveys.print.instructions', { date: longDate(round.endedOn) })}
      </p>
      {hasItems ? (
        <>
          <h2>{t('surveys.print.partUnion', { n: numerals[0] ?? '' })}</h2>
          <table className="print-table">
            <colgroup>
              <col style={{ width: '7%' }} />
              <col style={{ width: '45%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('surveys.print.index')}</th>
                <th>{t('surveys.print.item')}</th>
                {answerHeads}
              </tr>
            </thead>
            <tbody>
              {round.items.map((item, i) => (
                <tr key={item.id}>
                  <td className="center">{i + 1}</td>
                  <td>{item.title}</td>
                  {boxes}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {hasCadres ? (
        <>
          <h2>{t('surveys.print.partCadre', { n: cadreNumber })}</h2>
          <table className="print-table">
            <colgroup>
              <col style={{ width: '7%' }} />
              <col style={{ width: '18%' }} />
              <col style={{ width: '27%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
              <col style={{ width: '12%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('surveys.print.index')}</th>
                <th>{t('surveys.print.cadreName')}</th>
                <th>{t('surveys.print.cadrePost')}</th>
                {answerHeads}
              </tr>
            </thead>
            <tbody>
              {round.cadres.map((cadre, i) => (
                <tr key={cadre.id}>
                  <td className="center">{i + 1}</td>
                  <td className="center">{cadre.name}</td>
                  <td className="center">{cadre.post}</td>
                  {boxes}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h2>{t('surveys.print.suggestions', { n: suggestionsNumber })}</h2>
      <div className="ballot-suggestions" />
      <p className="ballot-footer">
        {t('surveys.print.footer', { union: unionName, date: longDate(round.startedOn) })}
      </p>
    </div>
  );
}
