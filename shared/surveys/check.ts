import { msg, t, type Message } from '../i18n';
import { checkIsoDate } from '../validation/date';
import {
  MAX_SURVEY_COUNT,
  SURVEY_ANSWER_LABELS,
  SURVEY_ANSWERS,
  countsTotal,
  emptyCounts,
  surveyQuestions,
  type SurveyRoundContent,
} from './model';

/**
 * What is wrong with a round before it is saved. Every problem refuses the save: counts that
 * cannot be right (more returned than handed out, more valid than returned, an item with more
 * answers than valid ballots) and counts that are not whole numbers ≥ 0.
 */

export interface SurveyProblem {
  /**
   * Where: 'title', 'startedOn', 'endedOn', 'items.2', 'cadres.0', 'distributed', 'returned',
   * 'valid', 'ballots', or 'counts.<question id>' (the whole row) and
   * 'counts.<question id>.<answer>' (one cell).
   */
  field: string;
  message: Message;
}

function isCount(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SURVEY_COUNT
  );
}

/** The count problems of the round's head figures and of every question's answers. */
export function checkSurveyCounts(
  content: Pick<
    SurveyRoundContent,
    'items' | 'cadres' | 'distributed' | 'returned' | 'valid' | 'counts'
  >,
): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const heads = [
    ['distributed', 'surveys.field.distributed'],
    ['returned', 'surveys.field.returned'],
    ['valid', 'surveys.field.valid'],
  ] as const;
  let headsOk = true;
  for (const [field, label] of heads) {
    if (!isCount(content[field])) {
      headsOk = false;
      problems.push({
        field,
        message: msg('surveys.check.countInvalid', { what: t(label), max: MAX_SURVEY_COUNT }),
      });
    }
  }
  const { distributed, returned, valid } = content;
  if (headsOk && returned > distributed) {
    problems.push({
      field: 'returned',
      message: msg('surveys.check.returnedOverDistributed', { returned, distributed }),
    });
  }
  if (headsOk && valid > returned) {
    problems.push({
      field: 'valid',
      message: msg('surveys.check.validOverReturned', { valid, returned }),
    });
  }

  for (const question of surveyQuestions(content)) {
    const counts = content.counts[question.id] ?? emptyCounts();
    let rowOk = true;
    for (const answer of SURVEY_ANSWERS) {
      const value = counts[answer];
      const field = `counts.${question.id}.${answer}`;
      const answerLabel = t(SURVEY_ANSWER_LABELS[answer]);
      if (!isCount(value)) {
        rowOk = false;
        problems.push({
          field,
          message: msg('surveys.check.answerInvalid', {
            question: question.label,
            answer: answerLabel,
            max: MAX_SURVEY_COUNT,
          }),
        });
      } else if (isCount(valid) && value > valid) {
        rowOk = false;
        problems.push({
          field,
          message: msg('surveys.check.answerOverValid', {
            question: question.label,
            answer: answerLabel,
            count: value,
            valid,
          }),
        });
      }
    }
    if (!rowOk || !isCount(valid)) continue;
    const sum = countsTotal(counts);
    if (sum > valid) {
      problems.push({
        field: `counts.${question.id}`,
        message: msg('surveys.check.tallyOverValid', {
          question: question.label,
          sum,
          satisfied: counts.satisfied,
          basic: counts.basic,
          unsatisfied: counts.unsatisfied,
          unknown: counts.unknown,
          valid,
        }),
      });
    }
  }
  return problems;
}

/** Every problem of a round's content; empty when it may be saved. */
export function checkSurveyRound(content: SurveyRoundContent): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  if (content.title.trim() === '') {
    problems.push({ field: 'title', message: msg('surveys.check.titleMissing') });
  }
  const startOk = checkIsoDate(content.startedOn) === 'ok';
  const endOk = checkIsoDate(content.endedOn) === 'ok';
  if (!startOk) {
    problems.push({
      field: 'startedOn',
      message: msg('surveys.check.dateInvalid', { what: t('surveys.field.startedOn') }),
    });
  }
  if (!endOk) {
    problems.push({
      field: 'endedOn',
      message: msg('surveys.check.dateInvalid', { what: t('surveys.field.endedOn') }),
    });
  }
  if (startOk && endOk && content.endedOn < content.startedOn) {
    problems.push({
      field: 'endedOn',
      message: msg('surveys.check.endBeforeStart', {
        start: content.startedOn,
        end: content.endedOn,
      }),
    });
  }
  if (content.items.length === 0 && content.cadres.length === 0) {
    problems.push({ field: 'items', message: msg('surveys.check.noQuestions') });
  }
  const seen = new Set<string>();
  content.items.forEach((item, i) => {
    const title = item.title.trim();
    if (title === '') {
      problems.push({
        field: `items.${i}`,
        message: msg('surveys.check.itemTitleMissing', { n: i + 1 }),
      });
    } else if (seen.has(title)) {
      problems.push({
        field: `items.${i}`,
        message: msg('surveys.check.itemDuplicate', { title }),
      });
    }
    seen.add(title);
  });
  content.cadres.forEach((cadre, i) => {
    if (cadre.name.trim() === '') {
      problems.push({
        field: `cadres.${i}`,
        message: msg('surveys.check.cadreNameMissing', { n: i + 1 }),
      });
    }
  });
  problems.push(...checkSurveyCounts(content));
  return problems;
}

/** Ballot entry: the ballots entered must fit in the ballots returned. */
export function checkBallotCount(ballots: number, returned: number): SurveyProblem[] {
  return ballots > returned
    ? [
        {
          field: 'ballots',
          message: msg('surveys.check.ballotsOverReturned', { ballots, returned }),
        },
      ]
    : [];
}
