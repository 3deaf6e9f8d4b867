import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../shared/i18n';
import { artifactsDir } from './harness';

/**
 * Printing in the browser tests: a PDF made the way the desktop makes it, its text per page
 * (poppler's pdftotext) and page images (pdftoppm) for a person to look at.
 */

// The footer electron/handlers.ts hands to printToPDF, so the PDF here is paged as on the desktop.
const FOOTER = `<div style="width:100%;text-align:center;font-size:9px;color:#333">${t(
  'print.pageFooter',
  { page: '<span class="pageNumber"></span>', total: '<span class="totalPages"></span>' },
)}</div>`;

/** "第 x 页 共 N 页" as pdftotext writes it. */
export const footerText = (page: number, total: number) =>
  new RegExp(`第\\s*${page}\\s*页\\s*共\\s*${total}\\s*页`);

export async function printToPdf(
  page: Page,
  path: string,
  options: { landscape?: boolean } = {},
): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.pdf({
    path,
    format: 'A4',
    landscape: options.landscape ?? false,
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: FOOTER,
  });
}

/** Each page's text; pdftotext ends every page with a form feed. */
export function pdfPages(path: string, layout = true): string[] {
  const args = layout ? ['-layout', path, '-'] : [path, '-'];
  const text = execFileSync('pdftotext', args, { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** Page images at 60 dpi for a person to look at; returns their file names. */
export function pageImages(pdf: string, prefix: string): string[] {
  for (const file of readdirSync(artifactsDir)) {
    if (file.startsWith(`${prefix}-`) && file.endsWith('.png')) rmSync(join(artifactsDir, file));
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(artifactsDir, prefix)]);
  return readdirSync(artifactsDir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'));
}
