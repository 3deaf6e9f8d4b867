import { UnionDeskDatabase } from '../db/schema';
import { buildBackupFile } from './backup-file';
import { BackupError } from './container-error';
import type { BackupWorkerReply, BackupWorkerRequest } from './build-in-worker';

/**
 * Reads the whole database and packs it into a backup file off the window's thread: at 50,000
 * members that is seconds of reading, encoding, hashing and deflating, which on the main thread
 * froze the window (the day's copy, the copy before an import, 立即备份). The worker opens its own
 * connection to the same database, at the version the window has already opened, and replies
 * with the file's bytes (transferred, not copied).
 */

self.onmessage = async (event: MessageEvent<BackupWorkerRequest>) => {
  const { databaseName, options } = event.data;
  const db = new UnionDeskDatabase(databaseName);
  try {
    const built = await buildBackupFile(db, {
      ...options,
      now: new Date(options.now),
      onProgress: (done, total) =>
        self.postMessage({ kind: 'progress', done, total } satisfies BackupWorkerReply),
    });
    self.postMessage({ kind: 'done', ...built } satisfies BackupWorkerReply, {
      transfer: [built.data.buffer],
    });
  } catch (error) {
    // A BackupError's message is the catalogue's words for the user; anything else is reported
    // by its name only, since a message could quote stored data.
    const reply: BackupWorkerReply =
      error instanceof BackupError
        ? { kind: 'failed', code: error.code, message: error.message }
        : { kind: 'failed', code: null, message: error instanceof Error ? error.name : 'Error' };
    self.postMessage(reply);
  } finally {
    db.close();
  }
};
