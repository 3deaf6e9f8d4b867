import { pointsText } from '../assessment/arith';
import { msg, t, type Message } from '../i18n';
import type { ReportPayload } from './payload';
import type { KnownStandard } from './registry';

/**
 * What a federation should look at in a report whose signature and key are fine: a standard it
 * does not know, totals that do not add up, rates above 100 %. None of these changes the verdict
 * — the union signed what it signed — but each is a question to put to the union.
 */
export function reportProblems(
  fileName: string,
  payload: ReportPayload,
  knownStandards?: readonly KnownStandard[],
): Message[] {
  return [
    ...standardProblems(fileName, payload, knownStandards),
    ...scoreProblems(fileName, payload),
    ...rateProblems(fileName, payload),
  ];
}

function standardProblems(
  file: string,
  payload: ReportPayload,
  knownStandards: readonly KnownStandard[] | undefined,
): Message[] {
  // Without a list there is nothing to compare against: no opinion rather than a warning on all.
  if (!knownStandards || knownStandards.length === 0) return [];
  const stated = payload.assessment.standard;
  const params = { file, standard: stated.name, version: stated.version };
  const sameVersion = knownStandards.filter(
    (s) => s.id === stated.id && s.version === stated.version,
  );
  if (sameVersion.some((s) => s.hash === stated.hash)) return [];
  return [
    sameVersion.length > 0
      ? msg('report.problem.standardAltered', params)
      : msg('report.problem.unknownStandard', params),
  ];
}

function scoreProblems(file: string, payload: ReportPayload): Message[] {
  const { items, areas, totalTenths } = payload.assessment;
  const problems: Message[] = [];
  for (const item of items) {
    if (item.scoreTenths > item.maxTenths) {
      problems.push(
        msg('report.problem.itemAboveMax', {
          file,
          item: `${item.itemId} ${item.title}`,
          score: pointsText(item.scoreTenths),
          max: pointsText(item.maxTenths),
        }),
      );
    }
  }
  const itemSum = items.reduce((sum, item) => sum + item.scoreTenths, 0);
  if (itemSum !== totalTenths) {
    problems.push(
      msg('report.problem.totalMismatch', {
        file,
        sum: pointsText(itemSum),
        total: pointsText(totalTenths),
      }),
    );
  }
  for (const area of areas) {
    const sum = items
      .filter((item) => item.areaId === area.areaId)
      .reduce((total, item) => total + item.scoreTenths, 0);
    if (sum !== area.scoreTenths) {
      problems.push(
        msg('report.problem.areaMismatch', {
          file,
          area: area.label,
          sum: pointsText(sum),
          score: pointsText(area.scoreTenths),
        }),
      );
    }
  }
  return problems;
}

function rateProblems(file: string, payload: ReportPayload): Message[] {
  const { rates } = payload.roster;
  const named = [
    [t('report.rate.membership'), rates.membership],
    [t('report.rate.migrant'), rates.migrant],
    [t('report.rate.women'), rates.women],
    ...payload.surveys.map(
      (survey) =>
        [
          t('report.rate.satisfaction', { survey: survey.title }),
          { numerator: survey.satisfied + survey.basic, denominator: survey.slots },
        ] as const,
    ),
  ] as const;
  return named
    .filter(([, fraction]) => fraction.numerator > fraction.denominator)
    .map(([rate, fraction]) =>
      msg('report.problem.rateAbove', {
        file,
        rate,
        numerator: fraction.numerator,
        denominator: fraction.denominator,
      }),
    );
}
