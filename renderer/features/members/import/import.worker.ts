import './jitless';
import type { ImportReply, ImportRequest } from './protocol';
import { ImportRefusal } from './refusal';
import { ImportSession } from './session';

/**
 * Reads, checks and previews an import off the main thread: SheetJS takes seconds on a large
 * workbook, and the window must keep responding (and 取消 must work) meanwhile. The dialog
 * cancels by terminating the worker, the only way to stop a synchronous parse.
 */

// Rows per message: a preview of 50,000 rows arrives in pieces the main thread clones quickly.
const CHUNK = 2_000;

const scope = self as unknown as {
  postMessage(message: ImportReply, options?: { transfer?: Transferable[] }): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const post = (reply: ImportReply, transfer: Transferable[] = []) =>
  scope.postMessage(reply, { transfer });

let session: ImportSession | null = null;

function sendPreview(seq: number, current: ImportSession): void {
  post({ type: 'progress', seq, stage: 'preview' });
  const summary = current.summary();
  post({ type: 'preview', seq, view: current.view(), summary });
  let done = 0;
  for (const rows of current.items(CHUNK)) {
    post({ type: 'rows', seq, rows });
    done += rows.length;
    post({ type: 'progress', seq, stage: 'send', done, total: summary.total });
  }
  post({ type: 'done', seq });
}

function handle(request: ImportRequest): void {
  switch (request.type) {
    case 'open': {
      post({ type: 'progress', seq: request.seq, stage: 'decode' });
      session = null;
      session = ImportSession.open(
        request.data,
        request.name,
        { today: request.today, existing: request.existing },
        (stage) => post({ type: 'progress', seq: request.seq, stage }),
      );
      sendPreview(request.seq, session);
      return;
    }
    case 'sheet':
      if (!session) throw new Error('no open file');
      session.useSheet(request.index);
      sendPreview(request.seq, session);
      return;
    case 'mapping':
      if (!session) throw new Error('no open file');
      session.setColumns(request.columns);
      sendPreview(request.seq, session);
      return;
    case 'errorList': {
      if (!session) throw new Error('no open file');
      const data = session.errorList(request.today);
      post(
        { type: 'errorList', seq: request.seq, data },
        data.buffer instanceof ArrayBuffer ? [data.buffer] : [],
      );
      return;
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    handle(request);
  } catch (error) {
    if (error instanceof ImportRefusal) {
      post({ type: 'refused', seq: request.seq, message: error.detail });
    } else {
      post({ type: 'failed', seq: request.seq });
    }
  }
};
