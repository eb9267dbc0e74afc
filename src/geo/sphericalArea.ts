/**
 * Polygon area on a spherical Earth, the formula turf's `area` uses (Chamberlain and Duquette, "Some
 * algorithms for polygons on a sphere", 2007), so parts rank by size exactly as before.
 */
import type { Position } from 'geojson';

/** Mean Earth radius in metres, the value turf uses. */
const EARTH_RADIUS_METRES = 6_371_008.8;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Signed area of one closed ring in square metres; its sign follows the winding. */
function signedRingArea(ring: readonly Position[]): number {
  const corners = ring.length - 1;
  if (corners <= 2) return 0;
  let sum = 0;
  for (let index = 0; index < corners; index += 1) {
    const previous = ring[index] as Position;
    const current = ring[(index + 1) % corners] as Position;
    const next = ring[(index + 2) % corners] as Position;
    sum +=
      ((next[0] ?? 0) - (previous[0] ?? 0)) *
      RADIANS_PER_DEGREE *
      Math.sin((current[1] ?? 0) * RADIANS_PER_DEGREE);
  }
  return (sum * EARTH_RADIUS_METRES * EARTH_RADIUS_METRES) / 2;
}

/** Area of a polygon given as rings (outer ring first, then holes), in square metres. */
export function polygonAreaSquareMetres(rings: readonly Position[][]): number {
  const [outer, ...holes] = rings;
  if (!outer) return 0;
  return holes.reduce(
    (total, hole) => total - Math.abs(signedRingArea(hole)),
    Math.abs(signedRingArea(outer)),
  );
}
