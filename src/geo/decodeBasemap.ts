import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitAtAntimeridian } from './antimeridian';
import type { CountryCollection, CountryFeature, CountryProperties } from './types';

function isTopology(value: unknown): value is Topology {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Topology';
}

/**
 * Turns the basemap's TopoJSON Topology (as `unpackBasemap` reads it from the shipped
 * public/basemap/countries.topology.bin) into the GeoJSON the map and these functions use. Accepts any
 * value and throws a readable message when it is not a basemap, so the app can show the reason instead of a blank map. Rings crossing the
 * antimeridian are cut there (see `splitAtAntimeridian`), as planar consumers need.
 */
export function decodeBasemap(topology: unknown): CountryCollection {
  if (!isTopology(topology)) throw new Error('expected a TopoJSON Topology');
  const countries = topology.objects?.countries;
  if (countries?.type !== 'GeometryCollection') {
    throw new Error('the topology has no "countries" GeometryCollection');
  }
  const collection = feature(topology, countries as GeometryCollection<CountryProperties>);
  const features: CountryFeature[] = [];
  for (const country of collection.features) {
    const { geometry, properties } = country;
    if (typeof properties?.iso3 !== 'string' || typeof properties.name !== 'string') {
      throw new Error(`country ${String(country.id)} lacks properties.iso3 or properties.name`);
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    features.push({
      type: 'Feature',
      id: properties.iso3,
      properties,
      geometry: splitAtAntimeridian(geometry),
    });
  }
  return { type: 'FeatureCollection', features };
}
