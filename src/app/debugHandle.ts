/**
 * `?debug=1` exposes `window.atlas = { map, store, ready }` for end-to-end tests and benchmarks
 * (DESIGN.md, "Stable interface"). `ready` exists from the first script tick and resolves once the map
 * is idle with all data drawn, so a test can await it before the map is even created.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasStore } from '../state/store';

export interface AtlasDebugHandle {
  map: MapLibreMap | null;
  store: AtlasStore;
  ready: Promise<void>;
}

declare global {
  interface Window {
    atlas?: AtlasDebugHandle;
  }
}

let settleReady: { resolve: () => void; reject: (error: unknown) => void } | undefined;

/** Installs the handle when the page was opened with `debug=1`. */
export function installDebugHandle(store: AtlasStore, search: string): void {
  if (new URLSearchParams(search).get('debug') !== '1') return;
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // A test that never awaits a failed load must not see an unhandled rejection in the console.
  ready.catch(() => undefined);
  window.atlas = { map: null, store, ready };
}

/** Called by the map view once its map exists and once it is ready (or failed). */
export function reportMapToDebugHandle(map: MapLibreMap, ready: Promise<void>): void {
  if (!window.atlas) return;
  window.atlas.map = map;
  ready.then(
    () => settleReady?.resolve(),
    (error) => settleReady?.reject(error),
  );
}
