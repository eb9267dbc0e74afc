import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { drawInFullOnceLoaded, hideDraft } from '../../../src/map/draftResolution';

/** The part of a MapLibre map the draft uses: one-shot events, the pixel ratio, repaints, the canvas. */
function fakeMap() {
  const listeners = new Map<string, Array<() => void>>();
  const canvas = { style: { opacity: '' } };
  const state = { pixelRatio: 0.125 as number | null, repaints: 0 };
  const map = {
    once(type: string, listener: () => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
      return map;
    },
    setPixelRatio(ratio: number | null) {
      state.pixelRatio = ratio;
    },
    triggerRepaint() {
      state.repaints += 1;
    },
    getCanvas: () => canvas,
  };
  /** Fires an event to the listeners registered so far, each once, like MapLibre's `once`. */
  const fire = (type: string) => {
    const waiting = listeners.get(type) ?? [];
    listeners.delete(type);
    for (const listener of waiting) listener();
  };
  return { map: map as unknown as MapLibreMap, canvas, state, fire };
}

/** Lets promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the start-up draft', () => {
  it('hides the canvas while drafting', () => {
    const { map, canvas } = fakeMap();
    hideDraft(map);
    expect(canvas.style.opacity).toBe('0');
  });

  it('keeps the draft ratio until the map is idle with every source loaded', async () => {
    const { map, state, fire } = fakeMap();
    let done = false;
    void drawInFullOnceLoaded(map).then(() => {
      done = true;
    });
    expect(state.repaints).toBe(1);
    fire('render');
    await settle();
    expect(state.pixelRatio).toBe(0.125);
    expect(done).toBe(false);
  });

  it('draws once at the device ratio, shows that frame and resolves at the next idle', async () => {
    const { map, canvas, state, fire } = fakeMap();
    hideDraft(map);
    let done = false;
    void drawInFullOnceLoaded(map).then(() => {
      done = true;
    });
    fire('idle');
    // null hands the ratio back to devicePixelRatio (MapLibre's documented reset).
    expect(state.pixelRatio).toBeNull();
    expect(state.repaints).toBe(2);
    expect(canvas.style.opacity).toBe('0');
    fire('render');
    expect(canvas.style.opacity).toBe('');
    await settle();
    expect(done).toBe(false);
    fire('idle');
    await settle();
    expect(done).toBe(true);
  });
});
