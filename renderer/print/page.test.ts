import { describe, expect, it } from 'vitest';
import { compactDate, DEFAULT_MARGINS, longDate, pageRule } from './page';

describe('page set-up', () => {
  it('writes the @page rule for A4 in either orientation', () => {
    expect(pageRule('landscape', DEFAULT_MARGINS.landscape)).toBe(
      '@page { size: A4 landscape; margin: 10mm 10mm 14mm 10mm; }',
    );
    expect(pageRule('portrait', { top: 1, right: 2, bottom: 3, left: 4 })).toBe(
      '@page { size: A4 portrait; margin: 1mm 2mm 3mm 4mm; }',
    );
  });

  it('leaves room for the PDF page footer in the bottom margin', () => {
    expect(DEFAULT_MARGINS.landscape.bottom).toBeGreaterThanOrEqual(12);
    expect(DEFAULT_MARGINS.portrait.bottom).toBeGreaterThanOrEqual(12);
  });

  it('writes dates as printed forms do, and compactly for file names', () => {
    expect(longDate('2026-03-05')).toBe('2026 年 3 月 5 日');
    expect(compactDate('2026-03-05')).toBe('20260305');
  });
});
