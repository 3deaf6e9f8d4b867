import { formatBytes } from '../format/bytes';
import { msg, t, type Message } from '../i18n';

/**
 * What may be attached to a ledger entry or a minute: photos, scans and PDFs, and the office
 * documents a union office exchanges. Files are kept inside the database and in every backup, so
 * one file may not exceed MAX_ATTACHMENT_BYTES (a phone photo is 3–8 MB, a scanned multi-page PDF
 * rarely above 15 MB).
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Longest file name kept (characters); longer names are shortened, keeping the extension. */
export const MAX_ATTACHMENT_NAME = 120;

export type AttachmentKind = 'image' | 'pdf' | 'document';

interface TypeDef {
  mime: string;
  kind: AttachmentKind;
}

/**
 * Allowed extensions and the type each is stored as. The extension decides, not the browser's
 * guess: Windows often reports no type at all for office files. SVG is left out on purpose (it
 * is a document that can carry scripts), as are HEIC photos (no browser can show them).
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, TypeDef>> = {
  jpg: { mime: 'image/jpeg', kind: 'image' },
  jpeg: { mime: 'image/jpeg', kind: 'image' },
  png: { mime: 'image/png', kind: 'image' },
  gif: { mime: 'image/gif', kind: 'image' },
  webp: { mime: 'image/webp', kind: 'image' },
  bmp: { mime: 'image/bmp', kind: 'image' },
  pdf: { mime: 'application/pdf', kind: 'pdf' },
  doc: { mime: 'application/msword', kind: 'document' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: 'document',
  },
  xls: { mime: 'application/vnd.ms-excel', kind: 'document' },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    kind: 'document',
  },
  ppt: { mime: 'application/vnd.ms-powerpoint', kind: 'document' },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    kind: 'document',
  },
  wps: { mime: 'application/vnd.ms-works', kind: 'document' },
  ofd: { mime: 'application/ofd', kind: 'document' },
};

/** The `accept` list of a file picker, e.g. ".jpg,.jpeg,…". */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind of a stored attachment, from its type. */
export function attachmentKind(mime: string): AttachmentKind {
  if (mime.startsWith('image/')) return 'image';
  if (mime === 'application/pdf') return 'pdf';
  return 'document';
}

/** A file name as stored: no path, no control characters, not blank, not over-long. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const name = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const chars = [...name];
  if (chars.length <= MAX_ATTACHMENT_NAME) return name === '' ? t('attachments.unnamed') : name;
  const ext = extensionOf(name);
  const keep = MAX_ATTACHMENT_NAME - (ext ? ext.length + 1 : 0);
  return chars.slice(0, keep).join('') + (ext ? `.${ext}` : '');
}

export type AttachmentCheck =
  { ok: true; name: string; mime: string; kind: AttachmentKind } | { ok: false; error: Message };

/** Whether a picked file may be attached; the message names the file and, if too big, its size. */
export function checkAttachmentFile(file: { name: string; size: number }): AttachmentCheck {
  const name = cleanFileName(file.name);
  const type = ATTACHMENT_TYPES[extensionOf(name)];
  if (!type) {
    return { ok: false, error: msg('attachments.error.type', { name }) };
  }
  if (file.size === 0) return { ok: false, error: msg('attachments.error.empty', { name }) };
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return {
      ok: false,
      error: msg('attachments.error.tooLarge', {
        name,
        size: formatBytes(file.size),
        limit: formatBytes(MAX_ATTACHMENT_BYTES),
      }),
    };
  }
  return { ok: true, name, mime: type.mime, kind: type.kind };
}
