import { t } from '../../../../shared/i18n';
import { render } from '../../../../shared/i18n';
import type { RosterStats, Workforce } from '../../../../shared/members/stats';
import { periodLabel } from '../../../../shared/members/stats';
import { compactDate } from '../../../print/page';
import { safeFileName, unionTitleName } from '../export/names';
import type { SheetCell, SheetSpec } from '../../../../shared/format/xlsx-build';
import { ageRows, changeRows, employmentRows, rateText } from './stats-view';

/**
 * The statistics of one period as a two-column sheet (item, figure) in the order of the 工会统计
 * 年报's member section, so the clerk can copy figure by figure. Counts are numbers; rates are
 * the exact text the panel shows, never a float Excel would round its own way.
 */
export function statsSheet(
  stats: RosterStats,
  workforce: Workforce,
  options: { unionName: string; today: string },
): SheetSpec {
  const rows: SheetCell[][] = [
    [t('report.statsSheet.title', { union: unionTitleName(options.unionName) })],
    [t('report.statsSheet.item'), t('report.statsSheet.count')],
    [t('report.statsSheet.period'), periodLabel(stats.period)],
    [t('report.statsSheet.exportedOn'), options.today],
    [t('report.statsSheet.members')],
    [t('report.statsSheet.onRollAtStart'), stats.onRollAtStart],
    [t('report.statsSheet.onRoll'), stats.onRoll],
    [t('report.statsSheet.women'), stats.women],
    [t('report.statsSheet.migrant'), stats.migrant],
    [t('report.statsSheet.reserved'), stats.reserved],
    [t('report.statsSheet.changes')],
    ...changeRows(stats).map((row) => [row.label, row.value]),
    [t('report.statsSheet.joined'), stats.joined],
    [t('report.statsSheet.left'), stats.left],
    [t('report.statsSheet.age')],
    ...ageRows(stats).map((row) => [row.label, row.value]),
    [t('report.statsSheet.employment')],
    ...employmentRows(stats).map((row) => [row.label, row.value]),
    [t('report.statsSheet.rates')],
    [t('profile.field.workforceTotal'), workforce.workforceTotal],
    [t('members.stats.membershipRate'), rateText(stats.rates.membership)],
    [t('profile.field.workforceMigrant'), workforce.workforceMigrant],
    [t('members.stats.migrantRate'), rateText(stats.rates.migrant)],
    [t('profile.field.workforceWomen'), workforce.workforceWomen],
    [t('members.stats.womenRate'), rateText(stats.rates.women)],
    [],
    [t('report.statsSheet.note')],
    ...stats.warnings.map((warning) => [t('report.statsSheet.warning', { text: render(warning) })]),
  ];
  return {
    sheetName: t('report.statsSheet.name'),
    rows,
    headerRow: 1,
    widths: [36, 14],
  };
}

export function statsFileName(stats: RosterStats, unionName: string, today: string): string {
  return safeFileName(
    t('report.statsSheet.fileName', {
      union: unionName.trim(),
      year: stats.period.year,
      kind:
        stats.period.kind === 'calendar'
          ? t('report.statsSheet.kindCalendar')
          : t('report.statsSheet.kindOctSep'),
      date: compactDate(today),
    }),
  );
}
