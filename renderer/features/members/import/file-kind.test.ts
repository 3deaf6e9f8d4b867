import { describe, expect, it } from 'vitest';
import { detectFileKind, isMarkup } from './file-kind';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('detectFileKind', () => {
  it('recognises containers by their magic bytes', () => {
    expect(detectFileKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('ole');
    expect(detectFileKind(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0))).toBe('zip');
    expect(detectFileKind(bytes())).toBe('empty');
  });

  it('takes text as text and refuses binary files', () => {
    expect(detectFileKind(new TextEncoder().encode('姓名,身份证号\r\n张三,1\r\n'))).toBe('text');
    expect(detectFileKind(bytes(0xff, 0xfe, 0x53, 0x59, 0x0d, 0x54))).toBe('text');
    // PNG and PDF: the PNG signature has control bytes, the PDF a binary stream with NULs.
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe(
      'binary',
    );
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\nstream\n');
    expect(detectFileKind(Uint8Array.from([...pdf, 0x78, 0x9c, 0x00, 0x01, 0x02]))).toBe('binary');
  });

  it('tells a table in HTML from CSV', () => {
    expect(isMarkup('  <html><table>')).toBe(true);
    expect(isMarkup('姓名,身份证号')).toBe(false);
  });
});
