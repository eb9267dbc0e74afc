/**
 * Brings the map back after the browser takes its WebGL context away (GPU reset, driver update, too
 * many contexts, a tab in the background on a phone).
 *
 * MapLibre 6 does part of this itself: on `webglcontextlost` it destroys the style and on
 * `webglcontextrestored` it rebuilds the style from a serialized snapshot (sources, layers, images).
 * What the snapshot cannot carry is feature state, which is how the atlas paints every country's role
 * "as of" the chosen moment, and the controller's caches of what it already wrote. So a restored map
 * would draw every country as if it had no role. Rather than patch the controller's internals, the
 * whole controller is rebuilt from the store; the camera survives in the URL hash.
 * (MapLibre fires the same pair when its workers restart, with the same loss of feature state, so
 * that case is rebuilt too.)
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `rebuild` once the context has come back. The call is deferred to a task of its own because
 * the caller will remove this very map, which must not happen inside MapLibre's handler.
 * Returns a function that stops watching.
 */
export function watchContextRecovery(map: MapLibreMap, rebuild: () => void): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onRestored = () => {
    if (pending === undefined) pending = setTimeout(rebuild, 0);
  };
  map.on('webglcontextrestored', onRestored);
  return () => {
    if (pending !== undefined) clearTimeout(pending);
    map.off('webglcontextrestored', onRestored);
  };
}
