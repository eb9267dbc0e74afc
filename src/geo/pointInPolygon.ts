/**
 * Point-in-polygon by crossing count, written here rather than taken from turf because the page runs it
 * at start-up (label points, the undisclosed area) and turf's version brings a robust-predicates
 * library with it. Coordinates are treated as planar degrees, as turf does.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Whether `point` lies on the segment from `start` to `end` (collinear and between them). */
function isOnSegment(point: Position, start: Position, end: Position): boolean {
  const [x = 0, y = 0] = point;
  const [x1 = 0, y1 = 0] = start;
  const [x2 = 0, y2 = 0] = end;
  const cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
  return (
    cross === 0 &&
    x >= Math.min(x1, x2) &&
    x <= Math.max(x1, x2) &&
    y >= Math.min(y1, y2) &&
    y <= Math.max(y1, y2)
  );
}

/**
 * Inside (true), outside (false) or on an edge ('edge') of one polygon given as rings; holes count
 * through the crossing parity, so a point in a hole is outside.
 */
function locateInRings(point: Position, rings: readonly Position[][]): boolean | 'edge' {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (const ring of rings) {
    for (let index = 0; index + 1 < ring.length; index += 1) {
      const start = ring[index] as Position;
      const end = ring[index + 1] as Position;
      if (isOnSegment(point, start, end)) return 'edge';
      const [x1 = 0, y1 = 0] = start;
      const [x2 = 0, y2 = 0] = end;
      // A horizontal ray to the east crosses this edge: the edge spans y (half-open, so a vertex on
      // the ray counts once) and meets the ray east of the point.
      if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
    }
  }
  return inside;
}

/** True when the position lies inside the polygon or multipolygon, or on its outline (as turf counts it). */
export function isPointInPolygonal(point: Position, geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => locateInRings(point, rings) !== false);
}
