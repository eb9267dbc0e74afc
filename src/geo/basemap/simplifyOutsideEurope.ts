import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { isInsideBox, type LonLatBox } from './types';

/** A presimplified arc point: longitude, latitude and the weight Visvalingam gave it. */
type WeightedPoint = [number, number, number];

function isClosed(arc: WeightedPoint[]): boolean {
  const first = arc[0];
  const last = arc[arc.length - 1];
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

/**
 * Marks the interior points an arc must keep whatever the threshold: one for every arc, so a ring
 * made of two arcs still has area, and two for an arc that closes on itself (an island), so it
 * stays at least a triangle instead of collapsing to a point.
 */
function protectShape(arc: WeightedPoint[]): void {
  const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  const keep = isClosed(arc) ? 2 : 1;
  for (const point of interior.slice(0, keep)) point[2] = Number.POSITIVE_INFINITY;
}

/**
 * Visvalingam simplification with two thresholds (square degrees of effective triangle area):
 * inside `detailBox` only points below `detailWeight` go (0, the default, keeps every point there),
 * elsewhere every point below `minimumWeight`.
 * Arcs are shared between neighbours, so borders stay gap-free. Returns an unquantized topology.
 */
export function simplifyOutsideEurope(
  topology: Topology,
  minimumWeight: number,
  detailBox: LonLatBox,
  detailWeight = 0,
): Topology {
  // topojson's typings want property-less objects here; the properties pass through untouched.
  const weighted = presimplify(topology as Topology<Objects<object>>);
  for (const arc of weighted.arcs as WeightedPoint[][]) {
    for (const point of arc) {
      // A detail point below `detailWeight` keeps its weight, which is also below `minimumWeight`
      // (the outside threshold is the coarser one), so the one `simplify` pass removes it.
      if (isInsideBox(point, detailBox) && point[2] >= detailWeight) point[2] = Number.POSITIVE_INFINITY;
    }
    protectShape(arc);
  }
  // presimplify decodes the transform: the result is in plain degrees until quantized again.
  return simplify(weighted, minimumWeight);
}
