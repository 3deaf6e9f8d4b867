import { useCallback, useEffect, useRef, useState } from 'react';
import { render, t } from '../../../../shared/i18n';
import type { MemberField } from '../../../../shared/members/model';
import { localToday } from '../../../../shared/validation/date';
import { useDatabase } from '../../../app/AppContext';
import { idKeyIndex } from '../../../db/members';
import type { PickedFile } from '../../../platform/types';
import type {
  ImportItem,
  ImportReply,
  ImportRequest,
  ImportStage,
  PreviewSummary,
  SheetView,
} from './protocol';

/**
 * The main thread's side of import.worker.ts: sends the picked file, collects the preview as it
 * arrives in pieces, and forwards the user's sheet and mapping choices. Cancelling terminates the
 * worker: a synchronous SheetJS parse cannot be interrupted any other way.
 */

export type ReaderState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; stage: ImportStage; done: number; total: number }
  | { phase: 'refused'; fileName: string; message: string }
  | {
      phase: 'ready';
      view: SheetView;
      summary: PreviewSummary;
      items: ImportItem[];
      /** A sheet or mapping change is being checked; counts and rows are the previous ones. */
      checking: boolean;
    };

export function useImportReader() {
  const db = useDatabase();
  const [state, setState] = useState<ReaderState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const fileName = useRef('');
  const incoming = useRef<{ view: SheetView; summary: PreviewSummary; items: ImportItem[] } | null>(
    null,
  );
  // Error lists are numbered downwards, apart from the preview requests, so that asking for
  // one does not make a preview that is still arriving look stale.
  const listSeq = useRef(0);
  const errorLists = useRef(
    new Map<number, { resolve: (data: Uint8Array) => void; reject: (e: Error) => void }>(),
  );

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    incoming.current = null;
    for (const { reject } of errorLists.current.values()) reject(new Error('import closed'));
    errorLists.current.clear();
  }, []);

  useEffect(() => stop, [stop]);

  const fail = useCallback(
    (message: string) => {
      stop();
      setState({ phase: 'refused', fileName: fileName.current, message });
    },
    [stop],
  );

  const onReply = useCallback(
    (reply: ImportReply) => {
      const list = errorLists.current.get(reply.seq);
      if (list) {
        errorLists.current.delete(reply.seq);
        if (reply.type === 'errorList') list.resolve(reply.data);
        else list.reject(new Error('error list failed'));
        return;
      }
      if (reply.seq !== seq.current) return;
      switch (reply.type) {
        case 'progress':
          setState((s) =>
            s.phase === 'reading'
              ? { ...s, stage: reply.stage, done: reply.done ?? 0, total: reply.total ?? 0 }
              : s,
          );
          return;
        case 'refused':
          fail(render(reply.message));
          return;
        case 'failed':
          fail(t('memberImport.refused.failed', { name: fileName.current }));
          return;
        case 'preview':
          incoming.current = { view: reply.view, summary: reply.summary, items: [] };
          return;
        case 'rows': {
          const items = incoming.current?.items;
          if (items) for (const item of reply.rows) items.push(item);
          return;
        }
        case 'done': {
          const done = incoming.current;
          incoming.current = null;
          if (done) setState({ phase: 'ready', ...done, checking: false });
          return;
        }
        case 'errorList':
          return;
      }
    },
    [fail],
  );

  const send = useCallback(
    (request: ImportRequest, transfer: Transferable[] = []) => {
      if (!worker.current) {
        const created = new Worker(new URL('./import.worker.ts', import.meta.url), {
          type: 'module',
        });
        created.onmessage = (event: MessageEvent<ImportReply>) => onReply(event.data);
        created.onerror = (event) => {
          event.preventDefault();
          fail(t('memberImport.refused.worker'));
        };
        worker.current = created;
      }
      worker.current.postMessage(request, transfer);
    },
    [onReply, fail],
  );

  const open = useCallback(
    async (file: PickedFile) => {
      stop();
      fileName.current = file.name;
      const request = (seq.current += 1);
      setState({ phase: 'reading', fileName: file.name, stage: 'decode', done: 0, total: 0 });
      const existing = await idKeyIndex(db);
      // Cancelled (or another file picked) while the roster's ID numbers were being read.
      if (request !== seq.current) return;
      const { buffer } = file.data;
      send(
        {
          type: 'open',
          seq: request,
          name: file.name,
          data: file.data,
          today: localToday(),
          existing,
        },
        // Handed over, not copied: the dialog has no further use for the bytes.
        buffer instanceof ArrayBuffer ? [buffer] : [],
      );
    },
    [db, send, stop],
  );

  const recheck = useCallback(
    (
      request:
        { type: 'sheet'; index: number } | { type: 'mapping'; columns: (MemberField | null)[] },
    ) => {
      seq.current += 1;
      setState((s) => (s.phase === 'ready' ? { ...s, checking: true } : s));
      send({ ...request, seq: seq.current });
    },
    [send],
  );

  const chooseSheet = useCallback((index: number) => recheck({ type: 'sheet', index }), [recheck]);
  const setColumns = useCallback(
    (columns: (MemberField | null)[]) => recheck({ type: 'mapping', columns }),
    [recheck],
  );

  /** The 错误清单 of the current preview as .xlsx bytes. */
  const errorList = useCallback((): Promise<Uint8Array> => {
    const request = (listSeq.current -= 1);
    return new Promise((resolve, reject) => {
      errorLists.current.set(request, { resolve, reject });
      send({ type: 'errorList', seq: request, today: localToday() });
    });
  }, [send]);

  const reset = useCallback(() => {
    seq.current += 1;
    stop();
    setState({ phase: 'idle' });
  }, [stop]);

  return { state, open, chooseSheet, setColumns, errorList, reset };
}
