/**
 * Cuts polygon rings to a band of longitudes (Sutherland–Hodgman against its two meridians). The page
 * runs it at start-up to split Russia and Fiji at the antimeridian; our own few lines instead of turf's
 * bboxClip keep turf out of the first load.
 */
import type { Position } from 'geojson';

/** Where the edge from `from` to `to` meets the meridian `longitude`. */
function crossing(from: Position, to: Position, longitude: number): Position {
  const [fromLongitude = 0, fromLatitude = 0] = from;
  const [toLongitude = 0, toLatitude = 0] = to;
  const share = (longitude - fromLongitude) / (toLongitude - fromLongitude);
  return [longitude, fromLatitude + (toLatitude - fromLatitude) * share];
}

/** Keeps the part of a ring on one side of a meridian, adding a vertex wherever an edge crosses it. */
function clipAtMeridian(ring: readonly Position[], longitude: number, keepsEast: boolean): Position[] {
  const isKept = (position: Position) =>
    keepsEast ? (position[0] ?? 0) >= longitude : (position[0] ?? 0) <= longitude;
  const kept: Position[] = [];
  let previous = ring[ring.length - 1];
  for (const current of ring) {
    if (previous && isKept(current) !== isKept(previous)) kept.push(crossing(previous, current, longitude));
    if (isKept(current)) kept.push(current);
    previous = current;
  }
  return kept;
}

/**
 * The rings of a polygon cut to `west ≤ longitude ≤ east`. Each ring comes back closed; rings with
 * nothing, or fewer than three corners, left inside the band are dropped.
 */
export function clipRingsToLongitudes(
  rings: readonly Position[][],
  west: number,
  east: number,
): Position[][] {
  const clippedRings: Position[][] = [];
  for (const ring of rings) {
    const clipped = clipAtMeridian(clipAtMeridian(ring, west, true), east, false);
    const first = clipped[0];
    const last = clipped[clipped.length - 1];
    if (!first || !last) continue;
    if (first[0] !== last[0] || first[1] !== last[1]) clipped.push(first);
    if (clipped.length >= 4) clippedRings.push(clipped);
  }
  return clippedRings;
}
