import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchContextRecovery } from '../../../src/map/contextRecovery';

/** The part of a MapLibre map the recovery uses: named events with on/off. */
function fakeMap() {
  const listeners = new Map<string, Set<() => void>>();
  const map = {
    on(type: string, listener: () => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
      return map;
    },
    off(type: string, listener: () => void) {
      listeners.get(type)?.delete(listener);
      return map;
    },
  };
  const fire = (type: string) => {
    for (const listener of listeners.get(type) ?? []) listener();
  };
  return {
    map: map as unknown as MapLibreMap,
    fire,
    count: (type: string) => listeners.get(type)?.size ?? 0,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchContextRecovery', () => {
  it('rebuilds once the lost context is restored, outside MapLibre’s own handler', () => {
    const { map, fire } = fakeMap();
    const rebuild = vi.fn();
    watchContextRecovery(map, rebuild);
    fire('webglcontextlost');
    expect(rebuild).not.toHaveBeenCalled();
    fire('webglcontextrestored');
    expect(rebuild).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('rebuilds once even if the restore is reported twice before the rebuild runs', () => {
    const { map, fire } = fakeMap();
    const rebuild = vi.fn();
    watchContextRecovery(map, rebuild);
    fire('webglcontextrestored');
    fire('webglcontextrestored');
    vi.runAllTimers();
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('stops listening, and cancels a pending rebuild, when stopped', () => {
    const { map, fire, count } = fakeMap();
    const rebuild = vi.fn();
    const stop = watchContextRecovery(map, rebuild);
    fire('webglcontextrestored');
    stop();
    vi.runAllTimers();
    expect(rebuild).not.toHaveBeenCalled();
    expect(count('webglcontextrestored')).toBe(0);
  });
});
