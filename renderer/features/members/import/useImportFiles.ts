import { App } from 'antd';
import { useCallback, useState } from 'react';
import { t } from '../../../../shared/i18n';
import { usePlatform } from '../../../app/AppContext';
import { PlatformError, type PickedFile } from '../../../platform/types';

const EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'et', 'ods', 'csv', 'txt'];
// A roster of 50,000 rows is a few MB; this leaves room for CSV and uncompressed workbooks.
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Picking the file to import, and saving the 错误清单 the worker built. */
export function useImportFiles() {
  const platform = usePlatform();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  /** The picked file, null when the user cancelled; throws the platform's message as text. */
  const pick = useCallback(async (): Promise<PickedFile | null> => {
    try {
      const [file] = await platform.openFiles({
        filters: [{ name: t('memberImport.choose.filter'), extensions: EXTENSIONS }],
        multiple: false,
        title: t('memberImport.choose.dialogTitle'),
        maxBytes: MAX_IMPORT_BYTES,
      });
      return file ?? null;
    } catch (error) {
      throw new Error(error instanceof PlatformError ? error.message : String(error), {
        cause: error,
      });
    }
  }, [platform]);

  const saveErrorList = useCallback(
    async (fileName: string, build: () => Promise<Uint8Array>) => {
      setSaving(true);
      try {
        const data = await build();
        const base = fileName.replace(/\.[^.]*$/, '');
        const outcome = await platform.saveFile({
          suggestedName: `${t('memberImport.errorList.fileName', { name: base })}.xlsx`,
          filters: [{ name: t('memberImport.errorList.filter'), extensions: ['xlsx'] }],
          data,
        });
        if (outcome.status === 'saved') {
          void message.success(t('memberImport.errorList.saved', { name: outcome.fileName }));
        }
      } catch {
        void message.error(t('memberImport.errorList.failed'));
      } finally {
        setSaving(false);
      }
    },
    [platform, message],
  );

  return { pick, saveErrorList, saving };
}
