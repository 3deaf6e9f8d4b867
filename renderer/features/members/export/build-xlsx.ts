import type { SheetSpec } from '../../../../shared/format/xlsx-build';
import type { XlsxWorkerReply } from './xlsx.worker';

/** Builds an .xlsx in a Web Worker (see xlsx.worker.ts); rejects if the worker fails. */
export function buildXlsxInWorker(spec: SheetSpec): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<XlsxWorkerReply>) => {
      done();
      if (event.data.ok) resolve(event.data.data);
      else reject(new Error('xlsx build failed'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new Error('xlsx worker failed'));
    };
    worker.postMessage(spec);
  });
}
