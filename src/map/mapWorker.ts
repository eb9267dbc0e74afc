/**
 * MapLibre's worker: where it is served from, and starting it before the map exists.
 * Importing this module sets the URL (without it the built app never fires `load`; see DESIGN.md).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts the worker now rather than when the map is created, so its script (~150 KB gzip) downloads and
 * compiles while the page's own start-up (data validation, first render) runs on the main thread.
 * The map then finds it ready; it also survives the map being rebuilt after a lost WebGL context.
 */
export function startMapWorker(): void {
  maplibregl.prewarm();
}
