/**
 * When the URL sync writes the address bar. Writing it inside the event that changed the store cost
 * ~4 ms of every timeline step on the benchmark machine (`history.replaceState` is a round trip to the
 * browser process), all of it before the map's next frame. Chromium also stops honouring history writes
 * past a rate limit (it logs "Throttling navigation…"), which an arrow key held on the timeline could
 * approach. Writes therefore wait for the next frame and are spaced out; the sync keeps one pending write
 * that always carries the latest state.
 */

/** Runs `write` later; called at most once per pending write. */
export type UrlWriteScheduler = (write: () => void) => void;

/** The fewest milliseconds between two writes: 10 a second, well under Chromium's limit. */
export const MINIMUM_URL_WRITE_INTERVAL_MS = 100;

/** The clock and timers the scheduler uses; tests pass fakes. */
export interface SchedulerTimers {
  now: () => number;
  setTimeout: (run: () => void, delayMs: number) => unknown;
  /** Absent where nothing is drawn (jsdom): then the write waits on a timer alone. */
  requestAnimationFrame?: (run: () => void) => unknown;
}

function browserTimers(): SchedulerTimers {
  return {
    now: () => performance.now(),
    setTimeout: (run, delayMs) => window.setTimeout(run, delayMs),
    requestAnimationFrame:
      typeof window.requestAnimationFrame === 'function'
        ? (run) => window.requestAnimationFrame(run)
        : undefined,
  };
}

/**
 * A scheduler that writes after the next frame has been produced (a timer set from an animation frame
 * fires after that frame), and never sooner than `MINIMUM_URL_WRITE_INTERVAL_MS` after the last write.
 */
export function afterNextFrame(timers: SchedulerTimers = browserTimers()): UrlWriteScheduler {
  // The earliest moment the next write may happen; each write reserves its slot when its timer is set.
  let nextSlot = Number.NEGATIVE_INFINITY;
  return (write) => {
    const run = () => {
      const now = timers.now();
      const at = Math.max(now, nextSlot);
      nextSlot = at + MINIMUM_URL_WRITE_INTERVAL_MS;
      timers.setTimeout(write, at - now);
    };
    if (timers.requestAnimationFrame) timers.requestAnimationFrame(run);
    else run();
  };
}
