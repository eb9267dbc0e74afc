import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipRingsToLongitudes } from './clipToLongitudes';

/** world-atlas is made for spherical rendering: a ring may step from 179.9° to -180° (= 180°). */
function crossesAntimeridian(ring: Position[]): boolean {
  return ring.some((position, index) => {
    const next = ring[index + 1];
    return next !== undefined && Math.abs((next[0] ?? 0) - (position[0] ?? 0)) > 180;
  });
}

/** Longitudes made continuous (each step under 180°), so the ring no longer jumps across the map. */
function unwrap(ring: Position[]): Position[] {
  let offset = 0;
  let previous: number | undefined;
  return ring.map(([longitude = 0, latitude = 0]) => {
    if (previous !== undefined) {
      if (longitude + offset - previous > 180) offset -= 360;
      else if (longitude + offset - previous < -180) offset += 360;
    }
    previous = longitude + offset;
    return [longitude + offset, latitude];
  });
}

function shifted(rings: Position[][], degrees: number): Position[][] {
  return rings.map((ring) => ring.map(([longitude = 0, latitude = 0]) => [longitude + degrees, latitude]));
}

/** Rings with at least three distinct corners; clipping leaves slivers along the cut that have none. */
function hasArea(rings: Position[][]): boolean {
  const outer = rings[0] ?? [];
  return new Set(outer.map((position) => `${position[0]},${position[1]}`)).size >= 3;
}

/** One polygon cut at ±180° into parts that all lie within -180..180. */
function splitPolygon(rings: Position[][]): Position[][][] {
  if (!rings.some(crossesAntimeridian)) return [rings];
  const continuous = rings.map(unwrap);
  const outer = continuous[0] ?? [];
  const first = outer[0];
  const last = outer[outer.length - 1];
  // A ring around a pole does not close when unwrapped; none is left once Antarctica is dropped.
  if (!first || !last || first[0] !== last[0]) return [rings];
  const parts: Position[][][] = [];
  for (const offset of [-360, 0, 360]) {
    const west = -180 + offset;
    const clippedRings = clipRingsToLongitudes(continuous, west, west + 360);
    if (hasArea(clippedRings)) parts.push(shifted(clippedRings, -offset));
  }
  return parts;
}

/**
 * Cuts rings that cross the antimeridian (Russia's Chukotka, Fiji) into parts on either side.
 * MapLibre and turf work in the plane, where a step from 179.9° to -180° is an edge across the
 * whole world: without this, Russia would paint a band over every country at its latitudes.
 */
export function splitAtAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some((rings) => rings.some(crossesAntimeridian))) return geometry;
  return { type: 'MultiPolygon', coordinates: polygons.flatMap(splitPolygon) };
}
