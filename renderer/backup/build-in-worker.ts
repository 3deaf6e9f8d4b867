import type Dexie from 'dexie';
import { buildBackupFile, type BackupOptions, type BuiltBackup } from './backup-file';
import { BackupError, type BackupErrorCode } from './container-error';

export interface BackupWorkerRequest {
  databaseName: string;
  options: Omit<BackupOptions, 'onProgress' | 'now' | 'build'> & { now: string };
}

export type BackupWorkerReply =
  | { kind: 'progress'; done: number; total: number }
  | ({ kind: 'done' } & BuiltBackup)
  | { kind: 'failed'; code: BackupErrorCode | null; message: string };

/**
 * buildBackupFile in a Web Worker (backup.worker.ts), so the window stays responsive while a
 * large database is read and packed. Where workers cannot run (unit tests in Node), or the
 * worker itself fails to start, the file is built on this thread as before: a backup that is
 * slow is better than none.
 */
export function buildBackupInWorker(db: Dexie, options: BackupOptions): Promise<BuiltBackup> {
  if (typeof Worker === 'undefined') return buildBackupFile(db, options);
  const { onProgress, now, build: _build, ...rest } = options;
  const request: BackupWorkerRequest = {
    databaseName: db.name,
    options: { ...rest, now: (now ?? new Date()).toISOString() },
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
    let answered = false;
    worker.onmessage = (event: MessageEvent<BackupWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        onProgress?.(reply.done, reply.total);
        return;
      }
      answered = true;
      worker.terminate();
      if (reply.kind === 'done') {
        resolve({ data: reply.data, unionName: reply.unionName, records: reply.records });
      } else if (reply.code) {
        reject(new BackupError(reply.code, reply.message));
      } else {
        reject(new Error(`backup worker: ${reply.message}`));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (answered) return;
      // Said in the console (the end-to-end tests fail on it): the copy is still made, but the
      // window may freeze while it is.
      console.error(`backup worker failed (${event.message}); building the backup in the window`);
      buildBackupFile(db, options).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
