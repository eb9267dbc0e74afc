import type { Topology } from 'topojson-specification';
import { planarRingArea } from './ringArea';
import { countryGeometriesOf, outerRingPositions, polygonsOf, withCountries } from './topologyHelpers';
import { type CountryGeometry, isInsideBox, type LonLatBox } from './types';

/**
 * Drops islands smaller than `minimumArea` (square degrees) that lie wholly outside `keepBox`:
 * at world zoom they are specks, yet each costs bytes. A country's largest part is always kept,
 * so small island states stay on the map and every code in the source stays in the basemap.
 */
export function dropSmallIslands(topology: Topology, minimumArea: number, keepBox: LonLatBox): Topology {
  const kept = countryGeometriesOf(topology).map((geometry): CountryGeometry => {
    const polygons = polygonsOf(geometry);
    if (polygons.length < 2) return geometry;
    const measured = polygons.map((polygon) => {
      const ring = outerRingPositions(topology, polygon);
      return {
        polygon,
        area: planarRingArea(ring),
        touchesKeepBox: ring.some((position) => isInsideBox(position, keepBox)),
      };
    });
    const largestArea = Math.max(...measured.map((part) => part.area));
    const arcs = measured
      .filter((part) => part.touchesKeepBox || part.area >= minimumArea || part.area === largestArea)
      .map((part) => part.polygon);
    return { ...geometry, type: 'MultiPolygon', arcs } as CountryGeometry;
  });
  return withCountries(topology, kept);
}
