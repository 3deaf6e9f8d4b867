/**
 * Waiting for a quiet moment before background work that would make the window stutter (the
 * daily safety copy reads every record and compresses them on this thread): for `quietMs`, no
 * keyboard, mouse or touch input and no long task on this thread (while a list of 50,000 loads,
 * the user cannot type, but is not done), then an idle period of the browser. Work that must
 * happen all the same starts at the latest `latestMs` after the wait began, however busy the
 * user is.
 */

/** The user's input that counts as "working"; listened to on `window`, before any handler. */
export const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'input', 'touchstart'] as const;

export interface QuietOptions {
  quietMs: number;
  latestMs: number;
  /** Where input is listened for; `window` in the app. */
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Reports other activity (long tasks); returns how to stop. */
  activity?: (onActivity: () => void) => () => void;
  now?: () => number;
}

/** Calls `onTask` after each task that held this thread for 50 ms or more, where supported. */
export function observeLongTasks(onTask: () => void): () => void {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes.includes('longtask')
  ) {
    return () => undefined;
  }
  const observer = new PerformanceObserver(() => onTask());
  observer.observe({ type: 'longtask' });
  return () => observer.disconnect();
}

/** Resolves at the first quiet moment; `cancel` stops waiting (the promise then never settles). */
export function whenQuiet(options: QuietOptions): { done: Promise<void>; cancel: () => void } {
  const now = options.now ?? (() => Date.now());
  const start = now();
  let lastInput = start;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const onInput = () => {
    lastInput = now();
  };
  const listen = { capture: true, passive: true } as const;
  for (const type of INPUT_EVENTS) options.target.addEventListener(type, onInput, listen);
  const stopActivity = options.activity?.(onInput);
  const stopListening = () => {
    for (const type of INPUT_EVENTS) options.target.removeEventListener(type, onInput, listen);
    stopActivity?.();
  };

  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = () => {
      stopListening();
      resolve();
    };
  });

  const busy = () => now() - lastInput < options.quietMs && now() - start < options.latestMs;
  const check = () => {
    timer = undefined;
    const at = now();
    if (busy()) {
      const untilQuiet = options.quietMs - (at - lastInput);
      const untilLatest = options.latestMs - (at - start);
      timer = setTimeout(check, Math.min(untilQuiet, untilLatest));
      return;
    }
    if (typeof requestIdleCallback === 'function' && at - start < options.latestMs) {
      // Quiet, but the browser may still be busy (a list rendering, a read finishing).
      idle = requestIdleCallback(
        () => {
          idle = undefined;
          // Input may have arrived while waiting for the idle period: wait for quiet again.
          if (busy()) check();
          else finish();
        },
        { timeout: options.quietMs },
      );
      return;
    }
    finish();
  };
  timer = setTimeout(check, Math.min(options.quietMs, options.latestMs));

  return {
    done,
    cancel: () => {
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      stopListening();
    },
  };
}
