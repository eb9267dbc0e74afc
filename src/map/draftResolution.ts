/**
 * Start-up frames at a draft resolution.
 *
 * While its sources are tiling, MapLibre draws a frame each time a tile arrives: about ten frames before
 * the map is complete. Under software WebGL (SwiftShader) a frame costs roughly in proportion to its
 * pixels, so each of those partial frames costs about as much as the finished one and delays it
 * (measured: ~1.4 s of a ~6 s start on a loaded 2-core machine). The map therefore starts at a small
 * pixel ratio with its canvas hidden, and is drawn at the device's ratio once, when every tile is in.
 * The draft frames still compile every shader the map needs, so the full frame only rasterises.
 * Tiles do not depend on the pixel ratio (they are cut in CSS pixels), so nothing is tiled twice.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Canvas pixels per CSS pixel while drafting: 1/64 of a full frame's pixels at ratio 1. */
export const DRAFT_PIXEL_RATIO = 0.125;

/**
 * Hides the canvas of a map constructed with `pixelRatio: DRAFT_PIXEL_RATIO`, so no blurry draft is
 * ever seen. Opacity rather than visibility keeps the canvas focusable and in the accessibility tree.
 */
export function hideDraft(map: MapLibreMap): void {
  map.getCanvas().style.opacity = '0';
}

/**
 * Waits until the map is idle at the draft ratio (every source loaded and drawn once), then draws it
 * at the device's ratio and shows it. Resolves after that frame, at the map's next `idle`. Call it
 * after the data's sources and layers are added.
 */
export function drawInFullOnceLoaded(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      // null is MapLibre's documented "follow devicePixelRatio again" (its type declares number only),
      // so a later browser zoom still changes the ratio on the next resize.
      map.setPixelRatio(null as unknown as number);
      map.once('render', () => {
        map.getCanvas().style.opacity = '';
      });
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    map.triggerRepaint();
  });
}
