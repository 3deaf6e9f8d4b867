import { buildXlsx, type SheetSpec } from '../../../../shared/format/xlsx-build';

/**
 * Builds a workbook off the main thread: 50,000 members take seconds in SheetJS, and the window
 * must stay responsive meanwhile. Replies with the bytes (transferred, not copied) or a failure
 * without details, since the message could otherwise carry cell contents.
 */
export type XlsxWorkerReply = { ok: true; data: Uint8Array } | { ok: false };

self.onmessage = (event: MessageEvent<SheetSpec>) => {
  try {
    const data = buildXlsx(event.data);
    const reply: XlsxWorkerReply = { ok: true, data };
    self.postMessage(reply, { transfer: [data.buffer] });
  } catch {
    const reply: XlsxWorkerReply = { ok: false };
    self.postMessage(reply);
  }
};
