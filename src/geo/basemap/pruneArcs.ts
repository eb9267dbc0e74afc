import type { ArcIndexes, Topology } from 'topojson-specification';
import { arcIndexOf, arcsUsedBy, countryGeometriesOf, polygonsOf, withCountries } from './topologyHelpers';
import type { CountryGeometry } from './types';

/**
 * Removes arcs no country uses any more (those of world-atlas `land`, Antarctica, dropped islands)
 * and renumbers the references, so they cost no bytes in the shipped file.
 */
export function pruneArcs(topology: Topology): Topology {
  const geometries = countryGeometriesOf(topology);
  const used = [...arcsUsedBy(geometries.flatMap(polygonsOf))].sort((a, b) => a - b);
  const renumbered = new Map(used.map((oldIndex, newIndex) => [oldIndex, newIndex]));
  const renumber = (reference: number): number => {
    const newIndex = renumbered.get(arcIndexOf(reference)) ?? -1;
    return reference < 0 ? ~newIndex : newIndex;
  };
  const renumberPolygon = (polygon: ArcIndexes[]): ArcIndexes[] => polygon.map((ring) => ring.map(renumber));
  const pruned = geometries.map((geometry): CountryGeometry => {
    if (geometry.type === 'Polygon') return { ...geometry, arcs: renumberPolygon(geometry.arcs) };
    return { ...geometry, arcs: geometry.arcs.map(renumberPolygon) };
  });
  return {
    ...withCountries(topology, pruned),
    arcs: used.map((index) => topology.arcs[index] ?? []),
  };
}
