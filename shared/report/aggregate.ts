import { pointsText } from '../assessment/arith';
import { buildWorkbook, type SheetCell } from '../format/xlsx-build';
import { render, t, type PlainMessageKey } from '../i18n';
import { formatTenths, rate } from '../members/stats';
import type { ReportPayload } from './payload';
import type { ReportVerdict, VerifiedReport } from './verify';

/**
 * The federation's summary of a batch: one row per union and year from its latest valid report,
 * and a list of every file that did not count or carries a warning. Plain tables, so the CLI's
 * JSON output and the workbook show the same figures; the workbook is written by SheetJS.
 */

export interface Table {
  columns: string[];
  rows: SheetCell[][];
}

export const VERDICT_LABELS: { readonly [V in ReportVerdict]: PlainMessageKey } = {
  valid: 'report.verdictLabel.valid',
  unregistered: 'report.verdictLabel.unregistered',
  'bad-signature': 'report.verdictLabel.badSignature',
  malformed: 'report.verdictLabel.malformed',
  'wrong-union': 'report.verdictLabel.wrongUnion',
  revoked: 'report.verdictLabel.revoked',
  superseded: 'report.verdictLabel.superseded',
  duplicate: 'report.verdictLabel.duplicate',
};

export function verdictLabel(verdict: ReportVerdict): string {
  return t(VERDICT_LABELS[verdict]);
}

const GATE_LABELS = {
  pass: 'report.gate.pass',
  fail: 'report.gate.fail',
  unknown: 'report.gate.unknown',
} as const;

/** A score as a number of points (92.5), the value a person would type into the cell. */
const points = (tenths: number): number => Number(pointsText(tenths));

/** "90.5%" with integer arithmetic (members/stats.ts), or "" when there is no denominator. */
function percent(numerator: number, denominator: number): string {
  const { tenths } = rate(numerator, denominator);
  return tenths === null ? '' : formatTenths(tenths);
}

type Counted = VerifiedReport & { payload: ReportPayload };

/** The latest valid report of each union and year, in union-name order, then year. */
export function latestValid(reports: readonly VerifiedReport[]): Counted[] {
  const latest = new Map<string, Counted>();
  for (const report of reports) {
    if (report.verdict !== 'valid' || !report.payload) continue;
    const { union, period, sequence } = report.payload;
    const key = `${union.creditCode}\u0000${period.year}`;
    const current = latest.get(key);
    if (!current || sequence > current.payload.sequence) latest.set(key, report as Counted);
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  return [...latest.values()].sort(
    (a, b) =>
      collator.compare(a.payload.union.name, b.payload.union.name) ||
      a.payload.union.creditCode.localeCompare(b.payload.union.creditCode) ||
      a.payload.period.year - b.payload.period.year,
  );
}

/** Area and gate columns: every label any counted report uses, in first-seen order. */
function labelsOf(reports: readonly Counted[], pick: (p: ReportPayload) => string[]): string[] {
  const labels = new Set<string>();
  for (const report of reports) for (const label of pick(report.payload)) labels.add(label);
  return [...labels];
}

function surveyRate(payload: ReportPayload): string {
  // The year's last union survey (会员评家); the cadre survey is a different question.
  const survey = payload.surveys
    .filter((s) => s.kind === 'union')
    .reduce<ReportPayload['surveys'][number] | undefined>(
      (last, s) => (!last || s.date >= last.date ? s : last),
      undefined,
    );
  return survey ? percent(survey.satisfied + survey.basic, survey.slots) : '';
}

export function aggregateRows(reports: readonly VerifiedReport[]): Table {
  const counted = latestValid(reports);
  const areaLabels = labelsOf(counted, (p) => p.assessment.areas.map((a) => a.label));
  const gateLabels = labelsOf(counted, (p) => p.assessment.gates.map((g) => g.label));
  const columns = [
    t('report.column.unionName'),
    t('report.column.creditCode'),
    t('report.column.year'),
    t('report.column.sequence'),
    ...areaLabels,
    t('report.column.total'),
    t('report.column.max'),
    t('report.column.band'),
    ...gateLabels,
    t('report.column.members'),
    t('report.column.membershipRate'),
    t('report.column.migrantRate'),
    t('report.column.satisfaction'),
    t('report.column.meetings'),
    t('report.column.quorumMeetings'),
    t('report.column.result'),
  ];
  const rows = counted.map(({ payload, problems }): SheetCell[] => {
    const { assessment, roster, period } = payload;
    const areaScore = new Map(assessment.areas.map((a) => [a.label, a.scoreTenths]));
    const gateState = new Map(assessment.gates.map((g) => [g.label, g.state]));
    // Minutes reach back before the period (an election within the term); count the year's.
    const held = payload.meetings.filter((m) => m.date >= period.start && m.date <= period.end);
    const result = verdictLabel('valid');
    return [
      payload.union.name,
      payload.union.creditCode,
      period.year,
      payload.sequence,
      ...areaLabels.map((label) => {
        const tenths = areaScore.get(label);
        return tenths === undefined ? '' : points(tenths);
      }),
      points(assessment.totalTenths),
      points(assessment.maxTenths),
      assessment.band?.label ?? t('report.band.none'),
      ...gateLabels.map((label) => {
        const state = gateState.get(label);
        return state ? t(GATE_LABELS[state]) : '';
      }),
      roster.onRoll,
      percent(roster.rates.membership.numerator, roster.rates.membership.denominator),
      percent(roster.rates.migrant.numerator, roster.rates.migrant.denominator),
      surveyRate(payload),
      held.length,
      held.filter((m) => m.quorumOk === true).length,
      problems.length > 0
        ? t('report.result.withProblems', { result, count: problems.length })
        : result,
    ];
  });
  return { columns, rows };
}

/** 问题清单: every file that does not count, then every warning, one line each. */
export function problemRows(reports: readonly VerifiedReport[]): Table {
  const columns = [
    t('report.column.file'),
    t('report.column.union'),
    t('report.column.result'),
    t('report.column.explanation'),
  ];
  const unionOf = (report: VerifiedReport) =>
    report.payload ? `${report.payload.union.name}（${report.payload.union.creditCode}）` : '';
  const rows: SheetCell[][] = [];
  for (const report of reports) {
    if (report.verdict === 'valid') continue;
    rows.push([
      report.fileName,
      unionOf(report),
      verdictLabel(report.verdict),
      render(report.message),
    ]);
  }
  for (const report of reports) {
    for (const problem of report.problems) {
      rows.push([report.fileName, unionOf(report), t('report.result.warning'), render(problem)]);
    }
  }
  return { columns, rows };
}

/** The summary workbook (.xlsx): 汇总 and 问题清单. */
export function aggregateWorkbook(reports: readonly VerifiedReport[]): Uint8Array {
  const summary = aggregateRows(reports);
  const problems = problemRows(reports);
  return buildWorkbook(
    [
      {
        sheetName: t('report.sheet.summary'),
        rows: [summary.columns, ...summary.rows],
        headerRow: 0,
        // The credit code is text: an all-digit one must not turn into a number.
        textColumns: [1],
        freezeColumns: 1,
        autoFilter: true,
      },
      {
        sheetName: t('report.sheet.problems'),
        rows: [problems.columns, ...problems.rows],
        headerRow: 0,
        widths: [40, 40, 16, 100],
        autoFilter: true,
      },
    ],
    // A federation's summary can run to ten thousand rows: the faster deflate saves a second.
    { level: 1 },
  );
}
