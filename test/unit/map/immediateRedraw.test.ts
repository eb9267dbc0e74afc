import { describe, expect, it } from 'vitest';
import { ImmediateRedraw } from '../../../src/map/immediateRedraw';

/** A map whose draws are counted, and microtasks and animation frames the test runs by hand. */
function fixture() {
  const microtasks: Array<() => void> = [];
  const frames: Array<() => void> = [];
  const map = { moving: false, draws: 0, isMoving: () => map.moving, redraw: () => map.draws++ };
  const redraw = new ImmediateRedraw(map, {
    queueMicrotask: (run) => microtasks.push(run),
    requestAnimationFrame: (run) => frames.push(run),
  });
  return {
    map,
    redraw,
    endEvent: () => {
      for (const run of microtasks.splice(0)) run();
    },
    nextFrame: () => {
      for (const run of frames.splice(0)) run();
    },
  };
}

describe('ImmediateRedraw', () => {
  it('draws once the event is over, not inside it', () => {
    const { map, redraw, endEvent } = fixture();
    redraw.request();
    expect(map.draws).toBe(0);
    endEvent();
    expect(map.draws).toBe(1);
  });

  it('makes one draw of several requests in one event', () => {
    const { map, redraw, endEvent } = fixture();
    redraw.request();
    redraw.request();
    redraw.request();
    endEvent();
    expect(map.draws).toBe(1);
  });

  it('draws at most once per animation frame, then again after it', () => {
    const { map, redraw, endEvent, nextFrame } = fixture();
    redraw.request();
    endEvent();
    redraw.request();
    endEvent();
    expect(map.draws).toBe(1);
    nextFrame();
    redraw.request();
    endEvent();
    expect(map.draws).toBe(2);
  });

  it('leaves a moving camera to its own frames', () => {
    const { map, redraw, endEvent } = fixture();
    map.moving = true;
    redraw.request();
    endEvent();
    expect(map.draws).toBe(0);
  });
});
