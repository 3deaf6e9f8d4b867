import { App } from 'antd';
import { useCallback, useState } from 'react';
import { t } from '../../shared/i18n';
import { usePlatform } from '../app/AppContext';
import { PlatformError, type PrintRequest } from '../platform/types';

/**
 * Prints what the print preview shows through the platform: a PDF and a save dialog on the
 * desktop, the browser's print dialog otherwise. Says where the PDF went, or why it failed.
 */
export function usePrintAction(): {
  print: (request: PrintRequest) => Promise<void>;
  busy: boolean;
} {
  const platform = usePlatform();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = useCallback(
    async (request: PrintRequest) => {
      setBusy(true);
      try {
        // A page printed before its web fonts or CJK fallback fonts are ready shows blank boxes.
        await document.fonts.ready;
        const outcome = await platform.printCurrentView(request);
        if (outcome.status === 'saved') {
          void message.success(t('print.preview.saved', { fileName: outcome.fileName }));
        }
      } catch (error) {
        const reason = error instanceof PlatformError ? error.message : t('print.error.failed');
        void message.error(t('print.preview.failed', { reason }));
      } finally {
        setBusy(false);
      }
    },
    [platform, message],
  );
  return { print, busy };
}
