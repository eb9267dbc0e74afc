import type { MultiPolygon, Polygon } from 'geojson';

/** Number of positions in a country's rings, closing points included: a proxy for its detail. */
export function coordinateCount(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().reduce((sum, ring) => sum + ring.length, 0);
}
