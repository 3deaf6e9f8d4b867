import { t } from '../../shared/i18n';

/**
 * Page set-up of printed documents. Kept apart from the React code so that the numbers the
 * print CSS, the on-screen sheet and the PDF footer depend on live in one place.
 */

export type PageOrientation = 'portrait' | 'landscape';

/** A4 in millimetres, as the page is oriented. */
export const A4_MM: { readonly [O in PageOrientation]: { width: number; height: number } } = {
  portrait: { width: 210, height: 297 },
  landscape: { width: 297, height: 210 },
};

export interface PageMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Millimetres. The bottom margin holds the desktop PDF's page footer ("第 x 页 共 N 页"), which
 * Chromium draws inside the margin box, so it must stay at least about 12 mm.
 */
export const DEFAULT_MARGINS: { readonly [O in PageOrientation]: PageMargins } = {
  landscape: { top: 10, right: 10, bottom: 14, left: 10 },
  portrait: { top: 15, right: 15, bottom: 16, left: 15 },
};

/** The `@page` rule for a document; one document is printed at a time. */
export function pageRule(orientation: PageOrientation, margins: PageMargins): string {
  const { top, right, bottom, left } = margins;
  return `@page { size: A4 ${orientation}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }`;
}

/** "2026 年 11 月 23 日" from `YYYY-MM-DD`, as dates are written on printed forms. */
export function longDate(isoDate: string): string {
  return t('print.longDate', {
    year: isoDate.slice(0, 4),
    month: Number(isoDate.slice(5, 7)),
    day: Number(isoDate.slice(8, 10)),
  });
}

/** `YYYYMMDD` for file names. */
export function compactDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}
