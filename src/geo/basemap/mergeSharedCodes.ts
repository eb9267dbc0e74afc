import { mergeArcs } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { planarRingArea } from './ringArea';
import { countryGeometriesOf, outerRingPositions, polygonsOf, withCountries } from './topologyHelpers';
import type { CountryGeometry } from './types';

function areaOf(topology: Topology, geometry: CountryGeometry): number {
  return polygonsOf(geometry).reduce(
    (sum, polygon) => sum + planarRingArea(outerRingPositions(topology, polygon)),
    0,
  );
}

/**
 * Makes codes unique: world-atlas has several geometries with one ISO code (Australia and the
 * Ashmore and Cartier Islands are both 036). Geometries sharing a code become one feature, which
 * keeps the name of its largest part, so that `iso3` is a key and feature state applies to all of it.
 */
export function mergeSharedCodes(topology: Topology): Topology {
  const byCode = new Map<string, CountryGeometry[]>();
  for (const geometry of countryGeometriesOf(topology)) {
    const group = byCode.get(geometry.id) ?? [];
    group.push(geometry);
    byCode.set(geometry.id, group);
  }
  const merged: CountryGeometry[] = [];
  for (const [iso3, group] of byCode) {
    const [only] = group;
    if (group.length === 1 && only) {
      merged.push(only);
      continue;
    }
    const largest = group.reduce((best, candidate) =>
      areaOf(topology, candidate) > areaOf(topology, best) ? candidate : best,
    );
    merged.push({
      ...mergeArcs(topology, group),
      id: iso3,
      properties: { iso3, name: largest.properties.name },
    } as CountryGeometry);
  }
  return withCountries(topology, merged);
}
