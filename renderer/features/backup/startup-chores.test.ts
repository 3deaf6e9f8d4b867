import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillWithFixtures } from '../../../test/fixtures/database';
import { freshDatabases } from '../../../test/fixtures/fresh-db';
import { newId } from '../../db/ids';
import { createBrowserBackupStore } from '../../platform/browser-backups';
import { CHORES_LATEST_MS, CHORES_QUIET_MS, scheduleStartupChores } from './startup-chores';
import { whenQuiet } from './when-quiet';

const { freshDb, track } = freshDatabases('chores');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function fakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

/** Resolves `true` when the wait is over, `false` if it is still waiting. */
function settled(done: Promise<void>): Promise<boolean> {
  return Promise.race([done.then(() => true), Promise.resolve().then(() => false)]);
}

function trackedStore() {
  const databaseName = `copies-${newId()}`;
  track(databaseName);
  return createBrowserBackupStore({ download: () => undefined, databaseName });
}

/** No long-task reports in Node; the tests that need them pass their own. */
const noActivity = () => () => undefined;

describe('whenQuiet', () => {
  it('waits until the user has left the window alone for the quiet period', async () => {
    fakeClock();
    const target = new EventTarget();
    const { done } = whenQuiet({ quietMs: 5_000, latestMs: 60_000, target });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await settled(done)).toBe(false);
    target.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(4_000);
    // 8 s after the start, but only 4 s after the last key.
    expect(await settled(done)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(await settled(done)).toBe(true);
  });

  it('starts at the latest after latestMs, however busy the user is', async () => {
    fakeClock();
    const target = new EventTarget();
    const { done } = whenQuiet({ quietMs: 5_000, latestMs: 20_000, target });
    for (let i = 0; i < 19; i += 1) {
      target.dispatchEvent(new Event('pointerdown'));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(await settled(done)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled(done)).toBe(true);
  });

  it('waits for the browser to be idle, and for quiet again if input came meanwhile', async () => {
    fakeClock();
    // The browser reports idle 2 s after being asked.
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 2_000));
    vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) =>
      clearTimeout(handle),
    );
    const target = new EventTarget();
    const { done } = whenQuiet({ quietMs: 5_000, latestMs: 60_000, target });
    await vi.advanceTimersByTimeAsync(6_000);
    target.dispatchEvent(new Event('wheel'));
    await vi.advanceTimersByTimeAsync(1_500);
    // Idle came at 7 s, 1 s after the wheel: not quiet, so it waits 5 s from the wheel again.
    expect(await settled(done)).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await settled(done)).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await settled(done)).toBe(true);
  });

  it('counts other activity, such as long tasks, as not quiet', async () => {
    fakeClock();
    let report: () => void = () => undefined;
    let stopped = false;
    const { done } = whenQuiet({
      quietMs: 5_000,
      latestMs: 60_000,
      target: new EventTarget(),
      activity: (onActivity) => {
        report = onActivity;
        return () => {
          stopped = true;
        };
      },
    });
    await vi.advanceTimersByTimeAsync(3_000);
    // A list took the thread for a while: the user could not have typed.
    report();
    await vi.advanceTimersByTimeAsync(4_000);
    expect(await settled(done)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(await settled(done)).toBe(true);
    expect(stopped).toBe(true);
  });

  it('stops waiting and listening when cancelled', async () => {
    fakeClock();
    const target = new EventTarget();
    const removed = vi.spyOn(target, 'removeEventListener');
    const { done, cancel } = whenQuiet({ quietMs: 5_000, latestMs: 60_000, target });
    cancel();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(await settled(done)).toBe(false);
    expect(removed).toHaveBeenCalledWith('keydown', expect.any(Function), expect.anything());
  });
});

describe('scheduleStartupChores', () => {
  it('takes the daily copy only once the user pauses, not at start', async () => {
    const db = freshDb();
    await fillWithFixtures(db);
    const store = trackedStore();
    const target = new EventTarget();
    const failures: unknown[] = [];
    let started = false;

    fakeClock();
    const chores = scheduleStartupChores({
      db,
      backups: store,
      appVersion: async () => '0.1.0-test',
      target,
      activity: noActivity,
      onCopyFailed: (error) => failures.push(error),
      onStart: () => {
        started = true;
        // The copy itself yields with real timers between slices of work.
        vi.useRealTimers();
      },
    });
    // The user works: a keystroke every second for longer than the quiet period.
    for (let i = 0; i < 8; i += 1) {
      target.dispatchEvent(new Event('input'));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(CHORES_QUIET_MS);
    expect(started).toBe(true);
    await chores.done;
    expect((await store.list()).map((file) => file.reason)).toEqual(['daily']);
    expect(failures).toEqual([]);
  });

  it('gives a busy day its copy at the latest after CHORES_LATEST_MS', async () => {
    const db = freshDb();
    await fillWithFixtures(db);
    const store = trackedStore();
    fakeClock();
    const target = new EventTarget();
    let started = false;
    const chores = scheduleStartupChores({
      db,
      backups: store,
      appVersion: async () => '0.1.0-test',
      target,
      activity: noActivity,
      onCopyFailed: () => undefined,
      onStart: () => {
        started = true;
        vi.useRealTimers();
      },
    });
    for (let at = 0; at < CHORES_LATEST_MS - 1_000; at += 1_000) {
      target.dispatchEvent(new Event('keydown'));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(true);
    await chores.done;
    expect((await store.list()).map((file) => file.reason)).toEqual(['daily']);
  });

  it('does not start once cancelled', async () => {
    fakeClock();
    let started = false;
    const chores = scheduleStartupChores({
      db: freshDb(),
      backups: trackedStore(),
      appVersion: async () => '0.1.0-test',
      target: new EventTarget(),
      activity: noActivity,
      onCopyFailed: () => undefined,
      onStart: () => {
        started = true;
      },
    });
    chores.cancel();
    await vi.advanceTimersByTimeAsync(CHORES_LATEST_MS * 2);
    expect(started).toBe(false);
  });
});
