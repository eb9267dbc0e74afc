import { describe, expect, it } from 'vitest';
import {
  afterNextFrame,
  MINIMUM_URL_WRITE_INTERVAL_MS,
  type SchedulerTimers,
} from '../../../src/app/urlWriteScheduler';

/** A clock and timer queue the test advances by hand, with animation frames it fires itself. */
function fakeTimers(): SchedulerTimers & { frame: () => void; advance: (ms: number) => void } {
  let now = 0;
  let frames: Array<() => void> = [];
  let timers: Array<{ at: number; run: () => void }> = [];
  return {
    now: () => now,
    setTimeout: (run, delayMs) => {
      timers.push({ at: now + delayMs, run });
    },
    requestAnimationFrame: (run) => {
      frames.push(run);
    },
    frame: () => {
      const due = frames;
      frames = [];
      for (const run of due) run();
    },
    advance: (ms) => {
      const end = now + ms;
      for (;;) {
        const next = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((timer) => timer !== next);
        now = next.at;
        next.run();
      }
      now = end;
    },
  };
}

describe('afterNextFrame', () => {
  it('writes only once the next frame has run, on the timer that frame sets', () => {
    const timers = fakeTimers();
    const schedule = afterNextFrame(timers);
    const written: number[] = [];
    schedule(() => written.push(timers.now()));
    timers.advance(50);
    expect(written).toEqual([]);
    timers.frame();
    expect(written).toEqual([]);
    timers.advance(0);
    expect(written).toEqual([50]);
  });

  it('spaces writes at least the minimum interval apart', () => {
    const timers = fakeTimers();
    const schedule = afterNextFrame(timers);
    const written: number[] = [];
    for (let step = 0; step < 3; step++) {
      schedule(() => written.push(timers.now()));
      timers.frame();
      timers.advance(16);
    }
    timers.advance(MINIMUM_URL_WRITE_INTERVAL_MS * 3);
    expect(written).toHaveLength(3);
    const [first, second, third] = written as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(MINIMUM_URL_WRITE_INTERVAL_MS);
    expect(third - second).toBeGreaterThanOrEqual(MINIMUM_URL_WRITE_INTERVAL_MS);
  });

  it('falls back to a timer alone where no frames are drawn', () => {
    const timers = fakeTimers();
    const schedule = afterNextFrame({ now: timers.now, setTimeout: timers.setTimeout });
    let written = false;
    schedule(() => {
      written = true;
    });
    timers.advance(0);
    expect(written).toBe(true);
  });
});
