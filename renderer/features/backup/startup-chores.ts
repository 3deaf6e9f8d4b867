import { takeDailyCopyIfDue } from '../../backup/backup-file';
import { buildBackupInWorker } from '../../backup/build-in-worker';
import { purgeExpired } from '../../db/recycle-bin';
import type { UnionDeskDatabase } from '../../db/schema';
import type { BackupStore } from '../../platform/types';
import { observeLongTasks, whenQuiet, type QuietOptions } from './when-quiet';

/**
 * When the start-up chores begin: after this long without keyboard, mouse or touch input or a
 * long task on the window's thread (a list loading or redrawing). The day's safety copy is built
 * in a worker (build-in-worker.ts), but it still reads every record from the same database for
 * seconds at 50,000 members, which must land neither on the first screen nor on typing …
 */
export const CHORES_QUIET_MS = 5_000;
/** … and at the latest this long after the start, so that a busy day still gets its copy. */
export const CHORES_LATEST_MS = 10 * 60_000;

export interface StartupChoresOptions {
  db: UnionDeskDatabase;
  backups: BackupStore;
  appVersion: () => Promise<string>;
  /** Where input is watched for; `window` in the app. */
  target: QuietOptions['target'];
  /** Other activity that is not a quiet moment; by default, long tasks on this thread. */
  activity?: QuietOptions['activity'];
  onCopyFailed: (error: unknown) => void;
  /** Called when the wait is over and the chores begin. */
  onStart?: () => void;
  now?: () => Date;
}

/**
 * Once per start, at the first quiet moment: removal of 回收站 entries past their 30 days, then
 * the day's safety copy. `cancel` stops the wait (work already begun finishes); `done` settles
 * when the chores have run.
 */
export function scheduleStartupChores(options: StartupChoresOptions): {
  cancel: () => void;
  done: Promise<void>;
} {
  const wait = whenQuiet({
    quietMs: CHORES_QUIET_MS,
    latestMs: CHORES_LATEST_MS,
    target: options.target,
    activity: options.activity ?? observeLongTasks,
  });
  let cancelled = false;
  const done = wait.done.then(async () => {
    if (cancelled) return;
    options.onStart?.();
    await runStartupChores(options);
  });
  return {
    cancel: () => {
      cancelled = true;
      wait.cancel();
    },
    done,
  };
}

/** The chores themselves; a failed copy is reported, never thrown. */
export async function runStartupChores(options: StartupChoresOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  try {
    await purgeExpired(options.db, now());
  } catch {
    // Expired entries simply stay until the next start.
  }
  try {
    await takeDailyCopyIfDue(options.db, options.backups, {
      appVersion: await options.appVersion(),
      now: now(),
      build: buildBackupInWorker,
    });
  } catch (error) {
    options.onCopyFailed(error);
  }
}
