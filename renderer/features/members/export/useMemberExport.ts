import { useMemo } from 'react';
import { t } from '../../../../shared/i18n';
import type { MemberData } from '../../../../shared/members/model';
import { localToday } from '../../../../shared/validation/date';
import { usePlatform } from '../../../app/AppContext';
import type { SaveOutcome } from '../../../platform/types';
import { buildXlsxInWorker } from './build-xlsx';
import { rosterSheet, templateSheet, type RosterExportOptions } from './member-sheets';
import { rosterFileName, safeFileName } from './names';
import type { SheetSpec } from '../../../../shared/format/xlsx-build';

/** Named actions that write spreadsheets: the roster, the blank template, any one-sheet table. */
export function useMemberExport() {
  const platform = usePlatform();
  return useMemo(() => {
    const save = async (spec: SheetSpec, baseName: string): Promise<SaveOutcome> =>
      platform.saveFile({
        suggestedName: `${safeFileName(baseName)}.xlsx`,
        filters: [{ name: t('report.export.filter'), extensions: ['xlsx'] }],
        data: await buildXlsxInWorker(spec),
      });
    return {
      exportRoster: (members: readonly MemberData[], options: RosterExportOptions) =>
        save(rosterSheet(members, options), rosterFileName(options.unionName, localToday())),
      downloadTemplate: () => save(templateSheet(), t('report.export.templateFileName')),
      saveSheet: save,
    };
  }, [platform]);
}
