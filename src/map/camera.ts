/**
 * Camera decisions kept out of the controller: how much room the side panel takes, whether a place
 * is already comfortably in view, and whether the viewer asked for less motion.
 */
import type { PaddingOptions } from 'maplibre-gl';

/** Room kept around a fitted country so it is not flush with the map's edge. */
export const FIT_MARGIN = 40;
/** A place closer than this to the edge counts as out of view. */
export const VIEW_MARGIN = 60;
/** Duration of a camera ease between announcement places. */
export const EASE_DURATION_MS = 600;

export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Padding for fitting a country: the margin plus whatever part of the map the side panel covers.
 * On wide screens the panel is to the right; on phones it slides over the bottom. Measuring the
 * overlap (rather than assuming a width) keeps this right whatever the layout does.
 */
export function paddingAroundPanel(
  map: ScreenRect,
  panel: ScreenRect | null,
  margin = FIT_MARGIN,
): PaddingOptions {
  const padding = { top: margin, right: margin, bottom: margin, left: margin };
  if (!panel) return padding;
  const overlapsHorizontally = panel.left < map.right && panel.right > map.left;
  const overlapsVertically = panel.top < map.bottom && panel.bottom > map.top;
  if (!overlapsHorizontally || !overlapsVertically) return padding;
  const coversRight = map.right - panel.left;
  const coversBottom = map.bottom - panel.top;
  // A panel over the bottom of a phone spans the width; one at the side spans the height.
  if (panel.left <= map.left + margin) padding.bottom += Math.max(0, coversBottom);
  else padding.right += Math.max(0, coversRight);
  return padding;
}

/** Whether a screen point is inside a box of `width`×`height` pixels with `margin` to spare. */
export function isPointWellInView(
  point: { x: number; y: number },
  width: number,
  height: number,
  margin = VIEW_MARGIN,
): boolean {
  return point.x >= margin && point.y >= margin && point.x <= width - margin && point.y <= height - margin;
}

/** True when the viewer's system asks for reduced motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

/**
 * Adds room on the left for an overlay there (the open legend on wide screens), so a fitted country
 * is not hidden under it. On narrow maps the legend is folded and ignored.
 */
export function withLeftOverlay(
  padding: PaddingOptions,
  map: ScreenRect,
  overlay: ScreenRect | null,
): PaddingOptions {
  if (!overlay || map.right - map.left < 700) return padding;
  const covered = overlay.right - map.left;
  const overlapsVertically = overlay.top < map.bottom && overlay.bottom > map.top;
  if (!overlapsVertically || covered <= 0 || overlay.left > map.left + (map.right - map.left) / 2)
    return padding;
  return { ...padding, left: (padding.left ?? 0) + covered };
}
