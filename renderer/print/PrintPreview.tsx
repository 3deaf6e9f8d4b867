import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t } from '../../shared/i18n';
import { usePlatform } from '../app/AppContext';
import { DEFAULT_MARGINS, pageRule, type PageMargins, type PageOrientation } from './page';
import { usePrintAction } from './usePrintAction';

export interface PrintPreviewProps {
  /** What is printed, e.g. "XX工会会员名册": the toolbar's title and the PDF dialog's title. */
  title: string;
  /** File name offered for the PDF on the desktop (".pdf" is added). */
  suggestedName: string;
  orientation: PageOrientation;
  /** Millimetres; defaults per orientation (see page.ts). */
  margins?: PageMargins;
  /** Controls beside the print button, e.g. a switch that reveals masked numbers. */
  options?: ReactNode;
  /** Shown between the toolbar and the sheet on screen, never printed (e.g. a warning). */
  notice?: ReactNode;
  onClose: () => void;
  /** The printable document: plain elements styled by the `.print-doc` classes in styles.css. */
  children: ReactNode;
}

/**
 * A print preview that is also what gets printed: the document is rendered once into a container
 * directly under <body>, shown on screen as an A4-wide sheet over the app, and during printing
 * the print CSS hides everything else (the app, drawers, toasts, this toolbar). Only one preview
 * may be open at a time, or both documents would print.
 */
export function PrintPreview({
  title,
  suggestedName,
  orientation,
  margins = DEFAULT_MARGINS[orientation],
  options,
  notice,
  onClose,
  children,
}: PrintPreviewProps) {
  const platform = usePlatform();
  const { print, busy } = usePrintAction();
  const rule = pageRule(orientation, margins);
  const close = useEffectEvent(onClose);

  useEffect(() => {
    // @page cannot be scoped to an element (and named pages do not set the sheet size reliably
    // in every Chromium print path), so the rule lives exactly as long as the preview. A <style>
    // element needs style-src 'unsafe-inline', which the CSP already grants for antd.
    const style = document.createElement('style');
    style.dataset.printPage = orientation;
    style.textContent = rule;
    document.head.append(style);
    return () => style.remove();
  }, [rule, orientation]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const orientationText = t(`print.orientation.${orientation}`);
  const desktop = platform.kind === 'desktop';
  return createPortal(
    <div
      className="print-root"
      role="dialog"
      aria-modal="true"
      aria-label={t('print.preview.label', { title })}
      data-testid="print-preview"
      data-orientation={orientation}
    >
      <div className="print-toolbar">
        <div className="print-toolbar-title">
          <Typography.Text strong>{t('print.preview.label', { title })}</Typography.Text>
          <Typography.Text type="secondary" className="print-toolbar-hint">
            {desktop
              ? t('print.preview.hintDesktop', { orientation: orientationText })
              : t('print.preview.hintBrowser', { orientation: orientationText })}
          </Typography.Text>
        </div>
        <Space wrap>
          {options}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            loading={busy}
            autoFocus
            onClick={() =>
              void print({ suggestedName, landscape: orientation === 'landscape', title })
            }
          >
            {desktop ? t('print.preview.savePdf') : t('print.preview.print')}
          </Button>
          <Button onClick={onClose} disabled={busy}>
            {t('print.preview.close')}
          </Button>
        </Space>
      </div>
      {notice ? <div className="print-notice">{notice}</div> : null}
      <div className="print-scroll">
        <div
          className="print-sheet"
          data-orientation={orientation}
          style={{
            padding: `${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm`,
          }}
        >
          {children}
        </div>
      </div>
    </div>,
    document.body,
  );
}
