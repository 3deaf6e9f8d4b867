import { describe, expect, it } from 'vitest';
import { render } from '../i18n';
import {
  ATTACHMENT_ACCEPT,
  MAX_ATTACHMENT_BYTES,
  attachmentKind,
  checkAttachmentFile,
  cleanFileName,
} from './attachment-rules';

const refusal = (file: { name: string; size: number }) => {
  const check = checkAttachmentFile(file);
  return check.ok ? undefined : render(check.error);
};

describe('checkAttachmentFile', () => {
  it('accepts photos, PDFs and office documents by extension, whatever the case', () => {
    expect(checkAttachmentFile({ name: '活动照片.JPG', size: 1000 })).toEqual({
      ok: true,
      name: '活动照片.JPG',
      mime: 'image/jpeg',
      kind: 'image',
    });
    expect(checkAttachmentFile({ name: '批复.pdf', size: 1 })).toMatchObject({ kind: 'pdf' });
    expect(checkAttachmentFile({ name: '方案.docx', size: 1 })).toMatchObject({ kind: 'document' });
  });

  it('accepts exactly the limit and refuses one byte more, naming the file and its size', () => {
    expect(checkAttachmentFile({ name: 'a.png', size: MAX_ATTACHMENT_BYTES }).ok).toBe(true);
    expect(refusal({ name: '扫描件.pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe(
      '“扫描件.pdf”有 20 MB，超过每个附件 20 MB 的上限，未添加。请压缩图片或拆分文件后再试。',
    );
    expect(refusal({ name: '视频截图.png', size: 31 * 1024 * 1024 })).toContain('有 31 MB');
  });

  it('refuses other types and empty files', () => {
    expect(refusal({ name: 'run.exe', size: 10 })).toContain('“run.exe”的文件类型不能作为附件');
    expect(refusal({ name: 'logo.svg', size: 10 })).toContain('文件类型');
    expect(refusal({ name: '无扩展名', size: 10 })).toContain('文件类型');
    expect(refusal({ name: '空.pdf', size: 0 })).toBe('“空.pdf”是空文件，未添加。');
  });

  it('lists every allowed extension for the picker', () => {
    expect(ATTACHMENT_ACCEPT).toContain('.jpg');
    expect(ATTACHMENT_ACCEPT).toContain('.pdf');
    expect(ATTACHMENT_ACCEPT).not.toContain('.svg');
  });
});

describe('cleanFileName', () => {
  it('drops a path and control characters, keeps the extension of a long name', () => {
    expect(cleanFileName('C:\\Users\\办公室\\照片.jpg')).toBe('照片.jpg');
    expect(cleanFileName('a\u0000b.pdf')).toBe('ab.pdf');
    const long = cleanFileName('长'.repeat(200) + '.pdf');
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(cleanFileName('  ')).toBe('附件');
  });
});

describe('attachmentKind', () => {
  it('sorts stored types into image, pdf and document', () => {
    expect(attachmentKind('image/png')).toBe('image');
    expect(attachmentKind('application/pdf')).toBe('pdf');
    expect(attachmentKind('application/msword')).toBe('document');
  });
});
