import type { GeometryObject, Topology } from 'topojson-specification';
import { countryCodeOf } from './countryCodes';
import { withCountries } from './topologyHelpers';
import type { CountryGeometry } from './types';

/** Natural Earth 4.1 names that are out of date; the app shows the current short English name. */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  Macedonia: 'North Macedonia',
  eSwatini: 'Eswatini',
};

/**
 * Keeps only the countries of a world-atlas topology and gives each polygonal geometry
 * `properties.iso3`, `properties.name` and `id = iso3` (so MapLibre `promoteId: 'iso3'` and
 * feature ids agree). Geometries without polygons are dropped; other objects (world-atlas `land`)
 * are left out because the app does not draw them.
 */
export function labelCountries(source: Topology): Topology {
  const countries = source.objects.countries;
  if (countries?.type !== 'GeometryCollection') {
    throw new Error('world-atlas topology has no "countries" GeometryCollection');
  }
  const labelled: CountryGeometry[] = [];
  for (const geometry of countries.geometries as GeometryObject<{ name?: string }>[]) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const sourceName = geometry.properties?.name;
    if (!sourceName) throw new Error(`world-atlas country ${String(geometry.id)} has no name`);
    const iso3 = countryCodeOf(geometry.id, sourceName);
    const name = CURRENT_NAMES[sourceName] ?? sourceName;
    labelled.push({ ...geometry, id: iso3, properties: { iso3, name } } as CountryGeometry);
  }
  return withCountries(
    { type: 'Topology', transform: source.transform, arcs: source.arcs, objects: {} },
    labelled,
  );
}
