import { feature } from 'topojson-client';
import type { ArcIndexes, Topology, Polygon as TopologyPolygon } from 'topojson-specification';
import type { CountryGeometry } from './types';

/** The polygons of a country geometry as arc-index rings, whether it is a Polygon or a MultiPolygon. */
export function polygonsOf(geometry: CountryGeometry): ArcIndexes[][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

/** Decoded [longitude, latitude] positions of a polygon's outer ring. */
export function outerRingPositions(topology: Topology, polygon: ArcIndexes[]): number[][] {
  const polygonObject: TopologyPolygon = { type: 'Polygon', arcs: polygon };
  return feature(topology, polygonObject).geometry.coordinates[0] ?? [];
}

/** Arc index without direction: TopoJSON writes a reversed arc `i` as `~i`. */
export function arcIndexOf(reference: number): number {
  return reference < 0 ? ~reference : reference;
}

/** Every arc index (direction removed) a list of polygons uses. */
export function arcsUsedBy(polygons: ArcIndexes[][]): Set<number> {
  const used = new Set<number>();
  for (const polygon of polygons)
    for (const ring of polygon) for (const arc of ring) used.add(arcIndexOf(arc));
  return used;
}

/** The country geometries of a topology's `countries` object; throws if the object is missing. */
export function countryGeometriesOf(topology: Topology): CountryGeometry[] {
  const countries = topology.objects.countries;
  if (countries?.type !== 'GeometryCollection') {
    throw new Error('Topology has no "countries" GeometryCollection');
  }
  return countries.geometries as CountryGeometry[];
}

/** A copy of a topology whose `countries` object holds the given geometries. */
export function withCountries(topology: Topology, geometries: CountryGeometry[]): Topology {
  return {
    ...topology,
    objects: { countries: { type: 'GeometryCollection', geometries } },
  };
}
